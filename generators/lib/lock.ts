// One run at a time per project (or per client config file): a lock folder beside what is changed,
// made with mkdir (atomic everywhere), naming the process that holds it. A second run waits briefly,
// then refuses. A lock whose process is gone is stale: the change it left half done (its journal)
// is undone, and the lock is taken over.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { refuse } from './errors.js';
import { recoverInterrupted } from './transaction.js';

export interface Lock {
  /** The lock folder, also the journal folder of the change made under it. */
  folder: string;
  release(): void;
}

const OWNER = 'owner.json';
/** The lock folder in a project's root while a run changes it. */
const PROJECT_LOCK = '.mcp-python.lock';

export function projectLockOf(root: string): string {
  return join(root, PROJECT_LOCK);
}

/** The lock folder beside a client's config file while a run registers a server in it. */
export function configLockOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.mcp-python.lock`);
}

/**
 * A project lock this process holds whose project holds every one of `paths`: the journal folder for
 * a change to them (lib/transaction.ts), so that a run killed midway is undone by the next one.
 */
export function heldLockCovering(paths: readonly string[]): string | undefined {
  if (paths.length === 0) return undefined;
  return [...held].find((folder) => {
    if (!folder.endsWith(PROJECT_LOCK) || !existsSync(folder)) return false;
    const root = dirname(folder);
    return paths.every((path) => {
      const inside = relative(root, path);
      return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
    });
  });
}
/** Locks held by this process: a lock naming this process but not in here was left by an earlier run. */
const held = new Set<string>();

function ownerPid(folder: string): number | undefined {
  try {
    const owner = JSON.parse(readFileSync(join(folder, OWNER), 'utf8')) as { pid?: unknown };
    return typeof owner.pid === 'number' ? owner.pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(folder: string): boolean {
  const pid = ownerPid(folder);
  // No owner file: the other run is between its mkdir and its write, or was killed right there.
  if (pid === undefined) {
    try {
      return Date.now() - statSync(folder).mtimeMs > 10_000;
    } catch {
      return false; // Gone meanwhile: the next attempt takes it.
    }
  }
  if (pid === process.pid) return !held.has(folder);
  return !isAlive(pid);
}

/**
 * Undoes what a killed run left in `folder`'s lock (its journal), when that run's process is gone:
 * a project it was creating is gone again. A live lock is left alone. True when `folder` holds a lock
 * still (a run is at work there).
 */
export function recoverAbandoned(root: string): boolean {
  const folder = projectLockOf(root);
  if (!existsSync(folder)) return false;
  if (!isStale(folder)) return true;
  recoverInterrupted(folder);
  rmSync(folder, { recursive: true, force: true });
  return false;
}

function tryTake(folder: string): boolean {
  // A client's config folder may not exist yet: the write would create it anyway.
  mkdirSync(dirname(folder), { recursive: true });
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  writeFileSync(join(folder, OWNER), JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
  held.add(folder);
  return true;
}

/**
 * Lets go of the locks this process holds: at the end of a run's commit only the project locks (a
 * client's config file stays locked until its own write, after the commit), after a failure all.
 */
export function releaseHeldLocks(which: 'all' | 'projects' = 'all'): void {
  // By the folder's own name: a config file's lock (`.mcp.json.mcp-python.lock`) ends the same way.
  for (const folder of [...held]) if (which === 'all' || basename(folder) === PROJECT_LOCK) releaseLock(folder);
}

function releaseAllAtExit(): void {
  releaseHeldLocks('all');
}

/** Lets go of one lock this process holds (nothing if it holds no such lock). */
export function releaseLock(folder: string): void {
  if (!held.delete(folder)) return;
  rmSync(folder, { recursive: true, force: true });
}

/**
 * acquireLock for code that cannot wait asynchronously (a generator entering its project): the same
 * rules, sleeping between attempts. A lock this process already holds (another generator of the same
 * run) is shared. True when this call took it.
 */
export function acquireLockSync(folder: string, options: LockOptions): boolean {
  // Held, and still there: shared. Held but gone (a test's folder removed under a run that never
  // reached its end): forgotten, and taken again.
  if (held.has(folder) && existsSync(folder)) return false;
  held.delete(folder);
  const deadline = Date.now() + (options.waitMs ?? 15_000);
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (let pause = 25; !tryOnce(folder, options, deadline); pause = Math.min(pause * 2, 250)) Atomics.wait(sleeper, 0, 0, pause);
  // Once per process, however many runs it makes (tests make hundreds).
  if (!process.listeners('exit').includes(releaseAllAtExit)) process.once('exit', releaseAllAtExit);
  return true;
}

/**
 * One try at `folder`: true once it is ours. A lock whose process is gone is recovered and taken; past
 * the deadline, a live one is refused.
 */
function tryOnce(folder: string, options: LockOptions, deadline: number): boolean {
  for (;;) {
    if (tryTake(folder)) return true;
    if (!isStale(folder)) break;
    recoverInterrupted(folder);
    rmSync(folder, { recursive: true, force: true });
  }
  if (Date.now() >= deadline) refuseBusy(folder, options.what);
  return false;
}

function refuseBusy(folder: string, what: string): never {
  refuse(
    `Another mcp-python run (process ${ownerPid(folder) ?? 'unknown'}) is changing ${what}. ` +
      `Let it finish, then run this again. If no such run is active, delete the folder ${folder}.`,
  );
}

export interface LockOptions {
  /** What the lock protects, for the refusal: "this project", or the config file. */
  what: string;
  waitMs?: number;
}

/** Takes the lock folder `folder`, waiting up to `waitMs` for another run to finish. */
export async function acquireLock(folder: string, options: LockOptions): Promise<Lock> {
  const deadline = Date.now() + (options.waitMs ?? 15_000);
  for (let pause = 25; !tryOnce(folder, options, deadline); pause = Math.min(pause * 2, 250)) {
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  const release = (): void => {
    if (!held.delete(folder)) return;
    rmSync(folder, { recursive: true, force: true });
    process.removeListener('exit', release);
  };
  // A run that ends without reaching its release (an error between two tasks) still lets go.
  process.once('exit', release);
  return { folder, release };
}
