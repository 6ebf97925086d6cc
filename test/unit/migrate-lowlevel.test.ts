// lowlevel.ts, part 1: finding mcp 1.x's low-level `Server`, recognising create-mcp-server's module, and
// which tools added to handle_list_tools/handle_call_tool are carried over (their inputSchema, their branch).
import assert from 'node:assert/strict';
import { findLowlevelServer, isCreateMcpServerModule } from '../../generators/lib/migrate/lowlevel.js';
import { type Analysis, analyze, lineIn, parsed, TEMPLATE, withTools } from '../fixtures/migrate/lowlevel.js';

function server(source: string): { variable: string; serverName: string | undefined } | undefined {
  const { tree, scan } = parsed(source);
  const found = findLowlevelServer(source, tree, scan);
  return found && { variable: found.variable, serverName: found.serverName };
}

function isTemplate(source: string): boolean {
  const { tree, scan } = parsed(source);
  return isCreateMcpServerModule(source, tree, scan);
}

/** One tool, `echo`, declared with `schema` and handled by `return [text]`. */
function echoWithSchema(schema: string): Analysis {
  return analyze(
    withTools(`        types.Tool(name="echo", inputSchema=${schema}),\n`, '    if name == "echo":\n        return [text]\n\n'),
  );
}

const ECHO_SOURCE = withTools('        types.Tool(name="echo", inputSchema={}),\n', '    if name == "echo":\n        return [text]\n\n');
const ECHO_DECLARED_LINE = lineIn(ECHO_SOURCE, 'types.Tool(name="echo"');
const ECHO_BRANCH_LINE = lineIn(ECHO_SOURCE, 'if name == "echo"');

function echoTool(params: unknown[], extra: Record<string, unknown> = {}) {
  return {
    name: 'echo',
    params,
    body: 'return [text]',
    usesArguments: false,
    usesName: false,
    usesContext: false,
    returns: 'list[types.TextContent | types.ImageContent | types.EmbeddedResource]',
    line: ECHO_BRANCH_LINE,
    ...extra,
  };
}

const RETURNS_IMPORT = 'import mcp.types as types';

function notCarried(code: string, why: string, line = ECHO_DECLARED_LINE) {
  return {
    file: 'src/srv/server.py',
    line,
    found: `The tool "echo" was not carried over: ${why}.`,
    todo: 'Add it to the server as `@server.tool(name="echo")` by hand (or with `yo mcp-python:tool echo`), then move its code there.',
    code,
  };
}

describe('findLowlevelServer: the `Server(...)` of mcp 1.x low-level API', () => {
  it('finds the template server, its variable and its name', () => {
    assert.deepEqual(server(TEMPLATE), { variable: 'server', serverName: 'srv' });
  });

  for (const module of ['mcp.server', 'mcp.server.lowlevel', 'mcp.server.lowlevel.server']) {
    it(`accepts Server imported from ${module}, under an alias too`, () => {
      assert.deepEqual(server(`from ${module} import Server\n\napp = Server("notes")\n`), { variable: 'app', serverName: 'notes' });
      assert.deepEqual(server(`from ${module} import Server as LowServer\n\napp = LowServer('n')\n`), { variable: 'app', serverName: 'n' });
    });
  }

  it('accepts the dotted mcp.server.Server and mcp.server.lowlevel.Server', () => {
    assert.deepEqual(server('import mcp.server\n\napp = mcp.server.Server("a")\n'), { variable: 'app', serverName: 'a' });
    assert.deepEqual(server('import mcp.server.lowlevel\n\napp = mcp.server.lowlevel.Server("b")\n'), {
      variable: 'app',
      serverName: 'b',
    });
  });

  it('ignores a Server from another module, an `import` statement or another name of the low-level module', () => {
    assert.equal(server('from other import Server\n\napp = Server("a")\n'), undefined);
    assert.equal(server('import Server\n\napp = Server("a")\n'), undefined);
    assert.equal(server('from mcp.server import NotificationOptions\n\nopts = NotificationOptions("a")\n'), undefined);
    assert.equal(server('import mcp.server\n\napp = mcp.server.Other("a")\n'), undefined);
  });

  it('takes the first plain `name = Server(...)`, skipping other statements', () => {
    const source =
      'from mcp.server import NotificationOptions, Server\n\nopts = NotificationOptions("x")\ncount: int\n' +
      'count += Server("u")\nholder.app = Server("m")\nfirst, second = Server("t")\nServer("e")\nlater = Server\napp = Server("real")\n';
    assert.deepEqual(server(source), { variable: 'app', serverName: 'real' });
  });

  it('leaves the name undefined when the first argument is not a string literal', () => {
    assert.deepEqual(server('from mcp.server import Server\n\napp = Server(NAME)\n'), { variable: 'app', serverName: undefined });
    assert.deepEqual(server('from mcp.server import Server\n\napp = Server()\n'), { variable: 'app', serverName: undefined });
    assert.deepEqual(server('from mcp.server import Server\n\napp = Server(name="kw")\n'), { variable: 'app', serverName: undefined });
  });
});

describe('isCreateMcpServerModule: a low-level server with at least two of the template dispatch functions', () => {
  const HEAD = 'from mcp.server import Server\n\napp = Server("a")\n\n';

  it('recognises the template and a module with exactly two of its dispatch functions', () => {
    assert.equal(isTemplate(TEMPLATE), true);
    assert.equal(isTemplate(`${HEAD}@app.list_tools()\nasync def a():\n    return []\n\n@app.call_tool()\nasync def b(name, arguments):\n    return []\n`), true);
  });

  it('rejects a module with one dispatch function, or without a server', () => {
    assert.equal(isTemplate(`${HEAD}@app.list_tools()\nasync def a():\n    return []\n\n@app.progress_notification()\nasync def b():\n    pass\n`), false);
    assert.equal(isTemplate('@app.list_tools()\nasync def a():\n    return []\n\n@app.call_tool()\nasync def b():\n    pass\n'), false);
  });

  it('counts only functions decorated `@<server variable>.<method>(...)`', () => {
    const decorated = (decorators: [string, string], defined = 'async def'): string =>
      `${HEAD}${decorators[0]}\n${defined} a():\n    return []\n\n${decorators[1]}\nasync def b():\n    return []\n`;
    assert.equal(isTemplate(decorated(['@other.list_tools()', '@other.call_tool()'])), false);
    assert.equal(isTemplate(decorated(['@app.list_tools.cached()', '@app.call_tool.cached()'])), false);
    assert.equal(isTemplate(decorated(['@list_tools', '@call_tool'])), false);
    assert.equal(isTemplate(`${HEAD}@app.list_tools()\nclass Tools:\n    pass\n\n@app.call_tool()\nasync def b():\n    return []\n`), false);
  });
});

describe('analyzeCreateMcpServer: the tools a user added to the template', () => {
  it('finds nothing to report in the template itself', () => {
    assert.deepEqual(analyze(TEMPLATE), { tools: [], carried: [], imports: [], notes: [] });
  });

  it('carries over a tool declared in list_tools and handled by an `if name == ...` block', () => {
    const source = withTools(
      '        types.Tool(\n            name="echo",\n            description="Echo the text back",\n            inputSchema={\n' +
        '                "type": "object",\n                "properties": {\n' +
        '                    "text": {"type": "string", "description": "What to echo"},\n' +
        '                    "times": {"type": "integer"},\n                },\n                "required": ["text"],\n            },\n        ),\n',
      '    if name == "echo":\n        text = (arguments or {}).get("text", "")\n        times = int((arguments or {}).get("times") or 1)\n' +
        '        return [types.TextContent(type="text", text=" ".join([text] * times))]\n\n',
    );
    assert.deepEqual(analyze(source), {
      tools: [
        {
          name: 'echo',
          description: 'Echo the text back',
          params: [
            { name: 'text', type: 'str', required: true, description: 'What to echo' },
            { name: 'times', type: 'int', required: false },
          ],
          body:
            'text = (arguments or {}).get("text", "")\ntimes = int((arguments or {}).get("times") or 1)\n' +
            'return [types.TextContent(type="text", text=" ".join([text] * times))]',
          usesArguments: true,
          usesName: false,
          usesContext: false,
          returns: 'list[types.TextContent | types.ImageContent | types.EmbeddedResource]',
          line: lineIn(source, 'if name == "echo"'),
        },
      ],
      carried: [],
      imports: [RETURNS_IMPORT],
      notes: [],
    });
  });

  it('maps each plain JSON type to its Python type', () => {
    const schema =
      '{"type": "object", "properties": {"s": {"type": "string"}, "i": {"type": "integer"}, "n": {"type": "number"}, ' +
      '"b": {"type": "boolean"}, "a": {"type": "array"}, "o": {"type": "object"}}, "required": ["n", "o"]}';
    assert.deepEqual(echoWithSchema(schema).tools, [
      echoTool([
        { name: 's', type: 'str', required: false },
        { name: 'i', type: 'int', required: false },
        { name: 'n', type: 'float', required: true },
        { name: 'b', type: 'bool', required: false },
        { name: 'a', type: 'list[Any]', required: false },
        { name: 'o', type: 'dict[str, Any]', required: true },
      ]),
    ]);
  });

  it('accepts an object schema without properties or required, and input_schema spelled the Python way', () => {
    assert.deepEqual(echoWithSchema('{"type": "object"}').tools, [echoTool([])]);
    const snake = analyze(
      withTools(
        '        types.Tool(name="echo", input_schema={"type": "object", "properties": {"x": {"type": "number"}}}),\n',
        '    if name == "echo":\n        return [text]\n\n',
      ),
    );
    assert.deepEqual(snake.tools, [echoTool([{ name: 'x', type: 'float', required: false }])]);
  });

  it('keeps a parameter description only when it is a string', () => {
    assert.deepEqual(echoWithSchema('{"type": "object", "properties": {"x": {"type": "string", "description": 5}}}').tools, [
      echoTool([{ name: 'x', type: 'str', required: false }]),
    ]);
  });

  const REJECTED: Array<[string, string]> = [
    ['a string schema', '"object"'],
    ['None', 'None'],
    ['a list', '[{"type": "object"}]'],
    ['a schema of another type', '{"type": "array"}'],
    ['properties that are a list', '{"type": "object", "properties": [{"type": "string"}]}'],
    ['properties that are a string', '{"type": "object", "properties": "x"}'],
    ['required that is not a list', '{"type": "object", "properties": {"x": {"type": "string"}}, "required": "x"}'],
    ['a property that is a string', '{"type": "object", "properties": {"x": "string"}}'],
    ['a property that is None', '{"type": "object", "properties": {"x": None}}'],
    ['a property that is a list', '{"type": "object", "properties": {"x": [{"type": "string"}]}}'],
    ['a property of an unknown type', '{"type": "object", "properties": {"x": {"type": "null"}}}'],
    ['a property whose type is a list', '{"type": "object", "properties": {"x": {"type": ["string"]}}}'],
    ['a property with other keys', '{"type": "object", "properties": {"x": {"type": "string", "default": "a"}}}'],
    ['a property named like no Python parameter', '{"type": "object", "properties": {"my-text": {"type": "string"}}}'],
    ['a property name starting with a digit', '{"type": "object", "properties": {"1x": {"type": "string"}}}'],
    ['a property name ending with a dash', '{"type": "object", "properties": {"x-": {"type": "string"}}}'],
  ];
  for (const [what, schema] of REJECTED) {
    it(`does not carry over a tool whose inputSchema is ${what}`, () => {
      assert.deepEqual(echoWithSchema(schema), {
        tools: [],
        carried: [],
        imports: [],
        notes: [
          notCarried(`types.Tool(name="echo", inputSchema=${schema})`, 'its inputSchema is not a plain object of typed properties'),
        ],
      });
    });
  }
});
