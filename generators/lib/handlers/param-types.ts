// Parameter types a handler may declare, and their default values: read from what the user typed
// (a Python expression, parsed by the Python parser) and written back as Python.
import { parsePython, childrenOf, firstSyntaxError, textOf, type SyntaxNode } from '../python/parse.js';
import { atom, bracket, concat, type Py, str } from '../python/pretty.js';
import { decodeStringLiteral } from '../python/string-literal.js';

export const SCALARS = ['str', 'int', 'float', 'bool'] as const;
export type Scalar = (typeof SCALARS)[number];

export interface ParamType {
  scalar: Scalar;
  container: 'none' | 'list' | 'dict';
  optional: boolean;
}

/** The choices offered when asking: every scalar, its list and dict, each also optional. */
export const TYPE_CHOICES: readonly string[] = [
  'str', 'int', 'float', 'bool', 'list[str]', 'dict[str, str]',
  'str | None', 'int | None', 'float | None', 'bool | None', 'list[str] | None', 'dict[str, str] | None',
];

export type PyValue = null | boolean | string | number | PyValue[] | { entries: Array<[string, PyValue]> };

export function typeText(type: ParamType): string {
  const core =
    type.container === 'list' ? `list[${type.scalar}]` : type.container === 'dict' ? `dict[str, ${type.scalar}]` : type.scalar;
  return type.optional ? `${core} | None` : core;
}

const TYPE_HELP = `Use one of: ${TYPE_CHOICES.join(', ')} (also list[int], dict[str, float]...).`;

/** `str`, `list[int]`, `dict[str, bool] | None`, `Optional[str]`... or a message. */
export function parseType(text: string): ParamType | string {
  let compact = text.replace(/\s/g, '');
  let optional = false;
  const optionalForm = /^Optional\[(.*)\]$/.exec(compact);
  if (optionalForm) {
    compact = optionalForm[1] as string;
    optional = true;
  } else if (compact.endsWith('|None')) {
    compact = compact.slice(0, -'|None'.length);
    optional = true;
  } else if (compact.startsWith('None|')) {
    compact = compact.slice('None|'.length);
    optional = true;
  }
  const isScalar = (name: string | undefined): name is Scalar => (SCALARS as readonly (string | undefined)[]).includes(name);
  if (isScalar(compact)) return { scalar: compact, container: 'none', optional };
  const list = /^list\[(\w+)\]$/.exec(compact);
  if (list && isScalar(list[1])) return { scalar: list[1], container: 'list', optional };
  const dict = /^dict\[str,(\w+)\]$/.exec(compact);
  if (dict && isScalar(dict[1])) return { scalar: dict[1], container: 'dict', optional };
  return `"${text}" is not a supported parameter type. ${TYPE_HELP}`;
}

type Reading = { value: PyValue } | { error: string };

function readScalar(source: string, node: SyntaxNode, scalar: Scalar): Reading {
  const text = textOf(source, node).replace(/\s/g, '');
  if (scalar === 'str') {
    const value = node.name === 'String' ? decodeStringLiteral(textOf(source, node)) : undefined;
    return value === undefined ? { error: `${text} is not a plain string literal` } : { value };
  }
  if (scalar === 'bool') {
    return node.name === 'Boolean' ? { value: text === 'True' } : { error: `${text} is not True or False` };
  }
  // A unary operator on anything but a number reads as NaN below (`-x`, `~1`, `not 1`) and is refused there.
  const isNumber = node.name === 'Number' || node.name === 'UnaryExpression';
  const number = Number(text.replace(/_/g, ''));
  if (!isNumber || !Number.isFinite(number) || /[jJ]/.test(text)) return { error: `${text} is not a number` };
  if (scalar === 'int' && !Number.isSafeInteger(number)) return { error: `${text} is not a whole number` };
  return { value: number };
}

function readValue(source: string, node: SyntaxNode, type: ParamType): Reading {
  if (node.name === 'None') return type.optional ? { value: null } : { error: 'None needs an optional type (X | None)' };
  if (type.container === 'none') return readScalar(source, node, type.scalar);
  const parts = childrenOf(node).filter((child) => !['[', ']', '{', '}', ',', ':', 'Comment'].includes(child.name));
  if (type.container === 'list') {
    if (node.name !== 'ArrayExpression') return { error: `${textOf(source, node)} is not a list like ["a", "b"]` };
    const values: PyValue[] = [];
    for (const part of parts) {
      const reading = readScalar(source, part, type.scalar);
      if ('error' in reading) return reading;
      values.push(reading.value);
    }
    return { value: values };
  }
  if (node.name !== 'DictionaryExpression') return { error: `${textOf(source, node)} is not a dict like {"key": "value"}` };
  const entries: Array<[string, PyValue]> = [];
  // A dict's parts come in pairs: key and value, or ** and a name.
  for (let index = 0; index < parts.length; index += 2) {
    const key = readScalar(source, parts[index] as SyntaxNode, 'str');
    const value = readScalar(source, parts[index + 1] as SyntaxNode, type.scalar);
    if ('error' in key) return { error: `dict keys must be strings: ${key.error}` };
    if ('error' in value) return value;
    // Python keeps the last of two equal keys, and ruff reports the first (F601): name it instead.
    if (entries.some(([seen]) => seen === key.value)) return { error: `repeats the key ${JSON.stringify(key.value)}; keep one of the two` };
    entries.push([key.value as string, value.value]);
  }
  return { value: { entries } };
}

/**
 * The default value typed for a parameter of `type`: a Python literal (`3`, `"a:b"`, `["x"]`,
 * `{"k": "v"}`, `None`), or for a `str` any bare text (`hello world`). `true`/`false` are accepted.
 */
export function parseDefault(text: string, type: ParamType): PyValue | { error: string } {
  const trimmed = text.trim();
  if (type.scalar === 'bool' && type.container === 'none' && /^(true|false)$/i.test(trimmed)) {
    return trimmed.toLowerCase() === 'true';
  }
  const tree = parsePython(trimmed);
  const statements = childrenOf(tree.topNode);
  const expression = statements.length === 1 && statements[0]?.name === 'ExpressionStatement' ? statements[0].firstChild : null;
  const parsed = firstSyntaxError(tree) === undefined && expression?.nextSibling === null ? expression : null;
  if (parsed) {
    const reading = readValue(trimmed, parsed, type);
    if ('value' in reading) return reading.value;
    if (!(type.scalar === 'str' && type.container === 'none')) return { error: reading.error };
  } else if (!(type.scalar === 'str' && type.container === 'none')) {
    return { error: `${JSON.stringify(text)} is not a Python value of type ${typeText(type)}` };
  }
  return text; // bare text for a str parameter: taken literally
}

export function floatLiteral(value: number): string {
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/** The Python expression for `value`, laid out by the printer. */
export function valueNode(value: PyValue, type: ParamType): Py {
  if (value === null) return atom('None');
  if (typeof value === 'boolean') return atom(value ? 'True' : 'False');
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number') return atom(type.scalar === 'float' ? floatLiteral(value) : String(value));
  // Elements are written by the scalar alone: the container and optionality do not change them.
  if (Array.isArray(value)) return bracket('[', value.map((item) => valueNode(item, type)), ']');
  return bracket('{', value.entries.map(([key, item]) => concat(str(key), atom(': '), valueNode(item, type))), '}');
}

/** Lists and dicts are mutable: ruff's B006 flags them as defaults. */
export function isMutableDefault(value: PyValue): boolean {
  return Array.isArray(value) || (typeof value === 'object' && value !== null);
}

/** A value of `type` to call a handler with in a generated test. */
export function sampleValue(type: ParamType): PyValue {
  const scalar: Record<Scalar, PyValue> = { str: 'example', int: 1, float: 1.5, bool: true };
  if (type.container === 'list') return [scalar[type.scalar]];
  if (type.container === 'dict') return { entries: [['key', scalar[type.scalar]]] };
  return scalar[type.scalar];
}
