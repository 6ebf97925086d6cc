// The uv to write into a config file. GUI clients do not get the shell's PATH, so a bare `uv` fails with
// "spawn uv ENOENT": the entry needs uv's absolute path. A version manager's shim (pyenv, asdf, mise) is
// not good enough either: it picks a tool version by the folder it starts in, and the client starts it
// from its own folder, so a shim is resolved to the real executable behind it.
import { spawnSync } from 'node:child_process';
import { findUv, isExecutableFile } from '../uv.js';
import { pathFor, type Host } from './config-path.js';

export interface UvLookup {
  host: Host;
  /** uv on the PATH, as `findUv` finds it. */
  onPath(): string | undefined;
  isExecutable(path: string): boolean;
  /** stdout of a command run in the home folder, or undefined when it fails. */
  run(command: string, args: string[]): string | undefined;
}

/** Where uv's own installers put it, for when yo itself runs without uv on its PATH. */
export function usualUvLocations(host: Host): string[] {
  const path = pathFor(host.platform);
  if (host.platform === 'win32') {
    return [path.join(host.home, '.local', 'bin', 'uv.exe'), path.join(host.home, '.cargo', 'bin', 'uv.exe')];
  }
  return [
    path.join(host.home, '.local', 'bin', 'uv'),
    path.join(host.home, '.cargo', 'bin', 'uv'),
    '/opt/homebrew/bin/uv',
    '/usr/local/bin/uv',
  ];
}

const SHIM_MANAGERS = [
  { marker: '.pyenv', command: 'pyenv' },
  { marker: 'pyenv-win', command: 'pyenv' },
  { marker: '.asdf', command: 'asdf' },
  { marker: 'mise', command: 'mise' },
] as const;

/** The executable behind a version-manager shim, or the path unchanged when it is not a shim. */
export function resolveShim(found: string, lookup: UvLookup): string {
  const path = pathFor(lookup.host.platform);
  if (path.basename(path.dirname(found)).toLowerCase() !== 'shims') return found;
  const segments = found.split(/[\\/]/);
  const manager = SHIM_MANAGERS.find(({ marker }) => segments.includes(marker));
  if (manager === undefined) return found;
  const real = lookup.run(manager.command, ['which', 'uv'])?.trim().split(/\r?\n/)[0];
  return real !== undefined && path.isAbsolute(real) && lookup.isExecutable(real) ? real : found;
}

/** The absolute path of uv to write into a config, or undefined when uv is nowhere to be found. */
export function findUvCommand(lookup: UvLookup): string | undefined {
  const found = lookup.onPath() ?? usualUvLocations(lookup.host).find(candidate => lookup.isExecutable(candidate));
  return found === undefined ? undefined : resolveShim(found, lookup);
}

export function nodeUvLookup(host: Host): UvLookup {
  return {
    host,
    onPath: () => findUv(host.env),
    isExecutable: isExecutableFile,
    run(command, args) {
      // From the home folder, like a client: the version a shim would pick there is the one we resolve.
      const result = spawnSync(command, args, { cwd: host.home, encoding: 'utf8', timeout: 10_000 });
      return result.status === 0 ? result.stdout : undefined;
    },
  };
}
