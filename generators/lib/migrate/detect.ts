// Which of the three things `yo mcp-python:migrate` handles a project is: a create-mcp-server project,
// an mcp 1.x FastMCP server, or an mcp 2 server this generator did not make. Anything else is refused
// before a single file is touched.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { refuse } from '../errors.js';
import { type ModuleScan, scanModule } from '../python/module-scan.js';
import { parseModuleOrThrow, type Tree } from '../python/parse.js';
import { packageFiles } from '../python/server-finder.js';
import { findLowlevelServer, isCreateMcpServerModule } from './lowlevel.js';

export type ProjectKind = 'create-mcp-server' | 'fastmcp-v1' | 'mcp2';

export interface ServerModule {
  kind: ProjectKind;
  /** Relative to the project root, POSIX separators. */
  module: string;
  variable: string;
  source: string;
  tree: Tree;
  scan: ModuleScan;
}

export const KIND_LABELS: Record<ProjectKind, string> = {
  'create-mcp-server': 'a create-mcp-server project (mcp 1.x low-level Server)',
  'fastmcp-v1': 'an mcp 1.x FastMCP server',
  mcp2: 'an mcp 2 MCPServer project not made by generator-mcp-python',
};

function notAServer(root: string): string {
  return (
    `No MCP server found in ${root}: looked in src/**/*.py and the top-level *.py files for create-mcp-server's ` +
    '`Server(...)`, an mcp 1.x `FastMCP(...)` or an mcp 2 `MCPServer(...)`. Run this command inside the server project.'
  );
}

/** The module each Python file of the package is, parsed; a file that mentions mcp and does not parse is refused. */
function modules(root: string): Array<Omit<ServerModule, 'kind' | 'variable'>> {
  const found: Array<Omit<ServerModule, 'kind' | 'variable'>> = [];
  for (const file of packageFiles(root)) {
    const source = readFileSync(file, 'utf8');
    if (!/\bmcp\b|FastMCP|MCPServer/.test(source)) continue;
    const module = relative(root, file).split(sep).join('/');
    const tree = parseModuleOrThrow(source, module);
    found.push({ module, source, tree, scan: scanModule(source, tree) });
  }
  return found;
}

export function detectServer(root: string): ServerModule {
  const candidates: ServerModule[] = [];
  for (const parsed of modules(root)) {
    const lowlevel = findLowlevelServer(parsed.source, parsed.tree, parsed.scan);
    if (lowlevel) {
      if (!isCreateMcpServerModule(parsed.source, parsed.tree, parsed.scan)) {
        refuse(
          `${parsed.module} uses mcp's low-level \`Server\`, but not in create-mcp-server's shape (its list_/read_/get_/call_ dispatch ` +
            'functions), so migrate cannot carry it over with certainty. Port it by hand with the "Lowlevel Server" part of ' +
            'https://py.sdk.modelcontextprotocol.io/v2/migration/ (or move it onto MCPServer).',
        );
      }
      candidates.push({ ...parsed, kind: 'create-mcp-server', variable: lowlevel.variable });
    }
    for (const server of parsed.scan.servers) {
      if (server.flavor === 'fastmcp') {
        refuse(
          `${parsed.module} serves with the standalone \`fastmcp\` package, not the official \`mcp\` SDK; migrate only moves ` +
            'servers on `mcp` (create-mcp-server, mcp 1.x FastMCP) onto mcp 2.',
        );
      }
      candidates.push({ ...parsed, kind: server.flavor === 'fastmcp-v1' ? 'fastmcp-v1' : 'mcp2', variable: server.variable });
    }
  }
  if (candidates.length === 0) refuse(notAServer(root));
  if (candidates.length > 1) {
    const list = candidates.map((candidate) => `${candidate.module} (${candidate.variable})`).join(', ');
    refuse(`More than one MCP server found: ${list}. Migrate one project with one server at a time.`);
  }
  return candidates[0] as ServerModule;
}
