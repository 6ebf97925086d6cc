// migrateFastmcp (mcp 1.x FastMCP -> mcp 2 MCPServer), the renames: import paths and names, attributes,
// McpError(ErrorData) calls, and the notes for imports and calls that have no mechanical equivalent.
import assert from 'node:assert/strict';
import { migrateFastmcp } from '../../generators/lib/migrate/fastmcp-v1.js';

const NO_SERVER = { file: 'server.py', variable: 'mcp' };

/** The migration of one file named server.py (no `mcp = ...` server in it unless the source has one). */
function migrateOne(source: string): ReturnType<typeof migrateFastmcp> {
  return migrateFastmcp([{ file: 'server.py', source }], NO_SERVER, 88);
}

/** The rewritten source of a file that is expected to change and to need no note. */
function rewritten(source: string): string {
  const result = migrateOne(source);
  assert.deepEqual(result.notes, []);
  assert.deepEqual(result.changed, []);
  assert.equal(result.files.length, 1);
  return result.files[0]?.source as string;
}

describe('migrate: FastMCP renames', () => {
  it('renames the mcp.server.fastmcp and mcp.shared.version module paths, and no path that merely contains them', () => {
    assert.equal(
      rewritten(
        'from mcp.server.fastmcp.prompts import base\n' +
          'from mcp.server.fastmcpx import tools\n' +
          'from foo.mcp.server.fastmcp import helpers\n' +
          'from mcp.shared.version import SUPPORTED_PROTOCOL_VERSIONS\n' +
          'from x.mcp.shared.version import V\n' +
          'from mcp.shared.versions import W\n',
      ),
      'from mcp.server.mcpserver.prompts import base\n' +
        'from mcp.server.fastmcpx import tools\n' +
        'from foo.mcp.server.fastmcp import helpers\n' +
        'from mcp.types.version import SUPPORTED_PROTOCOL_VERSIONS\n' +
        'from x.mcp.shared.version import V\n' +
        'from mcp.shared.versions import W\n',
    );
  });

  it('rewrites the module path of a from-import only when it is renamed, leaving the spacing of the others', () => {
    assert.equal(
      rewritten('from mcp . server import Server\nimport os\nfrom mcp.server.fastmcp import FastMCP\n'),
      'from mcp . server import Server\nimport os\nfrom mcp.server.mcpserver import MCPServer\n',
    );
  });

  it('renames FastMCP, FastMCPError, McpError, Content and ResourceReference where imported from the SDK, and their uses', () => {
    assert.equal(
      rewritten(
        'from mcp.server.fastmcp import FastMCP, FastMCPError\n' +
          'from mcp.server.fastmcp.server import FastMCP as Server\n' +
          'from mcp.server.fastmcp.exceptions import FastMCPError as ServerError\n' +
          'from mcp import McpError\n' +
          'from mcp.shared.exceptions import McpError as Err\n' +
          'from mcp.types import Content, ResourceReference\n' +
          '\n' +
          'app = FastMCP("demo")\n' +
          '\n' +
          'def handler() -> list[Content]:\n' +
          '    raise FastMCPError("x")\n' +
          '\n' +
          'ref = ResourceReference(uri="res://{id}", type="ref/resource")\n' +
          'errors = (McpError, Err, ServerError, Server)\n',
      ),
      'from mcp.server.mcpserver import MCPServer, MCPServerError\n' +
        'from mcp.server.mcpserver.server import MCPServer as Server\n' +
        'from mcp.server.mcpserver.exceptions import MCPServerError as ServerError\n' +
        'from mcp import MCPError\n' +
        'from mcp.shared.exceptions import MCPError as Err\n' +
        'from mcp.types import ContentBlock, ResourceTemplateReference\n' +
        '\n' +
        'app = MCPServer("demo")\n' +
        '\n' +
        'def handler() -> list[ContentBlock]:\n' +
        '    raise MCPServerError("x")\n' +
        '\n' +
        'ref = ResourceTemplateReference(uri="res://{id}", type="ref/resource")\n' +
        'errors = (MCPError, Err, ServerError, Server)\n',
    );
  });

  it('leaves the same names alone when they come from modules that are not the SDK', () => {
    assert.deepEqual(
      migrateOne(
        'from foo.mcp.server.fastmcp import FastMCP, FastMCPError\n' +
          'from mcp.server.fastmcpx import FastMCP, FastMCPError\n' +
          'from foo.mcp import McpError\n' +
          'from mcpx import McpError\n' +
          'from x.mcp.types import Content, ResourceReference\n' +
          'from mcp.typesx import Content, ResourceReference\n' +
          'app = FastMCP("demo")\n',
      ),
      { files: [], changed: [], notes: [] },
    );
  });

  it('renames the imported name but not the old name elsewhere when the import has an alias', () => {
    assert.equal(
      rewritten('from mcp.server.fastmcp import FastMCP as FM\nFastMCP = "local"\nserver = FM("x")\n'),
      'from mcp.server.mcpserver import MCPServer as FM\nFastMCP = "local"\nserver = FM("x")\n',
    );
  });

  it('renames the imported name, not a module path segment spelled the same', () => {
    assert.equal(
      rewritten('import os\nfrom mcp.server.fastmcp.FastMCP import FastMCP\n'),
      'import os\nfrom mcp.server.mcpserver.FastMCP import MCPServer\n',
    );
  });

  it('renames variables, never an attribute spelled like a renamed import', () => {
    assert.equal(
      rewritten('from mcp.server.fastmcp import FastMCP\nkind = other.FastMCP\n'),
      'from mcp.server.mcpserver import MCPServer\nkind = other.FastMCP\n',
    );
  });

  it('renames the camelCase attributes of MCP objects and ctx.fastmcp', () => {
    assert.equal(
      rewritten(
        'def show(tool, result, page, init, template, caps, meta, ctx):\n' +
          '    return (\n' +
          '        tool.inputSchema, tool.outputSchema, result.isError, page.nextCursor, template.mimeType,\n' +
          '        result.structuredContent, init.serverInfo, init.protocolVersion, template.uriTemplate,\n' +
          '        caps.listChanged, meta.progressToken, ctx.fastmcp, ctx.session,\n' +
          '    )\n',
      ),
      'def show(tool, result, page, init, template, caps, meta, ctx):\n' +
        '    return (\n' +
        '        tool.input_schema, tool.output_schema, result.is_error, page.next_cursor, template.mime_type,\n' +
        '        result.structured_content, init.server_info, init.protocol_version, template.uri_template,\n' +
        '        caps.list_changed, meta.progress_token, ctx.mcp_server, ctx.session,\n' +
        '    )\n',
    );
  });

  it('passes a lone positional McpError argument through from_error_data(), and no other call', () => {
    const result = migrateFastmcp(
      [
        {
          file: 'errors.py',
          source:
            'from mcp import McpError\n' +
            'from mcp.types import INVALID_PARAMS, ErrorData\n' +
            '\n' +
            'def fail(data):\n' +
            '    raise McpError(data)\n' +
            '\n' +
            'def fail_built():\n' +
            '    raise McpError(ErrorData(code=INVALID_PARAMS, message="bad"))\n' +
            '\n' +
            'def fail_code():\n' +
            '    raise McpError(INVALID_PARAMS, "bad")\n' +
            '\n' +
            'def fail_keyword(data):\n' +
            '    raise McpError(error=data)\n' +
            '\n' +
            'def fail_commented(data):\n' +
            '    raise McpError(  # why\n' +
            '        data\n' +
            '    )\n',
        },
        { file: 'local.py', source: 'def fail(data):\n    raise McpError(data)\n' },
      ],
      NO_SERVER,
      88,
    );
    assert.deepEqual(result, {
      files: [
        {
          file: 'errors.py',
          source:
            'from mcp import MCPError\n' +
            'from mcp.types import INVALID_PARAMS, ErrorData\n' +
            '\n' +
            'def fail(data):\n' +
            '    raise MCPError.from_error_data(data)\n' +
            '\n' +
            'def fail_built():\n' +
            '    raise MCPError.from_error_data(ErrorData(code=INVALID_PARAMS, message="bad"))\n' +
            '\n' +
            'def fail_code():\n' +
            '    raise MCPError(INVALID_PARAMS, "bad")\n' +
            '\n' +
            'def fail_keyword(data):\n' +
            '    raise MCPError(error=data)\n' +
            '\n' +
            'def fail_commented(data):\n' +
            '    raise MCPError(  # why\n' +
            '        data\n' +
            '    )\n',
        },
      ],
      changed: [],
      notes: [],
    });
  });
});
