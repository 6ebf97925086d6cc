// `yo mcp-python:tool`: its flags, and the questions asked for what the flags leave out.
import { type HandlerGenerator, repeatable } from '../lib/handlers/handler-generator.js';
import { parseParamSpec } from '../lib/handlers/param-spec.js';
import { parseType, TYPE_CHOICES, type ParamType } from '../lib/handlers/param-types.js';
import { askDescription, askFunction, askName, askParams, checkParamNames } from '../lib/handlers/questions.js';
import type { ParamSpec, ToolAnnotationFlags, ToolSpec } from '../lib/handlers/specs.js';

export const TOOL_OPTIONS: ReadonlyArray<{ name: string; type: typeof String | typeof Boolean | typeof repeatable; description: string }> = [
  { name: 'function', type: String, description: 'Python function name (default: the name in snake_case)' },
  { name: 'description', type: String, description: 'What the tool does, as clients and models read it' },
  { name: 'param', type: repeatable, description: 'NAME:TYPE[=DEFAULT][:DESCRIPTION], repeatable; TYPE is str, int, float, bool, list[str], dict[str, str] or "X | None"' },
  { name: 'returns', type: String, description: 'Return type (default: str)' },
  { name: 'async', type: Boolean, description: 'Make it an `async def`' },
  { name: 'context', type: Boolean, description: 'Take a `ctx: Context` and report progress (implies --async)' },
  { name: 'read-only', type: Boolean, description: 'Annotation: the tool does not modify its environment' },
  { name: 'destructive', type: Boolean, description: 'Annotation: the tool may destroy data' },
  { name: 'idempotent', type: Boolean, description: 'Annotation: repeated calls with the same arguments do nothing more' },
  { name: 'open-world', type: Boolean, description: 'Annotation: the tool talks to the world outside (web, APIs)' },
  { name: 'title', type: String, description: 'Human-readable title' },
];

const HINTS: ReadonlyArray<{ flag: string; key: keyof ToolAnnotationFlags; label: string }> = [
  { flag: 'read-only', key: 'readOnly', label: 'read-only (changes nothing)' },
  { flag: 'destructive', key: 'destructive', label: 'destructive (may delete or overwrite)' },
  { flag: 'idempotent', key: 'idempotent', label: 'idempotent (safe to repeat)' },
  { flag: 'open-world', key: 'openWorld', label: 'open world (reaches outside services)' },
];

function validateType(value: string): true | string {
  const type = parseType(value);
  return typeof type === 'string' ? type : true;
}

async function askParamsOrTakeFlags(generator: HandlerGenerator, reserved: string[]): Promise<ParamSpec[]> {
  const specs = generator._listFlag('param');
  if (specs.length === 0 && !generator._yes()) return askParams(generator, { typed: true, reserved });
  const params = specs.map((spec) => {
    const param = parseParamSpec(spec);
    return typeof param === 'string' ? generator._refuse(param) : param;
  });
  checkParamNames(generator, params, reserved, '--param');
  return params;
}

async function askAnnotations(generator: HandlerGenerator): Promise<ToolAnnotationFlags> {
  const given = HINTS.filter((hint) => generator._booleanFlag(hint.flag) !== undefined);
  const flags: ToolAnnotationFlags = {};
  if (given.length > 0 || generator._yes()) {
    for (const hint of given) flags[hint.key] = generator._booleanFlag(hint.flag);
    return flags;
  }
  const answer = await generator.prompt<{ hints: string[] }>([
    { type: 'checkbox', name: 'hints', message: 'Annotations (hints for clients; none is fine)', choices: HINTS.map((hint) => ({ name: hint.label, value: hint.flag })) },
  ]);
  for (const hint of HINTS) if (answer.hints.includes(hint.flag)) flags[hint.key] = true;
  return flags;
}

export async function askToolSpec(generator: HandlerGenerator): Promise<ToolSpec> {
  const name = await askName(generator, 'tool');
  const fn = await askFunction(generator, name, 'tool');
  const description = await askDescription(generator, fn);
  const { title = '' } = await generator._askFor([{ name: 'title', message: 'Title (optional)', default: '', validate: () => true }]);
  const context = await generator._confirm('context', 'Take a Context (progress reporting, logging)?');
  const params = await askParamsOrTakeFlags(generator, context ? ['ctx'] : []);
  const { returns = 'str' } = await generator._askFor([{ name: 'returns', message: 'Return type', choices: TYPE_CHOICES, default: 'str', validate: validateType }]);
  const isAsync = context || (await generator._confirm('async', 'Make it async?'));
  const annotations = await askAnnotations(generator);
  const spec: ToolSpec = { kind: 'tool', name, function: fn, description, params, returns: parseType(returns) as ParamType, isAsync, context, annotations };
  if (title !== '') spec.title = title;
  return spec;
}
