// detectServer (generators/lib/migrate/detect.ts) on small projects written to temporary folders: which
// module is the server and of which kind, and each refusal (foreign shapes, standalone fastmcp, none, many).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { detectServer, KIND_LABELS } from '../../generators/lib/migrate/detect.js';

const folders: string[] = [];

/** A project folder holding `files` (relative path -> content). */
function project(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'migrate-detect-')));
  folders.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const detected = (root: string) => {
  const found = detectServer(root);
  return { kind: found.kind, label: KIND_LABELS[found.kind], module: found.module, variable: found.variable, source: found.source };
};

const NOTHING = '\nNothing was written.';

const FASTMCP_V1 = 'from mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP("weather")\n';
const MCP2 = 'from mcp.server import MCPServer\n\napp = MCPServer("inventory")\n';
const LOWLEVEL =
  'from mcp.server import Server\n\nsrv = Server("srv")\n\n\n' +
  '@srv.list_tools()\nasync def handle_list_tools():\n    return []\n\n\n' +
  '@srv.call_tool()\nasync def handle_call_tool(name, arguments):\n    return []\n';

describe('migrate detect: detectServer', () => {
  after(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('finds an mcp 1.x FastMCP server under src/, passing over files that do not mention mcp', () => {
    const root = project({
      'src/weather/__init__.py': '',
      'src/weather/server.py': FASTMCP_V1,
      'src/weather/draft.py': 'def unfinished(:\n',
    });
    assert.deepEqual(detected(root), {
      kind: 'fastmcp-v1',
      label: 'an mcp 1.x FastMCP server',
      module: 'src/weather/server.py',
      variable: 'mcp',
      source: FASTMCP_V1,
    });
  });

  it('finds an mcp 2 MCPServer in a top-level module', () => {
    const root = project({ 'server.py': MCP2, 'helpers.py': 'import os\n' });
    assert.deepEqual(detected(root), {
      kind: 'mcp2',
      label: 'an mcp 2 MCPServer project not made by generator-mcp-python',
      module: 'server.py',
      variable: 'app',
      source: MCP2,
    });
  });

  it("finds a create-mcp-server project by its low-level Server and dispatch functions", () => {
    const root = project({ 'src/srv/__init__.py': 'from . import server\n', 'src/srv/server.py': LOWLEVEL });
    const found = detectServer(root);
    assert.deepEqual(detected(root), {
      kind: 'create-mcp-server',
      label: 'a create-mcp-server project (mcp 1.x low-level Server)',
      module: 'src/srv/server.py',
      variable: 'srv',
      source: LOWLEVEL,
    });
    assert.equal(found.scan.imports[0]?.module, 'mcp.server');
    assert.equal(found.tree.topNode.to, LOWLEVEL.length);
  });

  it('refuses a low-level Server without create-mcp-server\'s dispatch functions', () => {
    const root = project({ 'src/srv/server.py': 'from mcp.server import Server\n\nsrv = Server("srv")\n' });
    assert.throws(() => detectServer(root), {
      message:
        "src/srv/server.py uses mcp's low-level `Server`, but not in create-mcp-server's shape (its list_/read_/get_/call_ dispatch " +
        'functions), so migrate cannot carry it over with certainty. Port it by hand with the "Lowlevel Server" part of ' +
        'https://py.sdk.modelcontextprotocol.io/v2/migration/ (or move it onto MCPServer).' +
        NOTHING,
    });
  });

  it('refuses a server on the standalone fastmcp package', () => {
    const root = project({ 'server.py': 'from fastmcp import FastMCP\n\nmcp = FastMCP("x")\n' });
    assert.throws(() => detectServer(root), {
      message:
        'server.py serves with the standalone `fastmcp` package, not the official `mcp` SDK; migrate only moves ' +
        'servers on `mcp` (create-mcp-server, mcp 1.x FastMCP) onto mcp 2.' +
        NOTHING,
    });
  });

  it('refuses a project with more than one server, naming each', () => {
    const root = project({ 'src/weather/server.py': FASTMCP_V1, 'extra.py': MCP2 });
    assert.throws(() => detectServer(root), {
      message:
        'More than one MCP server found: src/weather/server.py (mcp), extra.py (app). ' +
        'Migrate one project with one server at a time.' +
        NOTHING,
    });
  });

  it('refuses a project without a server', () => {
    const root = project({ 'src/tools/client.py': 'import mcp\n\nprint(mcp)\n' });
    assert.throws(() => detectServer(root), {
      message:
        `No MCP server found in ${root}: looked in src/**/*.py and the top-level *.py files for create-mcp-server's ` +
        '`Server(...)`, an mcp 1.x `FastMCP(...)` or an mcp 2 `MCPServer(...)`. Run this command inside the server project.' +
        NOTHING,
    });
  });
});
