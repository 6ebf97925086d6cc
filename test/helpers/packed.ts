// The generator as users get it: `npm pack`ed, installed globally with yo into a private prefix, and
// run as a normal user (yo refuses root). When the tests run as root, the commands drop to `nobody`.
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './generators.js';
import { run, runExpectingFailure, type Ran } from './processes.js';

const NOBODY = 65534;

export interface PackedInstall {
  /** Runs `yo` with these arguments in `cwd` as a non-root user. */
  yo(args: string[], cwd: string): Ran;
  /** A new folder the non-root user may write to. */
  newFolder(name: string): string;
  /** The global node_modules folder the generator was installed into (where Yeoman UI looks them up). */
  modules: string;
}

export function installPacked(): PackedInstall {
  if (!existsSync(join(repoRoot, 'dist/generators/app/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does) before the packed-install tests.');
  }
  const base = mkdtempSync(join(tmpdir(), 'mcp-python-packed-'));
  chmodSync(base, 0o755);
  run('npm', ['pack', '--ignore-scripts', '--pack-destination', base], { cwd: repoRoot });
  const tarball = readdirSync(base).find(file => file.endsWith('.tgz'));
  if (tarball === undefined) throw new Error(`npm pack wrote no tarball into ${base}`);
  const prefix = join(base, 'prefix');
  run('npm', ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', join(base, tarball), 'yo@7'], { cwd: base });

  const asRoot = process.getuid?.() === 0;
  const newFolder = (name: string) => {
    const folder = join(base, name);
    mkdirSync(folder, { recursive: true });
    if (asRoot) chownSync(folder, NOBODY, NOBODY);
    return folder;
  };
  const home = newFolder('home');
  const env = {
    HOME: home,
    PATH: `${join(prefix, 'bin')}:${process.env['PATH'] ?? '/usr/bin:/bin'}`,
    NODE_PATH: join(prefix, 'lib', 'node_modules'),
    NO_UPDATE_NOTIFIER: '1',
    LANG: 'C.UTF-8',
  };
  const yo = (args: string[], cwd: string): Ran => {
    const command = asRoot ? 'setpriv' : 'yo';
    const fullArgs = asRoot
      ? [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'env', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), 'yo', ...args]
      : args;
    return runExpectingFailure(command, fullArgs, { cwd, env: { ...process.env, ...env } });
  };
  return { yo, newFolder, modules: join(prefix, 'lib', 'node_modules') };
}
