// A real MCP client (the official TypeScript SDK) for end-to-end tests, over stdio or streamable HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

export interface StdioLaunch {
  command: string;
  args: string[];
  cwd?: string;
  env?: Record<string, string>;
}

function newClient(): Client {
  return new Client({ name: 'generator-mcp-python-e2e', version: '1.0.0' });
}

/** Starts the server as a subprocess, exactly as given, and connects to it over stdio. */
export async function connectStdio(launch: StdioLaunch): Promise<Client> {
  const client = newClient();
  const env = { ...(process.env as Record<string, string>), ...launch.env };
  await client.connect(new StdioClientTransport({ ...launch, env, stderr: 'pipe' }));
  return client;
}

export async function connectHttp(url: string): Promise<Client> {
  const client = newClient();
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return client;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningServer {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Spawns an HTTP server process and waits (bounded) until its MCP endpoint answers. */
export async function startHttpServer(command: string, args: string[], cwd: string, port: number): Promise<RunningServer> {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', chunk => (output += String(chunk)));
  child.stderr?.on('data', chunk => (output += String(chunk)));
  const url = `http://127.0.0.1:${port}/mcp`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise(resolve => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the HTTP server exited with ${child.exitCode}:\n${output}`);
    try {
      await fetch(url, { method: 'GET', signal: AbortSignal.timeout(1000) });
      return { url, process: child, stop };
    } catch {
      await new Promise(resolve => setTimeout(resolve, 250));
    }
  }
  await stop();
  throw new Error(`the HTTP server did not listen on ${url} within 60 s:\n${output}`);
}

/** The text of the first content block of a tool result, prompt message or resource. */
export function firstText(value: unknown): string {
  const block = value as { text?: unknown; content?: unknown };
  if (typeof block.text === 'string') return block.text;
  if (Array.isArray(block.content)) return firstText(block.content[0]);
  if (block.content !== undefined) return firstText(block.content);
  throw new Error(`no text in ${JSON.stringify(value)}`);
}
