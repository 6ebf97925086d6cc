// `yo mcp-python:prompt`: its flags, and the questions asked for what the flags leave out.
import { type Asker, type OptionDefinition, repeatable } from '../lib/asker.js';
import { askChoices, CHOICES_OPTION } from '../lib/handlers/ask-choices.js';
import { parsePromptArgSpec } from '../lib/handlers/param-spec.js';
import { askDescription, askFunction, askName, askParamsOrTakeFlags, type ScannedModule } from '../lib/handlers/questions.js';
import type { PromptSpec } from '../lib/handlers/specs.js';

export const PROMPT_OPTIONS: readonly OptionDefinition[] = [
  { name: 'function', type: String, description: 'Python function name (default: the name in snake_case)' },
  { name: 'description', type: String, description: 'What the prompt is for, as clients show it' },
  { name: 'arg', type: repeatable, description: 'NAME[=DEFAULT][:DESCRIPTION], repeatable; an argument without a default is required' },
  CHOICES_OPTION,
];

export async function askPromptSpec(asker: Asker, server: ScannedModule): Promise<PromptSpec> {
  const name = await askName(asker, server, 'prompt');
  const fn = await askFunction(asker, server, name, 'prompt');
  const description = await askDescription(asker, fn);
  const args = await askParamsOrTakeFlags(asker, 'arg', parsePromptArgSpec, { typed: false, reserved: [] });
  const choices = await askChoices(asker, args.map((arg) => arg.name), 'prompt');
  return { kind: 'prompt', name, function: fn, description, args, ...(Object.keys(choices).length > 0 ? { choices } : {}) };
}
