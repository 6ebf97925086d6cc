// Validators for what the user types: pure functions returning true or a message that names the
// problem and the fix. Inquirer uses them as they are; options are checked with the same ones.
import { ambiguousNameProblem, isAmbiguousName, isKeyword, isPythonIdentifier, toSnakeCase } from '../python/identifiers.js';

/** What the major MCP clients accept as a tool or prompt name. */
export const MCP_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export function validateMcpName(name: string, what = 'name'): true | string {
  if (name.trim() === '') return `The ${what} is empty. Give one such as "add_note".`;
  if (!MCP_NAME.test(name)) {
    const suggestion = toSnakeCase(name).slice(0, 64);
    return (
      `"${name}" is not a valid MCP ${what}: use 1 to 64 characters among A-Z a-z 0-9 _ -` +
      (suggestion !== '' && MCP_NAME.test(suggestion) ? ` (for example "${suggestion}").` : '.')
    );
  }
  return true;
}

/** The Python function for an MCP name: snake_case, never starting with a digit, never a name ruff finds ambiguous. */
export function defaultFunctionName(name: string, kind: string): string {
  const snake = toSnakeCase(name);
  if (snake === '') return kind;
  return /^[0-9]/.test(snake) || isAmbiguousName(snake) ? `${kind}_${snake}` : snake;
}

export function validateParamName(name: string): true | string {
  if (name === '') return 'The parameter name is empty.';
  if (!isPythonIdentifier(name)) {
    return `"${name}" is not a Python identifier: use ASCII letters, digits and "_", not starting with a digit.`;
  }
  if (name.startsWith('_')) return `"${name}" starts with "_", which the MCP SDK refuses for parameters; drop the underscore.`;
  if (isKeyword(name)) {
    return `"${name}" is a Python keyword; choose another name, for example "${name}_value".`;
  }
  if (isAmbiguousName(name)) return ambiguousNameProblem('The parameter name', name);
  return true;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The `{name}` placeholders of a URI template, in order. */
export function uriPlaceholders(uri: string): string[] {
  return [...uri.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

export function validateResourceUri(uri: string): true | string {
  if (uri.trim() === '') return 'The resource URI is empty. Give one such as "config://app" or "note://{name}".';
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(uri)) {
    return `"${uri}" is not a URI: write scheme://path without spaces, for example "config://app" or "note://{name}".`;
  }
  const placeholders = uriPlaceholders(uri);
  const stray = uri.replace(PLACEHOLDER, '');
  if (/[{}]/.test(stray)) return `"${uri}" has an unbalanced "{" or "}"; placeholders look like {name}.`;
  for (const name of placeholders) {
    const check = validateParamName(name);
    if (check !== true) return `The placeholder {${name}} in "${uri}" must be a parameter name: ${check}`;
  }
  const repeated = placeholders.find((name, index) => placeholders.indexOf(name) !== index);
  if (repeated !== undefined) return `The placeholder {${repeated}} appears twice in "${uri}"; use each name once.`;
  return true;
}

/** `note://internal/{name}` -> `note_internal`: a function name to offer for a resource. */
export function defaultResourceFunction(uri: string): string {
  const words = toSnakeCase(uri.replace(PLACEHOLDER, ' '));
  return defaultFunctionName(words === '' ? 'resource' : words, 'resource');
}

export function validateMimeType(text: string): true | string {
  return text === '' || /^[\w.+-]+\/[\w.+-]+(\s*;\s*[\w.+-]+=[^;]+)*$/.test(text)
    ? true
    : `"${text}" is not a MIME type; write type/subtype, for example "text/plain" or "application/json".`;
}
