// Text edits on a source string: computed against the original, applied together, back to front.

export interface TextEdit {
  from: number;
  /** Equal to `from` for a pure insertion. */
  to: number;
  text: string;
}

export function insertAt(at: number, text: string): TextEdit {
  return { from: at, to: at, text };
}

export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => b.from - a.from || b.to - a.to);
  let result = source;
  for (const edit of ordered) result = result.slice(0, edit.from) + edit.text + result.slice(edit.to);
  return result;
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just past the line break ending the line that holds `offset` (or the end of the source). */
export function nextLineStart(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  return newline === -1 ? source.length : newline + 1;
}
