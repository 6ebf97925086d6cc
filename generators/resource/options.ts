// `yo mcp-python:resource`: its flags, and the questions asked for what the flags leave out.
import type { HandlerGenerator } from '../lib/handlers/handler-generator.js';
import { askDescription, functionAvailable, notServed } from '../lib/handlers/questions.js';
import type { ResourceSpec } from '../lib/handlers/specs.js';
import { defaultResourceFunction, uriPlaceholders, validateMimeType, validateResourceUri } from '../lib/handlers/validators.js';

export const RESOURCE_OPTIONS: ReadonlyArray<{ name: string; description: string }> = [
  { name: 'name', description: 'Python function name (default: from the URI, e.g. note_internal)' },
  { name: 'description', description: 'What the resource holds, as clients and models read it' },
  { name: 'mime-type', description: 'MIME type of its content, e.g. text/plain or application/json' },
];

async function askUri(generator: HandlerGenerator): Promise<string> {
  const validate = (value: string): true | string => {
    const check = validateResourceUri(value);
    return check === true ? notServed(generator, 'resource', value) : check;
  };
  const given = generator._stringFlag('uri');
  if (given === undefined && generator._yes()) generator._refuse('Give the resource a URI: yo mcp-python:resource <uri>, e.g. "config://app" or "note://{name}".');
  const check = given === undefined ? true : validate(given);
  if (check !== true) generator._refuse(check);
  const { uri } = await generator._askFor([{ name: 'uri', message: 'Resource URI ({placeholders} make a template)', validate }]);
  return uri as string;
}

export async function askResourceSpec(generator: HandlerGenerator): Promise<ResourceSpec> {
  const uri = await askUri(generator);
  const { name: fn } = await generator._askFor([
    { name: 'name', message: 'Python function name', default: defaultResourceFunction(uri), validate: (value) => functionAvailable(generator, value) },
  ]);
  const description = await askDescription(generator, fn as string);
  const { 'mime-type': mimeType = '' } = await generator._askFor([{ name: 'mime-type', message: 'MIME type (optional)', default: '', validate: validateMimeType }]);
  const spec: ResourceSpec = { kind: 'resource', uri, function: fn as string, description, placeholders: uriPlaceholders(uri) };
  if (mimeType !== '') spec.mimeType = mimeType;
  return spec;
}
