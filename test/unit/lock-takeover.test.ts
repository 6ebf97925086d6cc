// Who may take a lock (lib/lock.ts): a free one, one this process holds (shared), and a stale one (its
// process gone, no owner file for over 10 s, or an earlier run of this process); a live one is waited
// for, then refused with its process and the folder to delete. A dead process is a real one that exited.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  acquireLock, acquireLockSync, heldLockCovering, projectLockOf, recoverAbandoned, releaseHeldLocks, releaseLock,
} from '../../generators/lib/lock.js';

/** A pid no process has any more: a real child's, after it exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid as number;

/** A lock folder as another run leaves it: `owner` written as its owner.json, or none. */
function leftLock(root: string, owner?: unknown): string {
  const folder = projectLockOf(root);
  mkdirSync(folder);
  if (owner !== undefined) writeFileSync(join(folder, 'owner.json'), JSON.stringify(owner));
  return folder;
}

const ownerOf = (folder: string) => JSON.parse(readFileSync(join(folder, 'owner.json'), 'utf8')) as { pid: number; since: string };

describe('taking a lock', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'lock-'))));
  afterEach(() => {
    releaseHeldLocks('all');
    rmSync(root, { recursive: true, force: true });
  });

  it('a free lock: taken, naming this process; a second take by the same process shares it; released, it is gone', () => {
    const folder = projectLockOf(root);
    assert.equal(acquireLockSync(folder, { what: 'this project' }), true);
    assert.equal(ownerOf(folder).pid, process.pid);
    assert.match(ownerOf(folder).since, /^\d{4}-\d\d-\d\dT/);
    assert.equal(acquireLockSync(folder, { what: 'this project' }), false);
    assert.equal(heldLockCovering([join(root, 'src', 'server.py'), join(root, 'README.md')]), folder);
    assert.equal(heldLockCovering([join(root, 'src'), join(tmpdir(), 'elsewhere.py')]), undefined);
    assert.equal(heldLockCovering([root]), undefined, 'the root itself is not inside');
    assert.equal(heldLockCovering([]), undefined);
    releaseLock(folder);
    assert.equal(existsSync(folder), false);
    assert.equal(heldLockCovering([join(root, 'README.md')]), undefined);
  });

  it("a lock whose process is gone: its half-done change undone, then taken", () => {
    const folder = leftLock(root, { pid: deadPid() });
    writeFileSync(join(root, 'half-written.py'), 'x = 1\n');
    writeFileSync(join(folder, 'journal.json'), JSON.stringify({ files: [{ target: join(root, 'half-written.py') }], createdFolders: [] }));
    assert.equal(acquireLockSync(folder, { what: 'this project', waitMs: 0 }), true);
    assert.equal(ownerOf(folder).pid, process.pid);
    assert.equal(existsSync(join(root, 'half-written.py')), false, 'the file the killed run was creating is gone again');
  });

  it('a lock without an owner file: stale after 10 seconds, busy before', async () => {
    const folder = leftLock(root);
    await assert.rejects(acquireLock(folder, { what: 'this project', waitMs: 60 }), {
      message: `Another mcp-python run (process unknown) is changing this project. Let it finish, then run this again. If no such run is active, delete the folder ${folder}.\nNothing was written.`,
    });
    const old = (Date.now() - 11_000) / 1000;
    utimesSync(folder, old, old);
    const lock = await acquireLock(folder, { what: 'this project', waitMs: 0 });
    assert.equal(ownerOf(folder).pid, process.pid);
    lock.release();
    assert.equal(existsSync(folder), false);
  });

  it('a lock of a live process: waited for, then refused naming it; taken once it is let go', async () => {
    const folder = leftLock(root, { pid: process.ppid });
    assert.throws(() => acquireLockSync(folder, { what: 'mcp.json', waitMs: 60 }), {
      message: `Another mcp-python run (process ${process.ppid}) is changing mcp.json. Let it finish, then run this again. If no such run is active, delete the folder ${folder}.\nNothing was written.`,
    });
    setTimeout(() => rmSync(folder, { recursive: true, force: true }), 80);
    const lock = await acquireLock(folder, { what: 'mcp.json', waitMs: 5_000 });
    assert.equal(ownerOf(folder).pid, process.pid);
    lock.release();
  });

  it('a lock naming this process that it does not hold was left by an earlier run: taken over', () => {
    const folder = leftLock(root, { pid: process.pid });
    assert.equal(acquireLockSync(folder, { what: 'this project', waitMs: 0 }), true);
  });

  it('recoverAbandoned: no lock, a live lock (kept), a stale lock (undone and removed)', () => {
    assert.equal(recoverAbandoned(root), false);
    const live = leftLock(root, { pid: process.ppid });
    assert.equal(recoverAbandoned(root), true);
    assert.ok(existsSync(live));
    rmSync(live, { recursive: true });
    const stale = leftLock(root, { pid: deadPid() });
    assert.equal(recoverAbandoned(root), false);
    assert.equal(existsSync(stale), false);
  });
});
