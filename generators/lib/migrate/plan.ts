// Every file a migration writes, computed before anything is written: the generator then asks once
// for all of them (Yeoman's conflict prompt, whole or nothing) and writes them through mem-fs.
import { basename } from 'node:path';
import { refuse } from '../errors.js';
import { tomlString } from '../literals.js';
import type { ProjectConfig } from '../project.js';
import { scanModule } from '../python/module-scan.js';
import { parseModuleOrThrow } from '../python/parse.js';
import { ruffLineLength } from '../python/server-finder.js';
import { pythonString } from '../python/string-literal.js';
import { ciPythons, versions, type PythonVersion } from '../versions.js';
import { LINE_LENGTH, notesCompletions } from '../variants.js';
import { completionHandler } from '../handlers/completions.js';
import { migratedServerModule } from './create-mcp-server.js';
import { type ServerModule } from './detect.js';
import { migrateFastmcp, type PythonFile } from './fastmcp-v1.js';
import { analyzeCreateMcpServer } from './lowlevel.js';
import { fingerprint } from './python-tree.js';
import { handlersOf, importPathOf, migratedConfig } from './project-config.js';
import { addMissingTables, hasTable, pinMcp, type PyprojectInfo, readPyproject, setScriptTarget } from './pyproject.js';
import type { MigrationNote, MigrationReport } from './report.js';

export interface PlannedFile {
  /** Relative to the project root, POSIX separators. */
  file: string;
  content: string;
}

export interface MigrationPlan {
  writes: PlannedFile[];
  report: MigrationReport;
  config: ProjectConfig;
}

export interface ProjectAccess {
  root: string;
  read(file: string): string | undefined;
  /** Renders one of the app generator's templates, or (own) one of migrate's. */
  render(template: string, context: Record<string, unknown>, own?: boolean): string;
  /** The package's Python files (src/**, top-level *.py), relative paths. */
  packageFiles: string[];
  /** Python files of the project's tests (tests/**), relative paths. */
  testFiles: string[];
}

/** Tables of the generated pyproject.toml a create-mcp-server project gets when it lacks them. */
const TOOL_TABLES = ['dependency-groups', 'tool.ruff', 'tool.ruff.lint', 'tool.pytest.ini_options', 'tool.pyright'];

/** What the app's templates read, for a project that already has a version and serves with sessions. */
function templateContext(config: ProjectConfig, info: PyprojectInfo): Record<string, unknown> {
  return {
    ...config,
    version: info.version ?? '0.1.0',
    packaging: { stateless: false },
    versions,
    lineLength: LINE_LENGTH,
    // create-mcp-server's prompt keeps its MCP name, so the completion branch answers to that name.
    completionHandler: completionHandler('server', notesCompletions('summarize-notes'), LINE_LENGTH),
    ciPythons: ciPythons(config.python as PythonVersion),
    py: pythonString,
    toml: tomlString,
  };
}

/** pyproject.toml with mcp pinned to 2 and, for `tables`, the generator's tables it lacks. */
function migratePyproject(
  access: ProjectAccess,
  context: Record<string, unknown>,
  tables: readonly string[],
  notes: MigrationNote[],
): string {
  const original = access.read('pyproject.toml') as string;
  const pinned = pinMcp(original, versions.mcp);
  if (pinned === undefined) {
    notes.push({
      file: 'pyproject.toml',
      found: 'The `dependencies` of [project] could not be read, so mcp was not pinned.',
      todo: `Require "mcp${versions.mcp}" in [project] dependencies.`,
    });
  }
  const { text } = addMissingTables(pinned ?? original, access.render('pyproject.toml.ejs', context), tables);
  if (tables.includes('dependency-groups') && hasTable(original, 'dependency-groups') && !/^\s*dev\s*=/m.test(original)) {
    notes.push({
      file: 'pyproject.toml',
      found: '[dependency-groups] has no `dev` group, so the test and lint tools were not added.',
      todo: 'Add pytest, anyio, ruff and pyright to a `dev` dependency group.',
    });
  }
  return text;
}

/** pyproject.toml read, or the refusal naming where it is broken. */
function projectInfo(access: ProjectAccess): PyprojectInfo {
  const info = readPyproject(access.read('pyproject.toml') ?? '');
  return typeof info === 'string' ? refuse(info) : info;
}

/** New files that must not replace one the user has: an existing one is left alone, with a note. */
function addIfMissing(access: ProjectAccess, writes: PlannedFile[], notes: MigrationNote[], file: string, content: string): void {
  if (access.read(file) === undefined) writes.push({ file, content });
  else if (access.read(file) !== content)
    notes.push({
      file,
      found: `${file} already exists, so the generator's version was not written.`,
      todo: 'Compare it with what `yo mcp-python` generates, if you want the same.',
    });
}

function createMcpServerPlan(access: ProjectAccess, detected: ServerModule, canonical: { server: string; init: string }): MigrationPlan {
  const notes: MigrationNote[] = [];
  const canonicalTree = parseModuleOrThrow(canonical.server, 'create-mcp-server template');
  const analysis = analyzeCreateMcpServer({
    ...detected,
    label: detected.module,
    canonical: { source: canonical.server, tree: canonicalTree, scan: scanModule(canonical.server, canonicalTree) },
  });
  notes.push(...analysis.notes);
  const info = projectInfo(access);
  const packageFolder = detected.module.slice(0, detected.module.lastIndexOf('/'));
  const base = migratedConfig({
    info,
    folderName: basename(access.root),
    module: detected.module,
    variable: 'server',
    example: 'notes',
    handlers: { tools: [], resources: [], prompts: [] },
    hasLicenseFile: access.read('LICENSE') !== undefined,
  });
  const serverName = analysis.server.serverName ?? base.projectName;
  const context = templateContext(base, info);
  const pyproject = migratePyproject(access, context, TOOL_TABLES, notes);
  const oldScript = info.scripts.find((script) => script.target === `${base.packageName}:main`);
  const withScript = oldScript ? setScriptTarget(pyproject, oldScript.name, `${base.packageName}.__main__:main`) : pyproject;
  if (!oldScript)
    notes.push({
      file: 'pyproject.toml',
      found: `No console script points at \`${base.packageName}:main\`, create-mcp-server's entry point.`,
      todo: `Point your script at "${base.packageName}.__main__:main", which starts the server.`,
    });
  const module = migratedServerModule({
    rendered: access.render('src/package/server.notes.py.ejs', { ...context, projectName: serverName }),
    analysis,
    lineLength: ruffLineLength(withScript),
    firstParty: new Set([base.packageName]),
    label: detected.module,
  });
  notes.push(...module.notes);
  const config: ProjectConfig = {
    ...base,
    scriptName: oldScript?.name ?? base.scriptName,
    handlers: {
      tools: [{ name: 'add-note', function: 'add_note' }, ...module.tools],
      resources: [{ uri: 'note://internal/{name}', function: 'read_note' }],
      prompts: [{ name: 'summarize-notes', function: 'summarize_notes' }],
    },
  };
  const full = templateContext(config, info);
  const writes: PlannedFile[] = [
    { file: 'pyproject.toml', content: withScript },
    { file: detected.module, content: module.source },
  ];
  const init = access.read(`${packageFolder}/__init__.py`);
  const initCanonical = parseModuleOrThrow(canonical.init, 'create-mcp-server template');
  const sameInit =
    init !== undefined &&
    fingerprint(init, parseModuleOrThrow(init, `${packageFolder}/__init__.py`).topNode, 'server') ===
      fingerprint(canonical.init, initCanonical.topNode, 'server');
  writes.push({ file: `${packageFolder}/__init__.py`, content: access.render('src/package/__init__.py.ejs', full) });
  if (init !== undefined && !sameInit) {
    notes.push({
      file: `${packageFolder}/__init__.py`,
      line: 1,
      found: "__init__.py differed from create-mcp-server's and was replaced by the generator's (its main() started the old server).",
      todo: 'Re-add anything else it did.',
      code: init,
    });
  }
  addIfMissing(access, writes, notes, `${packageFolder}/__main__.py`, access.render('src/package/__main__.py.ejs', full));
  addIfMissing(access, writes, notes, `${packageFolder}/py.typed`, '');
  addIfMissing(access, writes, notes, `${packageFolder}/http.py`, access.render('src/package/http.py.ejs', full));
  addIfMissing(access, writes, notes, 'tests/__init__.py', '');
  addIfMissing(access, writes, notes, 'tests/conftest.py', access.render('tests/conftest.py.ejs', full));
  addIfMissing(
    access,
    writes,
    notes,
    'tests/test_server.py',
    access.render('tests/test_server.py.ejs', { ...full, tools: config.handlers.tools.map((tool) => tool.name) }, true),
  );
  addIfMissing(
    access,
    writes,
    notes,
    'tests/test_stdio.py',
    access.render('tests/test_stdio.py.ejs', { ...full, projectName: serverName }),
  );
  addIfMissing(access, writes, notes, 'tests/test_http.py', access.render('tests/test_http.py.ejs', full));
  addIfMissing(access, writes, notes, '.github/workflows/ci.yml', access.render('.github/workflows/ci.yml.ejs', full));
  const changed = [
    `The notes are served by the resource template note://internal/{name} (clients find it with resources/templates/list); ` +
      `resources/list no longer lists one resource per note.`,
    'add-note and summarize-notes describe themselves with the generator\'s docstrings; summarize-notes keeps its optional `style`.',
    'add-note checks its arguments against its input schema: a missing name or content is refused by the SDK with its own message ' +
      '(an empty string is accepted).',
    `The server starts through ${packageFolder}/__main__.py (\`${config.scriptName}\` or \`python -m ${config.packageName}\`), ` +
      `over stdio by default or with \`--transport streamable-http\`.`,
  ];
  notes.push({
    file: 'README.md',
    found: 'README.md still describes the create-mcp-server project.',
    todo: `Update it; \`yo mcp-python:tool\` and friends add handler lines only to a README with their \`<!-- mcp-python:tools ` +
      `-->\` markers.`,
  });
  return {
    writes,
    config,
    report: {
      title: `Migrated from create-mcp-server (mcp 1.x low-level \`Server\`) to mcp 2 \`MCPServer\` by yo mcp-python:migrate.`,
      changed,
      notes,
    },
  };
}

/** The tests an adopted project gets, when it has no `client` fixture yet. */
function adoptTests(access: ProjectAccess, config: ProjectConfig, source: string, writes: PlannedFile[], notes: MigrationNote[]): void {
  const conftest = access.read('tests/conftest.py');
  if (conftest !== undefined) {
    if (!scanModule(conftest, parseModuleOrThrow(conftest, 'tests/conftest.py')).definedNames.has('client')) {
      notes.push({
        file: 'tests/conftest.py',
        found: 'There is no `client` fixture, which the tests `yo mcp-python:tool` writes use.',
        todo: 'Add one: `async with Client(server) as client: yield client` (from mcp import Client).',
      });
    }
    return;
  }
  const handlers = handlersOf(scanModule(source, parseModuleOrThrow(source, config.serverModule)), config.serverVariable);
  const imported = config.serverVariable === 'server' ? 'server' : `${config.serverVariable} as server`;
  const serverImport = `from ${importPathOf(config.serverModule)} import ${imported}`;
  const context = { ...templateContext(config, projectInfo(access)), serverImport };
  const resources = handlers.resources.map((resource) => resource.uri as string);
  if (access.read('tests/__init__.py') === undefined && access.testFiles.length === 0)
    writes.push({ file: 'tests/__init__.py', content: '' });
  writes.push({ file: 'tests/conftest.py', content: access.render('tests/conftest.py.ejs', context) });
  const file = access.read('tests/test_handlers.py') === undefined ? 'tests/test_handlers.py' : 'tests/test_migrated_handlers.py';
  writes.push({
    file,
    content: access.render(
      'tests/test_handlers.py.ejs',
      {
        ...context,
        tools: handlers.tools.map((tool) => tool.name),
        prompts: handlers.prompts.map((prompt) => prompt.name),
        resources: resources.filter((uri) => !uri.includes('{')),
        templates: resources.filter((uri) => uri.includes('{')),
      },
      true,
    ),
  });
}

function adoptPlan(access: ProjectAccess, detected: ServerModule): MigrationPlan {
  const notes: MigrationNote[] = [];
  const changed: string[] = [];
  const writes: PlannedFile[] = [];
  let serverSource = detected.source;
  const info = projectInfo(access);
  const lineLength = ruffLineLength(access.read('pyproject.toml'));
  if (detected.kind === 'fastmcp-v1') {
    const files: PythonFile[] = [...new Set([detected.module, ...access.packageFiles, ...access.testFiles])].map((file) => ({
      file,
      source: access.read(file) as string,
    }));
    const migration = migrateFastmcp(files, { file: detected.module, variable: detected.variable }, lineLength);
    for (const file of migration.files) {
      writes.push({ file: file.file, content: file.source });
      const before = new Set((access.read(file.file) ?? '').split(/\r?\n/));
      const long = file.source.split(/\r?\n/).findIndex((line) => line.length > lineLength && !before.has(line));
      if (long !== -1)
        notes.push({
          file: file.file,
          line: long + 1,
          found: `A renamed line is now longer than ${lineLength} characters.`,
          todo: 'Run `uv run ruff format` (or your formatter) on the file.',
        });
    }
    serverSource = migration.files.find((file) => file.file === detected.module)?.source ?? serverSource;
    notes.push(...migration.notes);
    changed.push(...migration.changed);
  }
  const handlers = handlersOf(scanModule(serverSource, parseModuleOrThrow(serverSource, detected.module)), detected.variable);
  const config = migratedConfig({
    info,
    folderName: basename(access.root),
    module: detected.module,
    variable: detected.variable,
    example: 'minimal',
    handlers,
    hasLicenseFile: access.read('LICENSE') !== undefined,
  });
  const context = templateContext(config, info);
  const addsTests = access.read('tests/conftest.py') === undefined;
  const tables = addsTests ? ['dependency-groups'] : [];
  const pyproject = detected.kind === 'fastmcp-v1' || addsTests ? migratePyproject(access, context, tables, notes) : undefined;
  if (pyproject !== undefined && pyproject !== access.read('pyproject.toml')) writes.push({ file: 'pyproject.toml', content: pyproject });
  adoptTests(access, config, serverSource, writes, notes);
  const title =
    detected.kind === 'fastmcp-v1'
      ? 'Migrated from mcp 1.x `FastMCP` to mcp 2 `MCPServer` by yo mcp-python:migrate.'
      : 'Adopted by yo mcp-python:migrate: an mcp 2 server, now grown with yo mcp-python:tool, :resource and :prompt.';
  return { writes, config, report: { title, changed, notes } };
}

export function planMigration(access: ProjectAccess, detected: ServerModule, canonical: { server: string; init: string }): MigrationPlan {
  return detected.kind === 'create-mcp-server' ? createMcpServerPlan(access, detected, canonical) : adoptPlan(access, detected);
}
