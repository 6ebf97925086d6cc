// The generator as users get it: `npm pack`ed, installed globally with yo into a private prefix, and
// run as a normal user (yo refuses root). When the tests run as root, the commands drop to `nobody`.
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './generators.js';
import { run, runExpectingFailure, type Ran } from './processes.js';

const NOBODY = 65534;

export interface PackedInstall {
  /** Runs `yo` with these arguments in `cwd` as a non-root user (standard input: an empty pipe, no terminal). */
  yo(args: string[], cwd: string): Ran;
  /** Runs the package's own `mcp-python` command the same way. */
  mcpPython(args: string[], cwd: string): Ran;
  /** Runs `mcp-python` as whoever runs the tests (root in CI): it must not refuse root. */
  mcpPythonAsIs(args: string[], cwd: string): Ran;
  /** A new folder the non-root user may write to. */
  newFolder(name: string): string;
  /** Runs any command as that non-root user, with the install's PATH and HOME (the benchmark's peers). */
  asUser(command: string, args: string[], cwd: string, extraEnv?: Record<string, string>): Ran;
  /** Where the tarball and yo were installed (`prefix/bin` is on the PATH of every command here). */
  prefix: string;
  /** The global node_modules folder the generator was installed into (where Yeoman UI looks them up). */
  modules: string;
  /** `yo` without waiting: several runs at once (`extraEnv` added to its environment). */
  yoAsync(args: string[], cwd: string, extraEnv?: Record<string, string>): Promise<Ran>;
  /** Hands `path` (recursively) to the non-root user, e.g. a copied fixture. */
  giveAway(path: string): void;
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
  const asUser = (command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): Ran => {
    const all = { ...env, ...extraEnv };
    const fullArgs = asRoot
      ? [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'env', ...Object.entries(all).map(([k, v]) => `${k}=${v}`), command, ...args]
      : args;
    return runExpectingFailure(asRoot ? 'setpriv' : command, fullArgs, { cwd, env: { ...process.env, ...all } });
  };
  const yo = (args: string[], cwd: string): Ran => asUser('yo', args, cwd);
  const mcpPython = (args: string[], cwd: string): Ran => asUser('mcp-python', args, cwd);
  const mcpPythonAsIs = (args: string[], cwd: string): Ran => runExpectingFailure('mcp-python', args, { cwd, env: { ...process.env, ...env } });
  const yoAsync = (args: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<Ran> => {
    const all = { ...env, ...extraEnv };
    const fullArgs = asRoot
      ? [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'env', ...Object.entries(all).map(([k, v]) => `${k}=${v}`), 'yo', ...args]
      : args;
    const child = spawn(asRoot ? 'setpriv' : 'yo', fullArgs, { cwd, env: { ...process.env, ...all }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
  };
  const giveAway = (path: string): void => {
    if (!asRoot) return;
    chownSync(path, NOBODY, NOBODY);
    if (!statSync(path).isDirectory()) return;
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) chownSync(join(entry.parentPath, entry.name), NOBODY, NOBODY);
  };
  return { modules: join(prefix, 'lib', 'node_modules'), yo, yoAsync, mcpPython, mcpPythonAsIs, newFolder, asUser, prefix, giveAway };
}
