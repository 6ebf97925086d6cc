// Line arithmetic on a text, shared by the Python and the JSON(C) editors and their error messages.

/** Offset of the start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the end of the line holding `offset`, before its `\n` or `\r\n`. */
export function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** Offset just past the line break ending the line that holds `offset` (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units, not counting a `\r` before the line break. */
  column: number;
}

/** The 1-based line and column of `offset`, as editors show them. */
export function positionAt(text: string, offset: number): Position {
  const start = lineStart(text, offset);
  const line = text.slice(0, start).split('\n').length;
  return { line, column: text.slice(start, offset).replace(/\r$/, '').length + 1 };
}
