// `yo mcp-python:resource`: its flags, and the questions asked for what the flags leave out.
import type { Asker, OptionDefinition } from '../lib/asker.js';
import { askChoices, CHOICES_OPTION } from '../lib/handlers/ask-choices.js';
import { functionAvailable } from '../lib/handlers/availability.js';
import { askDescription, askKey, keyValidator, type ScannedModule } from '../lib/handlers/questions.js';
import type { ResourceSpec } from '../lib/handlers/specs.js';
import { defaultResourceFunction, uriPlaceholders, validateMimeType, validateResourceUri } from '../lib/handlers/validators.js';

export const RESOURCE_OPTIONS: readonly OptionDefinition[] = [
  { name: 'name', type: String, description: 'Python function name (default: from the URI, e.g. note_internal)' },
  { name: 'description', type: String, description: 'What the resource holds, as clients and models read it' },
  { name: 'mime-type', type: String, description: 'MIME type of its content, e.g. text/plain or application/json' },
  CHOICES_OPTION,
];

export async function askResourceSpec(asker: Asker, server: ScannedModule): Promise<ResourceSpec> {
  const uri = await askKey(
    asker,
    'uri',
    'Resource URI ({placeholders} make a template)',
    keyValidator(server, 'resource', validateResourceUri),
    'Give the resource a URI: yo mcp-python:resource <uri>, e.g. "config://app" or "note://{name}".',
  );
  const { name: fn = '' } = await asker.askFor([
    {
      name: 'name',
      message: 'Python function name',
      default: defaultResourceFunction(uri),
      validate: (value) => functionAvailable(server.scan, server.module, value),
    },
  ]);
  const description = await askDescription(asker, fn);
  const mimeQuestion = { name: 'mime-type', message: 'MIME type (optional)', default: '', validate: validateMimeType };
  const { 'mime-type': mimeType = '' } = await asker.askFor([mimeQuestion]);
  const spec: ResourceSpec = { kind: 'resource', uri, function: fn, description, placeholders: uriPlaceholders(uri) };
  if (mimeType !== '') spec.mimeType = mimeType;
  const choices = await askChoices(asker, spec.placeholders, 'resource');
  if (Object.keys(choices).length > 0) spec.choices = choices;
  return spec;
}
