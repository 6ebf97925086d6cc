// What a migration could not do with certainty, and what it changed that behaves differently: written
// to MIGRATION.md in the project (file, line, what to do) and summarised on screen.
import type { InstallOutcome } from '../uv.js';

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

export interface MigrationClosing {
  /** What follows the report's title: what is left to check by hand, then the next step. */
  lines: string[];
  /** Set when the run must end non-zero: what failed and the one command that finishes the job. */
  failure?: string;
}

/** The end of a migration's output; `outcome` is the install's, undefined with --skip-install. */
export function migrationClosing(report: MigrationReport, outcome: InstallOutcome | undefined): MigrationClosing {
  const notes = ordered(report.notes).map((note) => `  ${where(note)}: ${note.found}`);
  const count = `${notes.length} thing${notes.length === 1 ? '' : 's'} to check by hand, listed with what to do in MIGRATION.md:`;
  const lines = notes.length > 0 ? [count, ...notes] : [];
  if (outcome?.kind === 'installed') {
    lines.push('Next: uv run pytest, then grow it with yo mcp-python:tool, :resource and :prompt.');
    return { lines };
  }
  lines.push('Next: uv sync (it also brings uv.lock up to date), then uv run pytest.');
  if (outcome?.kind !== 'failed') return { lines };
  const failure = `\`${outcome.command}\` failed (${outcome.why}): the project is migrated but not installed. ` +
    `Fix the problem uv printed above, then run \`${outcome.command}\` in it.`;
  return { lines, failure };
}
