// The new project's first commit. The user's identity is read by the generator (Yeoman's `this.git`)
// and passed in: this module only runs git.
import { runTool } from './run-tool.js';

export interface Identity {
  name: string;
  email: string;
}

/**
 * Who the first commit is by: undefined (git's own identity) when git has both a name and an e-mail,
 * otherwise what it has, completed from `fallback`, so a fresh machine still gets its commit.
 */
export function commitIdentity(configured: Partial<Identity>, fallback: Identity): Identity | undefined {
  if (configured.name !== undefined && configured.email !== undefined) return undefined;
  return { name: configured.name ?? fallback.name, email: configured.email ?? fallback.email };
}

/**
 * `git init`, add everything, first commit, under `author` when given (else git's own identity).
 * Returns why it could not, or undefined when it did.
 */
export function commitNewRepository(cwd: string, message: string, author: Identity | undefined): string | undefined {
  const git = (...args: string[]) => runTool('git', args, cwd);
  if (!git('--version').started) {
    return 'git was not found, so no repository was created. Install git, then run `git init` in the project.';
  }
  const identity = author === undefined ? [] : ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`];
  for (const step of [['init', '--quiet'], ['add', '--all'], [...identity, 'commit', '--quiet', '-m', message]]) {
    const run = git(...step);
    if (!run.ok) return `\`git ${step.join(' ')}\` failed: ${run.output || run.failure}`;
  }
  return undefined;
}

/** The URL of the `origin` remote of the repository around `cwd`, if there is one. */
export function gitRemoteUrl(cwd: string): string | undefined {
  const run = runTool('git', ['remote', 'get-url', 'origin'], cwd);
  const value = run.ok ? run.stdout.trim() : '';
  return value === '' ? undefined : value;
}
