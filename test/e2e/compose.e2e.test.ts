// Composition, end to end: a third-party generator (test/fixtures/generator-acme-mcp) grows a generated
// project in one run, and `yo mcp-python --tool … --resource … --prompt …` from the packed tarball
// creates a project whose first commit already holds every handler. Each project then passes its own
// checks (uv sync, ruff, pyright, pytest) and a real MCP client lists and calls every handler.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import helpers from 'yeoman-test';
import { generateProject, repoRoot } from '../helpers/generators.js';
import { connectStdio, firstText } from '../helpers/mcp-client.js';
import { installPacked } from '../helpers/packed.js';
import { checkPythonProject, requireUv, run } from '../helpers/processes.js';

const ACME = fileURLToPath(new URL('../fixtures/generator-acme-mcp/generators/app/index.js', import.meta.url));

function linkThisPackage(): void {
  const link = join(dirname(dirname(dirname(ACME))), 'node_modules', 'generator-mcp-python');
  if (existsSync(link)) return;
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(repoRoot, link, 'dir');
}

/** Lists what the server serves and calls each handler once; returns the tool, resource and prompt names. */
async function serveAll(uv: string, project: string, script: string, tripArgs: Record<string, string>): Promise<{ tools: string[]; templates: string[]; prompts: string[] }> {
  const client: Client = await connectStdio({ command: uv, args: ['run', '--directory', project, script] });
  try {
    const tools = (await client.listTools()).tools.map((tool) => tool.name);
    const templates = (await client.listResourceTemplates()).resourceTemplates.map((template) => template.uriTemplate);
    const prompts = (await client.listPrompts()).prompts.map((prompt) => prompt.name);
    const forecast = await client.callTool({ name: 'get_forecast', arguments: { city: 'Paris' } });
    assert.notEqual(forecast.isError, true);
    assert.match(firstText(forecast), /^get_forecast (received|done)/);
    const read = await client.readResource({ uri: 'weather://paris/forecast' });
    assert.match(firstText(read.contents[0]), /paris/);
    const prompt = await client.getPrompt({ name: 'plan_trip', arguments: tripArgs });
    assert.match(firstText(prompt.messages[0]), /^plan_trip/);
    return { tools, templates, prompts };
  } finally {
    await client.close();
  }
}

describe('composition, end to end', function () {
  let uv = '';
  before(() => {
    uv = requireUv();
  });

  it('a third-party generator composes tool twice, resource, prompt and client-config into a generated project', async function () {
    this.timeout(900_000);
    linkThisPackage();
    const parent = realpathSync(mkdtempSync(join(tmpdir(), 'mcp-python-compose-')));
    const project = await generateProject(parent, { name: 'acme-weather', example: 'notes' });
    await helpers.run(ACME, { namespace: 'acme-mcp:app' }).cd(project).withOptions({ uvPath: uv } as never);
    checkPythonProject(project);
    const served = await serveAll(uv, project, 'acme-weather', { destination: 'Oslo' });
    assert.deepEqual(served.tools, ['add_note', 'get_forecast', 'get_alerts']);
    assert.deepEqual(served.templates, ['note://internal/{name}', 'weather://{city}/forecast']);
    assert.deepEqual(served.prompts, ['summarize_notes', 'plan_trip']);
    const cursor = JSON.parse(readFileSync(join(project, '.cursor', 'mcp.json'), 'utf8')) as { mcpServers: Record<string, unknown> };
    assert.ok(cursor.mcpServers['acme-weather'], 'the Cursor entry names the server');
  });

  it('yo mcp-python --tool ×2 --resource --prompt (packed tarball): one commit holds every handler, all served', async function () {
    this.timeout(900_000);
    const packed = installPacked();
    const work = packed.newFolder('compose');
    const args = ['mcp-python', 'weather', '--yes', '--skip-install', '--python', '3.11'];
    const handlers = ['--tool', 'get_forecast', '--tool', 'get_alerts', '--resource', 'weather://{city}/forecast', '--prompt', 'plan_trip'];
    const ran = packed.yo([...args, ...handlers], work);
    assert.equal(ran.status, 0, `${ran.stdout}\n${ran.stderr}`);
    const project = join(work, 'weather');
    const git = (...gitArgs: string[]) =>
      run('git', ['-C', project, ...gitArgs], { env: { ...process.env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' } });
    assert.equal(git('rev-list', '--count', 'HEAD').stdout.trim(), '1', 'exactly one commit');
    const committed = git('ls-files').stdout;
    for (const file of ['tests/test_tool_get_forecast.py', 'tests/test_tool_get_alerts.py', 'tests/test_resource_weather_forecast.py', 'tests/test_prompt_plan_trip.py']) {
      assert.ok(committed.includes(file), `${file} is in the first commit`);
    }
    assert.equal(git('status', '--porcelain').stdout, '', 'nothing left outside the commit');
    checkPythonProject(project);
    const served = await serveAll(uv, project, 'weather', {});
    assert.deepEqual(served.tools, ['add_note', 'get_forecast', 'get_alerts']);
    assert.deepEqual(served.templates, ['note://internal/{name}', 'weather://{city}/forecast']);
    assert.deepEqual(served.prompts, ['summarize_notes', 'plan_trip']);
  });
});
