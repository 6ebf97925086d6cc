// The generated inputs of the tool property tests, shared by the unit property test (thousands of cases
// through the edit functions) and the e2e sample (a few of them through the real generator, ruff,
// pyright, pytest and a real MCP client): names, descriptions, titles, parameter specs and defaults
// from every Unicode plane and every quoting hazard, inside generated valid Python around the server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unpairedSurrogate } from '../../generators/lib/asker.js';
import { validateDescription } from '../../generators/lib/descriptions.js';
import { parseParamSpec } from '../../generators/lib/handlers/param-spec.js';
import type { ParamSpec, ToolSpec } from '../../generators/lib/handlers/specs.js';
import { defaultFunctionName, validateMcpName } from '../../generators/lib/handlers/validators.js';
import { repoRoot } from './generators.js';

/** FC_SEED replays a run; otherwise a new seed, printed by each test that uses it. */
export const SEED = process.env['FC_SEED'] === undefined ? Date.now() % 2 ** 31 : Number(process.env['FC_SEED']);

export const BASE = readFileSync(join(repoRoot, 'test/fixtures/python/fresh/src/demo_server/server.py'), 'utf8');
export const README = readFileSync(join(repoRoot, 'test/fixtures/python/fresh/README.md'), 'utf8');

/** Characters that break naive quoting, escaping, line handling or our own anchors. */
const HAZARDS = [
  '"', "'", '"""', "'''", '\\', '\\n', '\n', '\r\n', '\r', '\t', '\x00', '\x0b', '\x0c', '\x1b', '\u2028', '\u2029', '\u00a0',
  '\ufeff', '\u200b', '\u202e', '{', '}', '{{', '%s', '#', '@server.tool()', '<!-- mcp-python:tools -->', '`', '$', '😀', '𝕏',
  '\u{10ffff}', '\u{e0001}', '\ud800', 'é', 'ﬁ', ' ', '',
];
export const anyText = fc.array(fc.oneof(fc.constantFrom(...HAZARDS), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(''));
export const identifier = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);
const mcpName = fc.oneof({ arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), weight: 4 }, { arbitrary: anyText, weight: 1 });

const TYPES = ['str', 'int', 'float', 'bool', 'list[str]', 'dict[str, int]', 'str | None', 'Optional[float]', 'tuple'];
const paramSpec = fc
  .tuple(identifier, fc.constantFrom(...TYPES), fc.option(anyText, { nil: undefined }), fc.option(anyText, { nil: undefined }))
  .map(([name, type, value, description]) => `${name}:${type}${value === undefined ? '' : `=${value}`}${description === undefined ? '' : `:${description}`}`);

/** Valid Python (for CPython and lezer) around the server: every construct the issue lists. */
const snippet = fc.oneof(
  identifier.map((n) => `class ${n.toUpperCase()}Box:\n    """A class."""\n\n    def method(self) -> int:\n        def inner() -> int:\n            return 1\n\n        return inner()\n`),
  identifier.map((n) => `# @server.tool()\n# def ${n}(): ...\n`),
  identifier.map((n) => `${n}_text = "@server.tool()\\ndef ${n}(): ..."\n`),
  identifier.map((n) => `${n}_doc = """\n@server.tool()\ndef fake():\n    pass\n"""\n`),
  identifier.map((n) => `def ${n}_match(x: object) -> str:\n    match x:\n        case [a, b]:\n            return f"{a}{b}"\n        case {"k": v}:\n            return str(v)\n        case _:\n            return "other"\n`),
  identifier.map((n) => `def ${n}_first[T](items: list[T]) -> T:\n    return items[0]\n`),
  identifier.map((n) => `${n}_fs = f"{'a' + 'b'}{ {'k': 1}['k'] }"\n`),
  identifier.map((n) => `${n}_a = ${n}_b = {}\n`),
  identifier.map((n) => `def ${n}_deco(fn):\n    return fn\n\n\n@${n}_deco\ndef ${n}_decorated() -> None:\n    pass\n`),
  identifier.map((n) => `try:\n    import json as ${n}_json\nexcept ImportError:\n    ${n}_json = None\n`),
);
const module = fc.array(fc.tuple(snippet, fc.boolean()), { maxLength: 4 }).map((parts) => {
  let source = BASE;
  for (const [code, early] of parts) {
    // Early: right after `notes: ... = {}`, between the imports and the handlers; else at the end.
    // Two blank lines around each, as ruff format puts them: the e2e sample checks the whole module.
    source = early ? source.replace('notes: dict[str, str] = {}\n', `notes: dict[str, str] = {}\n\n\n${code}`) : `${source}\n\n${code}`;
  }
  return source;
});

export const toolInput = fc.record({
  name: mcpName,
  description: anyText,
  title: fc.option(anyText, { nil: undefined }),
  params: fc.array(paramSpec, { maxLength: 3 }),
  isAsync: fc.boolean(),
  context: fc.boolean(),
  source: module,
});
export type ToolInput = typeof toolInput extends fc.Arbitrary<infer T> ? T : never;

/** The spec the generator would build from these flags, or the first refusal. */
export function specFrom(input: ToolInput): ToolSpec | string {
  // What the generator's flags refuse before any rule of the handler's own (lib/asker.ts).
  const unwritable = [input.name, input.description, input.title ?? '', ...input.params].map(unpairedSurrogate).find((why) => why !== undefined);
  if (unwritable !== undefined) return unwritable;
  const nameProblem = validateMcpName(input.name);
  if (nameProblem !== true) return nameProblem;
  const descriptionProblem = validateDescription(input.description, 'handler');
  if (descriptionProblem !== true) return descriptionProblem;
  const params: ParamSpec[] = [];
  for (const text of input.params) {
    const param = parseParamSpec(text);
    if (typeof param === 'string') return param;
    if (params.some((p) => p.name === param.name) || (input.context && param.name === 'ctx')) return 'duplicate';
    params.push(param);
  }
  const spec: ToolSpec = {
    kind: 'tool', name: input.name, function: defaultFunctionName(input.name, 'tool'), description: input.description, params,
    returns: { scalar: 'str', container: 'none', optional: false }, isAsync: input.isAsync || input.context, context: input.context, annotations: {},
  };
  if (input.title !== undefined && input.title !== '') spec.title = input.title;
  return spec;
}

