// Ctrl-C and SIGTERM, end to end: the generated server, started with `uv run` as a user or a container
// starts it, stops at once on one signal, over stdio and over streamable HTTP, with the status a shell
// gives a process the signal ended (130 for SIGINT, 143 for SIGTERM) and no traceback. Over stdio,
// stdout carries only protocol messages, even from a handler that prints.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProject } from '../helpers/generators.js';
import { connectHttp, freePort } from '../helpers/mcp-client.js';
import { checkPythonProject, requireUv } from '../helpers/processes.js';

const NAME = 'shutdown-demo';
const STOP_WITHIN_MS = 10_000;
const EXPECTED_STATUS = { SIGINT: 130, SIGTERM: 143 } as const;

// A user's handler that prints: over stdio, the SDK must keep this off the protocol stream.
const PRINTING_TOOL = `

@server.tool()
def shout(text: str) -> str:
    """Print the text, then return it."""
    print(f"printed by a handler: {text}")
    return text.upper()
`;

interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
}

/** `uv run <script> ...` in its own process group, as a terminal's foreground job is. */
function start(uv: string, project: string, args: string[]): Started {
  const child = spawn(uv, ['run', NAME, ...args], { cwd: project, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', chunk => (stdout += String(chunk)));
  child.stderr?.on('data', chunk => (stderr += String(chunk)));
  return { child, stdout: () => stdout, stderr: () => stderr };
}

/**
 * Sends the signal as it arrives in real life: Ctrl-C reaches the terminal's whole process group,
 * SIGTERM (docker stop, systemd, kill) only the process it names, here `uv`, which passes it on.
 * Resolves with the exit status, or fails when the server outlives STOP_WITHIN_MS.
 */
async function stop(started: Started, signal: 'SIGINT' | 'SIGTERM'): Promise<number | string> {
  const { child } = started;
  const exited = new Promise<number | string>(resolve => child.once('exit', (code, name) => resolve(code ?? String(name))));
  const pid = child.pid as number;
  if (signal === 'SIGINT') process.kill(-pid, 'SIGINT');
  else child.kill('SIGTERM');
  const timer = new Promise<'timeout'>(resolve => setTimeout(() => resolve('timeout'), STOP_WITHIN_MS).unref());
  const outcome = await Promise.race([exited, timer]);
  if (outcome === 'timeout') {
    process.kill(-pid, 'SIGKILL');
    assert.fail(`the server still ran ${STOP_WITHIN_MS} ms after one ${signal}:\n${started.stderr()}`);
  }
  return outcome;
}

/** Newline-delimited JSON-RPC over the child's stdin/stdout; resolves with the reply to `id`. */
async function request(started: Started, id: number, method: string, params: object): Promise<Record<string, any>> {
  started.child.stdin?.write(`${JSON.stringify({ jsonrpc: '2.0', id, method, params })}\n`);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    for (const line of started.stdout().split('\n').filter(Boolean)) {
      const message = JSON.parse(line) as Record<string, any>;
      if (message['id'] === id) return message;
    }
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  throw new Error(`no reply to ${method} within 60 s:\n${started.stderr()}`);
}

function assertQuiet(started: Started): void {
  assert.doesNotMatch(started.stderr(), /Traceback|KeyboardInterrupt|CancelledError/, started.stderr());
}

describe('stopping a generated server, end to end', function () {
  let uv = '';
  let project = '';

  before(async () => {
    uv = requireUv();
    const parent = realpathSync(mkdtempSync(join(tmpdir(), 'mcp-python-shutdown-')));
    project = await generateProject(parent, { name: NAME, example: 'notes' });
    appendFileSync(join(project, 'src/shutdown_demo/server.py'), PRINTING_TOOL);
    checkPythonProject(project); // also runs uv sync, so no start below waits for an install
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`over stdio: one ${signal} ends it with ${EXPECTED_STATUS[signal]}; stdout held only protocol messages`, async () => {
      const started = start(uv, project, ['--transport', 'stdio']);
      const initialized = await request(started, 1, 'initialize', {
        protocolVersion: '2025-11-25',
        capabilities: {},
        clientInfo: { name: 'shutdown-test', version: '1.0' },
      });
      assert.ok(initialized['result'], JSON.stringify(initialized));
      started.child.stdin?.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
      const shouted = await request(started, 2, 'tools/call', { name: 'shout', arguments: { text: 'hi' } });
      assert.equal(shouted['result']?.content?.[0]?.text, 'HI');

      // stdin stays open: the server is idle in its read, as under a client that is still connected.
      assert.equal(await stop(started, signal), EXPECTED_STATUS[signal]);
      for (const line of started.stdout().split('\n').filter(Boolean)) {
        assert.equal((JSON.parse(line) as { jsonrpc?: string }).jsonrpc, '2.0', `not a protocol message on stdout: ${line}`);
      }
      assert.match(started.stderr(), /printed by a handler: hi/, 'the handler printed, and its line went to stderr');
      assertQuiet(started);
    });

    it(`over streamable HTTP: one ${signal} ends it with ${EXPECTED_STATUS[signal]}, a client still connected`, async () => {
      const port = await freePort();
      const started = start(uv, project, ['--transport', 'streamable-http', '--port', String(port)]);
      const url = `http://127.0.0.1:${port}/mcp`;
      const deadline = Date.now() + 60_000;
      let client;
      while (client === undefined) {
        if (started.child.exitCode !== null || Date.now() > deadline) assert.fail(`the server did not start:\n${started.stderr()}`);
        client = await connectHttp(url).catch(() => new Promise<undefined>(resolve => setTimeout(resolve, 250)));
      }
      const shouted = await client.callTool({ name: 'shout', arguments: { text: 'hi' } });
      assert.equal((shouted.content as Array<{ text: string }>)[0]?.text, 'HI');

      assert.equal(await stop(started, signal), EXPECTED_STATUS[signal]);
      assertQuiet(started);
      await client.close().catch(() => undefined);
    });
  }
});
