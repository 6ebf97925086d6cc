// The run's one commit: every generator of a run (the app, the handler sub-generators it or another
// generator composes, in any number) only edits mem-fs; at the end this writes all of it at once.
// - One question for the whole run: the user agrees to every changed file (each diff on offer, "a"
//   covers the rest) or nothing at all is written. --force writes without asking, --dry-run shows the
//   diffs and writes nothing, and a script without either is refused before anything is written.
// - Whole or nothing on disk too (lib/transaction.ts): each file is written to a temporary and renamed
//   into place; if one fails, the ones already replaced get their old content back, and a run killed
//   midway is undone by the next run, from the journal in the project's lock folder.
// Yeoman lets one generator of a run replace the environment's commit (the `customCommitTask` feature);
// every generator here offers this one, and the environment takes the first.
import type { InputOutputAdapter } from '@yeoman/adapter/types';
import { Conflicter, type ConflicterFile } from '@yeoman/conflicter';
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { canReachUser } from './asker.js';
import { confirmAll } from './conflicts.js';
import { NOTHING_WRITTEN, refuse } from './errors.js';
import { checkWritable, writeTogether } from './transaction.js';
import { forTheUser } from './fs-errors.js';
import { acquireLockSync, heldLockCovering, projectLockOf, releaseHeldLocks } from './lock.js';
import type Generator from 'yeoman-generator';
import type { BaseOptions } from 'yeoman-generator';
import { type PendingFile, pendingFiles, runHasFeature, setCommitted } from './yeoman-internals.js';

interface CommitOptions {
  adapter: InputOutputAdapter;
  /** The run's mem-fs store. */
  store: unknown;
  /** Where paths are shown from. */
  cwd: string;
  force: boolean;
  dryRun: boolean;
  /** Whether someone can answer a question (false in a script under the terminal adapter). */
  canAsk: boolean;
  /** The project the run creates, when it has no lock yet (the app): locked and journaled at the write. */
  root?: string;
}

interface Change {
  file: PendingFile;
  path: string;
  /** undefined: the file is deleted. */
  content: string | undefined;
  /** What was on disk before, to restore it if a later write fails; undefined: nothing was there. */
  before: string | undefined;
}

function changesOf(files: readonly PendingFile[]): Change[] {
  return files
    .map((file) => ({
      file,
      path: file.path,
      content: file.contents === null || file.contents === undefined ? undefined : file.contents.toString('utf8'),
      before: existsSync(file.path) ? readFileSync(file.path, 'utf8') : undefined,
    }))
    .filter((change) => change.content !== change.before);
}

/**
 * Writes every change or none, journaled in the project's lock folder: a run killed between two
 * renames is undone by the next run that takes the lock (lib/lock.ts). A new project has no lock yet:
 * it is taken here, in the folder being created, so that a killed scaffold is undone the same way.
 */
function writeAll(changes: readonly Change[], root: string | undefined): void {
  if (changes.length === 0) return;
  const paths = changes.map((change) => change.path);
  if (root !== undefined && heldLockCovering(paths) === undefined) acquireLockSync(projectLockOf(root), { what: `the project ${root}` });
  writeTogether(
    changes.map((change) => ({ path: change.path, content: change.content })),
    { journal: heldLockCovering(paths) },
  );
}

function logStatus(adapter: InputOutputAdapter, status: 'create' | 'force' | 'identical', path: string): void {
  const log = adapter.log as unknown as Record<string, ((text: string) => void) | undefined> & ((text: string) => void);
  const line = log[status];
  if (typeof line === 'function') line.call(adapter.log, path);
  else log(`${status} ${path}`);
}

/** The runs (by their mem-fs store) whose user declined the change: later steps write nothing either. */
const declined = new WeakSet<object>();

export function runWasDeclined(store: unknown): boolean {
  return declined.has(store as object);
}

/** Commits the run's pending mem-fs files as the header says. */
async function commitRun(options: CommitOptions): Promise<void> {
  const pending = pendingFiles(options.store);
  const changes = changesOf(pending);
  const shown = (path: string): string => relative(options.cwd, path) || basename(path);
  if (options.dryRun) {
    const conflicter = new Conflicter(options.adapter, { dryRun: true, cwd: options.cwd });
    for (const change of changes) {
      await conflicter.checkForCollision({ path: change.path, contents: Buffer.from(change.content ?? '') } as unknown as ConflicterFile);
    }
    for (const file of pending) setCommitted(file);
    if (pending.length > 0) options.adapter.log(`Dry run: ${NOTHING_WRITTEN.toLowerCase()}`);
    return;
  }
  // .yo-rc.json records what the other files hold: it goes with them, never asked about on its own.
  const asked = changes.filter(
    (change) => change.before !== undefined && change.content !== undefined && basename(change.path) !== '.yo-rc.json',
  );
  if (asked.length > 0 && !options.force) {
    if (!options.canAsk) {
      refuse(
        'Changing existing files asks first, and there is no terminal to answer on. ' +
          'In a script, pass --force to write the change, or --dry-run to see its diff.',
      );
    }
    const writes = asked.map((change) => ({ path: change.path, content: change.content as string }));
    if (!(await confirmAll(options.adapter, options.cwd, writes))) {
      declined.add(options.store as object);
      for (const file of pending) setCommitted(file);
      options.adapter.log(`${NOTHING_WRITTEN} The change goes in whole or not at all.`);
      return;
    }
  }
  // Read-only files, folders in the way, dangling links, unwritable folders: refused before the first write.
  for (const change of changes) if (change.content !== undefined) checkWritable(change.path);
  writeAll(changes, options.root);
  for (const file of pending) setCommitted(file);
  for (const change of changes) logStatus(options.adapter, change.before === undefined ? 'create' : 'force', shown(change.path));
}

export interface RunCommitSettings {
  force: boolean;
  dryRun: boolean;
  /** Where paths are shown from. */
  cwd: string;
  /** The project the run creates (the app), locked only once its folder is written. */
  root?: string;
}

/**
 * Offers this run's one commit as `generator`'s `customCommitTask` (call it in the constructor), unless
 * a generator earlier in the run already offers one: the environment runs exactly one.
 */
export function offerRunCommit(generator: Generator<Record<string, unknown>, BaseOptions>, settings: () => RunCommitSettings): void {
  if (runHasFeature(generator.env, 'customCommitTask')) return;
  const { env } = generator;
  generator.setFeatures({
    customCommitTask: async () => {
      try {
        await commitRun({ adapter: env.adapter, store: env.sharedFs, ...settings(), canAsk: canReachUser(env.adapter) });
        // The project lock each generator of the run took when it entered the project (lib/lock.ts).
        releaseHeldLocks('projects');
      } catch (error) {
        releaseHeldLocks('all');
        // Outside any task: yo would pass a string `code` to process.exit() and crash (lib/fs-errors.ts).
        throw forTheUser(error);
      }
    },
  });
}
