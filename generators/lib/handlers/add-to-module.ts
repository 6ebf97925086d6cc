// Adding one handler to a server module's source: every refusal first, then the handler after its
// siblings and each missing import in its sorted place. Pure: text in, text out (or an Error).
import { applyEdits, nextLineStart } from '../python/edits.js';
import { validatePythonName } from '../python/identifiers.js';
import { type ImportNeed, planImport } from '../python/imports.js';
import { handlerInsertion } from '../python/insertion.js';
import { applyLayout, detectLayout, type Layout } from '../python/layout.js';
import { type HandlerKind, type ModuleScan, scanModule, type ServerFlavor } from '../python/module-scan.js';
import { firstSyntaxError, parseModuleOrThrow, parsePython, type Tree } from '../python/parse.js';
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

/** Where the leading import block ends (the start of the line after its last import), or 0. */
function importHeadEnd(source: string, scan: ModuleScan): number {
  const last = scan.imports.filter((imp) => imp.to <= (scan.servers[0]?.from ?? source.length)).at(-1);
  return last === undefined ? 0 : nextLineStart(source, last.to);
}

/** Adds each missing import to `head` (re-parsed after each: two imports may share a place). */
function addImports(head: string, needs: ImportNeed[], fullScan: ModuleScan, target: ModuleTarget, layout: Layout): string {
  let result = head;
  for (const need of needs) {
    const headScan = scanModule(result, parseModuleOrThrow(result, target.label));
    // Positions come from the head; which names the module binds, from the whole module.
    const scan = { ...headScan, importedNames: new Set([...fullScan.importedNames, ...headScan.importedNames]), definedNames: fullScan.definedNames };
    const edit = planImport(need, { source: result, scan, layout, lineLength: target.lineLength, firstParty: target.firstParty });
    if (edit) result = applyEdits(result, [edit]);
  }
  return result;
}

/**
 * The module's new source with `spec` added, or an Error naming the problem and the fix. `parsed`
 * saves parsing a large module twice. Only the import head and the new code are parsed again.
 */
export function addHandlerToModule(source: string, spec: HandlerSpec, target: ModuleTarget, parsed?: { tree: Tree; scan: ModuleScan }): string {
  const tree = parsed?.tree ?? parseModuleOrThrow(source, target.label);
  const scan = parsed?.scan ?? scanModule(source, tree);
  const refusal = refusalFor(spec, scan, target);
  if (refusal !== undefined) throw new Error(refusal);
  const layout = detectLayout(source);
  const rendered = renderHandler(spec, { variable: target.variable, flavor: flavorOf(scan, target.variable), lineLength: target.lineLength });
  const code = applyLayout(rendered.code, layout);
  if (firstSyntaxError(parsePython(code)) !== undefined) {
    throw new Error(`Internal error: the code generated for ${spec.function}() does not parse; nothing was written. Please report this.`);
  }
  const insertion = handlerInsertion(source, tree, scan, { kind: spec.kind, variable: target.variable }, code, layout);
  const headEnd = importHeadEnd(source, scan);
  if (insertion.from >= headEnd) {
    // The usual case: imports above, handler below; the two edits never touch each other.
    const withHandler = applyEdits(source, [insertion]);
    return addImports(withHandler.slice(0, headEnd), rendered.imports, scan, target, layout) + withHandler.slice(headEnd);
  }
  return addImports(applyEdits(source, [insertion]), rendered.imports, scan, target, layout);
}
