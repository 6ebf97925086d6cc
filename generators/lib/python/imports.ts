// Adding `from module import Name` where it is missing, at the place isort (ruff's I001) expects it:
// merged into an existing `from module import ...`, else in sorted order inside its own section.
import { insertAt, type TextEdit } from './edits.js';
import { lineStart, nextLineStart } from '../text.js';
import type { Layout } from './layout.js';
import type { ImportedName, ImportStatement, ModuleScan } from './module-scan.js';
import { STDLIB_MODULES } from './stdlib-modules.js';

export interface ImportNeed {
  module: string;
  name: string;
  alias?: string;
  /** `import module [as alias]` rather than `from module import name`. */
  plain?: boolean;
}

export interface ImportContext {
  source: string;
  scan: ModuleScan;
  layout: Layout;
  lineLength: number;
  /** Top-level packages of the project itself (isort's first-party section). */
  firstParty: ReadonlySet<string>;
}

const SECTIONS = ['future', 'stdlib', 'third-party', 'first-party', 'local'] as const;

function sectionOf(module: string, firstParty: ReadonlySet<string>): number {
  const top = module.split('.')[0] as string;
  if (module.startsWith('.')) return SECTIONS.indexOf('local');
  if (top === '__future__') return SECTIONS.indexOf('future');
  if (STDLIB_MODULES.has(top)) return SECTIONS.indexOf('stdlib');
  return SECTIONS.indexOf(firstParty.has(top) ? 'first-party' : 'third-party');
}

/** isort's order inside a section: plain `import x` first, then `from x import`, by module name. */
function statementKey(kind: ImportStatement['kind'], module: string): string {
  return `${kind === 'import' ? 0 : 1}:${module.toLowerCase()}`;
}

/** isort's order of imported names (order-by-type): CONSTANTS, then Classes, then the rest. */
function memberKey(name: string): string {
  const type = name.length > 1 && name === name.toUpperCase() && /[A-Z]/.test(name) ? 0 : /^[A-Z]/.test(name) ? 1 : 2;
  return `${type}:${name.toLowerCase()}`;
}

function compare(a: string, b: string): number {
  // Stryker disable next-line EqualityOperator: no two keys compared are equal (an equal one is already imported, or merged before)
  return Number(a > b) - Number(a < b);
}

function renderName(name: ImportedName): string {
  return name.alias === undefined ? name.name : `${name.name} as ${name.alias}`;
}

/** `from module import a, b`, wrapped one name per line (as ruff formats it) when too long. */
export function renderFromImport(module: string, names: ImportedName[], layout: Layout, lineLength: number): string {
  const sorted = [...names].sort((a, b) => compare(memberKey(a.name), memberKey(b.name)));
  const oneLine = `from ${module} import ${sorted.map(renderName).join(', ')}`;
  if (oneLine.length <= lineLength) return oneLine;
  const lines = sorted.map((name) => `${layout.indent}${renderName(name)},`);
  return [`from ${module} import (`, ...lines, ')'].join(layout.newline);
}

const NAME_LINE = /^(\s+)([A-Za-z_]\w*),(\s+#.*)?$/;
const COMMENT_LINE = /^\s+#.*$/;

/**
 * `name` on a line of its own in a parenthesised `from` import written one name per line (as ruff
 * formats one with comments), at isort's place: before the first name that sorts after it and the
 * comment lines above that name, else last. Undefined for any other shape.
 */
function addNameLine(source: string, statement: ImportStatement, name: string, layout: Layout): TextEdit | undefined {
  // The statement is a `from` import by now: its first line has to end in its parenthesis (and maybe a comment).
  const lines = source.slice(statement.from, statement.to).split(/\r?\n/);
  if (!/^[^#]*\(\s*(#.*)?$/.test(lines[0] as string) || !/^\s*\)$/.test(lines.at(-1) as string)) return undefined;
  const body = lines.slice(1, -1);
  if (!body.every((line) => NAME_LINE.test(line) || COMMENT_LINE.test(line))) return undefined;
  const names = body.flatMap((line, index) => {
    const match = NAME_LINE.exec(line);
    return match === null ? [] : [{ index, indent: match[1] as string, name: match[2] as string }];
  });
  // Stryker disable next-line OptionalChaining: an import with no name at all does not parse, so names[0] is there
  const indent = names[0]?.indent;
  if (indent === undefined || names.some((entry) => entry.indent !== indent)) return undefined;
  let at = body.length;
  const after = names.find((entry) => compare(memberKey(entry.name), memberKey(name)) > 0);
  if (after !== undefined) {
    // Up over the comment lines above that name; above the first line, body[-1] is undefined and no comment.
    for (at = after.index; COMMENT_LINE.test(body[at - 1] as string); at--);
  }
  // Offsets from the statement's own text, whatever its line breaks.
  let offset = statement.from;
  for (let line = 0; line <= at; line++) offset = nextLineStart(source, offset);
  return insertAt(offset, `${indent}${name},${layout.newline}`);
}

/** What isort sorts a statement by: its module (`import a.b` has none of its own: its first name). */
function placedBy(imp: ImportStatement): string {
  return imp.module || (imp.names[0] as ImportedName).name;
}

/** The run of top-level imports at the head of the module: the block isort sorts. */
function leadingImportBlock(scan: ModuleScan, source: string): ImportStatement[] {
  const first = scan.imports[0];
  if (!first) return [];
  const block = [first];
  // Stryker disable next-line MethodExpression: starting at the first import only adds it twice, to no effect
  for (const next of scan.imports.slice(1)) {
    const previous = block[block.length - 1] as ImportStatement;
    const between = source.slice(previous.to, next.from);
    // Only blank lines and comments may separate two imports of one block.
    if (between.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line))) block.push(next);
    else break;
  }
  return block;
}

/** `line` inserted as the line after the one holding `offset`, even when that is the last, unterminated line. */
function insertLineAfter(source: string, offset: number, line: string, newline: string): TextEdit {
  const at = nextLineStart(source, offset);
  const unterminated = at === source.length && !source.endsWith('\n');
  return insertAt(at, (unterminated ? newline : '') + line + newline);
}

/** Where and how to add one import, or undefined when the name is already imported. */
export function planImport(need: ImportNeed, context: ImportContext): TextEdit | undefined {
  const { source, scan, layout, lineLength, firstParty } = context;
  const bound = need.alias ?? (need.plain ? (need.module.split('.')[0] as string) : need.name);
  if (scan.importedNames.has(bound)) return undefined;
  if (scan.definedNames.has(bound)) {
    throw new Error(
      `The server module defines its own \`${need.name}\`, but the new handler needs \`${need.name}\` from ` +
        `${need.module}. Rename the module's \`${need.name}\` (or import it from ${need.module}) and run the command again.`,
    );
  }
  const newName: ImportedName = need.alias === undefined ? { bound, name: need.name } : { bound, name: need.name, alias: need.alias };
  // A plain `import x` has no module of its own (''), so the module alone picks the `from` imports.
  const fromSameModule = need.plain ? [] : scan.imports.filter((imp) => imp.module === need.module && !imp.star);
  // isort keeps `as` imports in statements of their own (combine-as-imports is off): never merged into one.
  const unaliased = fromSameModule.filter((imp) => imp.names.every((name) => name.alias === undefined));
  const sameModule = unaliased.find((imp) => !imp.hasComments);
  if (sameModule && need.alias === undefined) {
    const text = renderFromImport(need.module, [...sameModule.names, newName], layout, lineLength);
    return { from: sameModule.from, to: sameModule.to, text };
  }
  // Comments inside: the statement is not rewritten, the name goes in on a line of its own (isort merges
  // a second statement of the same module into this one, so one beside it would fail I001).
  const commented = unaliased.map((imp) => addNameLine(source, imp, need.name, layout)).find((edit) => edit !== undefined);
  if (commented !== undefined && need.alias === undefined) return commented;
  const plainStatement = `import ${need.module}${need.alias === undefined ? '' : ` as ${need.alias}`}`;
  const statement = need.plain ? plainStatement : renderFromImport(need.module, [newName], layout, lineLength);
  const { newline } = layout;
  const lastOfModule = fromSameModule.at(-1);
  if (lastOfModule !== undefined) {
    // isort keeps `as` imports in statements of their own (combine-as-imports is off): beside them, in name order.
    const after = fromSameModule.find((imp) => compare(memberKey((imp.names[0] as ImportedName).name), memberKey(need.name)) > 0);
    if (after) return insertAt(lineStart(source, after.from), statement + newline);
    return insertLineAfter(source, lastOfModule.to, statement, newline);
  }
  const block = leadingImportBlock(scan, source);
  const section = sectionOf(need.module, firstParty);
  const key = statementKey(need.plain ? 'import' : 'from', need.module);
  const sameSection = block.filter((imp) => sectionOf(placedBy(imp), firstParty) === section);
  if (sameSection.length > 0) {
    const after = sameSection.find((imp) => compare(statementKey(imp.kind, placedBy(imp)), key) > 0);
    if (after) return insertAt(lineStart(source, after.from), statement + newline);
    const last = sameSection[sameSection.length - 1] as ImportStatement;
    return insertLineAfter(source, last.to, statement, newline);
  }
  const laterSection = block.find((imp) => sectionOf(placedBy(imp), firstParty) > section);
  if (laterSection) return insertAt(lineStart(source, laterSection.from), statement + newline + newline);
  const last = block[block.length - 1];
  // A new section: one blank line between it and the block.
  if (last) return insertLineAfter(source, last.to, newline + statement, newline);
  return insertAt(0, statement + newline + newline);
}
