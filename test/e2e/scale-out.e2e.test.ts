// Two replicas of a generated stateless HTTP server behind a round-robin proxy on 127.0.0.1: a real MCP
// client lists and calls every handler through it, each request lands on the other replica, and one
// replica gets SIGTERM while a request is half-way into it, without a failed call.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { generateProject } from '../helpers/generators.js';
import { connectHttp, firstText, freePort } from '../helpers/mcp-client.js';
import { requireUv, run, runExpectingFailure } from '../helpers/processes.js';
import { startRoundRobinProxy } from '../helpers/round-robin-proxy.js';

const NAME = 'scaled-notes';

interface Replica {
  port: number;
  process: ChildProcess;
  output: () => string;
  exited: Promise<string>;
}

async function startReplica(script: string, port: number): Promise<Replica> {
  // No --stateless flag: the container default (on) was chosen at generation time.
  const child = spawn(script, ['--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', chunk => (output += String(chunk)));
  child.stderr?.on('data', chunk => (output += String(chunk)));
  const exited = new Promise<string>(resolve => child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const health = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
      if (health.status === 200 && (await health.text()) === 'ok') return { port, process: child, output: () => output, exited };
    } catch {
      await new Promise(resolve => setTimeout(resolve, 200));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`replica on ${port} did not answer /health within 60 s:\n${output}`);
}

async function distinctPorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

async function callEveryHandler(client: Client): Promise<void> {
  assert.deepEqual((await client.listTools()).tools.map(tool => tool.name), ['add_note']);
  // Notes live in each process's memory (the README says so): add the note on both replicas.
  for (let replica = 0; replica < 2; replica++) {
    const added = await client.callTool({ name: 'add_note', arguments: { name: 'todo', content: 'buy milk' } });
    assert.equal(firstText(added), "Added note 'todo' with content: buy milk");
  }
  const templates = await client.listResourceTemplates();
  assert.deepEqual(templates.resourceTemplates.map(template => template.uriTemplate), ['note://internal/{name}']);
  assert.equal(firstText((await client.readResource({ uri: 'note://internal/todo' })).contents[0]), 'buy milk');
  assert.deepEqual((await client.listPrompts()).prompts.map(prompt => prompt.name), ['summarize_notes']);
  const prompt = await client.getPrompt({ name: 'summarize_notes', arguments: { style: 'brief' } });
  assert.match(firstText(prompt.messages[0]), /- todo: buy milk/);
}

describe('stateless replicas behind a round-robin proxy, end to end', () => {
  let project = '';
  let script = '';
  const replicas: Replica[] = [];

  before(async () => {
    const uv = requireUv();
    project = await generateProject(mkdtempSync(join(tmpdir(), 'mcp-python-scale-')), { name: NAME, transport: 'streamable-http' });
    run(uv, ['sync', '--quiet'], { cwd: project });
    script = join(project, '.venv', 'bin', NAME);
  });

  after(() => {
    for (const replica of replicas) if (replica.process.exitCode === null) replica.process.kill('SIGKILL');
  });

  it('refuses to serve on all interfaces without MCP_ALLOWED_HOSTS, in one line', () => {
    const { MCP_ALLOWED_HOSTS: _unset, ...env } = process.env;
    const refused = runExpectingFailure(script, ['--host', '0.0.0.0', '--port', '1'], { env });
    assert.notEqual(refused.status, 0);
    assert.match(refused.stderr, /^error: serving on 0\.0\.0\.0 needs MCP_ALLOWED_HOSTS/m);
    assert.doesNotMatch(refused.stderr, /Traceback/);
  });

  it('alternates replicas for every request and drains the one stopped mid-request', async () => {
    for (const port of await distinctPorts(2)) replicas.push(await startReplica(script, port));
    const proxy = await startRoundRobinProxy(replicas.map(replica => replica.port));
    const client = await connectHttp(proxy.url);
    try {
      await callEveryHandler(client);
      const before = proxy.log.length;
      assert.ok(before >= 9, `only ${before} requests went through the proxy`);
      proxy.log.forEach((entry, index) => assert.equal(entry.backend, index % 2, `request ${index} (${entry.method} ${entry.rpcMethod}) did not alternate`));
      assert.ok(proxy.log.every(entry => entry.status !== undefined && entry.status < 500), JSON.stringify(proxy.log));

      // The next tools/call that lands on replica 1: half its body goes in, then SIGTERM, then the rest.
      let stoppedDuring = '';
      proxy.hooks.split = entry => {
        if (entry.backend !== 1 || entry.rpcMethod !== 'tools/call' || stoppedDuring !== '') return undefined;
        return resume => {
          stoppedDuring = `${entry.method} ${entry.rpcMethod}`;
          replicas[1]?.process.kill('SIGTERM');
          // Past uvicorn's shutdown tick (0.1 s): it has stopped listening and waits for this request.
          setTimeout(resume, 500);
        };
      };
      const results: string[] = [];
      for (let call = 0; call < 6; call++) {
        const added = await client.callTool({ name: 'add_note', arguments: { name: `n${call}`, content: `c${call}` } });
        assert.equal(added.isError ?? false, false);
        results.push(firstText(added));
      }
      assert.equal(stoppedDuring, 'POST tools/call', 'no call reached replica 1 to be stopped during');
      assert.deepEqual(results, [0, 1, 2, 3, 4, 5].map(call => `Added note 'n${call}' with content: c${call}`));
      // uvicorn finishes its shutdown, then hands the signal back to the app, which exits 128 + 15.
      assert.equal(await (replicas[1]?.exited ?? ''), 'exit 143');
      const log = replicas[1]?.output() ?? '';
      const drained = /Waiting for connections to close[^]*"POST \/mcp HTTP\/1\.1" 200 OK[^]*Application shutdown complete/;
      assert.match(log, drained, `replica 1 did not answer the request in flight before it stopped:\n${log}`);

      // Everything after the stopped replica went to the other one (a refused try moves on, never fails).
      const drainedAt = proxy.log.findIndex((entry, index) => index >= before && entry.backend === 1 && entry.rpcMethod === 'tools/call');
      const after = proxy.log.slice(drainedAt + 1);
      assert.ok(after.length > 0);
      assert.ok(after.every(entry => entry.backend === 0 || entry.status === 0), JSON.stringify(after));
      assert.ok(proxy.log.every(entry => entry.status === 0 || (entry.status !== undefined && entry.status < 500)), JSON.stringify(proxy.log));
      assert.equal(firstText((await client.readResource({ uri: 'note://internal/todo' })).contents[0]), 'buy milk');
    } finally {
      await client.close();
      await proxy.close();
    }
  });
});
