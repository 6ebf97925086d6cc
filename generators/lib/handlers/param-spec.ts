// The command-line forms `--param NAME:TYPE[=DEFAULT][:DESCRIPTION]` and
// `--arg NAME[=DEFAULT][:DESCRIPTION]`. A default runs to the first `:` outside quotes and brackets,
// so `--param 'sep:str=":":The separator'` and `--param 'tags:list[str]=["a:b"]'` both work.
import { parseDefault, parseType, typeText, type ParamType } from './param-types.js';
import type { ParamSpec } from './specs.js';
import { validateParamName } from './validators.js';

const OPENERS: Readonly<Record<string, string>> = { '[': ']', '{': '}', '(': ')' };

/** Index of the first `:` at bracket depth 0 and outside quotes, from `start`; or the text's end. */
export function defaultEnd(text: string, start: number): number {
  const closers: string[] = [];
  let quote: string | undefined;
  for (let index = start; index < text.length; index++) {
    const char = text[index] as string;
    if (quote !== undefined) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (OPENERS[char] !== undefined) closers.push(OPENERS[char] as string);
    else if (char === closers[closers.length - 1]) closers.pop();
    else if (char === ':' && closers.length === 0) return index;
  }
  return text.length;
}

interface Tail {
  defaultText?: string;
  description?: string;
}

/** Reads `[=DEFAULT][:DESCRIPTION]` from `start`. */
function readTail(text: string, start: number): Tail {
  const tail: Tail = {};
  let index = start;
  if (text[index] === '=') {
    const end = defaultEnd(text, index + 1);
    tail.defaultText = text.slice(index + 1, end);
    index = end;
  }
  if (text[index] === ':') {
    const description = text.slice(index + 1);
    if (description !== '') tail.description = description;
  }
  return tail;
}

function buildParam(name: string, type: ParamType, tail: Tail, flag: string, spec: string): ParamSpec | string {
  const nameCheck = validateParamName(name);
  if (nameCheck !== true) return `${flag} "${spec}": ${nameCheck}`;
  const param: ParamSpec = { name, type };
  if (tail.defaultText !== undefined) {
    const value = parseDefault(tail.defaultText, type);
    if (typeof value === 'object' && value !== null && 'error' in value) {
      return (
        `${flag} "${spec}": the default ${value.error}. Give a Python value of type ${typeText(type)}, ` +
        `for example ${flag} 'count:int=3' or ${flag} 'tags:list[str]=["a", "b"]'.`
      );
    }
    param.default = { value };
  }
  if (tail.description !== undefined) param.description = tail.description;
  return param;
}

export function parseParamSpec(spec: string): ParamSpec | string {
  const colon = spec.indexOf(':');
  if (colon <= 0) return `--param "${spec}" needs a type: write NAME:TYPE[=DEFAULT][:DESCRIPTION], for example --param 'city:str'.`;
  const name = spec.slice(0, colon).trim();
  let typeEnd = colon + 1;
  while (typeEnd < spec.length && spec[typeEnd] !== '=' && spec[typeEnd] !== ':') typeEnd++;
  const type = parseType(spec.slice(colon + 1, typeEnd));
  if (typeof type === 'string') return `--param "${spec}": ${type}`;
  return buildParam(name, type, readTail(spec, typeEnd), '--param', spec);
}

const PROMPT_ARG_TYPE: ParamType = { scalar: 'str', container: 'none', optional: false };

/** Prompt arguments are always strings (MCP passes them as such). */
export function parsePromptArgSpec(spec: string): ParamSpec | string {
  let nameEnd = 0;
  while (nameEnd < spec.length && spec[nameEnd] !== '=' && spec[nameEnd] !== ':') nameEnd++;
  const name = spec.slice(0, nameEnd).trim();
  return buildParam(name, PROMPT_ARG_TYPE, readTail(spec, nameEnd), '--arg', spec);
}
