// Runs a command-line tool (uv, git) to completion and hands back what it printed, so the generator
// shows it through Yeoman's logger: that is what reaches Yeoman UI's output pane, where the process's
// own stdout goes nowhere anyone looks.
import { spawnSync } from 'node:child_process';

export interface ToolRun {
  /** Exit status 0. */
  ok: boolean;
  /** False when the command could not be started at all (not installed, not executable). */
  started: boolean;
  /** stdout, then stderr, trimmed. */
  output: string;
  stdout: string;
  /** Why it did not run or failed: the spawn error, or the exit status or signal. */
  failure?: string;
}

export function runTool(command: string, args: readonly string[], cwd?: string): ToolRun {
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const stdout = run.stdout ?? '';
  const output = [stdout, run.stderr ?? ''].map(text => text.trimEnd()).filter(text => text !== '').join('\n');
  if (run.error !== undefined) {
    return { ok: false, started: run.pid !== undefined && run.pid !== 0, output, stdout, failure: run.error.message };
  }
  if (run.status !== 0) return { ok: false, started: true, output, stdout, failure: `exit ${run.status ?? run.signal}` };
  return { ok: true, started: true, output, stdout };
}
