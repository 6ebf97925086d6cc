// The new project's git repository: read the user's identity, make the first commit.
import { spawnSync } from 'node:child_process';

export function gitConfigValue(key: string, cwd?: string): string | undefined {
  const run = spawnSync('git', ['config', '--get', key], { cwd, encoding: 'utf8' });
  const value = run.status === 0 ? run.stdout.trim() : '';
  return value === '' ? undefined : value;
}

export interface Identity {
  name: string;
  email: string;
}

/**
 * `git init`, add everything, first commit. A machine without a git identity still gets its commit,
 * under `fallback`. Returns why it could not, or undefined when it did.
 */
export function commitNewRepository(cwd: string, message: string, fallback: Identity): string | undefined {
  const git = (...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (git('--version').error !== undefined) {
    return 'git was not found, so no repository was created. Install git, then run `git init` in the project.';
  }
  const hasIdentity = gitConfigValue('user.email', cwd) !== undefined;
  const identity = hasIdentity ? [] : ['-c', `user.name=${fallback.name}`, '-c', `user.email=${fallback.email}`];
  for (const step of [['init', '--quiet'], ['add', '--all'], [...identity, 'commit', '--quiet', '-m', message]]) {
    const run = git(...step);
    if (run.status !== 0) return `\`git ${step.join(' ')}\` failed: ${run.stderr.trim()}`;
  }
  return undefined;
}
