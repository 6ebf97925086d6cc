// `yo mcp-python:client-config <client>`: each of the five clients, the prompt for a missing client, and
// VS Code's comments surviving a real run.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { envPairsFromCommandLine } from '../../generators/lib/command-line.js';
import { loadGenerator, runGenerator, type GeneratorSource } from '../helpers/generators.js';
import { writeProject } from '../fixtures/client-config/project.js';

const readJson = (file: string): any => JSON.parse(readFileSync(file, 'utf8'));
const ARGS = ['run', '--directory', '${workspaceFolder}', 'weather-tools', '--transport', 'stdio'];

describe('yo mcp-python:client-config', () => {
  let generator: GeneratorSource;
  const folders: string[] = [];
  before(async () => {
    generator = await loadGenerator('client-config');
  });
  after(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  function project(setup?: (root: string) => void): string {
    const root = mkdtempSync(join(tmpdir(), 'client config '));
    folders.push(root);
    writeProject(root);
    setup?.(root);
    return root;
  }

  const run = (root: string, args: string[], options: Record<string, unknown> = {}, answers: Record<string, unknown> = {}) =>
    runGenerator(generator).cd(root).withArguments(args).withOptions({ uvPath: 'uv', force: false, ...options }).withAnswers(answers);

  it('claude-desktop (with --config-path): absolute paths', async () => {
    const root = project();
    await run(root, ['claude-desktop'], { configPath: 'desktop.json', uvPath: 'bin/uv' });
    assert.deepEqual(readJson(join(root, 'desktop.json')).mcpServers['weather-tools'], {
      command: join(root, 'bin', 'uv'),
      args: ['run', '--directory', root, 'weather-tools', '--transport', 'stdio'],
    });
  });

  it('claude-code: .mcp.json', async () => {
    const root = project();
    await run(root, ['claude-code']);
    assert.deepEqual(readJson(join(root, '.mcp.json')).mcpServers['weather-tools'].args, ['run', '--directory', '.', 'weather-tools', '--transport', 'stdio']);
  });

  it('cursor: .cursor/mcp.json with ${workspaceFolder}', async () => {
    const root = project();
    await run(root, ['cursor']);
    assert.deepEqual(readJson(join(root, '.cursor', 'mcp.json')), { mcpServers: { 'weather-tools': { command: 'uv', args: ARGS } } });
  });

  it('vscode: .vscode/mcp.json, "servers", type stdio', async () => {
    const root = project();
    await run(root, ['vscode']);
    assert.deepEqual(readJson(join(root, '.vscode', 'mcp.json')), { servers: { 'weather-tools': { type: 'stdio', command: 'uv', args: ARGS } } });
  });

  it('windsurf (with --config-path): absolute paths; a URL entry uses serverUrl', async () => {
    const root = project();
    await run(root, ['windsurf'], { configPath: 'w.json' });
    assert.equal(readJson(join(root, 'w.json')).mcpServers['weather-tools'].args[2], root);
    const http = project(dir => writeProject(dir, { transport: 'streamable-http' }));
    await run(http, ['windsurf'], { configPath: 'w.json' });
    assert.deepEqual(readJson(join(http, 'w.json')).mcpServers['weather-tools'], { serverUrl: 'http://127.0.0.1:8000/mcp' });
  });

  it('a project-scoped client written outside the project (--config-path) gets absolute paths', async () => {
    const root = project();
    const elsewhere = mkdtempSync(join(tmpdir(), 'global cursor '));
    folders.push(elsewhere);
    await run(root, ['cursor'], { configPath: join(elsewhere, 'mcp.json') });
    assert.equal(readJson(join(elsewhere, 'mcp.json')).mcpServers['weather-tools'].args[2], root);
  });

  it('VS Code\'s comments survive, and the existing server stays first', async () => {
    const root = project(dir => {
      mkdirSync(join(dir, '.vscode'));
      copyFileSync(new URL('../fixtures/client-config/vscode-mcp.comments.jsonc', import.meta.url), join(dir, '.vscode', 'mcp.json'));
    });
    await run(root, ['vscode']);
    const text = readFileSync(join(root, '.vscode', 'mcp.json'), 'utf8');
    for (const comment of ['// Team MCP servers', '/* Secrets are prompted', '// The docs server', '// keep this one first']) {
      assert.ok(text.includes(comment), `lost ${comment}`);
    }
    assert.deepEqual(Object.keys((parse(text) as { servers: object }).servers), ['docs', 'weather-tools']);
  });

  it('no client given: asks for one (Yeoman UI passes no arguments)', async () => {
    const root = project();
    await run(root, [], {}, { client: 'cursor' });
    assert.ok(existsSync(join(root, '.cursor', 'mcp.json')));
  });

  it('--client works like the argument', async () => {
    const root = project();
    await run(root, [], { client: 'claude-code' });
    assert.ok(existsSync(join(root, '.mcp.json')));
  });

  it('no client with --yes, or an unknown one: refused, nothing written', async () => {
    const root = project();
    await assert.rejects(run(root, [], { yes: true }), /Name the client: yo mcp-python:client-config <claude-desktop\|claude-code\|cursor\|vscode\|windsurf>/);
    await assert.rejects(run(root, ['emacs']), /Unknown client "emacs"/);
    assert.equal(existsSync(join(root, '.mcp.json')) || existsSync(join(root, '.cursor')) || existsSync(join(root, '.vscode')), false);
  });

  it('reads --env pairs from the command line, only after this generator\'s name', () => {
    const argv = ['node', 'yo', 'mcp-python:client-config', 'cursor', '--env', 'A=1', '--env=B=2', '--name', 'x'];
    assert.deepEqual(envPairsFromCommandLine('mcp-python:client-config', argv), ['A=1', 'B=2']);
    assert.deepEqual(envPairsFromCommandLine('mcp-python:client-config', ['node', 'mocha', '--env', 'A=1']), []);
    assert.deepEqual(envPairsFromCommandLine('mcp-python:claude-config', argv), []);
    assert.deepEqual(envPairsFromCommandLine(undefined, argv), []);
    const edges = ['node', '--env=BEFORE=0', 'mcp-python:client-config', '--env', 'A=1', '--', '--env', 'AFTER=2'];
    assert.deepEqual(envPairsFromCommandLine('mcp-python:client-config', edges), ['A=1'], 'not before the name, not after --');
    assert.deepEqual(envPairsFromCommandLine('mcp-python:client-config', ['yo', 'mcp-python:client-config', '--env']), [], 'a last --env has no value');
  });
});
