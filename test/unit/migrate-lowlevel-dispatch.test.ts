// lowlevel.ts, part 2: which `if name == "<tool>":` blocks of handle_call_tool are recognised, how their code is
// carried over (dedented, server renamed, request_context through ctx), and what goes to MIGRATION.md instead.
import assert from 'node:assert/strict';
import { analyze, LABEL, lineIn, renamedServer, replaced, statementOf, TEMPLATE, withTools } from '../fixtures/migrate/lowlevel.js';

const RETURNS = 'list[types.TextContent | types.ImageContent | types.EmbeddedResource]';
const SCHEMA = '{"type": "object", "properties": {"text": {"type": "string"}}}';
const TEXT_PARAM = { name: 'text', type: 'str', required: false };

function declare(name: string, extra = ''): string {
  return `        types.Tool(name="${name}"${extra}, inputSchema=${SCHEMA}),\n`;
}

function tool(source: string, name: string, body: string, extra: Record<string, unknown> = {}, test = `if name == "${name}"`) {
  return {
    name,
    params: [TEXT_PARAM],
    body,
    usesArguments: false,
    usesName: false,
    usesContext: false,
    returns: RETURNS,
    line: lineIn(source, test),
    ...extra,
  };
}

function differs(source: string, start: string, handler: string) {
  return {
    file: LABEL,
    line: lineIn(source, start),
    found: `${handler}() differs from create-mcp-server's template beyond what could be carried over; the migrated server follows the template.`,
    todo: 'Port the differences to the MCPServer handlers in the new module (the original code is below).',
    code: statementOf(source, start),
  };
}

function noBlock(source: string, name: string, dispatcher = 'handle_call_tool') {
  return {
    file: LABEL,
    line: lineIn(source, `types.Tool(name="${name}"`),
    found: `The tool "${name}" was not carried over: its code in ${dispatcher}() is not an \`if name == "${name}":\` block.`,
    todo: `Add it to the server as \`@server.tool(name="${name}")\` by hand (or with \`yo mcp-python:tool ${name}\`), then move its code there.`,
    code: `types.Tool(name="${name}", inputSchema=${SCHEMA})`,
  };
}

function undeclared(source: string, name: string, code: string) {
  return {
    file: LABEL,
    line: lineIn(source, code),
    found: `call_tool handles "${name}", but list_tools does not declare it, so it was not carried over.`,
    todo: 'Add it as an `@server.tool()` function if clients should see it.',
    code,
  };
}

describe('analyzeCreateMcpServer: the branches of handle_call_tool', () => {
  it('gives each declared tool its own branch, whatever their order', () => {
    const source = withTools(
      declare('echo') + declare('shout', ', description="Shout it"'),
      '    if name == "shout":\n        return [text.upper()]\n    if name == "echo":\n        return [text]\n\n',
    );
    assert.deepEqual(analyze(source), {
      tools: [tool(source, 'echo', 'return [text]'), tool(source, 'shout', 'return [text.upper()]', { description: 'Shout it' })],
      carried: [],
      imports: ['import mcp.types as types'],
      notes: [],
    });
  });

  it('keeps a tool description only when it is a string', () => {
    const source = withTools(declare('echo', ', description=5') + declare('shout', ', description=None'), '    if name == "echo":\n        return [text]\n    if name == "shout":\n        return [text]\n\n');
    assert.deepEqual(analyze(source).tools, [tool(source, 'echo', 'return [text]'), tool(source, 'shout', 'return [text]')]);
  });

  const NOT_BRANCHES: Array<[string, string]> = [
    ['an if with an elif', '    if name == "echo":\n        return [text]\n    elif name == "other":\n        return []\n\n'],
    ['an if with an else', '    if name == "echo":\n        return [text]\n    else:\n        pass\n\n'],
    ['a test of another variable', '    if tool == "echo":\n        return [text]\n\n'],
    ['a test of an expression', '    if name.lower() == "echo":\n        return [text]\n\n'],
    ['another comparison', '    if name != "echo":\n        return [text]\n\n'],
    ['a comparison with a non-literal', '    if name == ECHO:\n        return [text]\n\n'],
    ['a condition without comparison', '    if name:\n        return [text]\n\n'],
  ];
  for (const [what, branch] of NOT_BRANCHES) {
    it(`does not carry over a tool whose code is ${what}`, () => {
      const source = withTools(declare('echo'), branch);
      assert.deepEqual(analyze(source), {
        tools: [],
        carried: [],
        imports: [],
        notes: [noBlock(source, 'echo'), differs(source, '@server.call_tool()', 'handle_call_tool')],
      });
    });
  }

  it('follows the name of the dispatch function first parameter, and falls back on `name` without one', () => {
    const renamed = replaced(
      withTools(declare('echo'), '    if tool == "echo":\n        return [tool]\n\n'),
      'async def handle_call_tool(\n    name: str,',
      'async def handle_call_tool(\n    tool: str,',
    );
    assert.deepEqual(analyze(renamed), {
      tools: [tool(renamed, 'echo', 'return [tool]', {}, 'if tool == "echo"')],
      carried: [],
      imports: ['import mcp.types as types'],
      notes: [differs(renamed, '@server.call_tool()', 'handle_call_tool')],
    });
    const bare = replaced(
      withTools(declare('echo'), '    if name == "echo":\n        return [name]\n\n'),
      'async def handle_call_tool(\n    name: str, arguments: dict | None\n)',
      'async def handle_call_tool()',
    );
    assert.deepEqual(analyze(bare).tools, [tool(bare, 'echo', 'return [name]', { usesName: true })]);
  });

  it('reports a tool declared without a branch, and a branch of an undeclared tool', () => {
    const source = withTools(declare('echo'), '    if name == "extra":\n        return []\n\n');
    assert.deepEqual(analyze(source), {
      tools: [],
      carried: [],
      imports: [],
      notes: [noBlock(source, 'echo'), undeclared(source, 'extra', 'if name == "extra":\n        return []\n')],
    });
  });

  it('reports a branch of an undeclared tool next to carried tools, and when no tool is declared', () => {
    const both = withTools(declare('echo'), '    if name == "echo":\n        return [text]\n    if name == "extra":\n        return []\n');
    assert.deepEqual(analyze(both), {
      tools: [tool(both, 'echo', 'return [text]')],
      carried: [],
      imports: ['import mcp.types as types'],
      notes: [undeclared(both, 'extra', 'if name == "extra":\n        return []\n')],
    });
    const alone = withTools('', '    if name == "extra":\n        return []\n\n');
    assert.deepEqual(analyze(alone).notes, [undeclared(alone, 'extra', 'if name == "extra":\n        return []\n')]);
  });

  it('never carries over a branch for add-note, which the migrated server has already', () => {
    const source = withTools('', '    if name == "add-note":\n        return []\n\n');
    assert.deepEqual(analyze(source), {
      tools: [],
      carried: [],
      imports: [],
      notes: [differs(source, '@server.call_tool()', 'handle_call_tool')],
    });
  });

  it('ignores list_tools items whose name is not a string literal, and a list_tools that returns no list', () => {
    const named = withTools('        types.Tool(name=ECHO, inputSchema={}),\n        "echo",\n', '');
    assert.deepEqual(analyze(named), {
      tools: [],
      carried: [],
      imports: [],
      notes: [differs(named, '@server.list_tools()', 'handle_list_tools')],
    });
    const listFrom = (body: string): string =>
      replaced(TEMPLATE, TEMPLATE.slice(TEMPLATE.indexOf('    return [\n        types.Tool('), TEMPLATE.indexOf('\n\n@server.call_tool')), body);
    for (const body of ['    return TOOLS', '    pass']) {
      const source = listFrom(body);
      assert.deepEqual(analyze(source), { tools: [], carried: [], imports: [], notes: [differs(source, '@server.list_tools()', 'handle_list_tools')] });
    }
  });
});

describe('analyzeCreateMcpServer: the code of a carried tool', () => {
  function carriedBody(branch: string, source = TEMPLATE): ReturnType<typeof analyze>['tools'][number] {
    const [carried] = analyze(withTools(declare('echo'), branch, source)).tools;
    assert.ok(carried);
    return carried;
  }

  it('reaches the request context through ctx, and says so', () => {
    const source = withTools(
      declare('echo'),
      '    if name == "echo":\n        await server.request_context.session.send_log_message("info", name)\n' +
        '        await server.request_context .session.send_ping()\n        meta = server.request_context.meta\n' +
        '        return [server.name]\n\n',
    );
    assert.deepEqual(analyze(source).tools, [
      tool(
        source,
        'echo',
        'await ctx.session.send_log_message("info", name)\nawait ctx.session.send_ping()\nmeta = ctx.request_context.meta\nreturn [server.name]',
        { usesName: true, usesContext: true },
      ),
    ]);
  });

  it('spells the server variable `server` and finds the request context through the renamed variable', () => {
    const renamed = renamedServer(TEMPLATE);
    const carried = carriedBody(
      '    if name == "echo":\n        ctx_value = app.request_context\n        return [app.name, server, app.request_context.session]\n\n',
      renamed,
    );
    assert.equal(carried.body, 'ctx_value = ctx.request_context\nreturn [server.name, server, ctx.session]');
    assert.equal(carried.usesContext, true);
  });

  it('dedents nested blocks, keeps blank lines inside and drops trailing whitespace', () => {
    const carried = carriedBody(
      '    if name == "echo":\n        x\n\n        for item in (arguments or {}).get("items", []):\n            total += item\n    \n' +
        '        return [total]   \n\n',
    );
    assert.equal(carried.body, 'x\n\nfor item in (arguments or {}).get("items", []):\n    total += item\n\nreturn [total]');
    assert.equal(carried.usesArguments, true);
    assert.equal(carried.usesContext, false);
  });

  it('takes a branch written on the if line', () => {
    assert.equal(carriedBody('    if name == "echo": return [types.TextContent(type="text", text="pong")]\n\n').body, 'return [types.TextContent(type="text", text="pong")]');
  });

  it('uses LF line breaks in a CRLF module', () => {
    const source = withTools(declare('echo'), '    if name == "echo":\n        a = 1\n        return [a]\n\n').replace(/\n/g, '\r\n');
    const [carried] = analyze(source).tools;
    assert.equal(carried?.body, 'a = 1\nreturn [a]');
  });

  it('reads the return annotation of handle_call_tool, or Any without one', () => {
    const spaced = replaced(withTools(declare('echo'), '    if name == "echo":\n        return []\n\n'), ') -> list[types.TextContent', ') ->  list[types.TextContent');
    assert.equal(analyze(spaced).tools[0]?.returns, RETURNS);
    const bare = replaced(withTools(declare('echo'), '    if name == "echo":\n        return []\n\n'), `) -> ${RETURNS}:`, '):');
    assert.equal(analyze(bare).tools[0]?.returns, 'Any');
  });

  it('imports what the carried code and the return annotation need, only those names', () => {
    const source = withTools(
      declare('echo'),
      '    if name == "echo":\n        return [json.dumps(arguments)]\n\n',
      replaced(TEMPLATE, 'import asyncio\n', 'import asyncio\nimport json, os\nfrom mcp.types import TextContent, Tool\n').replace(
        `) -> ${RETURNS}:`,
        ') -> list[TextContent]:',
      ),
    );
    assert.deepEqual(analyze(source).imports, ['import json as json', 'from mcp.types import TextContent as TextContent']);
  });
});
