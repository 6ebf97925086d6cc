// The exact code each kind of handler renders to: placeholders per return type, decorator arguments,
// docstring or description argument at the line limit, and the imports a signature needs.
import assert from 'node:assert/strict';
import { parseParamSpec } from '../../generators/lib/handlers/param-spec.js';
import { parseType, type ParamType } from '../../generators/lib/handlers/param-types.js';
import { renderHandler, type RenderedHandler } from '../../generators/lib/handlers/render-handler.js';
import type { HandlerSpec, ParamSpec, ToolSpec } from '../../generators/lib/handlers/specs.js';

const param = (spec: string) => parseParamSpec(spec) as ParamSpec;
const type = (spec: string) => parseType(spec) as ParamType;
const tool: ToolSpec = {
  kind: 'tool', name: 'f', function: 'f', description: 'Do it.', params: [param('a:int')], returns: type('str'),
  isAsync: false, context: false, annotations: {},
};
const render = (spec: HandlerSpec): RenderedHandler => renderHandler(spec, { variable: 'server', flavor: 'mcpserver', lineLength: 60 });

describe('rendered handler code', () => {
  it('returns a placeholder of the declared type', () => {
    const placeholders: Array<[string, string]> = [
      ['int | None', 'return None'], ['list[str]', 'return []'], ['dict[str, int]', 'return {}'], ['int', 'return 0'], ['float', 'return 0.0'],
      ['bool', 'return True'], ['str', 'arguments = {"a": a}\n    return f"f received {arguments}"'],
    ];
    for (const [returns, body] of placeholders) {
      assert.deepEqual(render({ ...tool, returns: type(returns) }), { code: `@server.tool()\ndef f(a: int) -> ${returns}:\n    """Do it."""\n    ${body}`, imports: [] });
    }
  });

  it('a title goes into the decorator, an empty one and an empty description nowhere', () => {
    assert.equal(render({ ...tool, params: [], title: 'Title', description: '' }).code, '@server.tool(title="Title")\ndef f() -> str:\n    return "f done"');
    assert.equal(render({ ...tool, params: [], title: '', description: '' }).code, '@server.tool()\ndef f() -> str:\n    return "f done"');
  });

  it('a docstring exactly at the line limit stays one; one character more becomes description=', () => {
    const fits = 'x'.repeat(60 - '    """"""'.length);
    assert.match(render({ ...tool, params: [], description: fits }).code, new RegExp(`^@server\\.tool\\(\\)\\ndef f\\(\\) -> str:\\n    """${fits}"""\\n`));
    assert.match(render({ ...tool, params: [], description: `${fits}x` }).code, /^@server\.tool\(\n {4}description=\(\n {8}"x+"\n {8}"x+"\n {4}\),\n\)\ndef f\(\) -> str:\n {4}return "f done"$/);
  });

  it('a resource template takes its placeholders as parameters, with its MIME type; a static one neither', () => {
    const resource = { kind: 'resource' as const, uri: 'notes://{id}', function: 'r', description: 'A note.', mimeType: 'text/plain', placeholders: ['id'] };
    assert.equal(
      render(resource).code,
      '@server.resource("notes://{id}", mime_type="text/plain")\ndef r(id: str) -> str:\n    """A note."""\n    arguments = {"id": id}\n    return f"r received {arguments}"',
    );
    assert.equal(render({ ...resource, uri: 'notes://all', description: '', mimeType: '', placeholders: [] }).code, '@server.resource("notes://all")\ndef r() -> str:\n    return "r done"');
    assert.match(render({ ...resource, description: 'Two\nlines' }).code, /^@server\.resource\(\n {4}"notes:\/\/\{id\}",\n {4}mime_type="text\/plain",\n {4}description="Two\\nlines",\n\)\ndef r/);
  });

  it('a prompt imports Annotated and Field only for described arguments, and fills in a list default', () => {
    const prompt = { kind: 'prompt' as const, name: 'p', function: 'p', description: 'Two\nlines', args: [param('a:str:An a'), param('b:str')] };
    assert.deepEqual(render(prompt), {
      code: '@server.prompt(description="Two\\nlines")\ndef p(\n    a: Annotated[str, Field(description="An a")],\n    b: str,\n) -> str:\n' +
        '    arguments = {"a": a, "b": b}\n    return f"p received {arguments}"',
      imports: [{ module: 'typing', name: 'Annotated' }, { module: 'pydantic', name: 'Field' }],
    });
    assert.deepEqual(render({ ...prompt, description: 'P.', args: [param('tags:list[str]=["x"]')] }), {
      code: '@server.prompt()\ndef p(tags: list[str] | None = None) -> str:\n    """P."""\n    if tags is None:\n        tags = ["x"]\n' +
        '    arguments = {"tags": tags}\n    return f"p received {arguments}"',
      imports: [],
    });
  });

  it('a tool with a context reports progress around the work', () => {
    const progress = [
      '    await ctx.report_progress(0, 1, "Started")', '    # The real work goes here; report progress as it advances.', '    await ctx.report_progress(1, 1, "Done")',
    ];
    assert.ok(render({ ...tool, context: true }).code.includes(`-> str:\n    """Do it."""\n${progress.join('\n')}\n`));
  });
});
