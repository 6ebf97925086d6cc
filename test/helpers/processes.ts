// Real processes for end-to-end tests: uv must be there (a missing uv fails the test, it never skips).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { findUv } from '../../generators/lib/uv.js';

export function requireUv(): string {
  const uv = findUv();
  if (uv === undefined) {
    throw new Error('uv is required by the end-to-end tests and was not found on PATH. Install it (`pip install uv`) or run `.ci/run`, which does.');
  }
  return uv;
}

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; throws with its output when it fails. */
export function run(command: string, args: string[], options: SpawnSyncOptions = {}): Ran {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 600_000, ...options });
  const ran = { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
  if (result.error !== undefined || result.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`})\n--- stdout\n${ran.stdout}\n--- stderr\n${ran.stderr}`,
    );
  }
  return ran;
}

/** Runs a command that is expected to fail, and returns what it printed. */
export function runExpectingFailure(command: string, args: string[], options: SpawnSyncOptions = {}): Ran {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 600_000, ...options });
  return { status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

/** The checks every generated project must pass: lint, format, types and its own tests. */
export function checkPythonProject(project: string): Record<string, string> {
  const uv = requireUv();
  const outputs: Record<string, string> = {};
  for (const [label, args] of [
    ['sync', ['sync']],
    ['ruff check', ['run', 'ruff', 'check']],
    ['ruff format', ['run', 'ruff', 'format', '--check']],
    ['pyright', ['run', 'pyright']],
    ['pytest', ['run', 'pytest', '-q']],
  ] as const) {
    outputs[label] = run(uv, [...args], { cwd: project }).stdout;
  }
  return outputs;
}
