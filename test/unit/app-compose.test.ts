// `yo mcp-python <name> --tool … --resource … --prompt …`: the app composes the handler sub-generators into
// the project it writes, refuses an invalid handler flag before writing anything, and asks for a first tool.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstInvalidHandler } from '../../generators/app/compose-handlers.js';
import { loadGenerator, runGenerator } from '../helpers/generators.js';

const quiet = { skipInstall: true, skipGit: true };
const NOTES = {
  tools: [{ name: 'add_note', function: 'add_note' }],
  resources: [{ uri: 'note://internal/{name}', function: 'read_note' }],
  prompts: [{ name: 'summarize_notes', function: 'summarize_notes' }],
};

/** Runs the app into a fresh folder on disk and returns the project folder. */
async function generate(options: Record<string, unknown>, answers: Record<string, unknown> = {}): Promise<string> {
  const parent = mkdtempSync(join(tmpdir(), 'app-compose-'));
  await runGenerator(await loadGenerator('app'))
    .inDir(parent)
    .withArguments(['weather'])
    .withOptions({ ...quiet, ...options })
    .withAnswers(answers);
  return join(parent, 'weather');
}

const handlersOf = (root: string) => JSON.parse(readFileSync(join(root, '.yo-rc.json'), 'utf8'))['generator-mcp-python'].handlers;

describe('yo mcp-python with --tool, --resource and --prompt', () => {
  describe('composed with --yes', () => {
    let root = '';
    const read = (file: string) => readFileSync(join(root, file), 'utf8');
    before(async () => {
      root = await generate({ yes: true, tool: ['get_forecast'], resource: ['weather://{city}'], prompt: ['plan_trip'] });
    });

    it('adds each handler to the server module, after the example handler of its kind', () => {
      const server = read('src/weather/server.py');
      assert.ok(server.includes(
        '    return f"Added note \'{name}\' with content: {content}"\n\n\n' +
        '@server.tool()\ndef get_forecast() -> str:\n    """Get forecast."""\n    return "get_forecast done"\n\n\n' +
        '@server.resource("note://internal/{name}", mime_type="text/plain")\n',
      ), server);
      assert.ok(server.includes(
        '    return notes[name]\n\n\n' +
        '@server.resource("weather://{city}")\ndef weather(city: str) -> str:\n    """Weather."""\n' +
        '    arguments = {"city": city}\n    return f"weather received {arguments}"\n\n\n@server.prompt()\ndef summarize_notes(',
      ), server);
      assert.ok(server.includes(
        '@server.prompt()\ndef plan_trip() -> str:\n    """Plan trip."""\n    return "plan_trip done"\n\n\n@server.completion()\n',
      ), server);
    });

    it('writes one test module per handler', () => {
      assert.deepEqual(readdirSync(join(root, 'tests')).sort(), [
        '__init__.py', 'conftest.py', 'test_http.py', 'test_prompt_plan_trip.py', 'test_resource_weather.py', 'test_server.py',
        'test_stdio.py', 'test_tool_get_forecast.py', 'test_versions.py',
      ]);
      assert.equal(read('tests/test_tool_get_forecast.py').split('\n')[0], '"""Tests for the get_forecast tool."""');
      assert.match(read('tests/test_tool_get_forecast.py'), /^ {4}result = await client\.call_tool\("get_forecast", \{\}\)$/m);
      assert.match(read('tests/test_resource_weather.py'), /^ {4}read = await client\.read_resource\("weather:\/\/example"\)$/m);
      assert.equal(read('tests/test_prompt_plan_trip.py').split('\n')[0], '"""Tests for the plan_trip prompt."""');
    });

    it("lists each handler in the README's lists", () => {
      const readme = read('README.md').split('\n');
      for (const line of ['- `get_forecast`: Get forecast.', '- `weather://{city}`: Weather.', '- `plan_trip`: Plan trip.']) {
        assert.ok(readme.includes(line), line);
      }
    });

    it('records each handler in .yo-rc.json after the examples', () => {
      assert.deepEqual(handlersOf(root), {
        tools: [...NOTES.tools, { name: 'get_forecast', function: 'get_forecast' }],
        resources: [...NOTES.resources, { uri: 'weather://{city}', function: 'weather' }],
        prompts: [...NOTES.prompts, { name: 'plan_trip', function: 'plan_trip' }],
      });
    });
  });

  it('adds the handlers of a repeated flag in the order given', async () => {
    const root = await generate({ yes: true, example: 'minimal', tool: ['first_tool', 'second_tool'] });
    assert.deepEqual(handlersOf(root).tools, [
      { name: 'echo', function: 'echo' }, { name: 'first_tool', function: 'first_tool' }, { name: 'second_tool', function: 'second_tool' },
    ]);
  });

  it('lets each composed generator ask for what the name leaves open in an interactive run', async () => {
    const root = await generate({ prompt: ['plan_trip'] }, { description: 'Plans a weekend away' });
    assert.match(readFileSync(join(root, 'src/weather/server.py'), 'utf8'), /^def plan_trip\(\) -> str:\n {4}"""Plans a weekend away"""$/m);
  });

  describe('the first-tool question', () => {
    it('composes the tool it is answered with', async () => {
      const root = await generate({}, { firstTool: 'get_forecast' });
      assert.deepEqual(handlersOf(root).tools, [...NOTES.tools, { name: 'get_forecast', function: 'get_forecast' }]);
    });

    it('is not asked with --yes', async () => {
      const root = await generate({ yes: true }, { firstTool: 'surprise' });
      assert.deepEqual(handlersOf(root), NOTES);
    });

    it('is not asked when --resource and --prompt give handlers', async () => {
      const root = await generate({ resource: ['weather://{city}'], prompt: ['plan_trip'] }, { firstTool: 'surprise' });
      assert.deepEqual(handlersOf(root).tools, NOTES.tools);
    });
  });

  describe('refuses an invalid handler flag before writing anything', () => {
    const refusals: Array<[string, Record<string, unknown>, string]> = [
      ['--tool', { tool: ['get forecast'] },
        '--tool: "get forecast" is not a valid MCP tool name: use 1 to 64 characters among A-Z a-z 0-9 _ - (for example "get_forecast").'],
      ['--resource', { resource: ['no-scheme'] },
        '--resource: "no-scheme" is not a URI: write scheme://path without spaces, for example "config://app" or "note://{name}".'],
      ['--prompt', { prompt: ['plan trip'] },
        '--prompt: "plan trip" is not a valid MCP prompt name: use 1 to 64 characters among A-Z a-z 0-9 _ - (for example "plan_trip").'],
    ];
    for (const [flag, options, message] of refusals) {
      it(`refuses an invalid ${flag}`, async () => {
        const parent = mkdtempSync(join(tmpdir(), 'app-compose-'));
        await assert.rejects(
          runGenerator(await loadGenerator('app')).inDir(parent).withArguments(['weather']).withOptions({ ...quiet, yes: true, ...options }),
          (error: Error) => error.message === `${message}\nNothing was written.`,
        );
        assert.ok(!existsSync(join(parent, 'weather')));
      });
    }
  });
});

describe('firstInvalidHandler', () => {
  it('finds no problem in valid handlers, or none', () => {
    assert.equal(firstInvalidHandler({ tools: ['get_forecast'], resources: ['weather://{city}'], prompts: ['plan_trip'] }), undefined);
    assert.equal(firstInvalidHandler({ tools: [], resources: [], prompts: [] }), undefined);
  });

  it('names the flag of the first invalid handler: tools, then resources, then prompts', () => {
    const tool = '--tool: "b c" is not a valid MCP tool name: use 1 to 64 characters among A-Z a-z 0-9 _ - (for example "b_c").';
    assert.equal(firstInvalidHandler({ tools: ['ok', 'b c'], resources: ['nope'], prompts: ['x y'] }), tool);
    assert.equal(
      firstInvalidHandler({ tools: ['ok'], resources: ['weather://{city}', 'nope'], prompts: ['x y'] }),
      '--resource: "nope" is not a URI: write scheme://path without spaces, for example "config://app" or "note://{name}".',
    );
    assert.equal(
      firstInvalidHandler({ tools: [], resources: [], prompts: ['fine', 'x y'] }),
      '--prompt: "x y" is not a valid MCP prompt name: use 1 to 64 characters among A-Z a-z 0-9 _ - (for example "x_y").',
    );
  });
});
