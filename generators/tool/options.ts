// `yo mcp-python:tool`: its flags, and the questions asked for what the flags leave out.
import { type ArgumentDefinition, type Asker, type OptionDefinition, questionOf, repeatable } from '../lib/asker.js';
import { parseParamSpec } from '../lib/handlers/param-spec.js';
import { parseType, TYPE_CHOICES, type ParamType } from '../lib/handlers/param-types.js';
import {
  askDescription, askFunction, askName, askParamsOrTakeFlags,
  DESCRIPTION_DEFAULT, DESCRIPTION_QUESTION, PARAMETER_QUESTION, type ScannedModule,
} from '../lib/handlers/questions.js';
import type { ToolAnnotationFlags, ToolSpec } from '../lib/handlers/specs.js';

/** One checklist stands for the four annotation flags, asked when none of them is given. */
const ANNOTATIONS_QUESTION = 'Annotations (hints for clients; none is fine)';

export const TOOL_ARGUMENT: ArgumentDefinition = {
  name: 'name',
  type: String,
  required: false,
  description: 'Tool name as clients see it (1 to 64 of `A-Z a-z 0-9 _ -`)',
  question: 'Tool name (as clients see it)',
};

export const TOOL_OPTIONS: readonly OptionDefinition[] = [
  {
    name: 'function',
    type: String,
    description: 'Python function name, when the tool name is not one (the tool keeps its name)',
    defaultText: 'the name in snake_case',
    question: 'Python function name (asked when it differs from the tool name)',
  },
  {
    name: 'description',
    type: String,
    description: "What the tool does, as clients and models read it (the function's docstring)",
    defaultText: DESCRIPTION_DEFAULT,
    question: DESCRIPTION_QUESTION,
  },
  {
    name: 'param',
    type: repeatable,
    description:
      '`NAME:TYPE[=DEFAULT][:DESCRIPTION]`, repeatable; TYPE is `str`, `int`, `float`, `bool`, `list[str]`, `dict[str, str]` or `X | None`',
    question: `${PARAMETER_QUESTION}, then its type, default and description, one parameter at a time`,
  },
  { name: 'returns', type: String, description: 'Return type', defaultText: '`str`', question: 'Return type' },
  { name: 'async', type: Boolean, description: 'Make it an `async def`', question: 'Make it async?' },
  {
    name: 'context',
    type: Boolean,
    description: 'Take a `ctx: Context` and report progress (implies `--async`)',
    question: 'Take a Context (progress reporting, logging)?',
  },
  { name: 'read-only', type: Boolean, description: 'Annotation: the tool does not modify its environment', question: ANNOTATIONS_QUESTION },
  { name: 'destructive', type: Boolean, description: 'Annotation: the tool may destroy data', question: ANNOTATIONS_QUESTION },
  {
    name: 'idempotent',
    type: Boolean,
    description: 'Annotation: repeated calls with the same arguments do nothing more',
    question: ANNOTATIONS_QUESTION,
  },
  {
    name: 'open-world',
    type: Boolean,
    description: 'Annotation: the tool talks to the world outside (web, APIs)',
    question: ANNOTATIONS_QUESTION,
  },
  { name: 'title', type: String, description: 'Human-readable title', question: 'Title (optional)' },
];

const ask = (name: string): string => questionOf(TOOL_OPTIONS, name);

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

/** The hints given as flags; asked for (as one checklist) only when none is given. */
async function askAnnotations(asker: Asker): Promise<ToolAnnotationFlags> {
  const given = HINTS.filter((hint) => asker.boolean(hint.flag) !== undefined);
  const flags: ToolAnnotationFlags = {};
  if (given.length > 0) {
    for (const hint of given) flags[hint.key] = asker.boolean(hint.flag);
    return flags;
  }
  const choices = HINTS.map((hint) => ({ name: hint.label, value: hint.flag }));
  const chosen = await asker.checkbox('annotations', ANNOTATIONS_QUESTION, choices);
  for (const hint of HINTS) if (chosen.includes(hint.flag)) flags[hint.key] = true;
  return flags;
}

export async function askToolSpec(asker: Asker, server: ScannedModule): Promise<ToolSpec> {
  const name = await askName(asker, server, 'tool', TOOL_ARGUMENT.question);
  const fn = await askFunction(asker, server, name, 'tool');
  const description = await askDescription(asker, fn);
  const { title = '' } = await asker.askFor([{ name: 'title', message: ask('title'), default: '', validate: () => true }]);
  const context = await asker.confirm('context', ask('context'));
  const params = await askParamsOrTakeFlags(asker, 'param', parseParamSpec, { typed: true, reserved: context ? ['ctx'] : [] });
  const returnsQuestion = { name: 'returns', message: ask('returns'), choices: TYPE_CHOICES, default: 'str', validate: validateType };
  const { returns = 'str' } = await asker.askFor([returnsQuestion]);
  const isAsync = context || (await asker.confirm('async', ask('async')));
  const annotations = await askAnnotations(asker);
  const returnType = parseType(returns) as ParamType;
  const spec: ToolSpec = { kind: 'tool', name, function: fn, description, params, returns: returnType, isAsync, context, annotations };
  if (title !== '') spec.title = title;
  return spec;
}
