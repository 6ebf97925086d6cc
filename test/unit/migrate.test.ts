// yo mcp-python:migrate through yeoman-test: what each kind of project becomes, --dry-run, the
// conflict prompt's whole-or-nothing answer, and the refusals that leave a project byte-identical.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assertUnchanged, read, snapshot } from '../helpers/fixture-project.js';
import { addEchoTool, copyProject, edit, referenceProject, renameServer, runMigrate } from '../fixtures/migrate/projects.js';

const SERVER = 'src/srv/server.py';

function config(project: string): Record<string, any> {
  return JSON.parse(read(project, '.yo-rc.json'))['generator-mcp-python'];
}

async function refusal(project: string, options: Record<string, unknown> = { force: true }): Promise<string> {
  try {
    await runMigrate(project, { options });
  } catch (error) {
    return (error as Error).message;
  }
  return assert.fail('migrate was expected to refuse');
}

describe('yo mcp-python:migrate', () => {
  describe('a create-mcp-server project', () => {
    let project: string;
    before(async () => {
      project = referenceProject();
      await runMigrate(join(project, 'src'), { options: { force: true } });
    });

    it("serves the notes example from MCPServer under create-mcp-server's MCP names", () => {
      const server = read(project, SERVER);
      assert.match(server, /^server = MCPServer\(\n {4}"srv",/m);
      assert.match(server, /@server\.tool\(name="add-note"\)\nasync def add_note\(name: str, content: str, ctx: Context\) -> str:/);
      assert.match(server, /@server\.resource\("note:\/\/internal\/\{name\}", mime_type="text\/plain"\)/);
      assert.match(server, /@server\.prompt\(name="summarize-notes"\)\ndef summarize_notes\(style: str = "brief"\)/);
      assert.doesNotMatch(server, /InitializationOptions|list_tools|import asyncio/);
    });

    it('pins mcp 2, points the script at __main__ and adds the dev group and tool tables', () => {
      const pyproject = read(project, 'pyproject.toml');
      assert.match(pyproject, /^dependencies = \[ "mcp>=2\.3,<3",\]$/m);
      assert.match(pyproject, /^srv = "srv\.__main__:main"$/m);
      for (const table of ['[dependency-groups]', '[tool.ruff]', '[tool.ruff.lint]', '[tool.pytest.ini_options]', '[tool.pyright]'])
        assert.ok(pyproject.includes(`\n${table}\n`), table);
      assert.match(pyproject, /^target-version = "py311"$/m);
      assert.match(pyproject, /^build-backend = "uv_build"$/m, "the build backend stays the user's");
    });

    it('adds what a generated project has: __main__.py, tests, CI and .yo-rc.json', () => {
      for (const file of [
        'src/srv/__main__.py',
        'src/srv/http.py',
        'src/srv/py.typed',
        'tests/test_http.py',
        'tests/conftest.py',
        'tests/test_server.py',
        'tests/test_stdio.py',
        '.github/workflows/ci.yml',
      ]) {
        assert.ok(existsSync(join(project, file)), file);
      }
      assert.ok(!existsSync(join(project, '.mcp-python-migrate')), 'the scratch copies of rendered templates stay in mem-fs');
      assert.match(read(project, 'src/srv/__init__.py'), /^from \.server import server$/m);
      assert.match(read(project, 'tests/test_stdio.py'), /^SERVER_NAME = "srv"$/m);
      assert.deepEqual(config(project).handlers, {
        tools: [{ name: 'add-note', function: 'add_note' }],
        resources: [{ uri: 'note://internal/{name}', function: 'read_note' }],
        prompts: [{ name: 'summarize-notes', function: 'summarize_notes' }],
      });
      assert.equal(config(project).author, 'Ada');
      assert.equal(config(project).python, '3.11');
    });

    it('writes MIGRATION.md with only the README left to do', () => {
      const migration = read(project, 'MIGRATION.md');
      assert.match(migration, /1\. `README\.md`: README\.md still describes the create-mcp-server project\./);
      assert.doesNotMatch(migration, /^2\. /m);
      assert.match(migration, /resources\/list no longer lists one resource per note/);
    });

    it('then has nothing more to migrate', async () => {
      const before = snapshot(project);
      const log = await runMigrate(project, { options: { force: true } });
      assertUnchanged(project, before);
      assert.deepEqual(log, [`${project} is already a generator-mcp-python project (.yo-rc.json): nothing to migrate.`]);
    });
  });

  describe('a create-mcp-server project its user edited', () => {
    it('carries a tool added to the dispatch functions over as an MCPServer tool', async () => {
      const project = referenceProject();
      addEchoTool(project);
      await runMigrate(project, { options: { force: true } });
      const server = read(project, SERVER);
      const echo = [
        '@server.tool(name="echo", description="Echo the text back")',
        'async def echo(',
        '    text: Annotated[str, Field(description="What to echo")],',
        '    times: int | None = None,',
        ') -> list[types.TextContent | types.ImageContent | types.EmbeddedResource]:',
        '    arguments: dict[str, Any] = {"text": text}',
        '    if times is not None:',
        '        arguments["times"] = times',
        '    text = (arguments or {}).get("text", "")',
      ].join('\n');
      assert.ok(server.includes(echo), server);
      assert.match(server, /^from mcp import types$/m);
      assert.deepEqual(
        config(project).handlers.tools.map((tool: { name: string }) => tool.name),
        ['add-note', 'echo'],
      );
      assert.match(read(project, 'MIGRATION.md'), /The tool "echo" was carried over from the dispatch functions as echo\(\)/);
      assert.match(read(project, 'tests/test_server.py'), /MIGRATED_TOOLS = \[\n {4}"add-note",\n {4}"echo",\n\]/);
    });

    it("keeps a renamed server's name and moves it to the `server` variable", async () => {
      const project = referenceProject();
      renameServer(project);
      await runMigrate(project, { options: { force: true } });
      assert.match(read(project, SERVER), /^server = MCPServer\(\n {4}"my-notes",/m);
      assert.match(read(project, 'tests/test_stdio.py'), /^SERVER_NAME = "my-notes"$/m);
      assert.doesNotMatch(read(project, 'MIGRATION.md'), /differs/);
    });

    it('recognises create-mcp-server\'s code under other function names and another layout', async () => {
      const project = referenceProject();
      edit(project, SERVER, (text) => text.replace('async def handle_list_prompts()', 'async def prompts()').replace(/\n\n@server\./g, '\n\n\n@server.'));
      await runMigrate(project, { options: { force: true } });
      assert.doesNotMatch(read(project, 'MIGRATION.md'), /differs/);
    });

    it('lists a dispatch function it cannot carry over in MIGRATION.md, with its code', async () => {
      const project = referenceProject();
      edit(project, SERVER, (text) => text.replace('if uri.scheme != "note":', 'if uri.scheme not in ("note", "memo"):'));
      await runMigrate(project, { options: { force: true } });
      const migration = read(project, 'MIGRATION.md');
      assert.match(migration, /`src\/srv\/server\.py:\d+`: handle_read_resource\(\) differs from create-mcp-server's template/);
      assert.match(migration, /if uri\.scheme not in \("note", "memo"\):/);
    });
  });

  describe('through the conflict prompt', () => {
    it('--dry-run writes nothing', async () => {
      const project = referenceProject();
      const before = snapshot(project);
      await runMigrate(project, { options: { dryRun: true } });
      assertUnchanged(project, before);
    });

    it('writes nothing at all when a change is declined', async () => {
      const project = referenceProject();
      const before = snapshot(project);
      await runMigrate(project, { options: { force: false }, answers: { action: 'skip' } });
      assertUnchanged(project, before);
    });

    it('writes every file, without asking twice, once the changes are accepted', async () => {
      const project = referenceProject();
      await runMigrate(project, { options: { force: false }, answers: { action: 'write' } });
      assert.match(read(project, SERVER), /MCPServer/);
      assert.equal(config(project).serverModule, SERVER);
    });
  });

  describe('an mcp 1.x FastMCP server', () => {
    let project: string;
    before(async () => {
      project = copyProject('fastmcp-v1');
      await runMigrate(project, { options: { force: true } });
    });

    it('applies the renames of the migration guide', () => {
      const server = read(project, 'src/weather_v1/server.py');
      assert.match(server, /^from mcp\.server\.mcpserver import Context, MCPServer$/m);
      assert.match(server, /^from mcp\.server\.mcpserver\.exceptions import MCPServerError, ToolError$/m);
      assert.match(server, /^from mcp\.server\.mcpserver\.prompts import base$/m);
      assert.match(server, /^from mcp\.shared\.exceptions import MCPError$/m);
      assert.match(server, /^from mcp\.types import INVALID_PARAMS, ContentBlock, ErrorData, TextContent$/m);
      assert.match(server, /raise MCPError\.from_error_data\(error\)/);
      assert.match(server, /ctx\.mcp_server\.name/);
      assert.match(server, /-> list\[ContentBlock\]:/);
      assert.match(server, /def describe_error\(error: MCPServerError\)/);
      assert.match(read(project, 'tests/test_listing.py'), /\.input_schema\["properties"\][\s\S]*template\.mime_type/);
    });

    it('moves host, port and json_response to the HTTP run() and passes instructions by keyword', () => {
      const server = read(project, 'src/weather_v1/server.py');
      assert.match(server, /^mcp = MCPServer\("weather", instructions="Answers questions about the weather\."\)$/m);
      assert.match(
        server,
        /mcp\.run\(\n {12}transport="streamable-http",\n {12}host="127\.0\.0\.1",\n {12}port=8123,\n {12}json_response=True,\n {8}\)/,
      );
      assert.match(server, /^ {8}mcp\.run\(\)$/m);
    });

    it('pins mcp 2 with its extras, and adopts the project with a client fixture', () => {
      assert.match(read(project, 'pyproject.toml'), /"mcp\[cli\]>=2\.3,<3",/);
      assert.match(read(project, 'tests/conftest.py'), /^from weather_v1\.server import mcp as server$/m);
      assert.equal(config(project).serverVariable, 'mcp');
      assert.deepEqual(
        config(project).handlers.tools.map((tool: { name: string }) => tool.name),
        ['forecast', 'shout'],
      );
    });
  });

  it('lists every mcp 1.x spot without a mechanical equivalent in MIGRATION.md', async () => {
    const project = copyProject('fastmcp-v1-notes');
    await runMigrate(project, { options: { force: true } });
    const migration = read(project, 'MIGRATION.md');
    for (const expected of [
      /create_connected_server_and_client_session/,
      /mcp\.shared\.progress/,
      /`Cursor` was removed/,
      /the keyword is `data`/,
      /`extra` was removed/,
      /ctx\.client_id/,
      /get_context\(\)/,
      /_lowlevel_server\.add_request_handler/,
      /MCPServer\.settings/,
      /The server has no name/,
      /mount_path/,
      /The transport settings \(port\)/,
    ])
      assert.match(migration, expected);
    assert.match(read(project, 'src/legacy/server.py'), /^mcp = MCPServer\(\)$/m);
  });

  it('adopts an mcp 2 server: .yo-rc.json and tests, the server untouched', async () => {
    const project = copyProject('mcp2-foreign');
    const server = read(project, 'src/inventory/app.py');
    await runMigrate(project, { options: { force: true } });
    assert.equal(read(project, 'src/inventory/app.py'), server);
    assert.match(read(project, 'tests/conftest.py'), /^from inventory\.app import app as server$/m);
    const tests = read(project, 'tests/test_handlers.py');
    for (const expected of ['"stock-level"', '"inventory://all"', '"inventory://item/{item}"', '"reorder"'])
      assert.ok(tests.includes(expected), expected);
    assert.deepEqual(config(project).handlers.resources, [
      { uri: 'inventory://all', function: 'everything' },
      { uri: 'inventory://item/{item}', function: 'one' },
    ]);
    assert.match(read(project, 'pyproject.toml'), /^\[dependency-groups\]\ndev = \[/m);
    assert.ok(!existsSync(join(project, 'MIGRATION.md')), 'nothing uncertain, nothing to list');
  });

  describe('refuses, changing nothing', () => {
    for (const [fixture, message] of [
      ['not-a-server', /^No MCP server found in .*Run this command inside the server project\.\nNothing was written\.$/s],
      ['broken', /^src\/broken_server\/server\.py does not parse as Python \(syntax error near line 7, column 34\)\. Nothing was changed/],
    ] as const) {
      it(fixture, async () => {
        const project = copyProject(fixture);
        const before = snapshot(project);
        assert.match(await refusal(project), message);
        assertUnchanged(project, before);
      });
    }

    it('a low-level server that create-mcp-server did not write', async () => {
      const project = referenceProject();
      edit(project, SERVER, (text) =>
        text.replace(/@server\.(list_resources|read_resource|list_prompts|get_prompt|list_tools)\(\)/g, '@server.other()'),
      );
      const before = snapshot(project);
      assert.match(
        await refusal(project),
        /uses mcp's low-level `Server`, but not in create-mcp-server's shape[\s\S]*Nothing was written\./,
      );
      assertUnchanged(project, before);
    });

    it('outside any project', async () => {
      const project = copyProject('not-a-server');
      assert.match(await refusal(join(project, '..')), /No MCP server project found here or in any parent folder/);
    });
  });
});
