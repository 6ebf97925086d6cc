// Growing a generated project: three tools, two resources and two prompts added by the sub-generators,
// then the project's own checks (uv sync, pytest, ruff, pyright) and a real MCP client (the official
// TypeScript SDK over stdio) that lists and calls every one. A missing uv fails this test, never skips.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { assertUnchanged, refusal, runHandler, snapshot } from '../helpers/fixture-project.js';
import { generateProject } from '../helpers/generators.js';
import { connectStdio, firstText } from '../helpers/mcp-client.js';
import { installPacked, type PackedInstall } from '../helpers/packed.js';
import { checkPythonProject, requireUv, run } from '../helpers/processes.js';

// Everything a description may hold: quotes of every kind, backslashes, line breaks, #, {} and Unicode.
const TRICKY = `Say "hello" to {name} – it's a 'test' with ''' and """ # not a comment\nsecond line \\ backslash, 日本語 😀`;

const GREET = ['greet', { yes: true, description: TRICKY, title: 'Greet "someone"', param: ['who:str:Who to greet – "anyone"'] }] as const;

describe('growing a generated project, end to end', function () {
  let uv = '';
  let project = '';
  let client: Client;

  before(async () => {
    // In a hook, not at load time: a missing uv is then reported as this test's failure, by name.
    uv = requireUv();
    const parent = realpathSync(mkdtempSync(join(tmpdir(), 'mcp-python-grow-')));
    project = await generateProject(parent, { name: 'grow-demo', example: 'notes' });
    await runHandler('tool', project, [GREET[0]], { ...GREET[1], param: [...GREET[1].param] });
    await runHandler('tool', project, ['slow-count'], { yes: true, context: true, readOnly: true, idempotent: true, param: ['steps:int=3:How many steps'] });
    await runHandler('tool', project, ['all_types'], {
      yes: true,
      description: 'Takes every parameter type.',
      param: [
        'required_text:str',
        'text:str="a \\"quoted\\" default: with colon"',
        'count:int=-2',
        'ratio:float=1.5',
        'enabled:bool=false',
        'tags:list[str]=["x", "y:z"]',
        'labels:dict[str, str]={"k": "v"}',
        'maybe_text:str | None=None',
        'maybe_count:int | None=7',
      ],
    });
    await runHandler('resource', project, ['config://app'], { yes: true, mimeType: 'application/json', description: 'The app configuration' });
    await runHandler('resource', project, ['weather://{city}/forecast/{day}'], {
      yes: true, name: 'forecast', description: TRICKY, choices: ['city=paris,rome,"quoted" é', 'day=monday,tuesday'],
    });
    await runHandler('prompt', project, ['plan-trip'], { yes: true, description: 'Plan a trip.', arg: ['destination:Where to go', 'days=3'], choices: ['days=1,3,7'] });
    await runHandler('prompt', project, ['review'], { yes: true, description: TRICKY });
  });

  it('passes uv sync, pytest, ruff check, ruff format --check and pyright', function () {
    this.timeout(600_000);
    checkPythonProject(project);
  });

  describe('seen by a real MCP client over stdio', () => {
    before(async function () {
      this.timeout(120_000);
      client = await connectStdio({ command: uv, args: ['run', '--directory', project, 'grow-demo'] });
    });
    after(async () => client?.close());

    it('lists every tool with the exact description, title, annotations and defaults', async () => {
      const { tools } = await client.listTools();
      assert.deepEqual(tools.map((tool) => tool.name), ['add_note', 'greet', 'slow-count', 'all_types']);
      const greet = tools.find((tool) => tool.name === 'greet');
      assert.equal(greet?.description, TRICKY);
      assert.equal(greet?.title, 'Greet "someone"');
      assert.equal((greet?.inputSchema.properties?.['who'] as { description?: string }).description, 'Who to greet – "anyone"');
      const slow = tools.find((tool) => tool.name === 'slow-count');
      assert.deepEqual(slow?.annotations, { readOnlyHint: true, idempotentHint: true });
      const defaults = Object.fromEntries(
        Object.entries(tools.find((tool) => tool.name === 'all_types')?.inputSchema.properties ?? {}).map(([name, schema]) => [name, (schema as { default?: unknown }).default]),
      );
      assert.deepEqual(defaults, {
        required_text: undefined, text: 'a "quoted" default: with colon', count: -2, ratio: 1.5, enabled: false,
        // List and dict defaults are `X | None = None`, filled in by the body (see the call below).
        tags: null, labels: null, maybe_text: null, maybe_count: 7,
      });
    });

    it('calls every tool, and hears the progress of the Context one', async () => {
      const greeted = await client.callTool({ name: 'greet', arguments: { who: 'Ada' } });
      assert.equal(firstText(greeted), "greet received {'who': 'Ada'}");
      const progress: number[] = [];
      const counted = await client.callTool({ name: 'slow-count', arguments: {} }, undefined, { onprogress: (p) => progress.push(p.progress) });
      assert.equal(firstText(counted), "slow_count received {'steps': 3}");
      // The final notification may race the result over stdio; the first one always arrives first.
      assert.equal(progress[0], 0, `progress notifications: ${JSON.stringify(progress)}`);
      const all = await client.callTool({ name: 'all_types', arguments: { required_text: 'r', tags: ['only'] } });
      assert.equal(
        firstText(all),
        `all_types received {'required_text': 'r', 'text': 'a "quoted" default: with colon', 'count': -2, 'ratio': 1.5, 'enabled': False, 'tags': ['only'], 'labels': {'k': 'v'}, 'maybe_text': None, 'maybe_count': 7}`,
      );
    });

    it('lists and reads the static resource and the template', async () => {
      const { resources } = await client.listResources();
      const config = resources.find((resource) => resource.uri === 'config://app');
      assert.equal(config?.mimeType, 'application/json');
      assert.equal(config?.description, 'The app configuration');
      const { resourceTemplates } = await client.listResourceTemplates();
      const forecast = resourceTemplates.find((template) => template.uriTemplate === 'weather://{city}/forecast/{day}');
      assert.equal(forecast?.description, TRICKY);
      assert.equal(firstText((await client.readResource({ uri: 'config://app' })).contents[0]), 'config_app done');
      assert.equal(firstText((await client.readResource({ uri: 'weather://paris/forecast/monday' })).contents[0]), "forecast received {'city': 'paris', 'day': 'monday'}");
    });

    it('lists and renders both prompts', async () => {
      const { prompts } = await client.listPrompts();
      assert.deepEqual(prompts.map((prompt) => prompt.name), ['summarize_notes', 'plan-trip', 'review']);
      const plan = prompts.find((prompt) => prompt.name === 'plan-trip');
      assert.deepEqual(plan?.arguments?.map((arg) => [arg.name, arg.required, arg.description]), [['destination', true, 'Where to go'], ['days', false, undefined]]);
      assert.equal(prompts.find((prompt) => prompt.name === 'review')?.description, TRICKY);
      const rendered = await client.getPrompt({ name: 'plan-trip', arguments: { destination: 'Kyoto' } });
      assert.equal(firstText(rendered.messages[0]), "plan_trip received {'destination': 'Kyoto', 'days': '3'}");
      assert.equal(firstText((await client.getPrompt({ name: 'review' })).messages[0]), 'review done');
    });
  });

  it('serves one completion handler: the example\'s branches and one per handler with declared values', async () => {
    const server = readFileSync(join(project, 'src/grow_demo/server.py'), 'utf8');
    assert.equal(server.match(/@server\.completion\(\)/g)?.length, 1);
    const client = await connectStdio({ command: uv, args: ['run', '--directory', project, 'grow-demo'] });
    try {
      const complete = async (ref: { type: 'ref/prompt'; name: string } | { type: 'ref/resource'; uri: string }, name: string, value: string) =>
        (await client.complete({ ref, argument: { name, value } })).completion.values;
      const forecast = { type: 'ref/resource', uri: 'weather://{city}/forecast/{day}' } as const;
      assert.deepEqual(await complete(forecast, 'city', ''), ['paris', 'rome', '"quoted" é']);
      assert.deepEqual(await complete(forecast, 'day', 'tu'), ['tuesday']);
      assert.deepEqual(await complete({ type: 'ref/prompt', name: 'plan-trip' }, 'days', ''), ['1', '3', '7']);
      assert.deepEqual(await complete({ type: 'ref/prompt', name: 'plan-trip' }, 'destination', ''), []);
      assert.deepEqual(await complete({ type: 'ref/prompt', name: 'summarize_notes' }, 'style', 'b'), ['brief']);
      assert.deepEqual(await complete({ type: 'ref/prompt', name: 'review' }, 'anything', ''), []);
    } finally {
      await client.close();
    }
  });

  it('refuses the same tool command again and leaves every file byte-identical', async () => {
    const before = snapshot(project);
    const message = await refusal('tool', project, [GREET[0]], { ...GREET[1], param: [...GREET[1].param] });
    assert.match(message, /A tool named "greet" is already served by greet\(\)/);
    assertUnchanged(project, before);
  });
});

describe('yo mcp-python:tool through the real yo binary (packed tarball, non-root)', () => {
  let packed: PackedInstall;
  let project = '';
  const yoTool = (cwd: string, ...args: string[]) => packed.yo(['mcp-python:tool', ...args], cwd);

  before(function () {
    this.timeout(300_000);
    packed = installPacked();
    project = join(packed.newFolder('grow'), 'fresh');
    cpSync(fileURLToPath(new URL('../fixtures/python/fresh', import.meta.url)), project, { recursive: true });
    if (process.getuid?.() === 0) run('chown', ['-R', '65534:65534', project]);
  });

  it('--dry-run shows the change and writes nothing', () => {
    const before = snapshot(project);
    const ran = yoTool(join(project, 'src'), 'fetch-weather', '--yes', '--param', 'city:str:The city', '--param', 'days:int=3', '--dry-run');
    assert.equal(ran.status, 0, `${ran.stdout}\n${ran.stderr}`);
    assert.match(`${ran.stdout}${ran.stderr}`, /def fetch_weather\(/);
    assertUnchanged(project, before);
  });

  it('without --force and without a terminal, refuses with the way out and writes nothing', () => {
    const before = snapshot(project);
    const ran = yoTool(project, 'fetch-weather', '--yes', '--param', 'city:str');
    assert.notEqual(ran.status, 0);
    assert.match(`${ran.stdout}${ran.stderr}`, /no terminal to answer on\. In a script, pass --force[\s\S]*Nothing was written/);
    assertUnchanged(project, before);
  });

  it('--force writes every change, repeated --param flags included', () => {
    const ran = yoTool(join(project, 'src'), 'fetch-weather', '--yes', '--param', 'city:str:The city', '--param', 'days:int=3', '--force');
    assert.equal(ran.status, 0, `${ran.stdout}\n${ran.stderr}`);
    const server = readFileSync(join(project, 'src/demo_server/server.py'), 'utf8');
    assert.match(server, /def fetch_weather\(city: Annotated\[str, Field\(description="The city"\)\], days: int = 3\) -> str:/);
    assert.ok(existsSync(join(project, 'tests/test_tool_fetch_weather.py')));
  });

  it('exits non-zero, says why and writes nothing when the tool exists', () => {
    const before = snapshot(project);
    const ran = yoTool(project, 'fetch-weather', '--yes', '--force');
    assert.notEqual(ran.status, 0);
    assert.match(`${ran.stdout}${ran.stderr}`, /A tool named "fetch-weather" is already served by fetch_weather\(\)[\s\S]*Nothing was written/);
    assertUnchanged(project, before);
  });

  it('lists --force and --dry-run in --help', () => {
    const help = yoTool(project, '--help');
    for (const option of ['--param', '--context', '--read-only', '--force', '--dry-run']) assert.ok(help.stdout.includes(option), help.stdout);
  });
});
