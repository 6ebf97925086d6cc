// `yo mcp-python:prompt`: its flags, and the questions asked for what the flags leave out.
import { type HandlerGenerator, repeatable } from '../lib/handlers/handler-generator.js';
import { parsePromptArgSpec } from '../lib/handlers/param-spec.js';
import { askDescription, askFunction, askName, askParams, checkParamNames } from '../lib/handlers/questions.js';
import type { ParamSpec, PromptSpec } from '../lib/handlers/specs.js';

export const PROMPT_OPTIONS: ReadonlyArray<{ name: string; type: typeof String | typeof repeatable; description: string }> = [
  { name: 'function', type: String, description: 'Python function name (default: the name in snake_case)' },
  { name: 'description', type: String, description: 'What the prompt is for, as clients show it' },
  { name: 'arg', type: repeatable, description: 'NAME[=DEFAULT][:DESCRIPTION], repeatable; an argument without a default is required' },
];

async function askArgs(generator: HandlerGenerator): Promise<ParamSpec[]> {
  const specs = generator._listFlag('arg');
  if (specs.length === 0 && !generator._yes()) return askParams(generator, { typed: false, reserved: [] });
  const args = specs.map((spec) => {
    const arg = parsePromptArgSpec(spec);
    return typeof arg === 'string' ? generator._refuse(arg) : arg;
  });
  checkParamNames(generator, args, [], '--arg');
  return args;
}

export async function askPromptSpec(generator: HandlerGenerator): Promise<PromptSpec> {
  const name = await askName(generator, 'prompt');
  const fn = await askFunction(generator, name, 'prompt');
  const description = await askDescription(generator, fn);
  const args = await askArgs(generator);
  return { kind: 'prompt', name, function: fn, description, args };
}
