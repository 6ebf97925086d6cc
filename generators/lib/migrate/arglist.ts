// Rewriting a call's argument list: split into its arguments (as text), then printed back the way
// ruff format lays out a call, so that a moved or renamed argument leaves no trace of the edit.
import { type TextEdit } from '../python/edits.js';
import { lineStart } from '../text.js';
import { childrenOf, type SyntaxNode } from '../python/parse.js';
import { atom, bracket, print } from '../python/pretty.js';

export interface Argument {
  /** The keyword, for `key=value`. */
  keyword?: string;
  /** The whole argument as written (`key=value`, `value`, `*args`). */
  text: string;
  /** The value part. */
  value: string;
}

/** The arguments of `argList`, or undefined when it holds comments (they would be lost). */
export function splitArguments(source: string, argList: SyntaxNode): Argument[] | undefined {
  const children = childrenOf(argList);
  if (children.some((child) => child.name === 'Comment')) return undefined;
  const pieces: string[] = [];
  let start = argList.from + 1;
  for (const child of children) {
    if (child.name !== ',' && child.name !== ')') continue;
    const piece = source.slice(start, child.from).trim();
    if (piece !== '') pieces.push(piece.replace(/\s*\n\s*/g, ' '));
    start = child.to;
  }
  return pieces.map((text) => {
    const keyword = /^([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)\s*([\s\S]*)$/.exec(text);
    return keyword ? { keyword: keyword[1] as string, text, value: keyword[2] as string } : { text, value: text };
  });
}

/** The edit replacing the lines of `argList`'s call with the call laid out anew with `args`. */
export function rewriteArguments(source: string, argList: SyntaxNode, args: readonly Argument[], lineLength: number): TextEdit {
  const from = lineStart(source, argList.from);
  const indent = /^[ \t]*/.exec(source.slice(from))?.[0] ?? '';
  const lead = source.slice(from + indent.length, argList.from);
  const lineEnd = source.indexOf('\n', argList.to);
  const to = lineEnd === -1 ? source.length : lineEnd;
  const trail = source.slice(argList.to, to).replace(/\r$/, '');
  const depth = Math.round(indent.replace(/\t/g, '    ').length / 4);
  const lines = print(
    bracket(
      '(',
      args.map((arg) => atom(arg.text)),
      ')',
    ),
    depth,
    lead,
    trail,
    { lineLength, indent: '    ' },
  );
  return { from, to: source[to - 1] === '\r' ? to - 1 : to, text: lines.join(source.includes('\r\n') ? '\r\n' : '\n') };
}
