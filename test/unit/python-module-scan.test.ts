// scanModule on one module with every shape it reads (test/fixtures/python/every-shape.py, which CPython
// parses): each import statement, the names bound at module level and only there, each server, each
// handler with its served name, and where the last statement ends.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scanModule } from '../../generators/lib/python/module-scan.js';
import { parsePython } from '../../generators/lib/python/parse.js';

const source = readFileSync(new URL('../fixtures/python/every-shape.py', import.meta.url), 'utf8');
// Scanned inside each test, never at load: a mutation run must see each mutant's own scan.
const scanned = () => scanModule(source, parsePython(source));
const sorted = (names: Set<string>): string => [...names].sort().join(' ');

describe('scanning a module with every shape', () => {
  it('reads each top-level import: kind, module, names with aliases, star, parentheses, comments', () => {
    const scan = scanned();
    const imports = scan.imports.map((imp) => [
      imp.kind, imp.module, imp.names.map((name) => `${name.name}${name.alias === undefined ? '' : ` as ${name.alias}`}=${name.bound}`).join(','),
      imp.star, imp.parenthesized, imp.hasComments,
    ]);
    assert.deepEqual(imports, [
      ['from', '__future__', 'annotations=annotations', false, false, false],
      ['import', '', 'os=os,sys as system=system', false, false, false],
      ['import', '', 'a.b.c=a', false, false, false],
      ['import', '', 'x.y as xy=xy', false, false, false],
      ['from', '.', 'sibling=sibling', false, false, false],
      ['from', '..pkg.sub', 'Alpha=Alpha,beta as b2=b2', false, true, true],
      ['from', 'mcp.server', 'MCPServer as Server=Server', false, false, false],
      ['from', 'typing', '', true, false, false],
      ['import', '', 'mcp.server.fastmcp=mcp', false, false, false],
      ['from', 'fastmcp', 'FastMCP=FastMCP', false, false, false],
    ]);
    assert.equal(source.slice(scan.imports[1]?.from, scan.imports[1]?.to), 'import os, sys as system');
  });

  it('names bound by imports at the top, and in blocks too', () => {
    const scan = scanned();
    assert.equal(sorted(scan.importedNames), 'Alpha FastMCP Server a annotations b2 mcp os sibling system xy');
    assert.equal(sorted(scan.blockImportedNames), 'Alpha FastMCP Server a annotations b2 json mcp os os_path sibling system xy');
  });

  it('every other name bound at module level, in any block, and none inside a function, class or lambda', () => {
    const scan = scanned();
    assert.equal(
      sorted(scan.definedNames),
      'K Top a b both c cond_fn d e err f fh inner_def j k lam legacy m matched nested not_a_call not_handler other ' +
        'p p1 p2 plain q r1 r2 r3 server spaced t1 t2 t3 t4 third top_fn w',
    );
  });

  it('each server made by a known class, through the module\'s imports or a dotted path, and not any other call', () => {
    const scan = scanned();
    assert.deepEqual(scan.servers.map((server) => [server.variable, server.flavor, source.slice(server.from, server.to)]), [
      ['server', 'mcpserver', 'server = Server("demo")'],
      ['legacy', 'fastmcp-v1', 'legacy = mcp.server.fastmcp.FastMCP("old")'],
      ['spaced', 'fastmcp-v1', 'spaced = mcp . server . fastmcp . FastMCP("spaced")'],
      ['third', 'fastmcp', 'third = FastMCP("third")'],
    ]);
  });

  it('each handler, decorated or registered, with the name or URI it serves when that is a plain string', () => {
    const scan = scanned();
    const handlers = scan.handlers.map((handler) => [
      handler.kind, handler.variable, handler.function, handler.key ?? null, handler.topLevel, source.slice(handler.from, handler.to).split('\n')[0],
    ]);
    assert.deepEqual(handlers, [
      ['tool', 'server', 't1', 't1', true, '@server.tool()'],
      ['tool', 'server', 't2', 'named-t', true, '@server.tool("named-t")'],
      ['tool', 'server', 't3', 'kw-t', true, '@server.tool(name="kw-t", description="d")'],
      ['tool', 'server', 't4', 't4', true, '@server.tool(description="d")'],
      ['resource', 'server', 'r1', 'res://{id}', true, '@server.resource("res://{id}")'],
      ['resource', 'server', 'r2', 'res://x', true, '@server.resource(uri="res://x", name="r")'],
      ['resource', 'server', 'r3', null, true, '@server.resource(some_uri)'],
      ['prompt', 'server', 'p1', null, true, '@server.prompt(NAME)'],
      ['prompt', 'server', 'p2', null, true, '@server.prompt(f"p{1}")'],
      ['prompt', 'legacy', 'both', 'both', true, '@legacy.prompt()'],
      ['tool', 'server', 'both', 'both', true, '@legacy.prompt()'],
      ['tool', 'server', 'nested', 'nested', false, '@server.tool()'],
      ['tool', 'server', 'fn_a', 'fn_a', false, 'server.add_tool(fn_a)'],
      ['tool', 'server', 'fn_b', 'b-name', false, 'server.add_tool(fn_b, name="b-name")'],
      ['resource', 'server', 'fn_c', 'c://', false, 'server.add_resource(fn_c, uri="c://")'],
      ['prompt', 'server', 'fn_d', null, false, 'server.add_prompt(fn_d)'],
      ['prompt', 'server', 'fn_e', 'e', false, 'server.add_prompt(fn_e, name="e")'],
      ['tool', 'server', '', 'x', false, 'server.add_tool(name="x")'],
      ['tool', 'server', '', null, false, 'server.add_tool(lambda: 1)'],
      ['tool', 'server', '', null, false, 'server.add_tool(fn=fn_f)'],
    ]);
  });

  it('the last statement ends before a trailing comment; an empty module at 0', () => {
    const scan = scanned();
    assert.equal(source.slice(0, scan.lastStatementEnd).endsWith('server.sub.add_tool(fn_i)'), true);
    assert.equal(scanModule('', parsePython('')).lastStatementEnd, 0);
    assert.equal(scanModule('# only a comment\n', parsePython('# only a comment\n')).lastStatementEnd, 0);
  });
});
