// Adding one handler to a server module's source: every refusal first, then the handler after its
// siblings and each missing import in its sorted place. Pure: text in, text out (or an Error).
import { applyEdits } from '../python/edits.js';
import { validatePythonName } from '../python/identifiers.js';
import { planImport } from '../python/imports.js';
import { handlerInsertion } from '../python/insertion.js';
import { applyLayout, detectLayout } from '../python/layout.js';
import { type HandlerKind, type ModuleScan, scanModule, type ServerFlavor } from '../python/module-scan.js';
import { firstSyntaxError, parseModuleOrThrow, parsePython, positionAt } from '../python/parse.js';
import { renderHandler } from './render-handler.js';
import { type HandlerSpec, servedKey } from './specs.js';

export interface ModuleTarget {
  /** Shown in messages, e.g. `src/weather/server.py`. */
  label: string;
  variable: string;
  lineLength: number;
  firstParty: ReadonlySet<string>;
}

const KIND_WORD: Record<HandlerKind, string> = { tool: 'tool', resource: 'resource', prompt: 'prompt' };

/** Why `spec` cannot go into the module as scanned, or undefined. */
export function refusalFor(spec: HandlerSpec, scan: ModuleScan, target: ModuleTarget): string | undefined {
  const key = servedKey(spec);
  const served = scan.handlers.find((handler) => handler.kind === spec.kind && handler.key === key);
  if (served) {
    const what = spec.kind === 'resource' ? `A resource with the URI "${key}"` : `A ${KIND_WORD[spec.kind]} named "${key}"`;
    return `${what} is already served by ${served.function}() in ${target.label}. Choose another ${spec.kind === 'resource' ? 'URI' : 'name'}, or edit ${served.function}() instead.`;
  }
  const fn = spec.function;
  const nameCheck = validatePythonName(fn, 'The function name');
  if (nameCheck !== true) return `${nameCheck} (The ${KIND_WORD[spec.kind]}'s MCP name can stay as it is: give the function another name with ${spec.kind === 'resource' ? '--name' : '--function'}.)`;
  if (scan.importedNames.has(fn)) {
    return `A function named ${fn}() would shadow the name \`${fn}\` that ${target.label} imports. Give the function another name with ${spec.kind === 'resource' ? '--name' : '--function'}.`;
  }
  if (scan.definedNames.has(fn) || scan.handlers.some((handler) => handler.function === fn)) {
    return `${target.label} already defines \`${fn}\`. Give the new function another name with ${spec.kind === 'resource' ? '--name' : '--function'}.`;
  }
  return undefined;
}

function flavorOf(scan: ModuleScan, variable: string): ServerFlavor {
  return scan.servers.find((server) => server.variable === variable)?.flavor ?? 'mcpserver';
}

/** The module's new source with `spec` added, or an Error naming the problem and the fix. */
export function addHandlerToModule(source: string, spec: HandlerSpec, target: ModuleTarget): string {
  const tree = parseModuleOrThrow(source, target.label);
  const scan = scanModule(source, tree);
  const refusal = refusalFor(spec, scan, target);
  if (refusal !== undefined) throw new Error(refusal);
  const layout = detectLayout(source);
  const rendered = renderHandler(spec, { variable: target.variable, flavor: flavorOf(scan, target.variable), lineLength: target.lineLength });
  const code = applyLayout(rendered.code, layout);
  let result = applyEdits(source, [handlerInsertion(source, tree, scan, { kind: spec.kind, variable: target.variable }, code, layout)]);
  // One import at a time, each planned on the module as it now is: two imports may share a place.
  for (const need of rendered.imports) {
    const current = parseModuleOrThrow(result, target.label);
    const edit = planImport(need, { source: result, scan: scanModule(result, current), layout, lineLength: target.lineLength, firstParty: target.firstParty });
    if (edit) result = applyEdits(result, [edit]);
  }
  const broken = firstSyntaxError(parsePython(result));
  if (broken !== undefined) {
    const { line } = positionAt(result, broken);
    throw new Error(`Internal error: the edited ${target.label} would not parse (line ${line}); nothing was written. Please report this.`);
  }
  return result;
}
