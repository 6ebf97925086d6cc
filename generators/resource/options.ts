// `yo mcp-python:resource`: its flags, and the questions asked for what the flags leave out.
import { type ArgumentDefinition, type Asker, type OptionDefinition, questionOf } from '../lib/asker.js';
import { askChoices, CHOICES_OPTION } from '../lib/handlers/ask-choices.js';
import { functionAvailable } from '../lib/handlers/availability.js';
import {
  askDescription, askKey, DESCRIPTION_DEFAULT, DESCRIPTION_QUESTION, keyValidator, type ScannedModule,
} from '../lib/handlers/questions.js';
import type { ResourceSpec } from '../lib/handlers/specs.js';
import { defaultResourceFunction, uriPlaceholders, validateMimeType, validateResourceUri } from '../lib/handlers/validators.js';

export const RESOURCE_ARGUMENT: ArgumentDefinition = {
  name: 'uri',
  type: String,
  required: false,
  description: 'Resource URI, e.g. `config://app` or `note://{name}` (a template)',
  question: 'Resource URI ({placeholders} make a template)',
};

export const RESOURCE_OPTIONS: readonly OptionDefinition[] = [
  {
    name: 'name',
    type: String,
    description: 'Python function name',
    defaultText: 'from the URI, e.g. `note_internal` for `note://{name}/internal`',
    question: 'Python function name',
  },
  {
    name: 'description',
    type: String,
    description: "What the resource holds, as clients and models read it (the function's docstring)",
    defaultText: DESCRIPTION_DEFAULT,
    question: DESCRIPTION_QUESTION,
  },
  {
    name: 'mime-type',
    type: String,
    description: 'MIME type of its content, e.g. `text/plain` or `application/json`',
    question: 'MIME type (optional)',
  },
  CHOICES_OPTION,
];

export async function askResourceSpec(asker: Asker, server: ScannedModule): Promise<ResourceSpec> {
  const uri = await askKey(
    asker,
    'uri',
    RESOURCE_ARGUMENT.question,
    keyValidator(server, 'resource', validateResourceUri),
    'Give the resource a URI: yo mcp-python:resource <uri>, e.g. "config://app" or "note://{name}".',
  );
  const { name: fn = '' } = await asker.askFor([
    {
      name: 'name',
      message: questionOf(RESOURCE_OPTIONS, 'name'),
      default: defaultResourceFunction(uri),
      validate: (value) => functionAvailable(server.scan, server.module, value),
    },
  ]);
  const description = await askDescription(asker, fn);
  const mimeQuestion = { name: 'mime-type', message: questionOf(RESOURCE_OPTIONS, 'mime-type'), default: '', validate: validateMimeType };
  const { 'mime-type': mimeType = '' } = await asker.askFor([mimeQuestion]);
  const spec: ResourceSpec = { kind: 'resource', uri, function: fn, description, placeholders: uriPlaceholders(uri) };
  if (mimeType !== '') spec.mimeType = mimeType;
  const choices = await askChoices(asker, spec.placeholders, 'resource');
  if (Object.keys(choices).length > 0) spec.choices = choices;
  return spec;
}
