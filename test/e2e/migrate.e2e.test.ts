// yo mcp-python:migrate end to end: create-mcp-server 1.0.5's real output (made here with uv, as users
// made it, then edited the ways users edit it), an mcp 1.x FastMCP server and a foreign mcp 2 server
// are migrated; each then passes uv sync, ruff, pyright and its pytest, answers a real MCP client
// (the official TypeScript SDK over stdio) under its original names, and grows with yo mcp-python:tool.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { assertUnchanged, runHandler, snapshot } from '../helpers/fixture-project.js';
import { addEchoTool, copyProject, createMcpServerProject, renameServer, runMigrate } from '../fixtures/migrate/projects.js';
import { connectStdio, firstText } from '../helpers/mcp-client.js';
import { installPacked } from '../helpers/packed.js';
import { checkPythonProject, requireUv, run } from '../helpers/processes.js';

function passesItsChecks(project: string): void {
  const outputs = checkPythonProject(project);
  assert.match(outputs['pytest'] ?? '', /\d+ passed/);
  assert.doesNotMatch(outputs['pytest'] ?? '', /failed|error/);
}

/** What create-mcp-server's example did, asked through a real client under its original MCP names. */
async function exerciseNotes(client: Client, serverName: string): Promise<void> {
  assert.equal(client.getServerVersion()?.name, serverName);
  const added = await client.callTool({ name: 'add-note', arguments: { name: 'todo', content: 'buy milk' } });
  assert.equal(added.isError ?? false, false);
  assert.equal(firstText(added), "Added note 'todo' with content: buy milk");
  const note = await client.readResource({ uri: 'note://internal/todo' });
  assert.equal(firstText(note.contents[0]), 'buy milk');
  const prompts = await client.listPrompts();
  const summarize = prompts.prompts.find((prompt) => prompt.name === 'summarize-notes');
  assert.deepEqual(
    summarize?.arguments?.map((arg) => [arg.name, arg.required ?? false]),
    [['style', false]],
  );
  const prompt = await client.getPrompt({ name: 'summarize-notes', arguments: { style: 'detailed' } });
  assert.equal(firstText(prompt.messages[0]), 'Here are the current notes to summarize: Give extensive details.\n\n- todo: buy milk');
}

const VARIANTS = [
  { label: 'as create-mcp-server made it', serverName: 'srv', prepare: (_: string) => {} },
  { label: 'with a tool the user added to the dispatch functions', serverName: 'srv', prepare: (project: string) => addEchoTool(project) },
  { label: 'with the server renamed', serverName: 'my-notes', prepare: (project: string) => renameServer(project) },
];

describe('yo mcp-python:migrate, end to end', function () {
  let uv = '';
  before(() => {
    uv = requireUv();
  });

  for (const variant of VARIANTS) {
    describe(`a create-mcp-server 1.0.5 project ${variant.label}`, () => {
      let project = '';
      let client: Client | undefined;

      before(async function () {
        this.timeout(300_000);
        project = createMcpServerProject();
        variant.prepare(project);
        await runMigrate(project, { options: { force: true } });
      });
      after(async () => client?.close());

      it('passes uv sync, ruff check, ruff format --check, pyright and its own pytest', () => {
        passesItsChecks(project);
        assert.ok(existsSync(join(project, 'MIGRATION.md')));
      });

      it('answers a real MCP client under its original names', async () => {
        client = await connectStdio({ command: uv, args: ['run', '--directory', project, 'srv'] });
        await exerciseNotes(client, variant.serverName);
        if (variant.label.includes('added')) {
          const echoed = await client.callTool({ name: 'echo', arguments: { text: 'hi', times: 2 } });
          assert.equal(firstText(echoed), 'hi hi');
        }
      });

      it('then grows with yo mcp-python:tool, and still passes its checks', async () => {
        await runHandler('tool', project, ['fetch-weather'], { yes: true, force: true, param: ['city:str'] });
        assert.match(
          readFileSync(join(project, 'src/srv/server.py'), 'utf8'),
          /@server\.tool\(name="fetch-weather"\)\ndef fetch_weather\(city: str\) -> str:/,
        );
        passesItsChecks(project);
      });
    });
  }

  for (const [fixture, script, call] of [
    ['fastmcp-v1', 'weather-v1', { name: 'forecast', arguments: { city: 'Oslo' }, expected: 'weather: sunny in Oslo' }],
    ['mcp2-foreign', 'inventory', { name: 'stock-level', arguments: { item: 'apples' }, expected: '3' }],
  ] as const) {
    describe(`the ${fixture} fixture`, () => {
      let project = '';
      before(async () => {
        project = copyProject(fixture);
        await runMigrate(project, { options: { force: true } });
      });

      it('passes uv sync, ruff check, ruff format --check, pyright and its own pytest', () => {
        passesItsChecks(project);
      });

      it('answers a real MCP client', async () => {
        const client = await connectStdio({ command: uv, args: ['run', '--directory', project, script] });
        try {
          assert.equal(firstText(await client.callTool({ name: call.name, arguments: call.arguments })), call.expected);
        } finally {
          await client.close();
        }
      });

      it('then grows with yo mcp-python:tool', async () => {
        await runHandler('tool', project, ['ping'], { yes: true, force: true });
        passesItsChecks(project);
      });
    });
  }
});

describe('yo mcp-python:migrate through the real yo binary (packed tarball, non-root)', () => {
  let yo: (cwd: string, ...args: string[]) => ReturnType<ReturnType<typeof installPacked>['yo']>;
  let project = '';

  before(function () {
    this.timeout(300_000);
    const packed = installPacked();
    yo = (cwd, ...args) => packed.yo(['mcp-python:migrate', ...args], cwd);
    project = createMcpServerProject();
    if (process.getuid?.() === 0) run('chown', ['-R', '65534:65534', join(project, '..')]);
  });

  it('--dry-run shows the diff and writes nothing', () => {
    const before = snapshot(project);
    const ran = yo(join(project, 'src'), '--dry-run');
    assert.equal(ran.status, 0, `${ran.stdout}\n${ran.stderr}`);
    assert.match(`${ran.stdout}${ran.stderr}`, /@server\.tool\(name="add-note"\)/);
    assertUnchanged(project, before);
  });

  it('without --force and without a terminal, refuses with the way out and writes nothing', () => {
    const before = snapshot(project);
    const ran = yo(project, '--yes');
    assert.notEqual(ran.status, 0);
    assert.match(
      `${ran.stdout}${ran.stderr}`,
      /no terminal to answer on\. In a script, pass --force[\s\S]*--dry-run[\s\S]*Nothing was written/,
    );
    assertUnchanged(project, before);
  });

  it('--force migrates, prints what is left to do, and lists the flags in --help', () => {
    const ran = yo(project, '--force', '--skip-install');
    assert.equal(ran.status, 0, `${ran.stdout}\n${ran.stderr}`);
    assert.match(
      `${ran.stdout}${ran.stderr}`,
      /Migrated from create-mcp-server[\s\S]*README\.md: README\.md still describes the create-mcp-server project\./,
    );
    assert.match(readFileSync(join(project, 'pyproject.toml'), 'utf8'), /"mcp>=2\.3,<3"/);
    const help = yo(project, '--help');
    for (const option of ['--force', '--dry-run', '--yes']) assert.ok(help.stdout.includes(option), help.stdout);
  });

  it('refuses a folder that is not an MCP server, with one clear line and a non-zero exit', () => {
    const other = copyProject('not-a-server');
    if (process.getuid?.() === 0) run('chown', ['-R', '65534:65534', join(other, '..')]);
    const ran = yo(other, '--force');
    assert.notEqual(ran.status, 0);
    assert.match(`${ran.stdout}${ran.stderr}`, /No MCP server found in [\s\S]*Nothing was written\./);
    assert.doesNotMatch(`${ran.stdout}${ran.stderr}`, /\n\s+at /, 'no stack trace');
  });
});
