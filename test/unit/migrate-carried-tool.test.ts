// The migrated create-mcp-server module (lib/migrate/create-mcp-server.ts): create-mcp-server's MCP names
// kept on the rendered notes server, tools carried over from the dispatch functions, carried code and imports.
import assert from 'node:assert/strict';
import { migratedServerModule, renderCarriedTool } from '../../generators/lib/migrate/create-mcp-server.js';
import type { CarriedTool, CreateMcpServerAnalysis } from '../../generators/lib/migrate/lowlevel.js';
import { scanModule } from '../../generators/lib/python/module-scan.js';
import { parseModuleOrThrow } from '../../generators/lib/python/parse.js';

const RENDERED =
  '"""Notes."""\n\nfrom mcp.server.mcpserver import MCPServer\n\nserver = MCPServer("srv")\n\n\n' +
  '@server.tool()\nasync def add_note(name: str, content: str) -> str:\n    return name\n\n\n' +
  '@server.prompt()\ndef summarize_notes(style: str = "brief") -> str:\n    return style\n';

/** RENDERED with create-mcp-server's names kept, as every migration starts. */
const KEPT = RENDERED.replace('@server.tool()', '@server.tool(name="add-note")').replace('@server.prompt()', '@server.prompt(name="summarize-notes")');

function tool(fields: Partial<CarriedTool> = {}): CarriedTool {
  return { name: 'echo', params: [], body: 'return "x"', usesArguments: false, usesName: false, usesContext: false, returns: 'str', line: 7, ...fields };
}

/** The imports of `source`, as the analysis of a create-mcp-server module lists them. */
function importsOf(source: string): CreateMcpServerAnalysis['imports'] {
  return scanModule(source, parseModuleOrThrow(source, 'imports')).imports;
}

function migrate(input: { rendered?: string; tools?: CarriedTool[]; carried?: string[]; imports?: string; lineLength?: number; firstParty?: string[] }) {
  const analysis = {
    tools: input.tools ?? [],
    carried: input.carried ?? [],
    imports: importsOf(input.imports ?? ''),
    notes: [],
  } as unknown as CreateMcpServerAnalysis;
  return migratedServerModule({
    rendered: input.rendered ?? RENDERED,
    analysis,
    lineLength: input.lineLength ?? 100,
    firstParty: new Set(input.firstParty ?? ['srv']),
    label: 'src/srv/server.py',
  });
}

/** KEPT with `code` inserted after add_note, where the tool insertion puts a new tool. */
function withTool(code: string, source = KEPT): string {
  return source.replace('    return name\n\n\n', `    return name\n\n\n${code}\n\n\n`);
}

const carriedNote = (name: string, fn: string) => ({
  file: 'src/srv/server.py',
  line: 7,
  found: `The tool "${name}" was carried over from the dispatch functions as ${fn}(): its arguments are parameters now, ` +
    'and `arguments` is rebuilt from them for the code that reads it.',
  todo: 'Read the function once: a local variable named like a parameter now shadows it, and errors raised by the code reach ' +
    'the client as tool errors.',
});

const refusedNote = (name: string, why: string) => ({
  file: 'src/srv/server.py',
  line: 7,
  found: `The tool "${name}" was not carried over: ${why}.`,
  todo: 'Add it to the server by hand; its original code is in the git history of this file.',
});

describe('renderCarriedTool', () => {
  it('renders a tool without parameters as a decorated async function around its body', () => {
    assert.equal(renderCarriedTool(tool(), 'echo', 100), '@server.tool(name="echo")\nasync def echo() -> str:\n    return "x"');
  });

  it('puts required parameters first, then ctx, then the optional ones defaulting to None, with descriptions as Field', () => {
    const carried = tool({
      description: 'Echo it',
      params: [
        { name: 'times', type: 'int', required: false },
        { name: 'text', type: 'str', required: true, description: 'What to echo' },
      ],
      usesContext: true,
    });
    assert.equal(
      renderCarriedTool(carried, 'echo_tool', 100),
      '@server.tool(name="echo", description="Echo it")\n' +
        'async def echo_tool(\n    text: Annotated[str, Field(description="What to echo")],\n    ctx: Context,\n    times: int | None = None,\n) -> str:\n' +
        '    return "x"',
    );
  });

  it('rebuilds `arguments` from the parameters and `name` from the tool, for the code that reads them', () => {
    const carried = tool({
      params: [
        { name: 'text', type: 'str', required: true },
        { name: 'times', type: 'int', required: false },
      ],
      usesArguments: true,
      usesName: true,
      body: 'x = arguments\n\nreturn [name]',
      returns: 'list[\n    types.TextContent]',
    });
    assert.equal(
      renderCarriedTool(carried, 'echo', 100),
      '@server.tool(name="echo")\nasync def echo(text: str, times: int | None = None) -> list[ types.TextContent]:\n' +
        '    arguments: dict[str, Any] = {"text": text}\n    if times is not None:\n        arguments["times"] = times\n' +
        '    name = "echo"\n    x = arguments\n\n    return [name]',
    );
  });

  it('collapses each run of whitespace of the return annotation to one space', () => {
    assert.equal(renderCarriedTool(tool({ returns: 'dict[str,  int]' }), 'echo', 100), '@server.tool(name="echo")\nasync def echo() -> dict[str, int]:\n    return "x"');
  });
});

describe('migratedServerModule', () => {
  it("names the notes tool and prompt with create-mcp-server's names, and nothing else (nor a bare decorator)", () => {
    assert.deepEqual(migrate({}), { source: KEPT, tools: [], notes: [] });
    assert.deepEqual(migrate({ rendered: RENDERED.replace(/\n/g, '\r\n') }), { source: KEPT, tools: [], notes: [] });
    const others =
      'from mcp.server.mcpserver import MCPServer\n\nserver = MCPServer("srv")\n\n\n@server.tool()\ndef other() -> str:\n    return ""\n\n\n' +
      '@server.resource("note://x")\ndef add_note() -> str:\n    return ""\n\n\n@server.prompt\ndef summarize_notes() -> str:\n    return ""\n';
    assert.equal(migrate({ rendered: others }).source, others);
  });

  it('adds the name before existing decorator arguments, and into blank parentheses', () => {
    const rendered = RENDERED.replace('@server.tool()', '@server.tool(description="Add")').replace('@server.prompt()', '@server.prompt( )');
    assert.equal(
      migrate({ rendered }).source,
      KEPT.replace('@server.tool(name="add-note")', '@server.tool(name="add-note", description="Add")').replace(
        '@server.prompt(name="summarize-notes")',
        '@server.prompt(name="summarize-notes" )',
      ),
    );
  });

  it('refuses a rendered module that does not parse, naming it', () => {
    assert.throws(() => migrate({ rendered: 'def (:\n' }), /^Error: the migrated server module does not parse as Python/);
  });

  it('carries a tool over after the last tool, with a note', () => {
    assert.deepEqual(migrate({ tools: [tool()] }), {
      source: withTool('@server.tool(name="echo")\nasync def echo() -> str:\n    return "x"'),
      tools: [{ name: 'echo', function: 'echo' }],
      notes: [carriedNote('echo', 'echo')],
    });
  });

  it('imports what a carried tool needs: Any, Annotated and Field, Context', () => {
    const carried = tool({
      params: [{ name: 'text', type: 'str', required: true, description: 'What' }],
      usesArguments: true,
      usesContext: true,
      body: 'return arguments',
    });
    assert.equal(
      migrate({ tools: [carried] }).source,
      withTool(
        '@server.tool(name="echo")\nasync def echo(text: Annotated[str, Field(description="What")], ctx: Context) -> str:\n' +
          '    arguments: dict[str, Any] = {"text": text}\n    return arguments',
        KEPT.replace(
          'from mcp.server.mcpserver import MCPServer\n',
          'from typing import Annotated, Any\n\nfrom mcp.server.mcpserver import Context, MCPServer\nfrom pydantic import Field\n',
        ),
      ),
    );
  });

  it('imports Any for a parameter or a return annotation that uses it, and nothing for plain types', () => {
    const withAny = KEPT.replace('from mcp.server.mcpserver import MCPServer\n', 'from typing import Any\n\nfrom mcp.server.mcpserver import MCPServer\n');
    assert.equal(
      migrate({ tools: [tool({ params: [{ name: 'data', type: 'dict[str, Any]', required: true }, { name: 'count', type: 'int', required: true }] })] }).source,
      withTool('@server.tool(name="echo")\nasync def echo(data: dict[str, Any], count: int) -> str:\n    return "x"', withAny),
    );
    assert.equal(
      migrate({ tools: [tool({ returns: 'Any' })] }).source,
      withTool('@server.tool(name="echo")\nasync def echo() -> Any:\n    return "x"', withAny),
    );
    assert.equal(
      migrate({ tools: [tool({ params: [{ name: 'count', type: 'int', required: false }] })] }).source,
      withTool('@server.tool(name="echo")\nasync def echo(count: int | None = None) -> str:\n    return "x"'),
    );
  });

  it('renames a tool whose function name is taken (defined, imported or a keyword) with a _tool suffix', () => {
    const rendered = RENDERED.replace('from mcp.server.mcpserver import MCPServer\n', 'import json\n\nfrom mcp.server.mcpserver import MCPServer\n');
    const kept = KEPT.replace('from mcp.server.mcpserver import MCPServer\n', 'import json\n\nfrom mcp.server.mcpserver import MCPServer\n');
    for (const [name, fn] of [
      ['summarize-notes', 'summarize_notes_tool'],
      ['json', 'json_tool'],
      ['class', 'class_tool'],
    ] as const) {
      assert.deepEqual(migrate({ rendered, tools: [tool({ name })] }), {
        source: withTool(`@server.tool(name="${name}")\nasync def ${fn}() -> str:\n    return "x"`, kept),
        tools: [{ name, function: fn }],
        notes: [carriedNote(name, fn)],
      });
    }
  });

  it('leaves out a tool with no free function name, or with a parameter named like what the carried code uses', () => {
    const rendered = `${RENDERED}\n\ndef helper() -> None:\n    pass\n\n\ndef helper_tool() -> None:\n    pass\n`;
    const source = migrate({ rendered }).source;
    assert.deepEqual(migrate({ rendered, tools: [tool({ name: 'helper' })] }), {
      source,
      tools: [],
      notes: [refusedNote('helper', 'no free function name was found for it')],
    });
    for (const param of ['arguments', 'ctx', 'server', 'name']) {
      assert.deepEqual(migrate({ tools: [tool({ params: [{ name: 'text', type: 'str', required: true }, { name: param, type: 'str', required: true }] })] }), {
        source: KEPT,
        tools: [],
        notes: [refusedNote('echo', `its parameter \`${param}\` would clash with a name the carried code uses`)],
      });
    }
  });

  it("appends the carried statements and adds the imports they need, each where it belongs", () => {
    const result = migrate({
      rendered: `${RENDERED}\n\n`,
      carried: ['STORE = json.dumps({})  \n', 'def shout(text: str) -> TC:\n    return types.TextContent(type="text", text=os.path.sep + np.x + util.x)\n\n'],
      imports:
        'import json\nfrom mcp.types import TextContent as TC\nimport mcp.types as types\nimport numpy as np\nimport os.path\nfrom srv import util\nfrom mcp.server.mcpserver import MCPServer\n',
    });
    assert.equal(
      result.source,
      KEPT.replace(
        'from mcp.server.mcpserver import MCPServer\n',
        'import json\nimport os.path\n\nimport numpy as np\nfrom mcp import types\nfrom mcp.server.mcpserver import MCPServer\nfrom mcp.types import TextContent as TC\n\nfrom srv import util\n',
      ) +
        '\n\nSTORE = json.dumps({})\n\n\ndef shout(text: str) -> TC:\n    return types.TextContent(type="text", text=os.path.sep + np.x + util.x)\n',
    );
  });
});
