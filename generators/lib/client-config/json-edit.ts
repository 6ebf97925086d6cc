// Text edits that change one property of a JSON(C) document and touch nothing around it. jsonc-parser's
// `modify` re-formats the neighbouring properties as well, so the inserted text is laid out here, in the
// style the surrounding lines already use (indentation, line ending, one-line objects kept on one line).
import type { Edit, Node } from 'jsonc-parser';
import { lineEnd, lineStart } from '../text.js';

export interface Style {
  /** One level of indentation: "  ", "    " or "\t". */
  unit: string;
  eol: string;
}

/** The file's indentation unit (the first indented line's) and line ending. */
export function styleOf(text: string): Style {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)["}\]]/m.exec(text)?.[1];
  return { unit: indent === undefined ? '  ' : indent.startsWith('\t') ? '\t' : indent, eol };
}


/** The whitespace that starts the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, /^[ \t]*/ matches every line (maybe empty)
  return /^[ \t]*/.exec(text.slice(lineStart(text, offset)))?.[0] ?? '';
}

function spansLines(text: string, node: Node): boolean {
  return /\n/.test(text.slice(node.offset, node.offset + node.length));
}

/** `value` as JSON laid out at `indent`; on one line when its container is on one line. */
function render(value: unknown, indent: string, style: Style, multiline: boolean): string {
  if (!multiline) return JSON.stringify(value);
  return JSON.stringify(value, null, style.unit).split('\n').join(style.eol + indent);
}

/** Replaces the value of an existing property (`valueNode`) in place. */
export function replaceValue(text: string, valueNode: Node, value: unknown, style: Style): Edit {
  const container = valueNode.parent?.parent ?? valueNode;
  const content = render(value, indentAt(text, valueNode.offset), style, spansLines(text, container));
  return { offset: valueNode.offset, length: valueNode.length, content };
}

/** Adds `"key": value` as the last property of `object`. */
export function appendProperty(text: string, object: Node, key: string, value: unknown, style: Style): Edit[] {
  // Stryker disable next-line ArrayDeclaration: equivalent, jsonc-parser gives every object node its children
  const properties = object.children ?? [];
  const last = properties[properties.length - 1];
  // An empty `{}` opens up: the new property gets lines of its own, like the ones a user would write.
  const multiline = last === undefined || spansLines(text, object);
  if (!multiline && last !== undefined) {
    const rendered = `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    return [{ offset: last.offset + last.length, length: 0, content: `, ${rendered}` }];
  }
  if (last === undefined) {
    const outer = indentAt(text, object.offset);
    const inner = outer + style.unit;
    const property = `${JSON.stringify(key)}: ${render(value, inner, style, true)}`;
    const close = object.offset + object.length - 1;
    // `{` … `}` over several lines with nothing inside: put the property on its own line before `}`.
    const beforeClose = text.slice(lineStart(text, close), close);
    if (beforeClose.trim() === '') {
      return [{ offset: lineStart(text, close), length: 0, content: `${inner}${property}${style.eol}` }];
    }
    return [{ offset: close, length: 0, content: `${style.eol}${inner}${property}${style.eol}${outer}` }];
  }
  const inner = indentAt(text, last.offset);
  const property = `${JSON.stringify(key)}: ${render(value, inner, style, true)}`;
  const end = last.offset + last.length;
  // Keep a comment that follows the last property on its own line: the new property goes after it.
  const rest = text.slice(end, lineEnd(text, end));
  const tail = /^(\s*)(,?)(\s*(?:\/\/.*|\/\*.*\*\/\s*)?)$/.exec(rest);
  if (tail === null) return [{ offset: end, length: 0, content: `,${style.eol}${inner}${property}` }];
  const [, , comma] = tail;
  const insertion = { offset: lineEnd(text, end), length: 0, content: `${style.eol}${inner}${property}` };
  if (comma !== '') return [insertion];
  if (insertion.offset === end) return [{ ...insertion, content: `,${insertion.content}` }];
  return [{ offset: end, length: 0, content: ',' }, insertion];
}
