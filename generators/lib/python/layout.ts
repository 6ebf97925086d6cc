// A file's own newline style and indentation unit, so that inserted code looks as if it had always
// been there: generated code is written with LF and four spaces, then converted.

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

/** The indentation of the first line indented under a line that opens a block (ends with `:`). */
export function detectIndent(source: string): string {
  const lines = source.split(/\r?\n/);
  for (let index = 1; index < lines.length; index++) {
    const match = /^([ \t]+)\S/.exec(lines[index] as string);
    const previous = (lines[index - 1] as string).replace(/#.*$/, '').trimEnd();
    if (match && previous.endsWith(':') && !/^[ \t]/.test(previous)) return match[1] as string;
  }
  return DEFAULT_LAYOUT.indent;
}

export function detectLayout(source: string): Layout {
  return { newline: detectNewline(source), indent: detectIndent(source) };
}

/** Converts code written with LF and four-space indentation to the file's layout. */
export function applyLayout(code: string, layout: Layout): string {
  const lines = code.split('\n').map((line) => {
    const match = /^( {4})+/.exec(line);
    if (!match || layout.indent === '    ') return line;
    return layout.indent.repeat(match[0].length / 4) + line.slice(match[0].length);
  });
  return lines.join(layout.newline);
}
