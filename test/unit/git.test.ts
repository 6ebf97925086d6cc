import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitIdentity, commitNewRepository } from '../../generators/lib/git.js';
import { loadGenerator, runGenerator } from '../helpers/generators.js';

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

/** A home folder for git: empty (a fresh machine), or with a ~/.gitconfig naming `identity`. */
function gitHome(identity?: { name: string; email: string }): Record<string, string> {
  const home = mkdtempSync(join(tmpdir(), 'git-home-'));
  if (identity !== undefined) writeFileSync(join(home, '.gitconfig'), `[user]\n\tname = ${identity.name}\n\temail = ${identity.email}\n`);
  return { HOME: home, XDG_CONFIG_HOME: join(home, '.config'), GIT_CONFIG_NOSYSTEM: '1' };
}

function projectWithAFile(): string {
  const project = mkdtempSync(join(tmpdir(), 'git-first-'));
  writeFileSync(join(project, 'README.md'), 'hello\n');
  return project;
}

const lastCommit = (cwd: string) => spawnSync('git', ['log', '--format=%an <%ae> %s'], { cwd, encoding: 'utf8' }).stdout.trim();

describe('the first commit', () => {
  it("is git's own identity where git has one, else completed from the fallback", () => {
    assert.equal(commitIdentity({ name: 'Ada', email: 'ada@example.com' }, fallback), undefined);
    assert.deepEqual(commitIdentity({}, fallback), fallback);
    assert.deepEqual(commitIdentity({ email: 'ada@example.com' }, fallback), { name: 'Fallback Author', email: 'ada@example.com' });
  });

  it('commits under the author it is given, on a machine without a git identity', () => {
    const project = projectWithAFile();
    withEnv(gitHome(), () => {
      assert.equal(commitNewRepository(project, 'First', fallback), undefined);
      assert.equal(lastCommit(project), 'Fallback Author <fallback@example.com> First');
    });
  });

  it("commits under git's own identity when given no author", () => {
    const project = projectWithAFile();
    withEnv(gitHome({ name: 'Grace Hopper', email: 'grace@example.com' }), () => {
      assert.equal(commitNewRepository(project, 'First', undefined), undefined);
      assert.equal(lastCommit(project), 'Grace Hopper <grace@example.com> First');
    });
  });

  it('names the git step that failed, with what git printed', () => {
    const empty = mkdtempSync(join(tmpdir(), 'git-empty-'));
    const problem = withEnv(gitHome(), () => commitNewRepository(empty, 'First', fallback));
    assert.match(String(problem), /^`git -c user\.name=Fallback Author -c user\.email=fallback@example\.com commit --quiet -m First` failed: .*nothing to commit/s);
  });

  it('says git is missing and how to go on, when it is not on PATH', () => {
    const project = mkdtempSync(join(tmpdir(), 'git-missing-'));
    const problem = withEnv({ PATH: mkdtempSync(join(tmpdir(), 'empty-path-')) }, () => commitNewRepository(project, 'First', fallback));
    assert.match(String(problem), /git was not found, so no repository was created\. Install git, then run `git init`/);
  });
});

// The app reads the identity through Yeoman's `this.git` (simple-git), which passes git only HOME and PATH.
describe('yo mcp-python and the git identity', () => {
  const generate = async (env: Record<string, string>) => {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      const result = await runGenerator(await loadGenerator('app'))
        .withArguments(['ident-demo'])
        .withOptions({ yes: true, skipInstall: true });
      return join(result.cwd, 'ident-demo');
    } finally {
      for (const key of Object.keys(env)) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  };

  it("takes the default author and e-mail from git, and commits as git's user", async () => {
    const project = await generate(gitHome({ name: 'Grace Hopper', email: 'grace@example.com' }));
    assert.match(readFileSync(join(project, 'pyproject.toml'), 'utf8'), /^authors = \[\{ name = "Grace Hopper", email = "grace@example\.com" \}\]$/m);
    assert.equal(lastCommit(project), 'Grace Hopper <grace@example.com> Initial commit from generator-mcp-python');
  });

  it('without a git identity: no author by default, and the first commit is still made', async () => {
    const project = await generate(gitHome());
    assert.doesNotMatch(readFileSync(join(project, 'pyproject.toml'), 'utf8'), /^authors/m);
    assert.equal(lastCommit(project), 'generator-mcp-python <generator-mcp-python@users.noreply.github.com> Initial commit from generator-mcp-python');
  });
});
