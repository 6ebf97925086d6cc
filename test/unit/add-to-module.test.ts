// addHandlerToModule and withImports called directly, on module shapes the generated server never has:
// a second server of another flavor, a server imported from elsewhere, an import below the code.
import assert from 'node:assert/strict';
import { addHandlerToModule, assertParses, withImports } from '../../generators/lib/handlers/add-to-module.js';
import type { ToolSpec } from '../../generators/lib/handlers/specs.js';

const target = { label: 'server.py', variable: 'server', lineLength: 88, firstParty: new Set<string>() };
const withContext: ToolSpec = {
  kind: 'tool', name: 'b', function: 'b', description: 'D', params: [], returns: { scalar: 'str', container: 'none', optional: false },
  isAsync: false, context: true, annotations: {},
};

describe('adding a handler to a module', () => {
  it('takes the flavor of the server it adds to, not of the first one in the module', () => {
    const source = 'from mcp.server import MCPServer\nfrom mcp.server.fastmcp import FastMCP\n\nother = MCPServer("x")\nserver = FastMCP("demo")\n';
    const result = addHandlerToModule(source, withContext, target);
    assert.match(result, /^from mcp\.server import MCPServer\nfrom mcp\.server\.fastmcp import Context, FastMCP\n/);
  });

  it('with a server imported from elsewhere, adds to the handlers and puts the import in the head, above a late import', () => {
    const source = 'from app import server\n\n\n@server.tool()\ndef a() -> str:\n    return ""\n\n\nfrom json import dumps  # noqa: E402\n';
    const result = addHandlerToModule(source, withContext, target);
    assert.match(result, /^from app import server\nfrom mcp\.server\.mcpserver import Context\n\n\n@server\.tool\(\)\ndef a\(\)/);
    assert.match(result, /return "b done"\n\n\nfrom json import dumps {2}# noqa: E402\n$/);
  });

  it('an import below the server is not the head: a needed name goes to the head, not into it', () => {
    const source = 'from mcp.server import MCPServer\n\nserver = MCPServer("demo")\n\nfrom mcp.server.mcpserver import Icon  # noqa: E402\n';
    const expected = source.replace('MCPServer\n\n', 'MCPServer\nfrom mcp.server.mcpserver import Context\n\n');
    assert.equal(withImports(source, [{ module: 'mcp.server.mcpserver', name: 'Context' }], target), expected);
    assert.equal(withImports(source, [], target), source);
  });

  it('with an import below the server, the new handler goes after the server and its import into the head', () => {
    const source = 'from mcp.server import MCPServer\n\nserver = MCPServer("demo")\n\nfrom mcp.server.mcpserver import Icon  # noqa: E402\n';
    const result = addHandlerToModule(source, withContext, target);
    assert.match(result, /^from mcp\.server import MCPServer\nfrom mcp\.server\.mcpserver import Context\n\nserver = MCPServer\("demo"\)\n/);
    assert.match(result, /return "b done"\n$/);
    assert.equal(result.match(/import Context/g)?.length, 1);
  });

  it('refuses code that does not parse, naming the function, and passes code that does', () => {
    assert.equal(assertParses('def f() -> None:\n    pass\n', 'f'), 'def f() -> None:\n    pass\n');
    assert.throws(() => assertParses('def f(:\n', 'f'), /^Error: Internal error: the code generated for f\(\) does not parse; nothing was written\. Please report this\.$/);
  });
});
