// Whole-or-nothing writes (lib/transaction.ts), the lock (lib/lock.ts) and the errors users see
// (lib/fs-errors.ts), on real temporary folders. Failures are injected through the fs parameter;
// a killed run is a real child process killed with SIGKILL.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forTheUser } from '../../generators/lib/fs-errors.js';
import { acquireLock } from '../../generators/lib/lock.js';
import { checkWritable, type TransactionFs, writeTogether } from '../../generators/lib/transaction.js';
import { repoRoot } from '../helpers/generators.js';

function fsError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });
}

describe('whole-or-nothing writes', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'transaction '));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const file = (name: string) => join(folder, name);
  const seed = () => {
    writeFileSync(file('a.py'), 'a = 1\n', { mode: 0o750 });
    writeFileSync(file('b.md'), '# b\n');
  };

  it('writes every file, keeping modes and symbolic links, creating folders, leaving no temporary', () => {
    seed();
    mkdirSync(file('real'));
    writeFileSync(file('real/c.txt'), 'c');
    symlinkSync(file('real/c.txt'), file('link.txt'));
    writeTogether([
      { path: file('a.py'), content: 'a = 2\n' },
      { path: file('link.txt'), content: 'c2' },
      { path: file('new/deep/d.py'), content: 'd\n' },
    ]);
    assert.equal(readFileSync(file('a.py'), 'utf8'), 'a = 2\n');
    assert.equal(statSync(file('a.py')).mode & 0o777, 0o750);
    assert.ok(lstatSync(file('link.txt')).isSymbolicLink(), 'the link was replaced by a file');
    assert.equal(readFileSync(file('real/c.txt'), 'utf8'), 'c2');
    assert.equal(readFileSync(file('new/deep/d.py'), 'utf8'), 'd\n');
    assert.deepEqual(readdirSync(folder).sort(), ['a.py', 'b.md', 'link.txt', 'new', 'real']);
  });

  for (const [what, prepare, expected] of [
    ['a read-only file', () => chmodSync(file('b.md'), 0o444), /b\.md is read-only\. Make it writable \(`chmod u\+w/],
    ['a folder in place of the file', () => { rmSync(file('b.md')); mkdirSync(file('b.md')); }, /b\.md is a folder/],
    ['a dangling symbolic link', () => { rmSync(file('b.md')); symlinkSync(file('gone.md'), file('b.md')); }, /b\.md is a symbolic link to a file that does not exist/],
    ['a file where a folder must be', () => writeFileSync(file('sub'), 'x'), /sub is a file, where a folder was expected/],
  ] as const) {
    it(`refuses ${what} before writing anything`, () => {
      seed();
      prepare();
      const before = readFileSync(file('a.py'));
      assert.throws(
        () => writeTogether([{ path: file('a.py'), content: 'changed' }, { path: file('b.md'), content: 'x' }, { path: file('sub/c.py'), content: 'c' }]),
        (error: Error) => expected.test(error.message) && /Nothing was written\.$/.test(error.message),
      );
      assert.deepEqual(readFileSync(file('a.py')), before);
      assert.ok(readdirSync(folder).every((name) => !name.endsWith('.tmp')));
    });
  }

  it('refuses a folder it may not write (EACCES from access), naming it and the fix', () => {
    seed();
    const denying: TransactionFs = {
      ...fs,
      accessSync: (path) => {
        if (String(path) === folder) throw fsError('EACCES', 'access', folder);
      },
    };
    assert.throws(() => checkWritable(file('a.py'), denying), /Cannot access .*transaction .*: permission denied\. Make it writable/);
  });

  it('a failed rename puts back every file already replaced, and removes new files and folders', () => {
    seed();
    let renames = 0;
    const failing: TransactionFs = {
      ...fs,
      renameSync: (from, to) => {
        if (++renames === 3) throw fsError('EIO', 'rename', String(to));
        fs.renameSync(from, to);
      },
    };
    const before = { a: readFileSync(file('a.py')), b: readFileSync(file('b.md')) };
    assert.throws(
      () =>
        writeTogether(
          [{ path: file('a.py'), content: 'A' }, { path: file('new/n.py'), content: 'N' }, { path: file('b.md'), content: 'B' }],
          { fs: failing },
        ),
      /Cannot rename .*b\.md.*\nEvery file already replaced got its old content back\.\nNothing was written\./,
    );
    assert.deepEqual(readFileSync(file('a.py')), before.a);
    assert.equal(statSync(file('a.py')).mode & 0o777, 0o750);
    assert.deepEqual(readFileSync(file('b.md')), before.b);
    assert.deepEqual(readdirSync(folder).sort(), ['a.py', 'b.md']);
  });

  it('deletes a file planned without content, and a missing one is no change; a deletion is undone with the rest', () => {
    seed();
    writeTogether([{ path: file('a.py'), content: undefined }, { path: file('gone.py'), content: undefined }, { path: file('b.md'), content: 'B' }]);
    assert.deepEqual(readdirSync(folder).sort(), ['b.md']);
    assert.equal(readFileSync(file('b.md'), 'utf8'), 'B');
    seed();
    const onto = (target: string): TransactionFs => ({
      ...fs,
      renameSync: (from, to) => {
        if (String(to) === target) throw fsError('EIO', 'rename', target);
        fs.renameSync(from, to);
      },
    });
    assert.throws(() => writeTogether([{ path: file('a.py'), content: undefined }, { path: file('b.md'), content: 'B2' }], { fs: onto(file('b.md')) }), /Every file already replaced got its old content back/);
    assert.equal(readFileSync(file('a.py'), 'utf8'), 'a = 1\n', 'the deleted file is back');
    assert.equal(readFileSync(file('b.md'), 'utf8'), '# b\n');
  });

  it('with a journal: written while the change is under way, cleared after it, and after a failure at either stage', () => {
    seed();
    const journal = join(folder, 'lock');
    mkdirSync(journal);
    writeTogether([{ path: file('a.py'), content: 'A' }], { journal });
    assert.deepEqual(readdirSync(journal), [], 'cleared after success');
    const renameFails: TransactionFs = {
      ...fs,
      renameSync: (from, to) => {
        if (String(to) === file('a.py')) throw fsError('EIO', 'rename', String(to));
        fs.renameSync(from, to);
      },
    };
    assert.throws(() => writeTogether([{ path: file('a.py'), content: 'A2' }], { journal, fs: renameFails }), /Cannot rename/);
    assert.deepEqual(readdirSync(journal), [], 'cleared after a failed rename');
    const writeFails: TransactionFs = { ...fs, writeSync: (() => { throw fsError('ENOSPC', 'write', file('a.py')); }) as TransactionFs['writeSync'] };
    assert.throws(() => writeTogether([{ path: file('a.py'), content: 'A3' }], { journal, fs: writeFails }), { code: 'ENOSPC' });
    assert.deepEqual(readdirSync(journal), [], 'cleared after a failed write');
    assert.equal(readFileSync(file('a.py'), 'utf8'), 'A');
  });

  it('a full disk while writing the temporaries changes nothing and leaves nothing behind', () => {
    seed();
    const full: TransactionFs = {
      ...fs,
      writeSync: ((descriptor: number, data: Buffer) => {
        if (data.toString().startsWith('B')) throw fsError('ENOSPC', 'write', file('b.md'));
        return fs.writeSync(descriptor, data);
      }) as TransactionFs['writeSync'],
    };
    assert.throws(() => writeTogether([{ path: file('a.py'), content: 'A' }, { path: file('b.md'), content: 'B' }], { fs: full }), { code: 'ENOSPC' });
    assert.equal(readFileSync(file('a.py'), 'utf8'), 'a = 1\n');
    assert.deepEqual(readdirSync(folder).sort(), ['a.py', 'b.md']);
  });

  it('a run killed between two renames is undone by the next run that takes the lock', async function () {
    this.timeout(60_000);
    seed();
    const before = { a: readFileSync(file('a.py')), b: readFileSync(file('b.md')) };
    const lock = join(folder, '.mcp-python.lock');
    const plan = JSON.stringify([{ path: file('a.py'), content: 'A' }, { path: file('new/n.py'), content: 'N' }, { path: file('b.md'), content: 'B' }]);
    const killed = spawnSync(process.execPath, ['--import', 'tsx/esm', join(repoRoot, 'test/helpers/killed-writer.ts'), lock, plan], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(killed.signal, 'SIGKILL', killed.stderr);
    assert.equal(readFileSync(file('a.py'), 'utf8'), 'A', 'the child was meant to die after replacing a.py');
    assert.ok(existsSync(join(lock, 'journal.json')));

    const taken = await acquireLock(lock, { what: 'the test project', waitMs: 1000 });
    taken.release();
    assert.deepEqual(readFileSync(file('a.py')), before.a);
    assert.deepEqual(readFileSync(file('b.md')), before.b);
    assert.deepEqual(readdirSync(folder).sort(), ['a.py', 'b.md']);
  });
});

describe('the project lock', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'lock '));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('a second taker waits for the first to let go', async () => {
    const lock = join(folder, '.mcp-python.lock');
    const first = await acquireLock(lock, { what: 'the project' });
    setTimeout(() => first.release(), 200);
    const started = Date.now();
    const second = await acquireLock(lock, { what: 'the project', waitMs: 5000 });
    assert.ok(Date.now() - started >= 150);
    second.release();
    assert.ok(!existsSync(lock));
  });

  it('refuses clearly once the wait is over, naming the holder and the way out', async () => {
    const lock = join(folder, '.mcp-python.lock');
    const first = await acquireLock(lock, { what: 'the project' });
    await assert.rejects(
      acquireLock(lock, { what: 'the project', waitMs: 100 }),
      new RegExp(`Another mcp-python run \\(process ${process.pid}\\) is changing the project\\. Let it finish.*delete the folder .*\\.mcp-python\\.lock\\.\\nNothing was written\\.`),
    );
    first.release();
  });

  it('takes over a lock whose process is gone', async () => {
    const lock = join(folder, '.mcp-python.lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    mkdirSync(lock);
    writeFileSync(join(lock, 'owner.json'), JSON.stringify({ pid: Number(dead.stdout) }));
    const taken = await acquireLock(lock, { what: 'the project', waitMs: 100 });
    taken.release();
  });
});

describe('errors as users see them', () => {
  it('an fs error becomes one line naming the file and the fix, with no string code for yo', () => {
    const shown = forTheUser(fsError('EACCES', 'open', '/p/README.md'));
    assert.equal(shown.message, 'Cannot open /p/README.md: permission denied. Make it writable (for example `chmod u+w "/p/README.md"`, or its folder), then run again.\nNothing was written.');
    assert.equal((shown as NodeJS.ErrnoException).code, undefined);
  });

  it('a refusal stays as it is; a bug asks to be reported and keeps its stack', () => {
    const refusal = new Error('Choose another name.');
    assert.equal(forTheUser(refusal), refusal);
    const bug = forTheUser(new TypeError("Cannot read properties of undefined (reading 'x')"));
    assert.match(bug.message, /^Internal error in generator-mcp-python: Cannot read properties.*\nThis is a bug in the generator.*--debug\.$/);
    assert.match(bug.stack ?? '', /TypeError/);
  });
});
