// Whether a new handler fits the module as scanned: its MCP name (or URI) not yet served, its function
// name free. The one place these rules live: the questions validate answers with them, and
// add-to-module refuses with them before it edits anything.
import { validatePythonName } from '../python/identifiers.js';
import type { HandlerKind, ModuleScan } from '../python/module-scan.js';

/** Why `key` (a tool or prompt name, a resource URI) is already served by the module, or true. */
export function notServed(scan: ModuleScan, moduleLabel: string, kind: HandlerKind, key: string): true | string {
  const served = scan.handlers.find((handler) => handler.kind === kind && handler.key === key);
  if (served === undefined) return true;
  const what = kind === 'resource' ? `A resource with the URI "${key}"` : `A ${kind} named "${key}"`;
  return (
    `${what} is already served by ${served.function}() in ${moduleLabel}. ` +
    `Choose another ${kind === 'resource' ? 'URI' : 'name'}, or edit ${served.function}() instead.`
  );
}

/** Why `name` cannot be a new function in the module (not an identifier, shadows, taken), or true. */
export function functionAvailable(scan: ModuleScan, moduleLabel: string, name: string): true | string {
  const check = validatePythonName(name, 'The function name');
  if (check !== true) return check;
  if (scan.importedNames.has(name) || scan.blockImportedNames.has(name)) {
    return `\`${name}\` is imported by ${moduleLabel}; a function of that name would shadow it. Choose another name.`;
  }
  if (scan.definedNames.has(name) || scan.handlers.some((handler) => handler.function === name)) {
    return `${moduleLabel} already defines \`${name}\`; choose another name.`;
  }
  return true;
}

/** The flag that names a handler's function: resources take theirs from --name. */
export function functionFlag(kind: HandlerKind): string {
  return kind === 'resource' ? '--name' : '--function';
}
