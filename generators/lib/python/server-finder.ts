// Finding the server module of a project this generator did not create: the module (under src/, or
// at the top level) that makes an MCPServer or FastMCP instance, whatever the variable is called.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { refuse } from '../errors.js';
import { parsePyproject, tableAt } from '../pyproject.js';
import { scanModule, type ServerInstance } from './module-scan.js';
import { firstSyntaxError, parsePython } from './parse.js';

export interface FoundServer {
  /** Relative to the project root, POSIX separators. */
  module: string;
  variable: string;
  flavor: ServerInstance['flavor'];
}

const SKIPPED_FOLDERS = new Set(['.venv', 'venv', '.git', 'node_modules', '__pycache__', 'tests', 'test', 'build', 'dist']);

export function pythonFiles(folder: string, recursive: boolean): string[] {
  if (!existsSync(folder)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && recursive && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) {
      files.push(...pythonFiles(path, true));
    } else if (entry.isFile() && entry.name.endsWith('.py')) files.push(path);
  }
  return files.sort();
}

/** The package's Python files: src/**.py and the top-level *.py files. */
export function packageFiles(root: string): string[] {
  return [...pythonFiles(join(root, 'src'), true), ...pythonFiles(root, false)];
}

/** Every server instance in the package: src/**.py, else the top-level *.py files. */
export function findServers(root: string): FoundServer[] {
  const found: FoundServer[] = [];
  for (const file of packageFiles(root)) {
    const source = readFileSync(file, 'utf8');
    // Only saves a parse: without either class name, scanModule finds no server anyway.
    if (!source.includes('MCPServer') && !source.includes('FastMCP')) continue;
    const tree = parsePython(source);
    if (firstSyntaxError(tree) !== undefined) continue;
    for (const server of scanModule(source, tree).servers) {
      found.push({ module: relative(root, file).split(sep).join('/'), variable: server.variable, flavor: server.flavor });
    }
  }
  return found;
}

export function noServerMessage(root: string): string {
  return (
    `No MCP server found in ${root}: looked in src/**/*.py and the top-level *.py files for ` +
    '`<name> = MCPServer(...)` (mcp 2) or `<name> = FastMCP(...)` (mcp 1.x, fastmcp). Create the server first, ' +
    'for example with `yo mcp-python`, or set "serverModule" and "serverVariable" under "generator-mcp-python" in .yo-rc.json.'
  );
}

export function manyServersMessage(servers: FoundServer[]): string {
  const list = servers.map((server) => `${server.module} (${server.variable})`).join(', ');
  return (
    `More than one MCP server found: ${list}. Say which one to grow: set "serverModule" and "serverVariable" ` +
    'under "generator-mcp-python" in .yo-rc.json.'
  );
}

/** Top-level packages of the project (src/ layout or flat): isort's first-party section. */
export function firstPartyPackages(root: string): Set<string> {
  const names = new Set<string>();
  for (const folder of [join(root, 'src'), root]) {
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (entry.endsWith('.py')) names.add(entry.slice(0, -3));
      else if (!entry.startsWith('.') && statSync(path).isDirectory() && existsSync(join(path, '__init__.py'))) names.add(entry);
    }
  }
  return names;
}

/**
 * `line-length` from pyproject.toml's [tool.ruff] (ruff's default, 88, otherwise). A pyproject.toml that
 * is not TOML refuses the command, like a server module that is not Python: ruff and uv fail on it too.
 */
export function ruffLineLength(pyproject: string | undefined): number {
  if (pyproject === undefined) return 88;
  const doc = parsePyproject(pyproject);
  if (typeof doc === 'string') refuse(doc);
  const value = tableAt(doc, 'tool', 'ruff')?.['line-length'];
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 88;
}
