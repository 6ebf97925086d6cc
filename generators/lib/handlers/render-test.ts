// The pytest module written next to a new handler: the in-memory client lists the handler as declared
// (name, description, defaults: proof that every escape survived) and calls it once.
import { atom, bracket, call, concat, print, type PrintOptions, type Py, str } from '../python/pretty.js';
import { choicesNode } from './completions.js';
import { sampleValue, valueNode, type ParamType, type PyValue } from './param-types.js';
import { isDeferredDefault } from './render-handler.js';
import type { HandlerSpec, ParamSpec, PromptSpec, ResourceSpec, ToolSpec } from './specs.js';

export function testFileName(spec: HandlerSpec): string {
  return `tests/test_${spec.kind}_${spec.function}.py`;
}

interface Writer {
  lines: string[];
  options: PrintOptions;
}

function statement(writer: Writer, node: Py, lead: string): void {
  writer.lines.push(...print(node, 1, lead, '', writer.options));
}

const FILLER_WORDS = new Set(['is', 'a', 'as', 'can', 'be']);

/**
 * `test_<function>_<what>`; for a function name so long that `async def` would pass the line length
 * (E501, which no formatter can fix), `<what>` shrinks to its key word, and as a last resort the line
 * carries `# noqa: E501`.
 */
function testFunction(writer: Writer, fn: string, what: string, body: (writer: Writer) => void): void {
  const fits = (name: string): boolean => `async def ${name}(`.length <= writer.options.lineLength;
  const short = `test_${fn}_${what.split('_').find((word) => !FILLER_WORDS.has(word)) ?? what}`;
  const name = fits(`test_${fn}_${what}`) ? `test_${fn}_${what}` : short;
  const lines = print(bracket(`async def ${name}(`, [atom('client: Client')], ')'), 0, '', ' -> None:', writer.options);
  if (!fits(name)) lines[0] = `${lines[0] as string}  # noqa: E501`;
  writer.lines.push('', '', ...lines);
  body(writer);
}

function argumentsNode(params: ParamSpec[]): Py {
  const required = params.filter((param) => param.default === undefined);
  return bracket('{', required.map((param) => concat(str(param.name), atom(': '), valueNode(sampleValue(param.type), param.type))), '}');
}

function header(docstring: string, imports: string[]): string[] {
  return [`"""${docstring}"""`, '', 'import pytest', 'from mcp import Client', ...imports, '', 'pytestmark = pytest.mark.anyio'];
}

/** What a non-text placeholder body returns, as the client sees it in `structured_content["result"]`. */
function placeholderResult(returns: ParamType): PyValue {
  if (returns.optional) return null;
  if (returns.container === 'list') return [];
  if (returns.container === 'dict') return { entries: [] };
  return { str: '', int: 0, float: 0, bool: true }[returns.scalar];
}

/** How the placeholder body's text starts (see render-handler's returnPlaceholder). */
function placeholderPrefix(functionName: string, params: unknown[]): string {
  return params.length === 0 ? `${functionName} done` : `${functionName} received`;
}

/** The Python field of each annotation hint. */
const HINT_FIELDS: Record<string, string> = {
  readOnly: 'read_only_hint',
  destructive: 'destructive_hint',
  idempotent: 'idempotent_hint',
  openWorld: 'open_world_hint',
};

function toolTest(spec: ToolSpec, options: PrintOptions): string[] {
  const returnsText = spec.returns.scalar === 'str' && spec.returns.container === 'none' && !spec.returns.optional;
  const imports = returnsText ? ['from mcp.types import TextContent'] : [];
  const writer: Writer = { lines: header(`Tests for the ${spec.name} tool.`, imports), options };
  testFunction(writer, spec.function, 'is_listed_as_declared', (w) => {
    statement(w, atom('await client.list_tools()'), 'listed = ');
    statement(w, atom('{tool.name: tool for tool in listed.tools}'), 'tools = ');
    statement(w, atom(`tools[${JSON.stringify(spec.name)}]`), 'tool = ');
    statement(w, str(spec.description), 'assert tool.description == ');
    if (spec.title) statement(w, str(spec.title), 'assert tool.title == ');
    const hints = Object.entries(spec.annotations).filter(([, on]) => on === true);
    if (hints.length > 0) w.lines.push('    assert tool.annotations is not None');
    for (const [flag] of hints) w.lines.push(`    assert tool.annotations.${HINT_FIELDS[flag] as string} is True`);
    // Parameters in signature order: required ones first (ctx is not one the client sees).
    const ordered = [...spec.params.filter((p) => p.default === undefined), ...spec.params.filter((p) => p.default !== undefined)];
    w.lines.push('    properties = tool.input_schema.get("properties", {})');
    statement(w, bracket('[', ordered.map((param) => str(param.name)), ']'), 'assert list(properties) == ');
    for (const param of spec.params) {
      if (param.default !== undefined) {
        // A list or dict default is filled in by the body, so the schema's default is None.
        const value = isDeferredDefault(param) ? null : param.default.value;
        // None, True and False are compared with `is` (ruff's E711/E712).
        const compare = value === null || typeof value === 'boolean' ? 'is' : '==';
        statement(w, valueNode(value, param.type), `assert properties[${JSON.stringify(param.name)}]["default"] ${compare} `);
      }
      if (param.description !== undefined) {
        statement(w, str(param.description), `assert properties[${JSON.stringify(param.name)}]["description"] == `);
      }
    }
  });
  testFunction(writer, spec.function, 'answers_a_call', (w) => {
    statement(w, call('await client.call_tool', [str(spec.name), argumentsNode(spec.params)]), 'result = ');
    w.lines.push('    assert not result.is_error');
    if (returnsText) {
      w.lines.push('    content = result.content[0]', '    assert isinstance(content, TextContent)');
      statement(w, call('content.text.startswith', [str(placeholderPrefix(spec.function, spec.params))]), 'assert ');
    } else {
      const expected = placeholderResult(spec.returns);
      // The SDK sends a dict[str, X] result as it is, and wraps every other type in {"result": ...}.
      const isDict = spec.returns.container === 'dict' && !spec.returns.optional;
      const value = valueNode(expected, spec.returns);
      const structured = isDict ? value : bracket('{', [concat(str('result'), atom(': '), value)], '}');
      statement(w, structured, 'assert result.structured_content == ');
    }
  });
  return writer.lines;
}

/** `from mcp.types import ...`, with the reference type a completion test needs. */
function typesImport(name: string, spec: ResourceSpec | PromptSpec): string {
  const reference = spec.kind === 'resource' ? 'ResourceTemplateReference' : 'PromptReference';
  return `from mcp.types import ${(spec.choices === undefined ? [name] : [reference, name].sort()).join(', ')}`;
}

/** One test per completion branch: every declared value, for an empty and a typed-in value. */
function completionTest(writer: Writer, spec: ResourceSpec | PromptSpec): void {
  if (spec.choices === undefined) return;
  const reference =
    spec.kind === 'resource'
      ? call('ResourceTemplateReference', [concat(atom('uri='), str(spec.uri))])
      : call('PromptReference', [concat(atom('name='), str(spec.name))]);
  testFunction(writer, spec.function, 'completes_the_declared_values', (w) => {
    statement(w, reference, 'ref = ');
    statement(w, choicesNode(spec.choices ?? {}), 'declared = ');
    w.lines.push(
      '    for name, values in declared.items():',
      '        everything = await client.complete(ref, {"name": name, "value": ""})',
      '        assert everything.completion.values == values',
      '        typed = await client.complete(ref, {"name": name, "value": values[0]})',
      '        assert values[0] in typed.completion.values',
    );
  });
}

function resourceTest(spec: ResourceSpec, options: PrintOptions): string[] {
  const lines = header(`Tests for the ${spec.function} resource.`, [typesImport('TextResourceContents', spec)]);
  const writer: Writer = { lines, options };
  const isTemplate = spec.placeholders.length > 0;
  testFunction(writer, spec.function, 'is_listed_as_declared', (w) => {
    if (isTemplate) {
      statement(w, atom('await client.list_resource_templates()'), 'listed = ');
      statement(w, atom('{item.uri_template: item for item in listed.resource_templates}'), 'templates = ');
      statement(w, str(spec.uri), 'uri = ');
      w.lines.push('    listed_resource = templates[uri]');
    } else {
      statement(w, atom('await client.list_resources()'), 'listed = ');
      statement(w, atom('{str(resource.uri): resource for resource in listed.resources}'), 'resources = ');
      statement(w, str(spec.uri), 'uri = ');
      w.lines.push('    listed_resource = resources[uri]');
    }
    statement(w, str(spec.description), 'assert listed_resource.description == ');
    if (spec.mimeType) statement(w, str(spec.mimeType), 'assert listed_resource.mime_type == ');
  });
  const sampleUri = spec.uri.replace(/\{[^{}]*\}/g, 'example');
  testFunction(writer, spec.function, 'can_be_read', (w) => {
    statement(w, call('await client.read_resource', [str(sampleUri)]), 'read = ');
    w.lines.push('    content = read.contents[0]', '    assert isinstance(content, TextResourceContents)');
    statement(w, call('content.text.startswith', [str(placeholderPrefix(spec.function, spec.placeholders))]), 'assert ');
  });
  completionTest(writer, spec);
  return writer.lines;
}

function promptTest(spec: PromptSpec, options: PrintOptions): string[] {
  const writer: Writer = { lines: header(`Tests for the ${spec.name} prompt.`, [typesImport('TextContent', spec)]), options };
  testFunction(writer, spec.function, 'is_listed_as_declared', (w) => {
    statement(w, atom('await client.list_prompts()'), 'listed = ');
    statement(w, atom('{prompt.name: prompt for prompt in listed.prompts}'), 'prompts = ');
    statement(w, atom(`prompts[${JSON.stringify(spec.name)}]`), 'prompt = ');
    statement(w, str(spec.description), 'assert prompt.description == ');
    const names = bracket('[', spec.args.map((arg) => str(arg.name)), ']');
    statement(w, names, 'assert [argument.name for argument in prompt.arguments or []] == ');
  });
  testFunction(writer, spec.function, 'renders', (w) => {
    statement(w, call('await client.get_prompt', [str(spec.name), argumentsNode(spec.args)]), 'result = ');
    w.lines.push('    content = result.messages[0].content', '    assert isinstance(content, TextContent)');
    statement(w, call('content.text.startswith', [str(placeholderPrefix(spec.function, spec.args))]), 'assert ');
  });
  completionTest(writer, spec);
  return writer.lines;
}

/** The test module for `spec`, with LF line breaks and a final newline. */
export function renderTestFile(spec: HandlerSpec, lineLength: number): string {
  const options: PrintOptions = { lineLength, indent: '    ' };
  const lines =
    spec.kind === 'tool' ? toolTest(spec, options) : spec.kind === 'resource' ? resourceTest(spec, options) : promptTest(spec, options);
  return `${lines.join('\n')}\n`;
}
