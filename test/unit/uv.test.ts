import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkUv, compareVersions, findUv, parseUvVersion } from '../../generators/lib/uv.js';

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

  it('compares dotted versions numerically', () => {
    assert.equal(compareVersions('0.10.0', '0.8.0'), 1);
    assert.equal(compareVersions('0.8', '0.8.0'), 0);
    assert.equal(compareVersions('0.7.22', '0.8.0'), -1);
  });

  it('finds uv on PATH, and nothing on an empty PATH', () => {
    const folder = fakeUv('0.13.0');
    assert.equal(findUv({ PATH: `/nonexistent:${folder}` }, 'linux'), join(folder, 'uv'));
    assert.equal(findUv({ PATH: '' }, 'linux'), undefined);
  });

  // A shell-script stand-in for uv: the real one is exercised by the end-to-end tests.
  it('accepts a recent uv and explains how to upgrade an old one', () => {
    assert.deepEqual(checkUv(join(fakeUv('0.13.0'), 'uv')).problem, undefined);
    assert.match(String(checkUv(join(fakeUv('0.4.1'), 'uv')).problem), /uv 0\.4\.1 is older than 0\.8\.0.*uv self update/);
    assert.match(String(checkUv(undefined).problem), /not found on PATH.*pip install uv/);
  });
});
