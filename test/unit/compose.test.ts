// Composition: a third-party generator (test/fixtures/generator-acme-mcp, written against the public
// API) composes tool twice, resource, prompt and client-config into an existing project in one run.
// It imports 'generator-mcp-python' itself: linked to this package, whose build npm test makes first.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import helpers from 'yeoman-test';
import { assertUnchanged, copyFixture, read, snapshot } from '../helpers/fixture-project.js';
import { repoRoot } from '../helpers/generators.js';

const ACME = fileURLToPath(new URL('../fixtures/generator-acme-mcp/generators/app/index.js', import.meta.url));
const SERVER = 'src/demo_server/server.py';

/** The fixture depends on this package as a user's generator would: link it in as its dependency. */
function linkThisPackage(): void {
  const link = fileURLToPath(new URL('../fixtures/generator-acme-mcp/node_modules/generator-mcp-python', import.meta.url));
  if (existsSync(link)) return;
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(repoRoot, link, 'dir');
}

const runAcme = (project: string, options: Record<string, unknown> = {}) =>
  helpers.run(ACME, { namespace: 'acme-mcp:app' }).cd(project).withOptions({ uvPath: 'uv', ...options } as never);

describe('composing the sub-generators from another generator', () => {
  before(linkThisPackage);

  it('lands every handler, test, README line and record, and the client entry, in one run', async () => {
    const project = copyFixture('fresh');
    await runAcme(project);
    const server = read(project, SERVER);
    for (const fn of ['def get_forecast(', 'def get_alerts(', 'def weather_forecast(', 'def plan_trip(']) assert.ok(server.includes(fn), fn);
    assert.ok(server.indexOf('def get_forecast(') < server.indexOf('def get_alerts('), 'the second tool goes after the first');
    for (const test of ['test_tool_get_forecast.py', 'test_tool_get_alerts.py', 'test_resource_weather_forecast.py', 'test_prompt_plan_trip.py']) {
      assert.ok(existsSync(join(project, 'tests', test)), test);
    }
    const config = JSON.parse(read(project, '.yo-rc.json'))['generator-mcp-python'];
    assert.deepEqual(config.handlers.tools.map((tool: { name: string }) => tool.name), ['add_note', 'get_forecast', 'get_alerts']);
    assert.deepEqual(config.handlers.resources.map((resource: { uri: string }) => resource.uri), ['note://internal/{name}', 'weather://{city}/forecast']);
    assert.deepEqual(config.handlers.prompts.map((prompt: { name: string }) => prompt.name), ['summarize_notes', 'plan_trip']);
    const readme = read(project, 'README.md');
    for (const bullet of ['`get_forecast`', '`get_alerts`', '`weather://{city}/forecast`', '`plan_trip`']) assert.ok(readme.includes(bullet), bullet);
    assert.ok(existsSync(join(project, '.cursor', 'mcp.json')), 'Cursor entry written');
  });

  it('a clash in the third composition: the run fails with one clear message and every file is byte-identical', async () => {
    const project = copyFixture('fresh');
    const before = snapshot(project);
    await assert.rejects(runAcme(project, { forecastUri: 'note://internal/{name}' }), (error: Error) => {
      assert.match(error.message, /^A resource with the URI "note:\/\/internal\/\{name\}" is already served by read_note\(\)[\s\S]*Nothing was written\.$/);
      return true;
    });
    assertUnchanged(project, before);
  });

  it('the second composition taking the name the first gave is caught at write time, and nothing is written', async () => {
    const project = copyFixture('fresh');
    const before = snapshot(project);
    await assert.rejects(runAcme(project, { alertsTool: 'get_forecast' }), /A tool named "get_forecast" is already served by get_forecast\(\)[\s\S]*Nothing was written\.$/);
    assertUnchanged(project, before);
  });

  it('a bad option is refused exactly as the flag would be, and nothing is written', async () => {
    const project = copyFixture('fresh');
    const before = snapshot(project);
    await assert.rejects(runAcme(project, { alertsTool: 'bad name!' }), /"bad name!" is not a valid MCP tool name/);
    assertUnchanged(project, before);
  });
});
