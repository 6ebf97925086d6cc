// Runs a command-line tool (uv, git) to completion and hands back what it printed, so the generator
// shows it through Yeoman's logger: that is what reaches Yeoman UI's output pane, where the process's
// own stdout goes nowhere anyone looks.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';

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

/**
 * Runs a long tool (`uv sync`), handing each line it prints to `log` as it comes, so the terminal and
 * Yeoman UI's output pane both show progress while it works.
 */
export function streamTool(command: string, args: readonly string[], cwd: string, log: (line: string) => unknown): Promise<ToolRun> {
  return new Promise(resolve => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const printed: string[] = [];
    let stdout = '';
    const lines = (stream: NodeJS.ReadableStream) =>
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', line => {
        printed.push(line);
        log(line);
      });
    child.stdout.on('data', chunk => (stdout += String(chunk)));
    lines(child.stdout);
    lines(child.stderr);
    child.on('error', error => {
      resolve({ ok: false, started: child.pid !== undefined, output: printed.join('\n'), stdout, failure: error.message });
    });
    child.on('close', (status, signal) => {
      const output = printed.join('\n');
      if (status === 0) resolve({ ok: true, started: true, output, stdout });
      else resolve({ ok: false, started: true, output, stdout, failure: `exit ${status ?? signal}` });
    });
  });
}
