// Writing several files as one change: every file is checked writable first, each new content goes to
// a temporary file beside its target, and only then are they renamed into place. If a rename fails,
// the files already replaced get their old bytes back, so the change is whole or absent. With a
// journal folder (the project lock's), the old bytes are also kept on disk until the last rename, so
// that a run killed midway is undone by the next run (recoverInterrupted).
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { refuse } from './errors.js';
import { describeFsError, isFsError } from './fs-errors.js';

export interface PlannedFile {
  path: string;
  /** undefined: the file is deleted (its old bytes are kept until the change is whole). */
  content: string | undefined;
}

/** The file-system calls used here; tests swap one out to simulate a failure or a crash midway. */
export type TransactionFs = Pick<
  typeof nodeFs,
  | 'accessSync' | 'closeSync' | 'copyFileSync' | 'existsSync' | 'fsyncSync' | 'lstatSync' | 'mkdirSync' | 'openSync'
  | 'readFileSync' | 'realpathSync' | 'renameSync' | 'rmdirSync' | 'statSync' | 'unlinkSync' | 'writeFileSync' | 'writeSync'
>;

interface Staged {
  /** The file actually written: a symbolic link's target, so the link survives. */
  target: string;
  content: string | undefined;
  /** Its bytes before the change; undefined for a new file. */
  original: Buffer | undefined;
  mode: number | undefined;
  temporary?: string;
}

const JOURNAL = 'journal.json';

interface Journal {
  files: Array<{ target: string; backup?: string; temporary?: string }>;
  createdFolders: string[];
}

function temporaryName(target: string): string {
  return join(dirname(target), `.${basename(target)}.mcp-python-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** The nearest folder on the way up from `folder` that exists. */
function existingAncestor(folder: string, fs: TransactionFs): string {
  let current = folder;
  while (!fs.existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}

/** Where `path` really is (through a symbolic link), or a refusal naming the problem and the fix. */
function resolveTarget(path: string, fs: TransactionFs): string {
  let link: nodeFs.Stats | undefined;
  try {
    link = fs.lstatSync(path);
  } catch {
    return path;
  }
  if (!link.isSymbolicLink()) return path;
  if (!fs.existsSync(path)) {
    refuse(`${path} is a symbolic link to a file that does not exist. Create the file it points to, or remove the link, then run again.`);
  }
  return fs.realpathSync(path);
}

/**
 * Refuses, naming the file and the fix, when `path` could not be replaced: a read-only file, a folder,
 * a dangling symbolic link, a folder that cannot be written. Returns where the bytes really go.
 */
export function checkWritable(path: string, fs: TransactionFs = nodeFs): string {
  return check({ path, content: '' }, fs).target;
}

/** Reads what is there and checks, before anything is written, that every file can be replaced. */
function check(file: PlannedFile, fs: TransactionFs): Staged {
  const target = resolveTarget(file.path, fs);
  try {
    if (fs.existsSync(target)) {
      const stat = fs.statSync(target);
      if (stat.isDirectory()) refuse(`${target} is a folder, where a file was expected. Move the folder away, then run again.`);
      if ((stat.mode & 0o222) === 0) {
        refuse(`${target} is read-only. Make it writable (\`chmod u+w "${target}"\`) if it may be changed, then run again.`);
      }
      fs.accessSync(target, nodeFs.constants.W_OK);
      fs.accessSync(dirname(target), nodeFs.constants.W_OK | nodeFs.constants.X_OK);
      return { target, content: file.content, original: fs.readFileSync(target), mode: stat.mode & 0o7777 };
    }
    if (file.content === undefined) return { target, content: undefined, original: undefined, mode: undefined };
    const folder = existingAncestor(dirname(target), fs);
    if (!fs.statSync(folder).isDirectory()) refuse(`${folder} is a file, where a folder was expected. Move it away, then run again.`);
    fs.accessSync(folder, nodeFs.constants.W_OK | nodeFs.constants.X_OK);
    return { target, content: file.content, original: undefined, mode: undefined };
  } catch (error) {
    if (isFsError(error)) refuse(describeFsError(error));
    throw error;
  }
}

function createFolders(folder: string, fs: TransactionFs, created: string[]): void {
  if (fs.existsSync(folder)) return;
  createFolders(dirname(folder), fs, created);
  fs.mkdirSync(folder);
  created.push(folder);
}

function writeDurably(path: string, content: string | Buffer, mode: number | undefined, fs: TransactionFs): void {
  const descriptor = fs.openSync(path, 'wx', mode ?? 0o666);
  try {
    fs.writeSync(descriptor, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
}

function removeQuietly(path: string | undefined, fs: TransactionFs): void {
  try {
    if (path !== undefined && fs.existsSync(path)) fs.unlinkSync(path);
  } catch {
    // Best effort: a leftover temporary file is harmless, and the original error matters more.
  }
}

function removeFolders(folders: readonly string[], fs: TransactionFs): void {
  for (const folder of [...folders].reverse()) {
    try {
      fs.rmdirSync(folder);
    } catch {
      // Not empty (someone else wrote there meanwhile) or already gone: leave it.
    }
  }
}

/** Puts back the old bytes of each replaced file, removes each new one. */
function restore(replaced: readonly Staged[], fs: TransactionFs): void {
  for (const file of [...replaced].reverse()) {
    if (file.original === undefined) {
      removeQuietly(file.target, fs);
      continue;
    }
    const temporary = temporaryName(file.target);
    writeDurably(temporary, file.original, file.mode, fs);
    fs.renameSync(temporary, file.target);
  }
}

function writeJournal(folder: string, staged: readonly Staged[], createdFolders: string[], fs: TransactionFs): void {
  const journal: Journal = { files: [], createdFolders };
  staged.forEach((file, index) => {
    const entry: Journal['files'][number] = { target: file.target, temporary: file.temporary };
    if (file.original !== undefined) {
      entry.backup = join(folder, `backup-${index}`);
      writeDurably(entry.backup, file.original, file.mode, fs);
    }
    journal.files.push(entry);
  });
  const temporary = join(folder, `${JOURNAL}.tmp`);
  writeDurably(temporary, JSON.stringify(journal), undefined, fs);
  fs.renameSync(temporary, join(folder, JOURNAL));
}

function clearJournal(folder: string, count: number, fs: TransactionFs): void {
  removeQuietly(join(folder, JOURNAL), fs);
  for (let index = 0; index < count; index++) removeQuietly(join(folder, `backup-${index}`), fs);
}

/**
 * For the fault test only (test/e2e/reliability.e2e.test.ts): with MCP_PYTHON_TEST_PAUSE_MID_COMMIT
 * naming a file, a journaled change stops after its first replaced file, writes its process id into that
 * file, and waits there (up to a minute) for the test to SIGKILL the process. No user sets it; unset, this does nothing.
 */
function pauseForFaultTest(): void {
  const marker = process.env['MCP_PYTHON_TEST_PAUSE_MID_COMMIT'];
  if (marker === undefined || marker === '' || nodeFs.existsSync(marker)) return;
  nodeFs.writeFileSync(marker, String(process.pid));
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

/**
 * Writes every file or none (a file planned with no content is deleted). Refuses (before touching anything) a file or folder that cannot be
 * written; undoes the renames already done if a later one fails, then throws.
 */
export function writeTogether(files: readonly PlannedFile[], options: { journal?: string; fs?: TransactionFs } = {}): void {
  const fs = options.fs ?? nodeFs;
  const staged = files.map((file) => check(file, fs));
  const createdFolders: string[] = [];
  try {
    for (const file of staged) {
      if (file.content === undefined) continue;
      createFolders(dirname(file.target), fs, createdFolders);
      file.temporary = temporaryName(file.target);
      writeDurably(file.temporary, file.content, file.mode, fs);
    }
    if (options.journal !== undefined) writeJournal(options.journal, staged, createdFolders, fs);
  } catch (error) {
    for (const file of staged) removeQuietly(file.temporary, fs);
    removeFolders(createdFolders, fs);
    if (options.journal !== undefined) clearJournal(options.journal, staged.length, fs);
    throw error;
  }
  const replaced: Staged[] = [];
  try {
    for (const file of staged) {
      if (file.temporary === undefined) {
        if (file.original !== undefined) fs.unlinkSync(file.target);
      } else {
        fs.renameSync(file.temporary, file.target);
      }
      replaced.push(file);
      if (options.journal !== undefined) pauseForFaultTest();
    }
  } catch (error) {
    for (const file of staged) removeQuietly(file.temporary, fs);
    restore(replaced, fs);
    removeFolders(createdFolders, fs);
    if (options.journal !== undefined) clearJournal(options.journal, staged.length, fs);
    const reason = isFsError(error) ? describeFsError(error) : String(error);
    refuse(`${reason}\nEvery file already replaced got its old content back.`);
  }
  if (options.journal !== undefined) clearJournal(options.journal, staged.length, fs);
}

/**
 * Undoes a change that a killed run left half done (its journal still in `folder`): old bytes back,
 * new files and temporaries removed. Returns the files restored.
 */
export function recoverInterrupted(folder: string, fs: TransactionFs = nodeFs): string[] {
  const path = join(folder, JOURNAL);
  if (!fs.existsSync(path)) return [];
  const journal = JSON.parse(fs.readFileSync(path, 'utf8')) as Journal;
  for (const entry of journal.files) {
    removeQuietly(entry.temporary, fs);
    if (entry.backup === undefined) {
      removeQuietly(entry.target, fs);
      continue;
    }
    const temporary = temporaryName(entry.target);
    fs.copyFileSync(entry.backup, temporary);
    fs.renameSync(temporary, entry.target);
  }
  removeFolders(journal.createdFolders, fs);
  clearJournal(folder, journal.files.length, fs);
  return journal.files.map((entry) => entry.target);
}
