// The one door to the Python parser (@lezer/python): parse a module and refuse a broken one, so that
// nothing is ever inserted into a file the user has left half-edited.
import type { SyntaxNode, Tree } from '@lezer/common';
import { parser } from '@lezer/python';
import { positionAt } from '../text.js';

export type { SyntaxNode, Tree };


/** The first syntax error lezer recovered from, if any. */
export function firstSyntaxError(tree: Tree): number | undefined {
  let found: number | undefined;
  tree.iterate({
    enter(node) {
      if (found === undefined && node.type.isError) found = node.from;
    },
  });
  return found;
}

/**
 * lezer's grammar rejects a parenthesized target in `with ... as (a, b):` (create-mcp-server's own
 * template has one). Each such target is parsed as a space and an identifier of the same length (the
 * space keeps `as(a, b)` from reading as the name `as_a__b_`), so that every offset in the tree still
 * points into the original source.
 */
function maskWithTargets(source: string): string {
  const mask = (_: string, as: string, inner: string): string => `${as} ${inner.replace(/[^A-Za-z0-9_]/g, '_')}_`;
  return source.replace(/\bwith\b[^\n#]*/g, (header) => header.replace(/(\bas[ \t]*)\(([^()\n]*)\)(?=[ \t]*[:,])/g, mask));
}

export function parsePython(source: string): Tree {
  return parser.parse(maskWithTargets(source));
}

/** Parses `source` or throws a message naming the file, the place and the fix. */
export function parseModuleOrThrow(source: string, fileLabel: string): Tree {
  const tree = parsePython(source);
  const errorAt = firstSyntaxError(tree);
  if (errorAt !== undefined) {
    const { line, column } = positionAt(source, errorAt);
    throw new Error(
      `${fileLabel} does not parse as Python (syntax error near line ${line}, column ${column}). ` +
        'Nothing was changed: fix the file (for example with `uv run python -m py_compile ' +
        `${fileLabel}\`) and run the command again.`,
    );
  }
  return tree;
}

export function textOf(source: string, node: SyntaxNode): string {
  return source.slice(node.from, node.to);
}

/** The direct children of `node`, in order. */
export function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const children: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}
