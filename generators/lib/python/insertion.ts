// Where a new top-level handler goes: after the last handler of its kind, else after the last handler
// of any kind, else before a trailing `if __name__ == "__main__":` block, else at the end of the file.
import { insertAt, type TextEdit } from './edits.js';
import { lineStart } from '../text.js';
import type { Layout } from './layout.js';
import type { HandlerKind, ModuleScan } from './module-scan.js';
import { childrenOf, textOf, type Tree } from './parse.js';

/** The offset just after the line on which a statement ending at `to` ends. */
function afterStatement(source: string, to: number): number {
  if (to > 0 && source[to - 1] === '\n') return to;
  const newline = source.indexOf('\n', to);
  return newline === -1 ? source.length : newline + 1;
}

function mainGuardStart(source: string, tree: Tree): number | undefined {
  const statements = childrenOf(tree.topNode).filter((node) => node.name !== 'Comment');
  const last = statements.at(-1);
  if (last?.name !== 'IfStatement') return undefined;
  const condition = (textOf(source, last).split(':')[0] as string).replace(/\s/g, '').replace(/'/g, '"');
  return condition === 'if__name__=="__main__"' ? last.from : undefined;
}

/**
 * The edit that inserts `code` (already in the file's layout, without a trailing line break) as a
 * top-level statement, with the two blank lines around it that ruff format wants.
 */
export function handlerInsertion(
  source: string,
  tree: Tree,
  scan: ModuleScan,
  target: { kind: HandlerKind; variable: string },
  code: string,
  layout: Layout,
): TextEdit {
  const nl = layout.newline;
  const ours = scan.handlers.filter((handler) => handler.topLevel && handler.variable === target.variable);
  // The scan lists handlers in the order they stand in the file: the last of a list is the last in it.
  const anchor = ours.filter((handler) => handler.kind === target.kind).at(-1) ?? ours.at(-1);
  if (anchor === undefined) {
    const guard = mainGuardStart(source, tree);
    if (guard !== undefined) return insertAt(lineStart(source, guard), code + nl + nl + nl);
  }
  const end = anchor?.to ?? scan.lastStatementEnd;
  const at = afterStatement(source, end);
  const needsLineBreak = at === source.length && source.length > 0 && !source.endsWith('\n');
  return insertAt(at, (needsLineBreak ? nl : '') + nl + nl + code + nl);
}
