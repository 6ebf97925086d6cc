// migrateFastmcp, the server constructor: transport settings moved to run()/sse_app()/streamable_http_app(),
// instructions keywordized, mount_path dropped, and the notes where this cannot be done with certainty.
import assert from 'node:assert/strict';
import { migrateFastmcp } from '../../generators/lib/migrate/fastmcp-v1.js';

const IMPORT = 'from mcp.server.fastmcp import FastMCP\n\n';
const RENAMED = 'from mcp.server.mcpserver import MCPServer\n\n';

function migrateOne(source: string, variable = 'mcp'): ReturnType<typeof migrateFastmcp> {
  return migrateFastmcp([{ file: 'server.py', source }], { file: 'server.py', variable }, 88);
}

function movedLine(line: number, names: string): string {
  return (
    `server.py:${line}: ${names} moved from the server constructor to the calls that start it over HTTP ` +
    '(over stdio they never applied).'
  );
}

function unreadableRun(line: number, names: string, texts: string): object {
  return {
    file: 'server.py',
    line,
    found: `The transport settings (${names}) were taken out of the constructor, and where the server is started could not be read with certainty.`,
    todo: `Pass them to \`mcp.run(transport=..., ${texts})\` (or to sse_app()/streamable_http_app(), port excepted).`,
  };
}

describe('migrate: FastMCP constructor settings', () => {
  it('moves each setting to the run() calls of the transports that take it', () => {
    const source =
      IMPORT +
      'mcp = FastMCP(\n    "demo",\n    host="0.0.0.0",\n    port=8000,\n    transport_security=security,\n' +
      '    sse_path="/events",\n    message_path="/msgs/",\n    streamable_http_path="/mcp",\n    json_response=True,\n' +
      '    stateless_http=True,\n    event_store=store,\n    retry_interval=5,\n)\n\n\n' +
      'def main():\n    if sse:\n        mcp.run(transport="sse")\n    else:\n        mcp.run("streamable-http")\n';
    assert.deepEqual(migrateOne(source), {
      files: [
        {
          file: 'server.py',
          source:
            RENAMED +
            'mcp = MCPServer("demo")\n\n\ndef main():\n    if sse:\n' +
            '        mcp.run(\n            transport="sse",\n            host="0.0.0.0",\n            port=8000,\n' +
            '            transport_security=security,\n            sse_path="/events",\n            message_path="/msgs/",\n' +
            '        )\n    else:\n' +
            '        mcp.run(\n            "streamable-http",\n            host="0.0.0.0",\n            port=8000,\n' +
            '            transport_security=security,\n            streamable_http_path="/mcp",\n            json_response=True,\n' +
            '            stateless_http=True,\n            event_store=store,\n            retry_interval=5,\n        )\n',
        },
      ],
      changed: [
        movedLine(
          3,
          'host, port, transport_security, sse_path, message_path, streamable_http_path, json_response, stateless_http, ' +
            'event_store, retry_interval',
        ),
      ],
      notes: [],
    });
  });

  it('adds no port to the app methods, nothing a call already passes, and leaves stdio runs and other references as written', () => {
    const source =
      IMPORT +
      'mcp = FastMCP("demo", host="127.0.0.1", port=8000)\nsse = mcp.sse_app()\nhttp = mcp.streamable_http_app()\n' +
      'mcp.run(port=9000, transport="sse")\nmcp.run( )\nmcp.run(port=9000)\nmcp.run = traced(mcp.run)\nlogging.basicConfig(level="INFO")\n';
    assert.deepEqual(migrateOne(source), {
      files: [
        {
          file: 'server.py',
          source:
            RENAMED +
            'mcp = MCPServer("demo")\nsse = mcp.sse_app(host="127.0.0.1")\nhttp = mcp.streamable_http_app(host="127.0.0.1")\n' +
            'mcp.run(port=9000, transport="sse", host="127.0.0.1")\nmcp.run( )\nmcp.run(port=9000)\nmcp.run = traced(mcp.run)\n' +
            'logging.basicConfig(level="INFO")\n',
        },
      ],
      changed: [movedLine(3, 'host, port')],
      notes: [],
    });
  });

  it('moves the settings to a run() call in another file, and returns only the files that changed', () => {
    const result = migrateFastmcp(
      [
        { file: 'tools.py', source: 'from mcp.types import Content\n' },
        { file: 'server.py', source: IMPORT + 'mcp = FastMCP("demo", port=8000)\n' },
        { file: '__main__.py', source: 'from server import mcp\n\nmcp.run("sse")\n' },
        { file: 'util.py', source: 'import os\n' },
      ],
      { file: 'server.py', variable: 'mcp' },
      88,
    );
    assert.deepEqual(result, {
      files: [
        { file: 'tools.py', source: 'from mcp.types import ContentBlock\n' },
        { file: 'server.py', source: RENAMED + 'mcp = MCPServer("demo")\n' },
        { file: '__main__.py', source: 'from server import mcp\n\nmcp.run("sse", port=8000)\n' },
      ],
      changed: [movedLine(3, 'port')],
      notes: [],
    });
  });

  it('moves nothing when the server file is not among the files', () => {
    const source = IMPORT + 'mcp = FastMCP("demo", port=8000)\n';
    assert.deepEqual(migrateFastmcp([{ file: 'tools.py', source }], { file: 'server.py', variable: 'mcp' }, 88), {
      files: [{ file: 'tools.py', source: RENAMED + 'mcp = MCPServer("demo", port=8000)\n' }],
      changed: [],
      notes: [],
    });
  });

  it('notes the settings when a run() transport is not a literal, is unknown, or no run() call is found', () => {
    assert.deepEqual(migrateOne(IMPORT + 'mcp = FastMCP("demo", host="h", port=8000)\nmcp.run(transport="sse")\nmcp.run(transport=TRANSPORT)\n'), {
      files: [{ file: 'server.py', source: RENAMED + 'mcp = MCPServer("demo")\nmcp.run(transport="sse")\nmcp.run(transport=TRANSPORT)\n' }],
      changed: [],
      notes: [unreadableRun(3, 'host, port', 'host="h", port=8000')],
    });
    assert.deepEqual(migrateOne(IMPORT + 'mcp = FastMCP("demo", host="h")\nmcp.run(transport="ws")\n'), {
      files: [{ file: 'server.py', source: RENAMED + 'mcp = MCPServer("demo")\nmcp.run(transport="ws")\n' }],
      changed: [],
      notes: [unreadableRun(3, 'host', 'host="h"')],
    });
    assert.deepEqual(migrateOne(IMPORT + 'mcp = FastMCP("demo", host="h")\n'), {
      files: [{ file: 'server.py', source: RENAMED + 'mcp = MCPServer("demo")\n' }],
      changed: [],
      notes: [unreadableRun(3, 'host', 'host="h"')],
    });
  });

  it('notes the settings when a run() call has comments inside', () => {
    const run = 'mcp.run(transport="sse")\nmcp.run(  # http\n    "streamable-http"\n)\n';
    assert.deepEqual(migrateOne(IMPORT + 'mcp = FastMCP("demo", host="h")\n' + run), {
      files: [{ file: 'server.py', source: RENAMED + 'mcp = MCPServer("demo")\n' + run }],
      changed: [],
      notes: [unreadableRun(3, 'host', 'host="h"')],
    });
  });

  it('moves nothing out of a constructor with comments inside, and says so', () => {
    const call = 'mcp = FastMCP(\n    "demo",  # shown to clients\n    port=8000,\n)\n';
    assert.deepEqual(migrateOne(IMPORT + call), {
      files: [{ file: 'server.py', source: RENAMED + call.replace('FastMCP', 'MCPServer') }],
      changed: [],
      notes: [
        {
          file: 'server.py',
          found: 'The mcp = FastMCP(...) call has comments inside, so its settings were not moved.',
          todo: 'Move host, port and the other transport settings to run() by hand (see the guide).',
        },
      ],
    });
  });

  it('finds the constructor of the server variable past other assignments, also behind a generic subscript', () => {
    const source =
      IMPORT + 'limit = 1\nmcp = None\nhelper = FastMCP("helper")\nmcp = FastMCP[AppState]("demo", host="h")\nmcp.run("sse")\n';
    assert.deepEqual(migrateOne(source), {
      files: [
        {
          file: 'server.py',
          source:
            RENAMED + 'limit = 1\nmcp = None\nhelper = MCPServer("helper")\nmcp = MCPServer[AppState]("demo")\nmcp.run("sse", host="h")\n',
        },
      ],
      changed: [movedLine(6, 'host')],
      notes: [],
    });
  });

  it('finds an annotated constructor assignment, as module-scan detects it', () => {
    assert.deepEqual(migrateOne(IMPORT + 'mcp: FastMCP = FastMCP("demo", port=8000)  # main\nmcp.run("sse")\n'), {
      files: [{ file: 'server.py', source: RENAMED + 'mcp: MCPServer = MCPServer("demo")  # main\nmcp.run("sse", port=8000)\n' }],
      changed: [movedLine(3, 'port')],
      notes: [],
    });
  });

  it('recognises the server class by alias, by its dotted path and through a star import, and no other callable', () => {
    assert.deepEqual(migrateOne('from mcp.server.fastmcp import FastMCP as Server\n\nmcp = Server("demo", host="h")\nmcp.run("sse")\n'), {
      files: [
        { file: 'server.py', source: 'from mcp.server.mcpserver import MCPServer as Server\n\nmcp = Server("demo")\nmcp.run("sse", host="h")\n' },
      ],
      changed: [movedLine(3, 'host')],
      notes: [],
    });
    const dotted = 'import mcp.server.mcpserver\n\nserver = mcp.server.mcpserver.MCPServer("demo", host="h")\nserver.run("sse")\n';
    assert.deepEqual(migrateOne(dotted, 'server'), {
      files: [
        { file: 'server.py', source: 'import mcp.server.mcpserver\n\nserver = mcp.server.mcpserver.MCPServer("demo")\nserver.run("sse", host="h")\n' },
      ],
      changed: [movedLine(3, 'host')],
      notes: [],
    });
    assert.deepEqual(migrateOne('from mcp.server.mcpserver import *\n\nmcp = MCPServer("demo", host="h")\nmcp.run("sse")\n'), {
      files: [{ file: 'server.py', source: 'from mcp.server.mcpserver import *\n\nmcp = MCPServer("demo")\nmcp.run("sse", host="h")\n' }],
      changed: [movedLine(3, 'host')],
      notes: [],
    });
    assert.deepEqual(migrateOne('from factory import make_server\n\nmcp = make_server("demo", host="h")\nmcp.run("sse")\n'), {
      files: [],
      changed: [],
      notes: [],
    });
  });

  it('leaves a constructor with nothing to move exactly as laid out', () => {
    assert.deepEqual(migrateOne(IMPORT + 'mcp = FastMCP(\n    "demo"\n)\n'), {
      files: [{ file: 'server.py', source: RENAMED + 'mcp = MCPServer(\n    "demo"\n)\n' }],
      changed: [],
      notes: [],
    });
  });

  it('passes a positional second argument as instructions=, even when no setting moves', () => {
    assert.deepEqual(migrateOne(IMPORT + 'mcp = FastMCP("demo", "Be nice")\n'), {
      files: [{ file: 'server.py', source: RENAMED + 'mcp = MCPServer("demo", instructions="Be nice")\n' }],
      changed: [
        'server.py:3: the second argument of the server constructor is passed as `instructions=` (mcp 2 would read it as `title`).',
      ],
      notes: [],
    });
  });

  it('notes a server without a name, but not one named by keyword', () => {
    assert.deepEqual(migrateOne(IMPORT + 'mcp = FastMCP(host="h", port=8000)\nmcp.run("sse")\n'), {
      files: [{ file: 'server.py', source: RENAMED + 'mcp = MCPServer()\nmcp.run("sse", host="h", port=8000)\n' }],
      changed: [movedLine(3, 'host, port')],
      notes: [
        {
          file: 'server.py',
          line: 3,
          found: 'The server has no name: mcp 2 reports "mcp-server" where mcp 1.x reported "FastMCP".',
          todo: 'Pass the name clients should see as the first argument (`MCPServer("FastMCP")` keeps the old one).',
        },
      ],
    });
    assert.deepEqual(migrateOne(IMPORT + 'mcp = FastMCP(name="demo", instructions="Be nice")\n'), {
      files: [{ file: 'server.py', source: RENAMED + 'mcp = MCPServer(name="demo", instructions="Be nice")\n' }],
      changed: [],
      notes: [],
    });
  });

  it('notes more than two positional arguments without reordering them', () => {
    assert.deepEqual(migrateOne(IMPORT + 'mcp = FastMCP("demo", "Be nice", "1.0", port=8000)\nmcp.run("sse")\n'), {
      files: [{ file: 'server.py', source: RENAMED + 'mcp = MCPServer("demo", "Be nice", "1.0")\nmcp.run("sse", port=8000)\n' }],
      changed: [movedLine(3, 'port')],
      notes: [
        {
          file: 'server.py',
          line: 3,
          found: 'The server constructor takes more than two positional arguments; mcp 2 changed their order.',
          todo: 'Pass everything after the name by keyword (name, title, description, instructions, website_url, icons, version).',
        },
      ],
    });
  });

  it('drops mount_path with a note, moving nothing else', () => {
    assert.deepEqual(migrateOne(IMPORT + 'mcp = FastMCP("demo", mount_path="/mcp")\n'), {
      files: [{ file: 'server.py', source: RENAMED + 'mcp = MCPServer("demo")\n' }],
      changed: [],
      notes: [
        {
          file: 'server.py',
          line: 3,
          found: '`mount_path` was removed (it was dropped here).',
          todo: 'Mount the app with Starlette `Mount("/path", app=...)`; the SSE transport uses the ASGI root_path.',
        },
      ],
    });
  });
});
