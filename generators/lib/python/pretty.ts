// A small pretty-printer that lays out generated Python the way `ruff format` leaves it: a construct
// stays on one line when it fits, else it is exploded one item per line with a trailing comma (ruff
// keeps such "magic trailing commas"), and a string too long for its line becomes a parenthesised
// run of implicitly concatenated chunks that ruff will not join back.
import { pythonString } from './string-literal.js';

export type Py =
  | { kind: 'atom'; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'concat'; parts: Py[] }
  | { kind: 'bracket'; open: string; items: Py[]; close: string }
  /** A pragma comment (`# noqa: ...`) for the line where `node` begins: no bracket around it stays flat. */
  | { kind: 'commented'; node: Py; comment: string };

export const atom = (text: string): Py => ({ kind: 'atom', text });
export const str = (value: string): Py => ({ kind: 'string', value });
export const concat = (...parts: Py[]): Py => ({ kind: 'concat', parts });
export const bracket = (open: string, items: Py[], close: string): Py => ({ kind: 'bracket', open, close, items });
export const commented = (node: Py, comment: string): Py => ({ kind: 'commented', node, comment });
/** `name(arg, key=value)` */
export const call = (name: string, args: Py[]): Py => bracket(`${name}(`, args, ')');
export const keyword = (name: string, value: Py): Py => concat(atom(`${name}=`), value);

// Marks the place of a pragma comment while lines are built; moved to the line's end afterwards.
const COMMENT_MARK = '\u0000';

export interface PrintOptions {
  lineLength: number;
  /** One indentation level; always four spaces here, converted to the file's unit afterwards. */
  indent: string;
}

function containsComment(node: Py): boolean {
  if (node.kind === 'commented') return true;
  if (node.kind === 'concat') return node.parts.some(containsComment);
  if (node.kind === 'bracket') return node.items.some(containsComment);
  return false;
}

/** Whether `node` cannot be printed on one line: a comment would land in the middle of it. */
function mustBreak(node: Py): boolean {
  if (node.kind === 'bracket') return node.items.some(containsComment);
  if (node.kind === 'commented') return mustBreak(node.node);
  if (node.kind === 'concat') {
    const last = node.parts[node.parts.length - 1];
    return node.parts.slice(0, -1).some(containsComment) || (last !== undefined && mustBreak(last));
  }
  return false;
}

export function flat(node: Py): string {
  switch (node.kind) {
    case 'atom':
      return node.text;
    case 'string':
      return pythonString(node.value);
    case 'concat':
      return node.parts.map(flat).join('');
    case 'bracket':
      return node.open + node.items.map(flat).join(', ') + node.close;
    case 'commented':
      return flat(node.node) + COMMENT_MARK + node.comment + COMMENT_MARK;
  }
}

function visibleLength(line: string): number {
  return line.replace(new RegExp(`${COMMENT_MARK}[^${COMMENT_MARK}]*${COMMENT_MARK}`, 'g'), '').length;
}

function fits(lines: string[], options: PrintOptions): boolean {
  return lines.every((line) => visibleLength(line) <= options.lineLength);
}

/** Splits `value` into pieces whose literals each fit in `width` columns, preferring word breaks. */
export function chunkString(value: string, width: number): string[] {
  const chunks: string[] = [];
  let current = '';
  // Each word with the spaces after it: 'ab  cd' -> ['ab  ', 'cd'].
  const words = value.split(/(?<= )(?=[^ ])/);
  for (const word of words) {
    if (pythonString(current + word).length <= width) {
      current += word;
      continue;
    }
    if (current !== '') chunks.push(current);
    current = '';
    for (const char of word) {
      // A word longer than the line is cut between characters (never inside an escape).
      if (current !== '' && pythonString(current + char).length > width) {
        chunks.push(current);
        current = '';
      }
      current += char;
    }
  }
  // The last piece: never empty, unless the whole value is.
  chunks.push(current);
  return chunks;
}

/**
 * Lines for `node` at `depth`, preceded on its first line by `lead` and followed on its last line
 * by `trail`. `lead` and `trail` are code (`name=`, `,`, ` -> str:`), never broken.
 */
export function layout(node: Py, depth: number, lead: string, trail: string, options: PrintOptions): string[] {
  const pad = options.indent.repeat(depth);
  const inner = options.indent.repeat(depth + 1);
  const oneLine = pad + lead + flat(node) + trail;
  if (visibleLength(oneLine) <= options.lineLength && !mustBreak(node)) return [oneLine];
  switch (node.kind) {
    case 'atom':
      return [oneLine];
    case 'commented': {
      const lines = layout(node.node, depth, lead, trail, options);
      lines[0] = lines[0] + COMMENT_MARK + node.comment + COMMENT_MARK;
      return lines;
    }
    case 'string': {
      // One chunk when the string fits alone on its line: parenthesised whole.
      const chunks = chunkString(node.value, options.lineLength - inner.length);
      return [pad + lead + '(', ...chunks.map((chunk) => inner + pythonString(chunk)), pad + ')' + trail];
    }
    case 'concat': {
      // Break the last part that can be broken while everything else stays on its lines; failing that,
      // break one part and lay out what follows it again (`x: Annotated[...] = (` a long default).
      let fallback: string[] | undefined;
      for (const breakTail of [false, true]) {
        for (let index = node.parts.length - 1; index >= 0; index--) {
          const part = node.parts[index] as Py;
          const rest = node.parts.slice(index + 1);
          if (part.kind === 'atom' || (breakTail && rest.length === 0)) continue;
          const before = node.parts.slice(0, index).map(flat).join('');
          const lines = breakTail
            ? withTail(layout(part, depth, lead + before, '', options), rest, depth, trail, options)
            : layout(part, depth, lead + before, rest.map(flat).join('') + trail, options);
          if (fits(lines, options)) return lines;
          fallback ??= lines;
        }
      }
      return fallback ?? [oneLine];
    }
    case 'bracket': {
      const lines = [pad + lead + node.open];
      for (const item of node.items) lines.push(...layout(item, depth + 1, '', ',', options));
      lines.push(pad + node.close + trail);
      return lines;
    }
  }
}

/** `lines` (ending at `depth`) continued by `rest`, laid out from where the last line ends. */
function withTail(lines: string[], rest: Py[], depth: number, trail: string, options: PrintOptions): string[] {
  const pad = options.indent.repeat(depth);
  const last = (lines[lines.length - 1] as string).slice(pad.length);
  return [...lines.slice(0, -1), ...layout(concat(...rest), depth, last, trail, options)];
}

/** The printed lines of `node`, pragma comments moved to the end of their lines. */
export function print(node: Py, depth: number, lead: string, trail: string, options: PrintOptions): string[] {
  const marked = new RegExp(`${COMMENT_MARK}([^${COMMENT_MARK}]*)${COMMENT_MARK}`, 'g');
  return layout(node, depth, lead, trail, options).map((line) => {
    const comments = [...line.matchAll(marked)].map((match) => match[1]);
    return comments.length === 0 ? line : `${line.replace(marked, '')}  ${comments.join(' ')}`;
  });
}
