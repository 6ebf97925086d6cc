// Yeoman's own conflict prompt ("Overwrite …? (ynaxdH)", with its diff view), asked before anything
// enters mem-fs, for the two generators that must not write part of a change:
// - client-config writes the config file itself (atomically, after a backup);
// - tool/resource/prompt edit several files (server module, README, test, .yo-rc.json) that only make
//   sense together: left to the environment, a "no" to one file (or a prompt that cannot be answered,
//   in a script) would still write the others.
//
// client-config: why not `this.fs.write()` and let the environment commit it: mem-fs commits with a plain
// `fs.writeFile`, which truncates the file and then writes it. A crash in between leaves the user's
// client config empty or half written, and there is no hook between the conflict decision and that
// write where a backup could be taken. So the config never enters mem-fs: the generator asks this same
// Conflicter class the environment uses (same adapter, same prompt, same --force and dry-run rules),
// and on "yes" makes the backup and the atomic write itself.
import type { InputOutputAdapter } from '@yeoman/adapter/types';
import { Conflicter, type ConflicterFile } from '@yeoman/conflicter';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { silenceConflicterLog } from './yeoman-internals.js';

type ColoredPart = { message: string; color?: string };

/**
 * The host's adapter, with the `log.colored` that the Conflicter's "d" (show the differences) answer
 * prints through. Yeoman UI's logger has none, so there that answer ended the run; with this the diff
 * reaches its output pane as plain text (each line already starts with + or -).
 */
export function withPlainDiff(adapter: InputOutputAdapter): InputOutputAdapter {
  const host = adapter.log as unknown as ((text: string) => unknown) & Record<string, unknown>;
  if (typeof host['colored'] === 'function') return adapter;
  const colored = (parts: readonly ColoredPart[]) => host(parts.map(part => part.message).join(''));
  const log = Object.assign((...args: unknown[]) => (host as (...a: unknown[]) => unknown)(...args), host, { colored });
  return { log, prompt: adapter.prompt.bind(adapter), separator: adapter.separator } as unknown as InputOutputAdapter;
}

export interface ConflictOptions {
  force: boolean;
  dryRun: boolean;
}

export interface PlannedWrite {
  path: string;
  content: string;
}

/**
 * True when the user agrees to every changed file, asked in turn with one Conflicter (so "a", all,
 * covers the rest). New and identical files need no answer. Stops at the first "no".
 */
export async function confirmAll(adapter: InputOutputAdapter, cwd: string, writes: readonly PlannedWrite[]): Promise<boolean> {
  const conflicter = new Conflicter(withPlainDiff(adapter), { force: false, dryRun: false, cwd });
  silenceConflicterLog(conflicter);
  for (const write of writes) {
    if (existsSync(write.path) && readFileSync(write.path, 'utf8') === write.content) continue;
    const candidate = { path: write.path, contents: Buffer.from(write.content, 'utf8') } as unknown as ConflicterFile;
    const checked = await conflicter.checkForCollision(candidate);
    if (checked.conflicter !== 'force' && checked.conflicter !== 'create') return false;
  }
  return true;
}

/** True when the user (or --force) agrees to replace `file`'s content with `content`. */
export async function confirmOverwrite(
  adapter: InputOutputAdapter,
  file: string,
  content: string,
  options: ConflictOptions,
): Promise<boolean> {
  const conflicter = new Conflicter(withPlainDiff(adapter), { force: options.force, dryRun: options.dryRun, cwd: dirname(file) });
  const candidate = { path: file, contents: Buffer.from(content, 'utf8') } as unknown as ConflicterFile;
  const checked = await conflicter.checkForCollision(candidate);
  return checked.conflicter === 'force' || checked.conflicter === 'create';
}
