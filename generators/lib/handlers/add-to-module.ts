// Adding one handler to a server module's source: every refusal first, then the handler after its
// siblings and each missing import in its sorted place. Pure: text in, text out (or an Error).
import { applyEdits } from '../python/edits.js';
import { nextLineStart } from '../text.js';
import { type ImportNeed, planImport } from '../python/imports.js';
import { handlerInsertion } from '../python/insertion.js';
import { applyLayout, detectLayout, type Layout } from '../python/layout.js';
import { type ModuleScan, scanModule, type ServerFlavor } from '../python/module-scan.js';
import { firstSyntaxError, parseModuleOrThrow, parsePython, type Tree } from '../python/parse.js';
import { functionAvailable, functionFlag, notServed } from './availability.js';
import { refuse } from '../errors.js';
import { renderHandler } from './render-handler.js';
import { type HandlerSpec, servedKey } from './specs.js';

export interface ModuleTarget {
  /** Shown in messages, e.g. `src/weather/server.py`. */
  label: string;
  variable: string;
  lineLength: number;
  firstParty: ReadonlySet<string>;
}

/** Why `spec` cannot go into the module as scanned, or undefined. */
export function refusalFor(spec: HandlerSpec, scan: ModuleScan, target: ModuleTarget): string | undefined {
  const served = notServed(scan, target.label, spec.kind, servedKey(spec));
  if (served !== true) return served;
  const available = functionAvailable(scan, target.label, spec.function);
  if (available === true) return undefined;
  return `${available} (The ${spec.kind}'s MCP name can stay as it is: give the function another name with ${functionFlag(spec.kind)}.)`;
}

function flavorOf(scan: ModuleScan, variable: string): ServerFlavor {
  return scan.servers.find((server) => server.variable === variable)?.flavor ?? 'mcpserver';
}

/** `code`, checked to parse: a defect of the printer must never reach the user's module. */
export function assertParses(code: string, functionName: string): string {
  if (firstSyntaxError(parsePython(code)) === undefined) return code;
  throw new Error(`Internal error: the code generated for ${functionName}() does not parse; nothing was written. Please report this.`);
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
    const importedNames = new Set([...fullScan.importedNames, ...headScan.importedNames]);
    const scan = { ...headScan, importedNames, definedNames: fullScan.definedNames };
    const edit = planImport(need, { source: result, scan, layout, lineLength: target.lineLength, firstParty: target.firstParty });
    if (edit) result = applyEdits(result, [edit]);
  }
  return result;
}

/** `source` with each missing import added in its sorted place in the leading import block. */
export function withImports(source: string, needs: ImportNeed[], target: ModuleTarget): string {
  if (needs.length === 0) return source;
  const scan = scanModule(source, parseModuleOrThrow(source, target.label));
  const headEnd = importHeadEnd(source, scan);
  return addImports(source.slice(0, headEnd), needs, scan, target, detectLayout(source)) + source.slice(headEnd);
}

/**
 * The module's new source with `spec` added, or an Error naming the problem and the fix. `parsed`
 * saves parsing a large module twice. Only the import head and the new code are parsed again.
 */
export function addHandlerToModule(
  source: string,
  spec: HandlerSpec,
  target: ModuleTarget,
  parsed?: { tree: Tree; scan: ModuleScan },
): string {
  const tree = parsed?.tree ?? parseModuleOrThrow(source, target.label);
  const scan = parsed?.scan ?? scanModule(source, tree);
  const refusal = refusalFor(spec, scan, target);
  if (refusal !== undefined) refuse(refusal);
  const layout = detectLayout(source);
  const { variable, lineLength } = target;
  const rendered = renderHandler(spec, { variable, flavor: flavorOf(scan, variable), lineLength });
  const code = assertParses(applyLayout(rendered.code, layout), spec.function);
  const insertion = handlerInsertion(source, tree, scan, { kind: spec.kind, variable: target.variable }, code, layout);
  const headEnd = importHeadEnd(source, scan);
  if (insertion.from >= headEnd) {
    // The usual case: imports above, handler below; the two edits never touch each other.
    const withHandler = applyEdits(source, [insertion]);
    return addImports(withHandler.slice(0, headEnd), rendered.imports, scan, target, layout) + withHandler.slice(headEnd);
  }
  return addImports(applyEdits(source, [insertion]), rendered.imports, scan, target, layout);
}
