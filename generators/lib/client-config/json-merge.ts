// Reading a client's config file and putting one entry into it without disturbing anything else:
// jsonc-parser edits the text in place, so other servers, unknown keys, their order, the indentation and
// (in VS Code's JSONC) the comments all stay exactly as they were.
import {
  applyEdits,
  findNodeAtLocation,
  getNodeValue,
  type Node,
  parseTree,
  type ParseError,
  printParseErrorCode,
} from 'jsonc-parser';
import { positionAt } from '../text.js';
import type { ClientDefinition } from './clients.js';
import { appendProperty, replaceValue, styleOf } from './json-edit.js';

export interface ConfigProblem {
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export type MergeResult =
  | { status: 'invalid'; problem: ConfigProblem }
  /** The file already holds exactly this entry. */
  | { status: 'unchanged' }
  /** A new file, or an entry of a new name: nothing of the user's is replaced. */
  | { status: 'add'; content: string }
  /** An entry of the same name holds something else: the user must agree (or pass --force). */
  | { status: 'replace'; content: string; previous: unknown };

const BOM = '\uFEFF';


/** `an array`, `a string`: a JSON value's type in a sentence. */
function aType(type: string): string {
  return type === 'array' ? 'an array' : `a ${type}`;
}

function problemAt(text: string, offset: number, message: string): ConfigProblem {
  return { message, ...positionAt(text, offset) };
}

const STRICT = 'reads this file as strict JSON (no comments, no trailing commas)';

function describeParseError(body: string, error: ParseError, client: ClientDefinition): string {
  const code = printParseErrorCode(error.error);
  if (!client.allowsComments) {
    if (code === 'InvalidCommentToken') return `a comment: ${client.label} ${STRICT}`;
    // jsonc-parser reports a trailing comma as a missing property or value at the closing bracket.
    const trailingComma = /,\s*$/.test(body.slice(0, error.offset)) && /^[}\]]/.test(body.slice(error.offset));
    if (trailingComma) return `a trailing comma: ${client.label} ${STRICT}`;
  }
  return code;
}

/** The parsed tree, or the first reason the client would reject the file. */
function inspect(body: string, client: ClientDefinition): { tree?: Node; problem?: ConfigProblem } {
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, {
    disallowComments: !client.allowsComments,
    allowTrailingComma: client.allowsComments,
    allowEmptyContent: true,
  });
  const first = errors[0];
  if (first !== undefined) return { problem: problemAt(body, first.offset, describeParseError(body, first, client)) };
  if (tree === undefined) return {};
  if (tree.type !== 'object') {
    return { problem: problemAt(body, tree.offset, `the file must hold a JSON object, not ${aType(tree.type)}`) };
  }
  const topRepeated = repeatedKeyProblem(body, tree, 'at the top of the file');
  if (topRepeated !== undefined) return { problem: topRepeated };
  const servers = findNodeAtLocation(tree, [client.serversKey]);
  if (servers !== undefined && servers.type !== 'object') {
    return { problem: problemAt(body, servers.offset, `"${client.serversKey}" must be an object of servers, not ${aType(servers.type)}`) };
  }
  const repeated = servers === undefined ? undefined : repeatedKeyProblem(body, servers, `in "${client.serversKey}"`);
  return repeated === undefined ? { tree } : { problem: repeated };
}

/** The first key that `object` holds twice (clients keep the last copy; an edit would change the first). */
function repeatedKey(object: Node): Node | undefined {
  const seen = new Set<unknown>();
  // Stryker disable next-line ArrayDeclaration: equivalent, jsonc-parser gives every object node its children
  for (const property of object.children ?? []) {
    // Stryker disable next-line OptionalChaining: equivalent, a property node always holds its key
    const key = property.children?.[0];
    if (key === undefined) continue;
    if (seen.has(key.value)) return key;
    seen.add(key.value);
  }
  return undefined;
}

function repeatedKeyProblem(body: string, object: Node, where: string): ConfigProblem | undefined {
  const key = repeatedKey(object);
  if (key === undefined) return undefined;
  return problemAt(body, key.offset, `"${String(key.value)}" appears twice ${where}; remove one of the two`);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A brand-new file: the servers key and our one entry, two-space indented, with a final newline. */
export function newConfigText(client: ClientDefinition, name: string, entry: Record<string, unknown>): string {
  return `${JSON.stringify({ [client.serversKey]: { [name]: entry } }, null, 2)}\n`;
}

/**
 * Puts `entry` under `name` in the client's servers object. `text` is the file's current content, or
 * undefined when there is no file yet.
 */
export function mergeEntry(
  text: string | undefined,
  client: ClientDefinition,
  name: string,
  entry: Record<string, unknown>,
): MergeResult {
  if (text === undefined) return { status: 'add', content: newConfigText(client, name, entry) };
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const { tree, problem } = inspect(body, client);
  if (problem !== undefined) return { status: 'invalid', problem };
  // An empty (or whitespace-only) file holds nothing to lose: write it as if new.
  if (tree === undefined) return { status: 'add', content: bom + newConfigText(client, name, entry) };

  const style = styleOf(body);
  const servers = findNodeAtLocation(tree, [client.serversKey]);
  const existing = servers === undefined ? undefined : findNodeAtLocation(servers, [name]);
  if (existing !== undefined) {
    // jsonc-parser builds null-prototype objects; a JSON round trip gives plain ones.
    const previous = JSON.parse(JSON.stringify(getNodeValue(existing))) as unknown;
    if (sameJson(previous, entry)) return { status: 'unchanged' };
    return { status: 'replace', content: bom + applyEdits(body, [replaceValue(body, existing, entry, style)]), previous };
  }
  const edits =
    servers === undefined
      ? appendProperty(body, tree, client.serversKey, { [name]: entry }, style)
      : appendProperty(body, servers, name, entry, style);
  return { status: 'add', content: bom + applyEdits(body, edits) };
}
