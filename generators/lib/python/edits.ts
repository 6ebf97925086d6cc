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
