// The app's install step, as data: which Python the project pins, the lock, the install, and what the
// closing message may honestly say about them. `uv init` pins the interpreter it finds; so does this,
// so that a machine with only Python 3.11 does not send `uv sync` to download 3.10.
import { spawnSync } from 'node:child_process';
import { streamTool } from '../lib/run-tool.js';

/** `3.11` from `3.11.7` (or from `3.13.0rc1`); undefined for anything else. */
export function minorOf(version: string): string | undefined {
  return /^(\d+\.\d+)/.exec(version.trim())?.[1];
}

const minorNumbers = (minor: string): [number, number] => minor.split('.').map(Number) as [number, number];

/** The Python to pin: the one uv finds when it is at least the lowest supported, else that lowest one. */
export function pythonPin(floor: string, found: string | undefined): string {
  const minor = found === undefined ? undefined : minorOf(found);
  if (minor === undefined) return floor;
  const [major, least] = [minorNumbers(minor), minorNumbers(floor)];
  return major[0] > least[0] || (major[0] === least[0] && major[1] >= least[1]) ? minor : floor;
}

/** The version of the Python uv finds for `>=floor` (installed ones only, nothing downloaded), or undefined. */
export function findPython(uvPath: string, floor: string, cwd: string): string | undefined {
  const run = spawnSync(uvPath, ['python', 'find', '--show-version', '--no-python-downloads', `>=${floor}`], { cwd, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
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

export interface Closing {
  /** The first line of the closing message. */
  headline: string;
  /** Whether `uv sync` is still to be run (a next step). */
  installed: boolean;
  /** Set when the run must end non-zero: what failed and the one command that finishes the job. */
  failure?: string;
}

/** What the closing message says for `outcome`; `where` is how to reach the project (`cd "x" && `, or empty). */
export function closing(projectName: string, outcome: InstallOutcome, where: string): Closing {
  switch (outcome.kind) {
    case 'installed':
      return { headline: `${projectName} is ready. Next steps:`, installed: true };
    case 'locked':
      return { headline: `${projectName} is written and locked (uv.lock); not installed (--skip-install). Next steps:`, installed: false };
    case 'no-uv':
      return { headline: `${projectName} is written, without uv.lock and not installed (no usable uv). Next steps:`, installed: false };
    case 'failed':
      return {
        headline: `${projectName} is written, but \`${outcome.command}\` failed (${outcome.why}), so it is not installed. Next steps:`,
        installed: false,
        failure: `\`${outcome.command}\` failed (${outcome.why}): ${projectName} is written but not installed. ` +
          `Fix the problem uv printed above, then run \`${where}uv sync\`.`,
      };
  }
}
