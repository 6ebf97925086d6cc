// planMigration on in-memory projects: every file a migration writes, and the notes it leaves, for
// create-mcp-server projects, mcp 1.x FastMCP servers and adopted mcp 2 servers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { create as createMemFs } from 'mem-fs';
import { create as createEditor } from 'mem-fs-editor';
import type { ProjectKind, ServerModule } from '../../generators/lib/migrate/detect.js';
import { type MigrationPlan, planMigration } from '../../generators/lib/migrate/plan.js';
import { scanModule } from '../../generators/lib/python/module-scan.js';
import { parseModuleOrThrow } from '../../generators/lib/python/parse.js';

const GENERATORS = fileURLToPath(new URL('../../generators/', import.meta.url));
const EXPECTED = fileURLToPath(new URL('../fixtures/migrate/expected/create-mcp-server/', import.meta.url));
const template = (file: string) => readFileSync(`${GENERATORS}migrate/templates/create-mcp-server-1.0.5/${file}`, 'utf8');
const CANONICAL = { server: template('server.py'), init: template('__init__.py') };
const expected = (file: string) => readFileSync(`${EXPECTED}${file}`, 'utf8');

/** Renders as the generator does: mem-fs-editor's copyTpl of the app's (or migrate's own) template. */
function render(name: string, context: Record<string, unknown>, own?: boolean): string {
  const editor = createEditor(createMemFs() as never);
  const from = own === true ? `${GENERATORS}migrate/templates/${name}` : `${GENERATORS}app/templates/${name}`;
  editor.copyTpl(from, '/virtual/rendered', context);
  return editor.read('/virtual/rendered') ?? '';
}

/** The plan for a project held in `files`, its server module detected as `kind`. */
function plan(files: Record<string, string>, kind: ProjectKind, module: string, variable = 'server', root = '/virtual/srv'): MigrationPlan {
  const source = files[module] as string;
  const tree = parseModuleOrThrow(source, module);
  const detected: ServerModule = { kind, module, variable, source, tree, scan: scanModule(source, tree) };
  const names = Object.keys(files).filter((file) => file.endsWith('.py'));
  return planMigration(
    {
      root,
      read: (file) => files[file],
      render,
      packageFiles: names.filter((file) => !file.startsWith('tests/')),
      testFiles: names.filter((file) => file.startsWith('tests/')),
    },
    detected,
    CANONICAL,
  );
}

const PYPROJECT =
  '[project]\nname = "srv"\nversion = "0.1.0"\ndescription = "A MCP server project"\nreadme = "README.md"\n' +
  'requires-python = ">=3.11"\ndependencies = [ "mcp>=2.3.0",]\n[[project.authors]]\nname = "Ada"\nemail = "ada@example.com"\n\n' +
  '[build-system]\nrequires = [ "uv_build>=0.13.9,<0.14.0",]\nbuild-backend = "uv_build"\n\n[project.scripts]\nsrv = "srv:main"\n';

const reference = (pyproject = PYPROJECT): Record<string, string> => ({
  'pyproject.toml': pyproject,
  'src/srv/server.py': CANONICAL.server,
  'src/srv/__init__.py': CANONICAL.init,
});

const fileNames = (result: MigrationPlan) => result.writes.map((write) => write.file);
const written = (result: MigrationPlan, file: string) => result.writes.find((write) => write.file === file)?.content;

const CMS_FILES = [
  'pyproject.toml',
  'src/srv/server.py',
  'src/srv/__init__.py',
  'src/srv/__main__.py',
  'src/srv/py.typed',
  'src/srv/http.py',
  'tests/__init__.py',
  'tests/conftest.py',
  'tests/test_server.py',
  'tests/test_stdio.py',
  'tests/test_http.py',
  '.github/workflows/ci.yml',
];

const README_NOTE = {
  file: 'README.md',
  found: 'README.md still describes the create-mcp-server project.',
  todo: 'Update it; `yo mcp-python:tool` and friends add handler lines only to a README with their `<!-- mcp-python:tools -->` markers.',
};

const scriptNote = {
  file: 'pyproject.toml',
  found: "No console script points at `srv:main`, create-mcp-server's entry point.",
  todo: 'Point your script at "srv.__main__:main", which starts the server.',
};

const noDevNote = {
  file: 'pyproject.toml',
  found: '[dependency-groups] has no `dev` group, so the test and lint tools were not added.',
  todo: 'Add pytest, anyio, ruff and pyright to a `dev` dependency group.',
};

const DEV_GROUP = '[dependency-groups]\ndev = [\n    "pytest>=8.3",\n    "anyio>=4.5",\n    "ruff>=0.8",\n    "pyright>=1.1.390",\n]\n';

const conftest = (serverImport: string) =>
  '"""Shared fixtures: an in-memory MCP client connected to the server."""\n\nfrom collections.abc import AsyncIterator\n\nimport pytest\n' +
  `from mcp import Client\n\n${serverImport}\n\n\n@pytest.fixture\ndef anyio_backend() -> str:\n    return "asyncio"\n\n\n` +
  '@pytest.fixture\nasync def client() -> AsyncIterator[Client]:\n    async with Client(server) as connected:\n        yield connected\n';

/** Where `run` fails: the refusal's message. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return assert.fail('the plan was expected to fail');
}

describe('planMigration: a create-mcp-server project', () => {
  const cms = (files: Record<string, string>) => plan(files, 'create-mcp-server', 'src/srv/server.py');

  it('writes what the reviewed migration of the untouched template holds, with one note and the changed behaviour', () => {
    const result = cms(reference());
    assert.deepEqual(fileNames(result), CMS_FILES);
    for (const file of ['pyproject.toml', 'src/srv/server.py', 'src/srv/__init__.py', 'tests/__init__.py', 'tests/conftest.py', 'tests/test_server.py'])
      assert.equal(written(result, file), expected(file), file);
    assert.equal(written(result, 'src/srv/py.typed'), '');
    assert.ok(written(result, 'src/srv/__main__.py')?.split('\n').includes('DEFAULT_STATELESS = False'), 'serves with sessions');
    assert.deepEqual(result.config, JSON.parse(expected('.yo-rc.json'))['generator-mcp-python']);
    assert.deepEqual(result.report, {
      title: 'Migrated from create-mcp-server (mcp 1.x low-level `Server`) to mcp 2 `MCPServer` by yo mcp-python:migrate.',
      changed: [
        'The notes are served by the resource template note://internal/{name} (clients find it with resources/templates/list); ' +
          'resources/list no longer lists one resource per note.',
        "add-note and summarize-notes describe themselves with the generator's docstrings; summarize-notes keeps its optional `style`.",
        'add-note checks its arguments against its input schema: a missing name or content is refused by the SDK with its own message ' +
          '(an empty string is accepted).',
        'The server starts through src/srv/__main__.py (`srv` or `python -m srv`), over stdio by default or with `--transport streamable-http`.',
      ],
      notes: [README_NOTE],
    });
  });

  it("writes the generator's __init__.py where there was none, without a note", () => {
    const files = reference();
    delete files['src/srv/__init__.py'];
    const result = cms(files);
    assert.deepEqual(fileNames(result), CMS_FILES);
    assert.equal(written(result, 'src/srv/__init__.py'), expected('src/srv/__init__.py'));
    assert.deepEqual(result.report.notes, [README_NOTE]);
  });

  it("replaces an __init__.py that differs from create-mcp-server's, keeping its code in a note", () => {
    const init = `${CANONICAL.init}\nVERSION = "1"\n`;
    const result = cms({ ...reference(), 'src/srv/__init__.py': init });
    assert.equal(written(result, 'src/srv/__init__.py'), expected('src/srv/__init__.py'));
    assert.deepEqual(result.report.notes, [
      {
        file: 'src/srv/__init__.py',
        line: 1,
        found: "__init__.py differed from create-mcp-server's and was replaced by the generator's (its main() started the old server).",
        todo: 'Re-add anything else it did.',
        code: init,
      },
      README_NOTE,
    ]);
  });

  it('names the file that does not parse: the package __init__.py or the create-mcp-server template', () => {
    assert.match(failure(() => cms({ ...reference(), 'src/srv/__init__.py': 'def (:\n' })), /^src\/srv\/__init__\.py does not parse as Python/);
    const access = { root: '/virtual/srv', read: (file: string) => reference()[file], render, packageFiles: [], testFiles: [] };
    const source = CANONICAL.server;
    const tree = parseModuleOrThrow(source, 'server');
    const detected: ServerModule = { kind: 'create-mcp-server', module: 'src/srv/server.py', variable: 'server', source, tree, scan: scanModule(source, tree) };
    assert.match(failure(() => planMigration(access, detected, { ...CANONICAL, server: 'def (:\n' })), /^create-mcp-server template does not parse/);
    assert.match(failure(() => planMigration(access, detected, { ...CANONICAL, init: 'def (:\n' })), /^create-mcp-server template does not parse/);
  });

  it('refuses a pyproject.toml that is not TOML, saying so', () => {
    assert.match(failure(() => cms(reference('[project\nname = 1\n'))), /^pyproject\.toml is not valid TOML: /);
  });

  it('records the license only when the project has a LICENSE file', () => {
    const licensed = reference(PYPROJECT.replace('readme = "README.md"\n', 'readme = "README.md"\nlicense = "MIT"\n'));
    assert.equal(cms({ ...licensed, LICENSE: 'MIT License\n' }).config.license, 'MIT');
    assert.equal(cms(licensed).config.license, 'none');
  });

  it('repoints the script that targeted srv:main, and keeps its name', () => {
    const scripts = PYPROJECT.replace('srv = "srv:main"\n', 'tool = "srv.cli:run"\nserve = "srv:main"\n');
    const result = cms(reference(scripts));
    assert.ok(written(result, 'pyproject.toml')?.includes('[project.scripts]\ntool = "srv.cli:run"\nserve = "srv.__main__:main"\n'));
    assert.equal(result.config.scriptName, 'serve');
    assert.deepEqual(result.report.notes, [README_NOTE]);
  });

  it('notes a project without a srv:main script, and keeps its scripts as they are', () => {
    const result = cms(reference(PYPROJECT.replace('srv = "srv:main"\n', 'srv = "srv.cli:run"\n')));
    assert.ok(written(result, 'pyproject.toml')?.includes('[project.scripts]\nsrv = "srv.cli:run"\n'));
    assert.equal(result.config.scriptName, 'srv');
    assert.deepEqual(result.report.notes, [scriptNote, README_NOTE]);
  });

  it('notes that mcp could not be pinned when pyproject.toml has no [project] table', () => {
    const result = cms(reference('[tool.hatch]\nx = 1\n'));
    assert.equal(result.config.projectName, 'srv');
    assert.equal(written(result, 'pyproject.toml')?.startsWith('[tool.hatch]\nx = 1\n\n[dependency-groups]\n'), true);
    assert.deepEqual(result.report.notes, [
      {
        file: 'pyproject.toml',
        found: 'The `dependencies` of [project] could not be read, so mcp was not pinned.',
        todo: 'Require "mcp>=2.3,<3" in [project] dependencies.',
      },
      scriptNote,
      README_NOTE,
    ]);
  });

  it('notes dependency groups without a `dev` group, and accepts one however it is spaced', () => {
    for (const groups of ['[dependency-groups]\nlint = ["ruff"]\n', '[dependency-groups]\nmydev = ["ruff"]\n'])
      assert.deepEqual(cms(reference(`${PYPROJECT}\n${groups}`)).report.notes, [noDevNote, README_NOTE], groups);
    for (const groups of ['[dependency-groups]\ndev=["pytest"]\n', '[dependency-groups]\n  dev  = ["pytest"]\n']) {
      const result = cms(reference(`${PYPROJECT}\n${groups}`));
      assert.deepEqual(result.report.notes, [README_NOTE], groups);
      assert.ok(written(result, 'pyproject.toml')?.includes(`\n\n${groups}\n[tool.ruff]\n`), groups);
    }
  });

  it('leaves files the project already has alone, with a note only when they differ', () => {
    const result = cms({ ...reference(), 'src/srv/py.typed': '', 'tests/conftest.py': '# mine\n' });
    assert.deepEqual(
      fileNames(result),
      CMS_FILES.filter((file) => file !== 'src/srv/py.typed' && file !== 'tests/conftest.py'),
    );
    assert.deepEqual(result.report.notes, [
      {
        file: 'tests/conftest.py',
        found: "tests/conftest.py already exists, so the generator's version was not written.",
        todo: 'Compare it with what `yo mcp-python` generates, if you want the same.',
      },
      README_NOTE,
    ]);
  });

  it('carries code that uses a first-party import, placing that import in its own section', () => {
    const server = CANONICAL.server.replace('import asyncio\n', 'import asyncio\n\nfrom srv.util import shout\n') + '\n\ndef loud() -> str:\n    return shout("x")\n';
    const result = cms({ ...reference(), 'src/srv/server.py': server });
    const source = written(result, 'src/srv/server.py') as string;
    const reviewed = expected('src/srv/server.py');
    assert.equal(
      source,
      reviewed.replace('    ResourceTemplateReference,\n)\n', '    ResourceTemplateReference,\n)\n\nfrom srv.util import shout\n') +
        '\n\ndef loud() -> str:\n    return shout("x")\n',
    );
  });
});

const V1 =
  'from mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP("weather")\n\n\n@mcp.tool()\ndef forecast(city: str) -> str:\n    return city\n\n\n' +
  '@mcp.resource("weather://{city}")\ndef report(city: str) -> str:\n    return city\n\n\n@mcp.resource("weather://all")\ndef all_cities() -> str:\n    return ""\n';
const V1_MIGRATED = V1.replace('mcp.server.fastmcp import FastMCP', 'mcp.server.mcpserver import MCPServer').replace('FastMCP("weather")', 'MCPServer("weather")');
const v1Pyproject = (lineLength: number) =>
  `[project]\nname = "weather"\nversion = "1.0.0"\nrequires-python = ">=3.10"\ndependencies = ["mcp>=1.2"]\n\n[tool.ruff]\nline-length = ${lineLength}\n`;
const CLIENT_CONFTEST = conftest('from weather.server import mcp as server');

const HANDLER_TESTS =
  '"""The server\'s handlers as an MCP client sees them, in memory.\n\nWritten by yo mcp-python:migrate. Each check is `in`, not `==`: ' +
  'handlers added later are\ntested in their own files.\n"""\n\nimport pytest\nfrom mcp import Client\n\npytestmark = pytest.mark.anyio\n\n\n' +
  'async def test_lists_the_tools(client: Client) -> None:\n    listed = [tool.name for tool in (await client.list_tools()).tools]\n' +
  '    for name in [\n        "forecast",\n    ]:\n        assert name in listed\n\n\n' +
  'async def test_lists_the_resources(client: Client) -> None:\n    resources = (await client.list_resources()).resources\n' +
  '    listed = [str(resource.uri) for resource in resources]\n    for uri in [\n        "weather://all",\n    ]:\n        assert uri in listed\n\n\n' +
  'async def test_lists_the_resource_templates(client: Client) -> None:\n' +
  '    templates = (await client.list_resource_templates()).resource_templates\n' +
  '    listed = [template.uri_template for template in templates]\n    for uri in [\n        "weather://{city}",\n    ]:\n        assert uri in listed\n';

const V1_TITLE = 'Migrated from mcp 1.x `FastMCP` to mcp 2 `MCPServer` by yo mcp-python:migrate.';
const ADOPTED_TITLE = 'Adopted by yo mcp-python:migrate: an mcp 2 server, now grown with yo mcp-python:tool, :resource and :prompt.';

describe('planMigration: an mcp 1.x FastMCP server', () => {
  const v1 = (files: Record<string, string>) => plan(files, 'fastmcp-v1', 'src/weather/server.py', 'mcp', '/virtual/weather');

  it('renames the server, pins mcp with a dev group, and adds a client fixture and listing tests', () => {
    const result = v1({ 'pyproject.toml': v1Pyproject(42), 'src/weather/server.py': V1 });
    assert.deepEqual(result.writes, [
      { file: 'src/weather/server.py', content: V1_MIGRATED },
      { file: 'pyproject.toml', content: v1Pyproject(42).replace('mcp>=1.2', 'mcp>=2.3,<3') + '\n' + DEV_GROUP },
      { file: 'tests/__init__.py', content: '' },
      { file: 'tests/conftest.py', content: CLIENT_CONFTEST },
      { file: 'tests/test_handlers.py', content: HANDLER_TESTS },
    ]);
    assert.deepEqual(result.report, { title: V1_TITLE, changed: [], notes: [] });
    assert.deepEqual(result.config, {
      projectName: 'weather',
      distributionName: 'weather',
      packageName: 'weather',
      scriptName: 'weather',
      description: '',
      author: '',
      email: '',
      license: 'none',
      python: '3.10',
      transport: 'stdio',
      example: 'minimal',
      serverModule: 'src/weather/server.py',
      serverVariable: 'mcp',
      handlers: {
        tools: [{ name: 'forecast', function: 'forecast' }],
        resources: [
          { uri: 'weather://{city}', function: 'report' },
          { uri: 'weather://all', function: 'all_cities' },
        ],
        prompts: [],
      },
    });
  });

  it('notes a renamed line longer than the ruff line length, not one exactly as long', () => {
    const result = v1({ 'pyproject.toml': v1Pyproject(41), 'src/weather/server.py': V1 });
    assert.deepEqual(result.report.notes, [
      {
        file: 'src/weather/server.py',
        line: 1,
        found: 'A renamed line is now longer than 41 characters.',
        todo: 'Run `uv run ruff format` (or your formatter) on the file.',
      },
    ]);
  });

  it('with a client fixture already, pins mcp and adds no tests nor tables', () => {
    const result = v1({
      'pyproject.toml': v1Pyproject(88),
      'src/weather/server.py': V1,
      'tests/__init__.py': '',
      'tests/conftest.py': CLIENT_CONFTEST,
    });
    assert.deepEqual(result.writes, [
      { file: 'src/weather/server.py', content: V1_MIGRATED },
      { file: 'pyproject.toml', content: v1Pyproject(88).replace('mcp>=1.2', 'mcp>=2.3,<3') },
    ]);
    assert.deepEqual(result.report.notes, []);
  });
});

describe('planMigration: an mcp 2 server to adopt', () => {
  const INVENTORY =
    'from mcp.server.mcpserver import MCPServer\n\nserver = MCPServer("inventory")\n\n\n@server.tool(name="stock-level")\ndef stock_level(item: str) -> int:\n    return 0\n\n\n' +
    '@server.prompt()\ndef reorder(item: str) -> str:\n    return item\n';
  const PINNED = `[project]\nname = "inventory"\nlicense = "Apache-2.0"\ndependencies = ["mcp>=2.3,<3"]\n\n${DEV_GROUP}`;
  const mcp2 = (files: Record<string, string>, variable = 'server') => plan(files, 'mcp2', 'src/inventory/server.py', variable, '/virtual/inventory');

  it('adds the client fixture next to the tests there are, and its handler tests under a name of their own', () => {
    const helper = 'from mcp.server.fastmcp import Context\n';
    const result = mcp2({
      'pyproject.toml': PINNED.replace('mcp>=2.3,<3', 'mcp>=2.0'),
      'src/inventory/server.py': INVENTORY,
      'src/inventory/helper.py': helper,
      'tests/test_handlers.py': 'def test_nothing() -> None:\n    pass\n',
      LICENSE: 'Apache License\n',
    });
    assert.deepEqual(fileNames(result), ['pyproject.toml', 'tests/conftest.py', 'tests/test_migrated_handlers.py']);
    assert.equal(written(result, 'pyproject.toml'), PINNED);
    assert.equal(written(result, 'tests/conftest.py'), conftest('from inventory.server import server'));
    assert.deepEqual(result.report, { title: ADOPTED_TITLE, changed: [], notes: [] });
    assert.equal(result.config.license, 'Apache-2.0');
    assert.deepEqual(result.config.handlers, {
      tools: [{ name: 'stock-level', function: 'stock_level' }],
      resources: [],
      prompts: [{ name: 'reorder', function: 'reorder' }],
    });
  });

  it('imports a server variable of another name as `server`, and leaves a pyproject.toml that needs nothing unwritten', () => {
    const result = mcp2({ 'pyproject.toml': PINNED, 'src/inventory/server.py': INVENTORY.replace('server = MCPServer', 'app = MCPServer').replace(/@server\./g, '@app.') }, 'app');
    assert.deepEqual(fileNames(result), ['tests/__init__.py', 'tests/conftest.py', 'tests/test_handlers.py']);
    assert.equal(written(result, 'tests/conftest.py'), conftest('from inventory.server import app as server'));
    assert.equal(result.config.license, 'none', 'no LICENSE file');
  });

  it('writes nothing when there is a client fixture, even without a pyproject.toml', () => {
    const files = { 'src/inventory/server.py': INVENTORY, 'tests/conftest.py': conftest('from inventory.server import server') };
    assert.deepEqual(mcp2({ ...files, 'pyproject.toml': PINNED.replace('mcp>=2.3,<3', 'mcp>=2.0') }).writes, []);
    const bare = mcp2(files);
    assert.deepEqual(bare.writes, []);
    assert.deepEqual(bare.report, { title: ADOPTED_TITLE, changed: [], notes: [] });
    assert.equal(bare.config.projectName, 'inventory');
  });

  it('notes a conftest.py without a client fixture', () => {
    const result = mcp2({ 'pyproject.toml': PINNED, 'src/inventory/server.py': INVENTORY, 'tests/conftest.py': 'import pytest\n' });
    assert.deepEqual(result.writes, []);
    assert.deepEqual(result.report.notes, [
      {
        file: 'tests/conftest.py',
        found: 'There is no `client` fixture, which the tests `yo mcp-python:tool` writes use.',
        todo: 'Add one: `async with Client(server) as client: yield client` (from mcp import Client).',
      },
    ]);
  });
});
