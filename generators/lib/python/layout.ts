// A file's own newline style and indentation unit, so that inserted code looks as if it had always
// been there: generated code is written with LF and four spaces, then converted.
import { childrenOf, parsePython } from './parse.js';

export interface Layout {
  newline: '\n' | '\r\n';
  /** One level of indentation: four spaces, two spaces, a tab... */
  indent: string;
}

export const DEFAULT_LAYOUT: Layout = { newline: '\n', indent: '    ' };

export function detectNewline(source: string): Layout['newline'] {
  const crlf = source.split('\r\n').length - 1;
  const lf = source.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

/**
 * The indentation of the first statement in the first indented block, read from the syntax tree so
 * that an indented line inside a string (`"""Run it:\n  uv run x"""`) is never taken for code.
 */
export function detectIndent(source: string): string {
  let found: string | undefined;
  parsePython(source).iterate({
    enter: (node) => {
      if (found !== undefined) return false;
      if (node.name !== 'Body') return undefined;
      const first = childrenOf(node.node).find((child) => child.name !== ':' && child.name !== 'Comment');
      if (first === undefined) return undefined;
      const lineStart = source.lastIndexOf('\n', first.from - 1) + 1;
      const indent = source.slice(lineStart, first.from);
      // A body on the header's own line (`if x: pass`) says nothing about indentation.
      if (/^[ \t]+$/.test(indent)) found = indent;
      // Stryker disable next-line BooleanLiteral: descending finds nothing more: once found, the walk stops at the next node, and a one-line body holds only simple statements
      return false;
    },
  });
  return found ?? DEFAULT_LAYOUT.indent;
}

export function detectLayout(source: string): Layout {
  return { newline: detectNewline(source), indent: detectIndent(source) };
}

/** Converts code written with LF and four-space indentation to the file's layout. */
export function applyLayout(code: string, layout: Layout): string {
  const lines = code.split('\n').map((line) => {
    const match = /^( {4})+/.exec(line);
    if (!match) return line;
    return layout.indent.repeat(match[0].length / 4) + line.slice(match[0].length);
  });
  return lines.join(layout.newline);
}
