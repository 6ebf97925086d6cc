import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitNewRepository } from '../../generators/lib/git.js';

const fallback = { name: 'Fallback Author', email: 'fallback@example.com' };

function withEnv<T>(changes: Record<string, string>, body: () => T): T {
  const saved = Object.fromEntries(Object.keys(changes).map(key => [key, process.env[key]]));
  Object.assign(process.env, changes);
  try {
    return body();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe('the first commit', () => {
  it('commits under the fallback identity where git has none (an empty HOME stands in for a fresh machine)', () => {
    const project = mkdtempSync(join(tmpdir(), 'git-first-'));
    writeFileSync(join(project, 'README.md'), 'hello\n');
    const home = mkdtempSync(join(tmpdir(), 'git-home-'));
    withEnv({ HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1' }, () => {
      assert.equal(commitNewRepository(project, 'First', fallback), undefined);
      const log = spawnSync('git', ['log', '--format=%an <%ae> %s'], { cwd: project, encoding: 'utf8' });
      assert.equal(log.stdout.trim(), 'Fallback Author <fallback@example.com> First');
    });
  });

  it('says git is missing and how to go on, when it is not on PATH', () => {
    const project = mkdtempSync(join(tmpdir(), 'git-missing-'));
    const problem = withEnv({ PATH: mkdtempSync(join(tmpdir(), 'empty-path-')) }, () => commitNewRepository(project, 'First', fallback));
    assert.match(String(problem), /git was not found, so no repository was created\. Install git, then run `git init`/);
  });
});
