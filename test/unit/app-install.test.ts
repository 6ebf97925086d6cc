// The install step when uv is missing or too old. uv is replaced by a PATH without it, or by a shell
// stand-in that prints an old version: the real uv sync is covered by the end-to-end tests.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closing, findPython, minorOf, pythonPin } from '../../generators/app/install.js';
import { findUv } from '../../generators/lib/uv.js';
import { loadGenerator, logInto, runGenerator } from '../helpers/generators.js';

async function generateWithPath(path: string): Promise<{ cwd: string; log: string }> {
  const messages: string[] = [];
  const saved = process.env['PATH'];
  process.env['PATH'] = path;
  try {
    const result = await runGenerator(await loadGenerator('app'))
      .withArguments(['install-check'])
      .withOptions({ yes: true, skipGit: true, skipInstall: false })
      .onGenerator(logInto(messages));
    return { cwd: result.cwd, log: messages.join('\n') };
  } finally {
    process.env['PATH'] = saved;
  }
}

describe('yo mcp-python install step', () => {
  it('says uv is missing and how to install it, still generates, and lists uv sync as the next step', async () => {
    const { cwd, log } = await generateWithPath(mkdtempSync(join(tmpdir(), 'empty-path-')));
    assert.ok(existsSync(join(cwd, 'install-check/src/install_check/server.py')));
    assert.match(log, /uv was not found on PATH\. Install uv with `pipx install uv` or `pip install uv`/);
    assert.match(log, /Next steps:[\s\S]*uv sync /);
  });

  it('says uv is too old and how to upgrade it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'old-uv-'));
    writeFileSync(join(folder, 'uv'), '#!/bin/sh\necho "uv 0.4.0"\n');
    chmodSync(join(folder, 'uv'), 0o755);
    const { cwd, log } = await generateWithPath(`${folder}:/usr/bin:/bin`);
    assert.ok(existsSync(join(cwd, 'install-check/pyproject.toml')));
    assert.match(log, /uv 0\.4\.0 is older than 0\.8\.0, the oldest this project supports\. Upgrade it/);
  });
});

describe('the install step, as data', () => {
  it('pins the Python uv finds when it is at least the lowest supported, else that lowest one', () => {
    assert.equal(pythonPin('3.10', '3.11.7'), '3.11');
    assert.equal(pythonPin('3.10', '3.13.0rc1'), '3.13');
    assert.equal(pythonPin('3.12', '3.11.7'), '3.12');
    assert.equal(pythonPin('3.10', undefined), '3.10');
    assert.equal(pythonPin('3.10', 'garbage'), '3.10');
  });

  it('says "ready" only after an install, and for a failure names the command that finishes it', () => {
    assert.match(closing('srv', { kind: 'installed' }, '').headline, /^srv is ready\./);
    const locked = closing('srv', { kind: 'locked' }, '');
    assert.ok(!locked.headline.includes('ready') && locked.failure === undefined && !locked.installed);
    assert.ok(!closing('srv', { kind: 'no-uv', problem: 'x' }, '').headline.includes('ready'));
    const failed = closing('srv', { kind: 'failed', command: 'uv sync', why: 'exit 2' }, 'cd "srv" && ');
    assert.ok(!failed.headline.includes('ready'));
    assert.equal(failed.failure, '`uv sync` failed (exit 2): srv is written but not installed. Fix the problem uv printed above, then run `cd "srv" && uv sync`.');
  });
});

describe('the Python the project pins', () => {
  it('reads the minor version at the start of what uv prints, after surrounding whitespace', () => {
    assert.equal(minorOf(' 3.11.7\n'), '3.11');
    assert.equal(minorOf('10.2.1'), '10.2');
    assert.equal(minorOf('cpython-3.11.7'), undefined);
  });

  it('keeps the floor for an older major version even when its minor number is higher', () => {
    assert.equal(pythonPin('3.10', '2.12.0'), '3.10');
    assert.equal(pythonPin('3.10', '4.0.1'), '4.0');
  });

  it('finds an installed Python of at least the floor with the real uv, and none above every release', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'find-python-'));
    const uv = findUv();
    assert.ok(uv !== undefined, 'uv is not on PATH');
    const found = findPython(uv, '3.10', cwd);
    assert.match(found ?? '', /^3\.\d+\.\d+$/);
    assert.equal(pythonPin('3.10', found), minorOf(found ?? ''));
    assert.equal(findPython(uv, '3.99', cwd), undefined);
  });
});

describe('the closing message, whole', () => {
  it('after an install: ready, and installed', () => {
    assert.deepEqual(closing('srv', { kind: 'installed' }, ''), { headline: 'srv is ready. Next steps:', installed: true });
  });

  it('with --skip-install: written and locked, not installed', () => {
    assert.deepEqual(closing('srv', { kind: 'locked' }, ''), {
      headline: 'srv is written and locked (uv.lock); not installed (--skip-install). Next steps:', installed: false,
    });
  });

  it('without a usable uv: written without uv.lock, not installed', () => {
    assert.deepEqual(closing('srv', { kind: 'no-uv', problem: 'uv was not found' }, ''), {
      headline: 'srv is written, without uv.lock and not installed (no usable uv). Next steps:', installed: false,
    });
  });

  it('after a failed uv command: names it and why in the headline, not installed, and a failure with the finishing command', () => {
    assert.deepEqual(closing('srv', { kind: 'failed', command: 'uv lock', why: 'exit 1' }, 'cd "srv" && '), {
      headline: 'srv is written, but `uv lock` failed (exit 1), so it is not installed. Next steps:',
      installed: false,
      failure: '`uv lock` failed (exit 1): srv is written but not installed. Fix the problem uv printed above, then run `cd "srv" && uv sync`.',
    });
  });
});
