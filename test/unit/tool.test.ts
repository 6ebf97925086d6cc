import assert from 'node:assert/strict';
import { join } from 'node:path';
import { assertUnchanged, copyFixture, read, refusal, runHandler, snapshot } from '../helpers/fixture-project.js';

const SERVER = 'src/demo_server/server.py';

describe('yo mcp-python:tool', () => {
  describe('in a fresh project, with --yes and flags', () => {
    let project: string;
    before(async () => {
      project = copyFixture('fresh');
      await runHandler('tool', project, ['fetch_weather'], {
        yes: true,
        description: 'Current weather for a city',
        param: ['city:str:The city', 'days:int=3'],
      });
    });

    it('appends the tool after the last tool, before the resource', () => {
      const server = read(project, SERVER);
      const tool = server.indexOf('@server.tool()\ndef fetch_weather(');
      assert.ok(tool > server.indexOf('async def add_note('), server);
      assert.ok(tool < server.indexOf('@server.resource('), server);
      assert.match(server, /\n\n\n@server\.tool\(\)\ndef fetch_weather\(city: Annotated\[str, Field\(description="The city"\)\], days: int = 3\) -> str:\n {4}"""Current weather for a city"""\n/);
    });

    it('adds the imports it needs, each in its isort place', () => {
      const server = read(project, SERVER);
      assert.match(server, /^from typing import Annotated\n\nfrom mcp\.server import MCPServer\n/m);
      assert.match(server, /^from mcp\.server\.mcpserver\.exceptions import ResourceNotFoundError\nfrom pydantic import Field\n/m);
    });

    it('writes a test, a README bullet and a record in .yo-rc.json', () => {
      const test = read(project, 'tests/test_tool_fetch_weather.py');
      assert.match(test, /await client\.call_tool\("fetch_weather", \{"city": "example"\}\)/);
      assert.match(read(project, 'README.md'), /- `fetch_weather`: Current weather for a city\n<!-- mcp-python:tools -->/);
      const config = JSON.parse(read(project, '.yo-rc.json'))['generator-mcp-python'];
      assert.deepEqual(config.handlers.tools, [
        { name: 'add_note', function: 'add_note' },
        { name: 'fetch_weather', function: 'fetch_weather' },
      ]);
    });
  });

  it('works from a subfolder of the project', async () => {
    const project = copyFixture('fresh');
    await runHandler('tool', join(project, 'src', 'demo_server'), ['ping'], { yes: true });
    assert.match(read(project, SERVER), /@server\.tool\(\)\ndef ping\(\) -> str:\n {4}"""Ping\."""\n {4}return "ping done"\n/);
  });

  it('keeps a kebab-case name for clients and makes a snake_case function', async () => {
    const project = copyFixture('fresh');
    const log = await runHandler('tool', project, ['fetch-weather'], { yes: true });
    assert.ok(log.includes('Adding the tool "fetch-weather" to src/demo_server/server.py as fetch_weather()'), log.join('\n'));
    assert.match(read(project, SERVER), /@server\.tool\(name="fetch-weather"\)\ndef fetch_weather\(\) -> str:/);
    assert.match(read(project, 'README.md'), /- `fetch-weather`: Fetch weather\./);
  });

  it('builds async tools with a Context, progress and annotations', async () => {
    const project = copyFixture('fresh');
    await runHandler('tool', project, ['slow_job'], { yes: true, context: true, readOnly: true, openWorld: true, title: 'Slow job' });
    const server = read(project, SERVER);
    assert.match(server, /annotations=ToolAnnotations\(read_only_hint=True, open_world_hint=True\)/);
    assert.match(server, /async def slow_job\(ctx: Context\) -> str:\n {4}"""Slow job\."""\n {4}await ctx\.report_progress\(0, 1, "Started"\)/);
    assert.match(server, /^from mcp\.types import ToolAnnotations$/m);
    assert.equal(server.match(/^from mcp\.server\.mcpserver import Context$/gm)?.length, 1, 'Context is imported once');
  });

  it('asks for everything when no flag is given', async () => {
    const project = copyFixture('fresh');
    await runHandler('tool', project, [], {}, {
      name: 'lookup', description: 'Look it up', title: '', returns: 'int', annotations: ['idempotent'],
    });
    const server = read(project, SERVER);
    assert.match(server, /@server\.tool\(annotations=ToolAnnotations\(idempotent_hint=True\)\)\ndef lookup\(\) -> int:\n {4}"""Look it up"""\n {4}return 0\n/);
  });

  describe('in a hand-edited module', () => {
    it('follows the renamed server variable and inserts after the last tool, keeping the code around it', async () => {
      const project = copyFixture('hand-edited');
      const before = read(project, SERVER);
      await runHandler('tool', project, ['archive_note'], { yes: true });
      const after = read(project, SERVER);
      assert.match(after, /@app\.tool\(\)\ndef archive_note\(\) -> str:/);
      const removed = after.replace(/\n\n@app\.tool\(\)\ndef archive_note\(\) -> str:\n {4}"""Archive note\."""\n {4}return "archive_note done"\n\n/, '\n');
      assert.equal(removed, before);
      assert.ok(after.indexOf('def archive_note') < after.indexOf('@app.resource('));
    });
  });

  it('keeps CRLF line breaks', async () => {
    const project = copyFixture('crlf');
    await runHandler('tool', project, ['fetch_weather'], { yes: true, param: ['city:str:The city'] });
    const server = read(project, SERVER);
    assert.doesNotMatch(server.replace(/\r\n/g, ''), /\n/, 'every line break is CRLF');
    assert.match(server, /\r\n\r\n\r\n@server\.tool\(\)\r\ndef fetch_weather\(/);
    assert.doesNotMatch(read(project, 'README.md').replace(/\r\n/g, ''), /\n/);
    assert.doesNotMatch(read(project, 'tests/test_tool_fetch_weather.py').replace(/\r\n/g, ''), /\n/);
  });

  it('grows a FastMCP (mcp 1.x) server it did not create, with mcp 1.x spellings', async () => {
    const project = copyFixture('fastmcp-v1');
    await runHandler('tool', project, ['get_forecast'], { yes: true, context: true, readOnly: true });
    const server = read(project, 'weather.py');
    assert.match(server, /@mcp\.tool\(annotations=ToolAnnotations\(readOnlyHint=True\)\)\nasync def get_forecast\(ctx: Context\) -> str:/);
    assert.match(server, /^from mcp\.server\.fastmcp import Context, FastMCP$/m);
    assert.ok(server.indexOf('def get_forecast') < server.indexOf('if __name__'));
    const config = JSON.parse(read(project, '.yo-rc.json'))['generator-mcp-python'];
    assert.equal(config.serverModule, 'weather.py');
    assert.equal(config.serverVariable, 'mcp');
  });

  describe('refuses, changing nothing', () => {
    const cases: Array<[string, string, string[], Record<string, unknown>, RegExp]> = [
      ['a tool name already served', 'fresh', ['add_note'], {}, /A tool named "add_note" is already served by add_note\(\)/],
      ['a name served through name=', 'hand-edited', ['add-note'], {}, /already served/],
      ['a function already defined', 'hand-edited', ['helper_between_handlers'], {}, /already defines `helper_between_handlers`/],
      ['a variable already defined', 'fresh', ['notes'], {}, /already defines `notes`/],
      ['an invalid MCP name', 'fresh', ['fetch weather!'], {}, /not a valid MCP tool name/],
      ['a name longer than 64 characters', 'fresh', ['x'.repeat(65)], {}, /1 to 64 characters/],
      ['a Python keyword', 'fresh', ['class'], {}, /"class" is a Python keyword/],
      ['a name shadowing an import', 'fastmcp-v1', ['httpx'], {}, /`httpx` is imported by weather\.py/],
      ['a --function shadowing an import', 'fresh', ['make_server'], { function: 'MCPServer' }, /`MCPServer` is imported by src\/demo_server\/server\.py/],
      ['a built-in', 'fresh', ['print'], {}, /would shadow Python's built-in `print`/],
      ['a broken server file', 'broken', ['ping'], {}, /does not parse as Python \(syntax error near line 7/],
      ['a bad --param type', 'fresh', ['ping'], { param: ['x:tuple'] }, /not a supported parameter type/],
      ['a bad --param default', 'fresh', ['ping'], { param: ['x:int=abc'] }, /the default abc is not a number/],
      ['a duplicate --param', 'fresh', ['ping'], { param: ['x:int', 'x:str'] }, /given twice/],
      ['a ctx parameter next to --context', 'fresh', ['ping'], { param: ['ctx:str'], context: true }, /reserved/],
      ['a parameter starting with _', 'fresh', ['ping'], { param: ['_x:str'] }, /starts with "_"/],
      ['a test file already there', 'fresh', ['ping'], {}, /tests\/test_tool_ping\.py already exists/],
    ];
    for (const [what, fixture, args, options, message] of cases) {
      it(what, async () => {
        const project = copyFixture(fixture as 'fresh');
        if (what === 'a test file already there') {
          const { writeFileSync } = await import('node:fs');
          writeFileSync(join(project, 'tests/test_tool_ping.py'), '# mine\n');
        }
        const before = snapshot(project);
        const error = await refusal('tool', project, args, { yes: true, ...options });
        assert.match(error, message);
        assert.match(error, /Nothing was written|Nothing was changed/);
        assertUnchanged(project, before);
      });
    }

    it('outside any project', async () => {
      const { mkdtempSync, realpathSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const empty = realpathSync(mkdtempSync(join(tmpdir(), 'no-project-')));
      const error = await refusal('tool', empty, ['ping'], { yes: true });
      assert.match(error, /No MCP server project found/);
      assertUnchanged(empty, new Map());
    });
  });
});

describe('yo mcp-python:tool --dry-run', () => {
  it('writes nothing', async () => {
    const project = copyFixture('fresh');
    const before = snapshot(project);
    await runHandler('tool', project, ['ping'], { yes: true, dryRun: true });
    assertUnchanged(project, before);
  });
});
