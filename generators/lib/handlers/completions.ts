// Declared values (`--choices`) of prompt arguments and resource template parameters, served by ONE
// completion handler per module: `@server.completion()` written with the first declared values, then
// one `if handler == ...:` branch per handler, inserted at its known anchor line.
import { refuse } from '../errors.js';
import { applyEdits } from '../python/edits.js';
import type { ImportNeed } from '../python/imports.js';
import { handlerInsertion } from '../python/insertion.js';
import { applyLayout, detectLayout } from '../python/layout.js';
import { scanModule } from '../python/module-scan.js';
import { parseModuleOrThrow } from '../python/parse.js';
import { atom, bracket, concat, print, type PrintOptions, type Py, str } from '../python/pretty.js';
import type { HandlerSpec } from './specs.js';

/** Argument (or placeholder) name -> the values a client may complete, in the order declared. */
export type Choices = Record<string, string[]>;

const COMPLETION_TYPES = ['Completion', 'CompletionArgument', 'CompletionContext', 'PromptReference', 'ResourceTemplateReference'];
const COMPLETION_IMPORTS: ImportNeed[] = COMPLETION_TYPES.map((name) => ({ module: 'mcp.types', name }));

/** The line every branch is inserted before; its indentation is the function body's. */
const ANCHOR = /^([ \t]+)known = choices\.get\(argument\.name, \[\]\)[ \t]*\r?$/m;

const FUNCTION_NAME = 'complete';

/**
 * Reads `--choices` values against the handler's argument names: `NAME=a,b` each, or a bare `a,b`
 * when there is only one argument. Returns the choices or a message naming the problem and the fix.
 */
export function parseChoices(flags: readonly string[], names: readonly string[], what: string): Choices | string {
  const choices: Choices = {};
  for (const flag of flags) {
    const named = /^([A-Za-z_]\w*)=(.*)$/s.exec(flag);
    const name = named?.[1] ?? (names.length === 1 ? names[0] : undefined);
    if (name === undefined) {
      return names.length === 0
        ? `--choices ${flag}: the ${what} has no arguments to complete.`
        : `--choices ${flag}: say which argument the values are for, e.g. --choices ${names[0]}=${flag}.`;
    }
    const quoted = names.map((n) => `"${n}"`).join(', ');
    if (!names.includes(name)) return `--choices ${flag}: the ${what} has no argument "${name}"; it has ${quoted}.`;
    if (choices[name] !== undefined) return `--choices: the values of "${name}" are given twice; give them once, comma-separated.`;
    const values = validateChoiceList(named ? (named[2] as string) : flag);
    if (typeof values === 'string') return `--choices ${flag}: ${values}`;
    choices[name] = values;
  }
  return choices;
}

/** `a, b` -> ['a', 'b'], or why the list is not usable. */
export function validateChoiceList(text: string): string[] | string {
  const values = text.split(',').map((value) => value.trim());
  if (values.some((value) => value === '')) return 'give one or more values, comma-separated, none empty (e.g. brief,detailed).';
  if (new Set(values).size !== values.length) return 'a value is listed twice; list each once.';
  // The SDK sends at most 100 values in one completion.
  if (values.length > 100) return 'at most 100 values can be completed; list fewer.';
  return values;
}

/** `{"style": ["brief", "detailed"]}`: the declared values as a Python dict literal. */
export function choicesNode(choices: Choices): Py {
  const list = (values: string[]): Py => bracket('[', values.map((value) => str(value)), ']');
  const lists = Object.entries(choices).map(([name, values]) => concat(str(name), atom(': '), list(values)));
  return bracket('{', lists, '}');
}

/** A branch: `key` is the prompt name or URI template, `choices` a dict expression. */
export interface CompletionBranch {
  key: string;
  choices: Py;
}

function branchLines(branch: CompletionBranch, options: PrintOptions): string[] {
  return [...print(str(branch.key), 1, 'if handler == ', ':', options), ...print(branch.choices, 2, 'choices = ', '', options)];
}

/** The module's one completion handler, four-space indented, LF line breaks, no final newline. */
export function completionHandler(variable: string, branches: CompletionBranch[], lineLength: number): string {
  const options: PrintOptions = { lineLength, indent: '    ' };
  return [
    `@${variable}.completion()`,
    `async def ${FUNCTION_NAME}(`,
    '    ref: PromptReference | ResourceTemplateReference,',
    '    argument: CompletionArgument,',
    '    context: CompletionContext | None,',
    ') -> Completion:',
    '    """Suggest the declared values of prompt arguments and resource template parameters."""',
    '    # Prompt names never hold ":" and URIs always do, so one key names the handler.',
    '    handler = ref.name if isinstance(ref, PromptReference) else ref.uri',
    '    choices: dict[str, list[str]] = {}',
    ...branches.flatMap((branch) => branchLines(branch, options)),
    '    known = choices.get(argument.name, [])',
    '    return Completion(values=[v for v in known if v.startswith(argument.value)])',
  ].join('\n');
}

export interface CompletionTarget {
  label: string;
  variable: string;
  lineLength: number;
}

/**
 * `source` (the new handler already in it) with the spec's choices served: a branch added to the
 * module's completion handler, or that handler written right after the new handler; also the imports
 * the new code needs. Refuses, naming the problem and the fix, when the module's own completion
 * handler has no anchor line or its name is taken.
 */
export function addCompletionBranch(
  source: string,
  spec: HandlerSpec,
  target: CompletionTarget,
): { source: string; imports: ImportNeed[] } {
  const choices = spec.kind === 'tool' ? undefined : spec.choices;
  if (choices === undefined || Object.keys(choices).length === 0) return { source, imports: [] };
  const layout = detectLayout(source);
  const branch = { key: spec.kind === 'resource' ? spec.uri : spec.name, choices: choicesNode(choices) };
  const decorator = new RegExp(`^@${target.variable.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.completion\\(\\)[ \\t]*\\r?$`, 'm').exec(source);
  if (decorator !== null) {
    const anchor = ANCHOR.exec(source.slice(decorator.index));
    if (anchor === null) {
      refuse(
        `${target.label} has a completion handler that has no \`known = choices.get(argument.name, [])\` line to add ` +
          `the values of ${spec.function}() before. Add its branch there by hand, or leave out --choices.`,
      );
    }
    const at = decorator.index + anchor.index;
    const lines = branchLines(branch, { lineLength: target.lineLength, indent: '    ' });
    return { source: source.slice(0, at) + applyLayout(lines.join('\n'), layout) + layout.newline + source.slice(at), imports: [] };
  }
  const tree = parseModuleOrThrow(source, target.label);
  const scan = scanModule(source, tree);
  if (scan.definedNames.has(FUNCTION_NAME) || scan.importedNames.has(FUNCTION_NAME)) {
    refuse(
      `${target.label} already defines \`${FUNCTION_NAME}\`, the name of the completion handler --choices writes. ` +
        'Rename yours, or leave out --choices.',
    );
  }
  const code = applyLayout(completionHandler(target.variable, [branch], target.lineLength), layout);
  const insertion = handlerInsertion(source, tree, scan, { kind: spec.kind, variable: target.variable }, code, layout);
  return { source: applyEdits(source, [insertion]), imports: COMPLETION_IMPORTS };
}
