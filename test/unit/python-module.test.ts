import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyEdits } from '../../generators/lib/python/edits.js';
import { planImport } from '../../generators/lib/python/imports.js';
import { detectLayout, applyLayout } from '../../generators/lib/python/layout.js';
import { scanModule } from '../../generators/lib/python/module-scan.js';
import { firstSyntaxError, parseModuleOrThrow, parsePython } from '../../generators/lib/python/parse.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/python/${path}`, import.meta.url), 'utf8');
const scan = (source: string) => scanModule(source, parsePython(source));

function addImport(source: string, module: string, name: string): string {
  const edit = planImport({ module, name }, { source, scan: scan(source), layout: detectLayout(source), lineLength: 100, firstParty: new Set(['demo_server']) });
  return edit ? applyEdits(source, [edit]) : source;
}

describe('python module scanning', () => {
  it('finds the server, its handlers with their served names, imports and definitions', () => {
    const result = scan(fixture('hand-edited/src/demo_server/server.py'));
    assert.deepEqual(result.servers.map((s) => [s.variable, s.flavor]), [['app', 'mcpserver']]);
    assert.deepEqual(
      result.handlers.map((h) => [h.kind, h.key, h.function]),
      [['prompt', 'summarize_notes', 'summarize_notes'], ['tool', 'add-note', 'add_note'], ['resource', 'note://internal/{name}', 'read_note']],
    );
    assert.ok(result.importedNames.has('ResourceNotFoundError'));
    for (const name of ['app', 'notes', 'MAX_NOTES', 'helper_between_handlers', 'add_note']) assert.ok(result.definedNames.has(name), name);
  });

  it('recognises FastMCP from mcp 1.x and from the standalone fastmcp package, whatever the variable', () => {
    assert.equal(scan(fixture('fastmcp-v1/weather.py')).servers[0]?.flavor, 'fastmcp-v1');
    const standalone = scan('from fastmcp import FastMCP as F\n\nmy_server = F("x")\n');
    assert.deepEqual(standalone.servers.map((s) => [s.variable, s.flavor]), [['my_server', 'fastmcp']]);
    assert.equal(scan('import mcp.server\n\nsrv = mcp.server.MCPServer("x")\n').servers[0]?.variable, 'srv');
    assert.equal(scan('MCPServer = object\nx = MCPServer()\n').servers.length, 0, 'an unrelated MCPServer is not a server');
  });

  it('reads tool names given positionally, by keyword, or not at all; marks non-literal ones unknown', () => {
    const result = scan('@s.tool("a")\ndef f(): ...\n@s.tool(name="b")\ndef g(): ...\n@s.tool()\ndef h(): ...\n@s.tool(name=NAME)\ndef i(): ...\n');
    assert.deepEqual(result.handlers.map((h) => h.key), ['a', 'b', 'h', undefined]);
  });

  it('refuses a module that does not parse, naming the line', () => {
    assert.throws(() => parseModuleOrThrow(fixture('broken/src/demo_server/server.py'), 'server.py'), /line 7/);
    assert.notEqual(firstSyntaxError(parsePython('x = (\n')), undefined);
    assert.equal(firstSyntaxError(parsePython(fixture('fresh/src/demo_server/server.py'))), undefined);
    assert.equal(firstSyntaxError(parsePython('x = 1\ny = )\nz = (\n')), 10, 'the first of two errors');
    assert.throws(() => parseModuleOrThrow('x = 1\ny = )\n', 'src/s.py'), (error: Error) => error.message ===
      'src/s.py does not parse as Python (syntax error near line 2, column 5). Nothing was changed: fix the file ' +
      '(for example with `uv run python -m py_compile src/s.py`) and run the command again.');
  });

  it('reads a parenthesised with-target, spaced or not, that lezer alone would refuse', () => {
    for (const source of ['with a as (p, q):\n    pass\n', 'with a as(p, q):\n    pass\n', 'with a as (p, q) :\n    pass\n', 'with a as ():\n    pass\n']) {
      assert.equal(firstSyntaxError(parsePython(source)), undefined, source);
    }
    const source = 'with a as(p, q), b as ( r ):\n    pass\n';
    assert.deepEqual([...scanModule(source, parsePython(source)).definedNames].sort(), ['p', 'q', 'r']);
  });
});

describe('python imports', () => {
  it('merges a name into an existing from-import, in isort order', () => {
    assert.equal(addImport('from mcp.server import MCPServer\n\nx = 1\n', 'mcp.server', 'Context'), 'from mcp.server import Context, MCPServer\n\nx = 1\n');
  });

  it('places a new from-import in sorted order within its section', () => {
    const source = 'import os\n\nfrom mcp.server import MCPServer\nfrom pydantic import BaseModel\n\nx = 1\n';
    assert.equal(addImport(source, 'mcp.types', 'ToolAnnotations'), 'import os\n\nfrom mcp.server import MCPServer\nfrom mcp.types import ToolAnnotations\nfrom pydantic import BaseModel\n\nx = 1\n');
  });

  it('opens the standard-library section before the third-party one', () => {
    assert.equal(addImport('"""Doc."""\n\nfrom mcp.server import MCPServer\n\nx = 1\n', 'typing', 'Annotated'), '"""Doc."""\n\nfrom typing import Annotated\n\nfrom mcp.server import MCPServer\n\nx = 1\n');
  });

  it('opens a third-party section after the standard library one', () => {
    assert.equal(addImport('import os\n\nx = 1\n', 'pydantic', 'Field'), 'import os\n\nfrom pydantic import Field\n\nx = 1\n');
  });

  it('adds nothing when the name is imported, and refuses a module that defines it itself', () => {
    assert.equal(addImport('from x import Context\n', 'mcp.server.mcpserver', 'Context'), 'from x import Context\n');
    assert.throws(() => addImport('import os\n\nclass Field: ...\n', 'pydantic', 'Field'), /defines its own `Field`/);
  });

  it('wraps a merged import that grows past the line length, one name per line', () => {
    const long = `from mcp.server.mcpserver import ${Array.from({ length: 6 }, (_, i) => `VeryLongImportedName${i}`).join(', ')}\n`;
    assert.match(addImport(long, 'mcp.server.mcpserver', 'Context'), /^from mcp\.server\.mcpserver import \(\n {4}Context,\n {4}VeryLongImportedName0,\n[\s\S]*\n\)\n$/);
  });
});

describe('python layout', () => {
  it('detects CRLF and the indentation unit, and converts generated code to them', () => {
    const layout = detectLayout('def f():\r\n  return 1\r\n');
    assert.deepEqual(layout, { newline: '\r\n', indent: '  ' });
    assert.equal(applyLayout('def g():\n    if x:\n        pass', layout), 'def g():\r\n  if x:\r\n    pass');
  });
});

describe('project facts for a foreign project', () => {
  it("reads ruff's line-length from [tool.ruff], else 88", async () => {
    const { ruffLineLength } = await import('../../generators/lib/python/server-finder.js');
    assert.equal(ruffLineLength('[project]\nname = "x"\n\n[tool.ruff]\nline-length = 100\n\n[tool.ruff.lint]\nselect = ["E"]\n'), 100);
    assert.equal(ruffLineLength('[tool.black]\nline-length = 120\n'), 88);
    assert.equal(ruffLineLength(undefined), 88);
  });

  it('finds a server instance in a flat project, whatever its variable', async () => {
    const { findServers } = await import('../../generators/lib/python/server-finder.js');
    const root = new URL('../fixtures/python/fastmcp-v1', import.meta.url).pathname;
    assert.deepEqual(findServers(root), [{ module: 'weather.py', variable: 'mcp', flavor: 'fastmcp-v1' }]);
  });
});
