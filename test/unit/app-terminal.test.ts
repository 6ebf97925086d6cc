// `yo mcp-python` in a terminal: Yeoman's real TerminalAdapter and inquirer prompts, driven through
// in-memory streams instead of a keyboard and screen.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { TerminalAdapter } from '@yeoman/adapter';
import { createEnv } from 'yeoman-environment';
import { loadGenerator } from '../helpers/generators.js';

const BACKSPACE = '\u007f';

class Terminal {
  readonly stdin = new PassThrough();
  readonly stdout = new PassThrough();
  screen = '';

  constructor() {
    // A keyboard is a TTY: without one, nothing is asked (see canReachUser).
    Object.assign(this.stdin, { isTTY: true });
    this.stdout.on('data', chunk => (this.screen += String(chunk)));
    // A screen is never closed: inquirer ends its output after each prompt round, harmless for
    // process.stdout but fatal for a PassThrough (the next round would print nowhere).
    this.stdout.end = (() => this.stdout) as never;
  }

  async waitFor(text: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!this.screen.includes(text)) {
      if (Date.now() > deadline) throw new Error(`"${text}" never appeared on screen:\n${this.screen}`);
      await new Promise(resolve => setTimeout(resolve, 20));
    }
  }

  type(keys: string): void {
    this.stdin.write(keys);
  }
}

describe('yo mcp-python in a terminal', () => {
  it('asks a bad answer again with the reason', async () => {
    const terminal = new Terminal();
    const cwd = mkdtempSync(join(tmpdir(), 'terminal-'));
    const adapter = new TerminalAdapter({ stdin: terminal.stdin as never, stdout: terminal.stdout as never, stderr: terminal.stdout as never });
    const env = createEnv({ cwd, adapter } as never);
    const app = await loadGenerator('app');
    env.register(app.Generator, { namespace: 'mcp-python:app', resolved: app.resolved });
    const given = { description: 'd', author: 'a', email: '', license: 'Apache-2.0', python: '3.11', transport: 'stdio', example: 'minimal', publish: true, registry: false, mcpb: false, docker: false };
    const running = env.run(['mcp-python:app'], { skipInstall: true, skipGit: true, ...given } as never);

    await terminal.waitFor('Project name');
    terminal.type('bad name!\r');
    await terminal.waitFor('"bad name!" is not a valid Python project name');
    terminal.type(`${BACKSPACE.repeat(9)}good-name\r`);
    await terminal.waitFor('Add a first tool of your own?');
    terminal.type('\r');
    await running;

    assert.deepEqual(readdirSync(cwd), ['good-name']);
    assert.match(readFileSync(join(cwd, 'good-name', 'pyproject.toml'), 'utf8'), /^license = "Apache-2\.0"$/m);
  });
});
