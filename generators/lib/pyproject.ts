// pyproject.toml as data, through a real TOML parser: any valid file reads, a broken one is named.
import { parse, TomlError, type TomlTable } from 'smol-toml';

/** The parsed file, or one line saying where it is broken and how to go on. */
export function parsePyproject(text: string): TomlTable | string {
  try {
    return parse(text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    // smol-toml's message is "Invalid TOML document: <reason>" followed by a code excerpt.
    const reason = (error.message.split('\n')[0] ?? '').replace(/^Invalid TOML document:\s*/, '');
    return (
      `pyproject.toml is not valid TOML: ${reason} (line ${error.line}, column ${error.column}). ` +
      'Fix it (uv and ruff cannot read it either), then run the command again.'
    );
  }
}

/** The table at a dotted path (`tableAt(doc, 'tool', 'ruff')`), or undefined when it is absent or not a table. */
export function tableAt(doc: TomlTable, ...keys: string[]): TomlTable | undefined {
  let table: TomlTable = doc;
  for (const key of keys) {
    const value = table[key];
    if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return undefined;
    table = value as TomlTable;
  }
  return table;
}
