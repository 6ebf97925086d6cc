// Reading and editing pyproject.toml as text, so that every line the user wrote stays as it was:
// only the mcp requirement, a console script's target and whole missing tables change.
import { tomlString } from '../literals.js';
import { parsePyproject, tableAt } from '../pyproject.js';
import { detectNewline } from '../python/layout.js';

export interface PyprojectInfo {
  name?: string;
  version?: string;
  description?: string;
  requiresPython?: string;
  license?: string;
  authorName?: string;
  authorEmail?: string;
  /** `[project.scripts]`, in order. */
  scripts: Array<{ name: string; target: string }>;
}

interface Table {
  name: string;
  /** Offset of the header line. */
  from: number;
  /** Offset of the next header line (or the end). */
  to: number;
}

function tables(text: string): Table[] {
  const found: Table[] = [];
  for (const match of text.matchAll(/^[ \t]*\[\[?\s*([^\]\n]+?)\s*\]\]?[ \t]*(?:#.*)?$/gm)) {
    const previous = found.at(-1);
    if (previous) previous.to = match.index;
    found.push({ name: (match[1] as string).replace(/\s+/g, ''), from: match.index, to: text.length });
  }
  return found;
}

function tableText(text: string, name: string): { body: string; table?: Table } {
  const table = tables(text).find((candidate) => candidate.name === name);
  return table ? { body: text.slice(table.from, table.to), table } : { body: '' };
}

/** A TOML string value (basic or literal, single line), or undefined. */
function stringValue(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed.startsWith("'")) return /^'([^']*)'/.exec(trimmed)?.[1];
  const basic = /^"((?:[^"\\]|\\.)*)"/.exec(trimmed)?.[0];
  if (basic === undefined) return undefined;
  try {
    return JSON.parse(basic) as string;
  } catch {
    return undefined;
  }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** What pyproject.toml says about the project, or the one line saying where the file is broken. */
export function readPyproject(source: string): PyprojectInfo | string {
  const doc = parsePyproject(source);
  if (typeof doc === 'string') return doc;
  const project = tableAt(doc, 'project') ?? {};
  const authors = Array.isArray(project['authors']) ? (project['authors'] as unknown[]) : [];
  const author = (authors[0] ?? {}) as Record<string, unknown>;
  const scripts = Object.entries(tableAt(doc, 'project', 'scripts') ?? {})
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([name, target]) => ({ name, target }));
  return {
    name: text(project['name']),
    version: text(project['version']),
    description: text(project['description']),
    requiresPython: text(project['requires-python']),
    license: text(project['license']),
    authorName: text(author['name']),
    authorEmail: text(author['email']),
    scripts,
  };
}

/** The lowest Python allowed by `requires-python` (">=3.11" -> "3.11"), if it says so plainly. */
export function lowestPython(requiresPython: string | undefined): string | undefined {
  return /^\s*>=\s*(3\.\d+)/.exec(requiresPython ?? '')?.[1];
}

interface ArrayItem {
  from: number;
  to: number;
  value: string;
}

/** The string items of the TOML array opening at `open` (a `[`), and where it closes. */
function arrayItems(text: string, open: number): { items: ArrayItem[]; close: number } | undefined {
  const items: ArrayItem[] = [];
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const char = text[index];
    if (char === '#') index = text.indexOf('\n', index) === -1 ? text.length : text.indexOf('\n', index);
    else if (char === '"' || char === "'") {
      const pattern = char === '"' ? /"(?:[^"\\\n]|\\.)*"/y : /'[^'\n]*'/y;
      pattern.lastIndex = index;
      const literal = pattern.exec(text)?.[0];
      if (literal === undefined) return undefined;
      const value = stringValue(literal);
      if (depth === 1 && value !== undefined) items.push({ from: index, to: index + literal.length, value });
      index += literal.length - 1;
    } else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return { items, close: index };
  }
  return undefined;
}

const MCP_REQUIREMENT = /^\s*mcp\s*(\[[^\]]*\])?\s*(?:[<>=!~(]|;|$)/i;

/**
 * `text` with the project's mcp requirement replaced by `mcp<specifier>` (extras and environment
 * markers kept), or added when there is none. Undefined when [project] has no readable dependencies.
 */
export function pinMcp(text: string, specifier: string): string | undefined {
  const { body, table } = tableText(text, 'project');
  if (!table) return undefined;
  const key = /^[ \t]*dependencies[ \t]*=[ \t]*\[/m.exec(body);
  if (!key) {
    const end = table.from + body.trimEnd().length;
    const newline = detectNewline(text);
    return `${text.slice(0, end)}${newline}dependencies = [${tomlString(`mcp${specifier}`)}]${text.slice(end)}`;
  }
  const open = table.from + key.index + key[0].length - 1;
  const array = arrayItems(text, open);
  if (!array) return undefined;
  const current = array.items.find((item) => MCP_REQUIREMENT.test(item.value));
  if (current) {
    const match = MCP_REQUIREMENT.exec(current.value) as RegExpExecArray;
    const marker = /;.*$/.exec(current.value)?.[0] ?? '';
    const pinned = tomlString(`mcp${match[1] ?? ''}${specifier}${marker}`);
    return text.slice(0, current.from) + pinned + text.slice(current.to);
  }
  const empty = text.slice(open + 1, array.close).trim() === '';
  const added = tomlString(`mcp${specifier}`) + (empty ? '' : ', ');
  return text.slice(0, open + 1) + added + text.slice(open + 1);
}

/** `text` with the console script `name` pointing at `target`. */
export function setScriptTarget(text: string, name: string, target: string): string {
  const { table, body } = tableText(text, 'project.scripts');
  if (!table) return text;
  const line = new RegExp(`^([ \\t]*"?${name.replace(/[-.]/g, '\\$&')}"?[ \\t]*=[ \\t]*)(.*)$`, 'm').exec(body);
  if (!line) return text;
  const from = table.from + line.index + (line[1] as string).length;
  // A one-line triple-quoted string first: `"` alone would match only its opening `""`.
  const valueLength = /^(?:"""(?:[^"\\]|\\.|"(?!""))*"""|'''(?:[^']|'(?!''))*'''|"(?:[^"\\]|\\.)*"|'[^']*')/.exec(line[2] as string)?.[0].length ?? 0;
  return text.slice(0, from) + tomlString(target) + text.slice(from + valueLength);
}

export function hasTable(text: string, name: string): boolean {
  return tables(text).some((table) => table.name === name);
}

/** `text` with each of `names` that it lacks copied, whole, from `template`, at the end. */
export function addMissingTables(text: string, template: string, names: readonly string[]): { text: string; added: string[] } {
  const newline = detectNewline(text);
  const added: string[] = [];
  let result = text.replace(/\s*$/, '');
  for (const name of names) {
    if (hasTable(text, name)) continue;
    const block = tableText(template, name).body.trim();
    if (block === '') continue;
    result += `${newline}${newline}${block.replace(/\r?\n/g, newline)}`;
    added.push(name);
  }
  return { text: `${result}${newline}`, added };
}
