// `yo mcp-python:prompt`: its flags, and the questions asked for what the flags leave out.
import { type ArgumentDefinition, type Asker, type OptionDefinition, repeatable } from '../lib/asker.js';
import { askChoices, CHOICES_OPTION } from '../lib/handlers/ask-choices.js';
import { parsePromptArgSpec } from '../lib/handlers/param-spec.js';
import {
  askDescription, askFunction, askName, askParamsOrTakeFlags,
  DESCRIPTION_DEFAULT, DESCRIPTION_QUESTION, PARAMETER_QUESTION, type ScannedModule,
} from '../lib/handlers/questions.js';
import type { PromptSpec } from '../lib/handlers/specs.js';

export const PROMPT_ARGUMENT: ArgumentDefinition = {
  name: 'name',
  type: String,
  required: false,
  description: 'Prompt name as clients see it (1 to 64 of `A-Z a-z 0-9 _ -`)',
  question: 'Prompt name (as clients see it)',
};

export const PROMPT_OPTIONS: readonly OptionDefinition[] = [
  {
    name: 'function',
    type: String,
    description: 'Python function name, when the prompt name is not one (the prompt keeps its name)',
    defaultText: 'the name in snake_case',
    question: 'Python function name (asked when it differs from the prompt name)',
  },
  {
    name: 'description',
    type: String,
    description: "What the prompt is for, as clients show it (the function's docstring)",
    defaultText: DESCRIPTION_DEFAULT,
    question: DESCRIPTION_QUESTION,
  },
  {
    name: 'arg',
    type: repeatable,
    description: '`NAME[=DEFAULT][:DESCRIPTION]`, repeatable; an argument without a default is required',
    question: `${PARAMETER_QUESTION}, then its default and description, one argument at a time`,
  },
  CHOICES_OPTION,
];

export async function askPromptSpec(asker: Asker, server: ScannedModule): Promise<PromptSpec> {
  const name = await askName(asker, server, 'prompt', PROMPT_ARGUMENT.question);
  const fn = await askFunction(asker, server, name, 'prompt');
  const description = await askDescription(asker, fn);
  const args = await askParamsOrTakeFlags(asker, 'arg', parsePromptArgSpec, { typed: false, reserved: [] });
  const choices = await askChoices(asker, args.map((arg) => arg.name), 'prompt');
  return { kind: 'prompt', name, function: fn, description, args, ...(Object.keys(choices).length > 0 ? { choices } : {}) };
}
