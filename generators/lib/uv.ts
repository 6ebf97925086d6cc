// Finding uv and telling whether it is new enough for the generated project.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter } from 'node:path';
import semver from 'semver';
import which from 'which';
import { warning } from './log.js';
import { runTool, streamTool } from './run-tool.js';
import { versions } from './versions.js';

export interface UvStatus {
  path?: string;
  version?: string;
  /** Why uv cannot be used, with what to do about it; undefined when it can. */
  problem?: string;
}

export const UV_INSTALL_HINT =
  'Install uv with `pipx install uv` or `pip install uv` (or see https://docs.astral.sh/uv/ for other installers), ' +
  'then run `uv sync` in the project.';

export function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first `uv` on PATH (with PATHEXT's extensions on Windows), or undefined. */
export function findUv(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  // Empty PATH entries are dropped: `which` would read them as the current folder, a relative answer.
  const path = (env['PATH'] ?? env['Path'] ?? '').split(delimiter).filter(folder => folder !== '').join(delimiter);
  if (path === '') return undefined;
  return which.sync('uv', { path, pathExt: env['PATHEXT'], nothrow: true }) ?? undefined;
}

/** Reads `uv --version` ("uv 0.13.9 (...)") into "0.13.9". */
export function parseUvVersion(output: string): string | undefined {
  return /\buv (\d+\.\d+(?:\.\d+)?)/.exec(output)?.[1];
}

export function checkUv(uvPath: string | undefined): UvStatus {
  if (uvPath === undefined) return { problem: `uv was not found on PATH. ${UV_INSTALL_HINT}` };
  const run = runTool(uvPath, ['--version']);
  const version = run.ok ? parseUvVersion(run.stdout) : undefined;
  if (version === undefined) {
    return { path: uvPath, problem: `${uvPath} did not report a version (\`uv --version\` failed). ${UV_INSTALL_HINT}` };
  }
  if (semver.lt(semver.coerce(version) ?? '0.0.0', versions.minimumUv)) {
    return {
      path: uvPath,
      version,
      problem:
        `uv ${version} is older than ${versions.minimumUv}, the oldest this project supports. ` +
        'Upgrade it with `uv self update` or `pip install -U uv`.',
    };
  }
  return { path: uvPath, version };
}

export type InstallOutcome =
  | { kind: 'installed' }
  /** --skip-install: uv.lock written, nothing installed. */
  | { kind: 'locked' }
  /** No usable uv: the project is written without uv.lock. */
  | { kind: 'no-uv'; problem: string }
  | { kind: 'failed'; command: 'uv sync' | 'uv lock'; why: string };

/** `uv sync`, or `uv lock` alone with --skip-install (it installs nothing), with uv's output on the terminal. */
export async function runUv(uvPath: string, cwd: string, skipInstall: boolean, log: (line: string) => unknown): Promise<InstallOutcome> {
  const command = skipInstall ? 'uv lock' : 'uv sync';
  // uv's own output goes through the logger as it comes: that is what reaches Yeoman UI's output pane.
  const run = await streamTool(uvPath, [command.slice(3)], cwd, log);
  if (run.ok) return { kind: skipInstall ? 'locked' : 'installed' };
  return { kind: 'failed', command, why: run.failure ?? 'unknown failure' };
}

/**
 * The install step both generators end with: without a usable uv, a warning (the problem, then `written`,
 * what the project is left as) and no-uv; else the run announced and uv's outcome.
 */
export async function installWithUv(
  uv: UvStatus,
  cwd: string,
  skipInstall: boolean,
  log: (line: string) => unknown,
  written: string,
): Promise<InstallOutcome> {
  if (uv.problem !== undefined || uv.path === undefined) {
    const problem = uv.problem ?? 'uv was not found.';
    warning(log, `${problem}\n${written}; install uv, then run \`uv sync\` in it.`);
    return { kind: 'no-uv', problem };
  }
  log(`Running ${uv.path} ${skipInstall ? 'lock' : 'sync'} (uv ${uv.version})`);
  return runUv(uv.path, cwd, skipInstall, log);
}
