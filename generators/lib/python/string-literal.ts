// Python string literals both ways: writing any text so that Python reads back exactly that text (in
// the form `ruff format` would leave alone), and reading the value of a literal found in a module.
import { isConfusable } from './confusables.js';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Characters a reader could not see or could mistake for another: written as escapes. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Cn}]|(?! )\p{Zs}/u;

export function isInvisible(char: string): boolean {
  return INVISIBLE.test(char);
}

function hex(codePoint: number, digits: number): string {
  return codePoint.toString(16).padStart(digits, '0');
}

function escapeCodePoint(codePoint: number): string {
  if (codePoint <= 0xff) return `\\x${hex(codePoint, 2)}`;
  if (codePoint <= 0xffff) return `\\u${hex(codePoint, 4)}`;
  return `\\U${hex(codePoint, 8)}`;
}

/**
 * The Python literal for `text`: double quotes unless the text holds more double than single quotes
 * (ruff's own choice), every backslash, line break, control, invisible or confusable character
 * escaped. Iterates by UTF-16 unit so that lone surrogates survive as escapes.
 */
export function pythonString(text: string): string {
  const doubles = text.split('"').length - 1;
  const singles = text.split("'").length - 1;
  const quote = doubles > singles ? "'" : '"';
  let body = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const simple = SIMPLE_ESCAPES[char];
    if (simple !== undefined) body += simple;
    else if (char === quote) body += `\\${quote}`;
    else if (isInvisible(char) || isConfusable(codePoint)) body += escapeCodePoint(codePoint);
    else body += char;
  }
  return quote + body + quote;
}

/** True when `pythonString(text)` is plain enough to sit in a one-line docstring unchanged. */
export function isDocstringSafe(text: string): boolean {
  if (text === '' || text.trim() !== text) return false;
  if (/["\\]/.test(text)) return false;
  for (const char of text) {
    if (isInvisible(char) || isConfusable(char.codePointAt(0) ?? 0)) return false;
  }
  return true;
}

const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '',
};

function decodeEscapes(body: string): string | undefined {
  let out = '';
  for (let index = 0; index < body.length; index++) {
    const char = body[index] as string;
    if (char !== '\\') {
      out += char;
      continue;
    }
    // Stryker disable next-line StringLiteral: a trailing backslash takes the unknown-escape path whatever `next` is
    const next = body[index + 1] ?? '';
    const named = NAMED_ESCAPES[next];
    if (named !== undefined) {
      out += named;
      index += 1;
      continue;
    }
    const width = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (width > 0) {
      const digits = body.slice(index + 2, index + 2 + width);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== width) return undefined;
      out += String.fromCodePoint(parseInt(digits, 16));
      index += 1 + width;
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(body.slice(index + 1));
    if (octal) {
      out += String.fromCodePoint(parseInt(octal[0], 8));
      index += octal[0].length;
      continue;
    }
    if (next === '\r') {
      index += body[index + 2] === '\n' ? 2 : 1; // a backslash before a CRLF line break joins the lines
      continue;
    }
    if (next === 'N') return undefined; // \N{NAME}: would need the Unicode name table
    out += '\\'; // an unknown escape keeps its backslash, as in Python
  }
  return out;
}

/**
 * The value of one Python string literal token (`"a"`, `r'b'`, `"""c"""`), or undefined for bytes,
 * f-strings and escapes this reader does not know — callers then treat the value as unknown.
 */
export function decodeStringLiteral(token: string): string | undefined {
  // The letters before the first quote (a token without one has no quote either and is refused below).
  const prefix = token.slice(0, token.search(/["']/)).toLowerCase();
  if (/[bft]/.test(prefix)) return undefined;
  const rest = token.slice(prefix.length);
  const quote = rest.startsWith('"""') || rest.startsWith("'''") ? rest.slice(0, 3) : rest.slice(0, 1);
  if (!quote || !rest.endsWith(quote) || rest.length < quote.length * 2) return undefined;
  const body = rest.slice(quote.length, rest.length - quote.length);
  return prefix.includes('r') ? body : decodeEscapes(body);
}
