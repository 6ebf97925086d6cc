// Where the project goes (resolveTarget) and why it cannot go there (targetProblem): a file, a folder
// another run is writing, a folder with files in it, a path beneath a file.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveTarget, targetProblem } from '../../generators/app/target.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'app-target-'));

describe('where the project goes', () => {
  it('is ./<name> for a name, and the current folder (named after it) for "."', () => {
    const cwd = scratch();
    assert.deepEqual(resolveTarget(cwd, 'srv'), { folder: join(cwd, 'srv'), projectName: 'srv' });
    mkdirSync(join(cwd, 'here-srv'));
    assert.deepEqual(resolveTarget(join(cwd, 'here-srv'), '.'), { folder: join(cwd, 'here-srv'), projectName: 'here-srv' });
  });
});

describe('why the project cannot go there', () => {
  it('has no objection to a new folder or an empty one', () => {
    const cwd = scratch();
    assert.equal(targetProblem(join(cwd, 'new', 'srv')), undefined);
    assert.equal(targetProblem(cwd), undefined);
  });

  it('refuses a file', () => {
    const file = join(scratch(), 'srv');
    writeFileSync(file, '');
    assert.equal(targetProblem(file), `${file} exists and is a file. Choose another project name.`);
  });

  it('refuses a folder another live run holds the lock of', () => {
    const folder = scratch();
    // This test's parent process (mocha's launcher) is alive and is not this process, as another run would be.
    mkdirSync(join(folder, '.mcp-python.lock'));
    writeFileSync(join(folder, '.mcp-python.lock', 'owner.json'), JSON.stringify({ pid: process.ppid, since: new Date().toISOString() }));
    assert.equal(targetProblem(folder), `Another mcp-python run is creating a project in ${folder}. Let it finish, or choose another project name.`);
  });

  it('names all of three entries of a folder that is not empty', () => {
    const folder = scratch();
    for (const name of ['c.txt', 'a.txt', 'b']) writeFileSync(join(folder, name), '');
    assert.equal(
      targetProblem(folder),
      `${folder} already exists and is not empty (a.txt, b, c.txt). Choose another project name, or empty that folder first.`,
    );
  });

  it('names the first three of more entries, and an ellipsis for the rest', () => {
    const folder = scratch();
    for (const name of ['e', 'd', 'c', 'b']) writeFileSync(join(folder, name), '');
    assert.equal(
      targetProblem(folder),
      `${folder} already exists and is not empty (b, c, d, …). Choose another project name, or empty that folder first.`,
    );
  });

  it('refuses a path beneath a file, naming that file as what cannot be written to', () => {
    // A file without execute bits fails access(W_OK | X_OK) for root too, unlike a read-only folder.
    const file = join(scratch(), 'notes.txt');
    writeFileSync(file, '', { mode: 0o644 });
    assert.equal(
      targetProblem(join(file, 'deeper', 'srv')),
      `${file} is not writable, so the project cannot be created there. Choose a folder you may write to, or make it writable.`,
    );
  });
});
