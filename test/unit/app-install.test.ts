// The install step when uv is missing or too old. uv is replaced by a PATH without it, or by a shell
// stand-in that prints an old version: the real uv sync is covered by the end-to-end tests.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGenerator, runGenerator } from '../helpers/generators.js';

async function generateWithPath(path: string): Promise<{ cwd: string; log: string }> {
  const messages: string[] = [];
  const saved = process.env['PATH'];
  process.env['PATH'] = path;
  try {
    const result = await runGenerator(await loadGenerator('app'))
      .withArguments(['install-check'])
      .withOptions({ yes: true, skipGit: true, skipInstall: false })
      .onGenerator(generator => {
        const target = generator as unknown as { log: unknown };
        target.log = Object.assign((message: unknown) => messages.push(String(message)), target.log);
      });
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
