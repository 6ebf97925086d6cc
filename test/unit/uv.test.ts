import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkUv, findUv, isExecutableFile, parseUvVersion, runUv, UV_INSTALL_HINT } from '../../generators/lib/uv.js';

function fakeUv(version: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'fake-uv-'));
  const file = join(folder, 'uv');
  writeFileSync(file, `#!/bin/sh\necho "uv ${version} (test double)"\n`);
  chmodSync(file, 0o755);
  return folder;
}

describe('uv detection', () => {
  it('reads the version uv prints', () => {
    assert.equal(parseUvVersion('uv 0.13.9 (x86_64-unknown-linux-gnu)'), '0.13.9');
    assert.equal(parseUvVersion('not uv'), undefined);
  });

  it('finds uv on PATH, and nothing on an empty PATH', () => {
    const folder = fakeUv('0.13.0');
    assert.equal(findUv({ PATH: `/nonexistent:${folder}` }), join(folder, 'uv'));
    assert.equal(findUv({ PATH: `${folder}:${fakeUv('0.9.0')}` }), join(folder, 'uv'), 'the first on PATH wins');
    assert.equal(findUv({ PATH: '' }), undefined);
    assert.equal(findUv({}), undefined);
  });

  it('skips a file named uv that is not executable, and an empty PATH entry (not the current folder)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'not-exec-uv-'));
    writeFileSync(join(folder, 'uv'), '#!/bin/sh\n');
    chmodSync(join(folder, 'uv'), 0o644);
    assert.equal(findUv({ PATH: folder }), undefined);
    // eslint-disable-next-line no-restricted-syntax -- the point of this test is what the working folder holds
    const cwd = process.cwd();
    process.chdir(fakeUv('0.13.0'));
    try {
      assert.equal(findUv({ PATH: `:${folder}:` }), undefined);
    } finally {
      process.chdir(cwd);
    }
  });

  // A shell-script stand-in for uv: the real one is exercised by the end-to-end tests.
  it('accepts a recent uv and explains how to upgrade an old one', () => {
    assert.deepEqual(checkUv(join(fakeUv('0.13.0'), 'uv')).problem, undefined);
    assert.match(String(checkUv(join(fakeUv('0.4.1'), 'uv')).problem), /uv 0\.4\.1 is older than 0\.8\.0.*uv self update/);
    // Numeric, not textual: 0.10 is newer than 0.8; a two-part version counts as .0.
    assert.equal(checkUv(join(fakeUv('0.10.0'), 'uv')).problem, undefined);
    assert.equal(checkUv(join(fakeUv('0.8'), 'uv')).problem, undefined);
    assert.match(String(checkUv(join(fakeUv('0.7.22'), 'uv')).problem), /uv 0\.7\.22 is older than 0\.8\.0/);
    assert.match(String(checkUv(undefined).problem), /not found on PATH.*pip install uv/);
  });

  it('a uv that reports no version: its path, the problem and the fix', () => {
    const silent = join(mkdtempSync(join(tmpdir(), 'silent-uv-')), 'uv');
    writeFileSync(silent, '#!/bin/sh\nexit 3\n');
    chmodSync(silent, 0o755);
    assert.deepEqual(checkUv(silent), { path: silent, problem: `${silent} did not report a version (\`uv --version\` failed). ${UV_INSTALL_HINT}` });
    const recent = join(fakeUv('0.13.0'), 'uv');
    assert.deepEqual(checkUv(recent), { path: recent, version: '0.13.0' });
  });

  it('an executable file is one: not a folder, not a file without the x bit, not a missing one', () => {
    const folder = fakeUv('0.13.0');
    const plain = join(folder, 'plain');
    writeFileSync(plain, '');
    assert.deepEqual([join(folder, 'uv'), folder, plain, join(folder, 'missing')].map(isExecutableFile), [true, false, false, false]);
  });

  // uv sync and uv lock as a stand-in records them: the real ones run in the migrate and end-to-end tests.
  it("runUv: sync to install, lock alone with --skip-install, a failure with uv's exit and its output logged", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'run-uv-'));
    const uv = join(folder, 'uv');
    writeFileSync(uv, '#!/bin/sh\necho "uv $1 here"\n[ -f fail ] && exit 4\nexit 0\n');
    chmodSync(uv, 0o755);
    const logged: string[] = [];
    assert.deepEqual(await runUv(uv, folder, false, (line) => logged.push(line)), { kind: 'installed' });
    assert.deepEqual(await runUv(uv, folder, true, (line) => logged.push(line)), { kind: 'locked' });
    writeFileSync(join(folder, 'fail'), '');
    assert.deepEqual(await runUv(uv, folder, false, (line) => logged.push(line)), { kind: 'failed', command: 'uv sync', why: 'exit 4' });
    assert.deepEqual(await runUv(uv, folder, true, () => undefined), { kind: 'failed', command: 'uv lock', why: 'exit 4' });
    assert.deepEqual(logged, ['uv sync here', 'uv lock here', 'uv sync here']);
  });
});
