// lowlevel.ts, part 3: the rest of a create-mcp-server module — dispatch functions compared with the template,
// main(), code carried over (server renamed) or left to MIGRATION.md, and the imports the carried code needs.
import assert from 'node:assert/strict';
import { analyze, LABEL, lineIn, renamedServer, replaced, statementOf, TEMPLATE, withTools } from '../fixtures/migrate/lowlevel.js';

const NOT_CARRIED = 'This code was not carried over: it depends on the mcp 1.x entry point or runs at import time.';
const RE_ADD = 'Re-add it to the new module if it is still needed, on the mcp 2 API.';
const MAIN = TEMPLATE.slice(TEMPLATE.indexOf('async def main'));

function note(source: string, code: string, found: string, todo: string) {
  return { file: LABEL, line: lineIn(source, code), found, todo, code };
}

function carriedNote(source: string, start: string) {
  return {
    file: LABEL,
    line: lineIn(source, start),
    found: 'Carried over unchanged to the end of the module.',
    todo: 'Check it against the mcp 2 API (`uv run pyright` points at what changed).',
  };
}

describe('analyzeCreateMcpServer: the template parts, compared modulo layout', () => {
  it('accepts the template with the server renamed, its handlers renamed or not async, and another name and version', () => {
    const source = renamedServer(TEMPLATE)
      .replace('async def handle_list_resources()', 'def list_resources_handler()')
      .replace('async def handle_call_tool(', 'async def call(')
      .replace('server_name="srv"', "server_name='my-notes'")
      .replace('server_version="0.1.0"', 'server_version="2.0.0"');
    assert.deepEqual(analyze(source), { tools: [], carried: [], imports: [], notes: [] });
  });

  it('reports a main() that differs, with its code', () => {
    const source = replaced(TEMPLATE, '    # Run the server using stdin/stdout streams\n', '    print("starting")\n');
    assert.deepEqual(analyze(source).notes, [
      note(
        source,
        source.slice(source.indexOf('async def main')),
        "main() differs from create-mcp-server's; it was replaced by src/<package>/__main__.py, which runs the server over stdio or streamable HTTP.",
        'Move what your main() did differently into __main__.py.',
      ),
    ]);
  });

  it('reports a changed dispatch function, and one the template does not have', () => {
    const source = renamedServer(
      replaced(TEMPLATE, '    if uri.scheme != "note":', '    if uri.scheme != "memo":') +
        '\n\n@server.list_resource_templates()\nasync def handle_templates():\n    return []\n',
    );
    const port = 'Port the differences to the MCPServer handlers in the new module (the original code is below).';
    assert.deepEqual(analyze(source), {
      tools: [],
      carried: [],
      imports: [],
      notes: [
        note(
          source,
          statementOf(source, '@app.read_resource()'),
          "handle_read_resource() differs from create-mcp-server's template beyond what could be carried over; the migrated server follows the template.",
          port,
        ),
        note(
          source,
          '@app.list_resource_templates()\nasync def handle_templates():\n    return []\n',
          'The low-level handler @app.list_resource_templates() has no automatic MCPServer equivalent.',
          port,
        ),
      ],
    });
  });

  it('reports a declared tool when the module has no call_tool function', () => {
    const withoutCallTool = TEMPLATE.slice(0, TEMPLATE.indexOf('@server.call_tool()')) + MAIN;
    const source = withTools('        types.Tool(name="echo", inputSchema={}),\n', '', `${withoutCallTool}\n    if name != "add-note":\n        pass\n`);
    assert.deepEqual(analyze(source).notes[0], {
      file: LABEL,
      line: lineIn(source, 'types.Tool(name="echo"'),
      found: 'The tool "echo" was not carried over: its code in call_tool() is not an `if name == "echo":` block.',
      todo: 'Add it to the server as `@server.tool(name="echo")` by hand (or with `yo mcp-python:tool echo`), then move its code there.',
      code: 'types.Tool(name="echo", inputSchema={})',
    });
  });

  it('reports the branches of call_tool when the module has no list_tools function', () => {
    const start = TEMPLATE.indexOf('@server.list_tools()');
    const withoutListTools = TEMPLATE.slice(0, start) + TEMPLATE.slice(TEMPLATE.indexOf('@server.call_tool()'));
    const source = replaced(withoutListTools, '    if name != "add-note":', '    if name == "echo":\n        return []\n\n    if name != "add-note":');
    assert.deepEqual(analyze(source), {
      tools: [],
      carried: [],
      imports: [],
      notes: [
        note(
          source,
          'if name == "echo":\n        return []\n',
          'call_tool handles "echo", but list_tools does not declare it, so it was not carried over.',
          'Add it as an `@server.tool()` function if clients should see it.',
        ),
      ],
    });
  });
});

describe('analyzeCreateMcpServer: code of the user outside the template', () => {
  it('carries over definitions and assignments, the server renamed, and imports what they use', () => {
    const source = renamedServer(
      replaced(TEMPLATE, 'import asyncio\n', 'import asyncio\nimport functools, json, os\n') +
        '\n\n# Helpers of my own\nimport re\n\nLIMIT = 10\n\n\nclass Store:\n    items: list[str] = []\n\n\n' +
        '@functools.cache\ndef describe():\n    return server.name\n\n\ndef helper(value):\n    return json.dumps(value)\n',
    );
    assert.deepEqual(analyze(source), {
      tools: [],
      carried: [
        'LIMIT = 10',
        'class Store:\n    items: list[str] = []\n',
        '@functools.cache\ndef describe():\n    return server.name\n',
        'def helper(value):\n    return json.dumps(value)\n',
      ],
      imports: ['import functools as functools, json as json'],
      notes: [
        carriedNote(source, 'LIMIT = 10'),
        carriedNote(source, 'class Store:'),
        carriedNote(source, '@functools.cache'),
        carriedNote(source, 'def helper'),
      ],
    });
  });

  it('leaves statements that run at import time to MIGRATION.md', () => {
    const source = `${TEMPLATE}\n\n\nprint("loaded")\n\nif __name__ == "__main__":\n    asyncio.run(main())\n`;
    assert.deepEqual(analyze(source), {
      tools: [],
      carried: [],
      imports: [],
      notes: [
        note(source, 'print("loaded")', NOT_CARRIED, RE_ADD),
        note(source, 'if __name__ == "__main__":\n    asyncio.run(main())\n', NOT_CARRIED, RE_ADD),
      ],
    });
  });

  it('leaves code that uses the mcp 1.x entry point to MIGRATION.md, main() included', () => {
    const added = [
      'def options():\n    return InitializationOptions\n',
      'def notifications():\n    return NotificationOptions()\n',
      'async def streams():\n    return stdio_server\n',
      'def run():\n    return main\n',
      'class main:\n    pass\n',
    ];
    const source = `${TEMPLATE}\n\n\n${added.join('\n\n')}`;
    assert.deepEqual(analyze(source), {
      tools: [],
      carried: [],
      imports: [],
      notes: added.map((code) => note(source, code, NOT_CARRIED, RE_ADD)),
    });
  });

  it('uses LF line breaks inside carried code of a CRLF module', () => {
    const source = `${TEMPLATE}\n\n\ndef helper(value):\n    return value\n`.replace(/\n/g, '\r\n');
    // The statement ends before the final line break; migratedServerModule trims what trails it.
    assert.deepEqual(analyze(source).carried, ['def helper(value):\n    return value\r']);
  });

  it('leaves a module docstring to MIGRATION.md, while the comments of the module are no code', () => {
    const source = `"""My notes server."""\n${TEMPLATE}`;
    assert.deepEqual(analyze(source).notes, [note(source, '"""My notes server."""', NOT_CARRIED, RE_ADD)]);
  });
});
