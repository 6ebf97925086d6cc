// What a migration could not do with certainty, and what it changed that behaves differently: written
// to MIGRATION.md in the project (file, line, what to do) and summarised on screen.

export interface MigrationNote {
  /** Relative to the project root, POSIX separators. */
  file: string;
  line?: number;
  /** What was found. */
  found: string;
  /** What the user should do about it. */
  todo: string;
  /** The original code, quoted in MIGRATION.md. */
  code?: string;
}

export interface MigrationReport {
  /** One line: what the project was and what it is now. */
  title: string;
  /** Certain changes whose behaviour differs from before: for the record, nothing to do. */
  changed: string[];
  /** Uncertain spots: left for the user. */
  notes: MigrationNote[];
}

function where(note: MigrationNote): string {
  return note.line === undefined ? note.file : `${note.file}:${note.line}`;
}

function fence(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}python\n${code.replace(/\r\n/g, '\n').trimEnd()}\n${ticks}`;
}

/** Notes in file order, then line order (notes without a line first). */
function ordered(notes: readonly MigrationNote[]): MigrationNote[] {
  return [...notes].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}

export function renderMigrationMarkdown(report: MigrationReport): string {
  const lines = ['# Migration to mcp 2', '', report.title, ''];
  lines.push('## To do', '');
  if (report.notes.length === 0) lines.push('Nothing: every change was made with certainty.', '');
  ordered(report.notes).forEach((note, index) => {
    lines.push(`${index + 1}. \`${where(note)}\`: ${note.found}`, '', `   ${note.todo}`, '');
    if (note.code !== undefined)
      lines.push(
        ...fence(note.code)
          .split('\n')
          .map((line) => (line === '' ? '' : `   ${line}`)),
        '',
      );
  });
  if (report.changed.length > 0) {
    lines.push('## Behaves differently now', '');
    for (const change of report.changed) lines.push(`- ${change}`);
    lines.push('');
  }
  lines.push('Delete this file once every item is done. The mcp 2 migration guide: https://py.sdk.modelcontextprotocol.io/v2/migration/');
  return `${lines.join('\n')}\n`;
}

/** The on-screen summary: one line per note. */
export function summaryLines(report: MigrationReport): string[] {
  return ordered(report.notes).map((note) => `${where(note)}: ${note.found}`);
}
