// The app's install step, as data: which Python the project pins, and what the closing message may
// honestly say about the lock and the install (lib/uv.ts runs them). `uv init` pins the interpreter it
// finds; so does this, so that a machine with only Python 3.11 does not send `uv sync` to download 3.10.
import { spawnSync } from 'node:child_process';
import type { InstallOutcome } from '../lib/uv.js';

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
