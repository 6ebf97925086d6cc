// Every generator as Yeoman UI runs it, from the packed tarball installed globally (where the wizard
// looks generators up), in the stand-in host of test/helpers/yeoman-ui-host.ts, with the process's
// working folder elsewhere. Each run is compared with the same answers given as flags to the real `yo`
// in a terminal: the same files, in the folder the wizard pointed at. Then the wizard's project passes
// its own checks. Claude Desktop's config is a temporary XDG_CONFIG_HOME, never the user's.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { installPacked, type PackedInstall } from '../helpers/packed.js';
import { checkPythonProject, requireUv } from '../helpers/processes.js';
import { inTurn, runInWizard, wizardTiles, type ScriptedAnswer, type WizardRun, type WizardTile } from '../helpers/yeoman-ui-host.js';

const NOT_PROJECT_FILES = new Set(['.git', '.venv', '.ruff_cache', '.pytest_cache', '__pycache__']);

/**
 * Every project file under `folder`, by relative path, with `root` in its text replaced (the paths
 * differ). The uv a client entry starts is the one each user finds on PATH: the terminal runs as
 * another user (yo refuses root), whose PATH may find another uv, so that path is replaced too.
 */
function files(folder: string, root: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (NOT_PROJECT_FILES.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === '.yo-rc.json') found[relative(folder, path)] = sortedJson(normalised(readFileSync(path, 'utf8'), root));
      else found[relative(folder, path)] = normalised(readFileSync(path, 'utf8'), root);
    }
  };
  walk(folder);
  return found;
}

/**
 * .yo-rc.json compared by content: the packaging answers are recorded in the order they were settled,
 * which differs between asked (wizard) and given as flags (terminal); nothing reads that order.
 */
function sortedJson(text: string): string {
  const sort = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(sort)
    : typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sort(v)]))
    : value;
  return JSON.stringify(sort(JSON.parse(text)), null, 2);
}

function normalised(text: string, root: string): string {
  return text.replaceAll(root, '<project>').replace(/"command": "[^"]*\/uv"/g, '"command": "<uv>"');
}

describe('Yeoman UI runs every generator end to end', function () {
  let packed: PackedInstall;
  let tiles: WizardTile[];
  const tileOf = (name: string): WizardTile => {
    const tile = tiles.find(candidate => candidate.namespace === `mcp-python:${name}`);
    if (tile === undefined) throw new Error(`the wizard lists no mcp-python:${name}`);
    return tile;
  };
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'mcp-python-wizard-')));
  chmodSync(base, 0o777);
  // The wizard's target folder (its workspace) and the terminal user's folder: the projects get the same name.
  const workspace = join(base, 'wizard-workspace');
  let terminalFolder = '';
  const wizardProject = join(workspace, 'wizard-demo');
  let terminalProject = '';
  const saved = { XDG_CONFIG_HOME: process.env['XDG_CONFIG_HOME'] };
  const runs: Record<string, WizardRun> = {};

  async function wizard(name: string, target: string, answers: Record<string, ScriptedAnswer>): Promise<WizardRun> {
    const run = await runInWizard(tileOf(name), target, answers);
    runs[name] = run;
    assert.equal(run.error, undefined, `${run.error?.message}\n--- output pane\n${run.output.join('\n')}`);
    return run;
  }

  function terminal(args: string[], cwd: string, configHome?: string): string {
    if (configHome !== undefined) process.env['XDG_CONFIG_HOME'] = configHome;
    try {
      const ran = packed.yo(args, cwd);
      assert.equal(ran.status, 0, `yo ${args.join(' ')}\n${ran.stdout}\n${ran.stderr}`);
      return `${ran.stdout}${ran.stderr}`;
    } finally {
      process.env['XDG_CONFIG_HOME'] = saved.XDG_CONFIG_HOME;
      if (saved.XDG_CONFIG_HOME === undefined) delete process.env['XDG_CONFIG_HOME'];
    }
  }

  before(function () {
    this.timeout(300_000);
    requireUv();
    packed = installPacked();
    terminalFolder = packed.newFolder('terminal-workspace');
    terminalProject = join(terminalFolder, 'wizard-demo');
    mkdirSync(workspace);
  });

  after(() => {
    // What each generator sent to the wizard, for the issue's record.
    for (const [name, run] of Object.entries(runs)) {
      console.log(`    ${name}: ${run.questions.map(question => `${question.name} (${question.guiType ?? question.type})`).join(', ')} -> ${run.destinationRoot}`);
    }
  });

  it('lists the app and the six sub-generators with their titles, the app as a project template', async () => {
    tiles = await wizardTiles(packed.modules, packagePath => JSON.parse(readFileSync(join(packagePath, 'package.json'), 'utf8')));
    const ours = tiles.filter(tile => tile.namespace.startsWith('mcp-python:'));
    assert.deepEqual(
      ours.map(tile => [tile.namespace, tile.title]),
      [
        ['mcp-python:app', 'Python MCP Server'],
        ['mcp-python:claude-config', 'Python MCP Server: Register with Claude'],
        ['mcp-python:client-config', 'Python MCP Server: Register with an MCP Client'],
        ['mcp-python:migrate', 'Python MCP Server: Migrate a Project'],
        ['mcp-python:prompt', 'Python MCP Server: Add a Prompt'],
        ['mcp-python:resource', 'Python MCP Server: Add a Resource'],
        ['mcp-python:tool', 'Python MCP Server: Add a Tool'],
      ],
    );
    assert.deepEqual(tileOf('app').types, ['project']);
    for (const tile of ours.slice(1)) assert.deepEqual(tile.types, ['module'], tile.namespace);
    for (const tile of ours) assert.match(tile.resolved, /dist\/generators\/[a-z-]+\/index\.js$/);
  });

  it('app: writes the project below the target folder, the same as yo in a terminal, with uv in the output pane', async function () {
    this.timeout(600_000);
    const answers = { name: 'wizard-demo', description: 'Made in the wizard', author: 'Ada', email: 'ada@example.com', license: 'Apache-2.0', python: '3.11', transport: 'stdio', example: 'notes' };
    const run = await wizard('app', workspace, answers);
    assert.deepEqual(readdirSync(workspace), ['wizard-demo']);
    assert.equal(run.destinationRoot, wizardProject);
    const pane = run.output.join('\n');
    assert.match(pane, /Resolved \d+ packages/, 'uv sync printed nothing into the output pane');
    assert.match(pane, new RegExp(`In a terminal in ${wizardProject}:`));
    assert.doesNotMatch(pane, /yo mcp-python/);

    const flags = Object.entries(answers).flatMap(([key, value]) => (key === 'name' ? [value] : [`--${key}`, value]));
    terminal(['mcp-python', ...flags, '--yes'], terminalFolder);
    assert.deepEqual(files(wizardProject, wizardProject), files(terminalProject, terminalProject));
  });

  it('tool, from the project folder: the same change as in a terminal', async () => {
    await wizard('tool', wizardProject, {
      name: 'get-forecast',
      description: 'Forecast for a city.',
      paramName: inTurn('city', 'days', ''),
      paramType: inTurn('str', 'int'),
      paramDefault: inTurn('', '3'),
      paramDescription: inTurn('The city', ''),
      context: true,
      annotations: ['read-only', 'idempotent'],
      action: inTurn('diff', 'force'),
    });
    terminal(
      ['mcp-python:tool', 'get-forecast', '--description', 'Forecast for a city.', '--param', 'city:str:The city', '--param', 'days:int=3', '--context', '--read-only', '--idempotent', '--yes', '--force'],
      terminalProject,
    );
    assert.deepEqual(files(wizardProject, wizardProject), files(terminalProject, terminalProject));
  });

  it('resource, from a folder inside the project', async () => {
    await wizard('resource', join(wizardProject, 'src'), { uri: 'weather://{city}/today', name: 'today', description: 'Today in a city.', 'mime-type': 'application/json', force: true });
    terminal(['mcp-python:resource', 'weather://{city}/today', '--name', 'today', '--description', 'Today in a city.', '--mime-type', 'application/json', '--yes', '--force'], join(terminalProject, 'src'));
    assert.deepEqual(files(wizardProject, wizardProject), files(terminalProject, terminalProject));
  });

  it('prompt, with the workspace as target: the folder browser picks the project', async () => {
    const run = await wizard('prompt', workspace, { 'project-root': wizardProject, name: 'plan-trip', description: 'Plan a trip.', paramName: inTurn('destination', ''), paramDescription: 'Where to go', force: true });
    assert.equal(run.questions[0]?.guiType, 'folder-browser');
    terminal(['mcp-python:prompt', 'plan-trip', '--description', 'Plan a trip.', '--arg', 'destination:Where to go', '--yes', '--force'], terminalProject);
    assert.deepEqual(files(wizardProject, wizardProject), files(terminalProject, terminalProject));
  });

  it('client-config: the client file lands in the project, as in a terminal', async () => {
    await wizard('client-config', wizardProject, { client: 'vscode' });
    terminal(['mcp-python:client-config', 'vscode', '--yes'], terminalProject);
    assert.ok(existsSync(join(wizardProject, '.vscode/mcp.json')));
    assert.deepEqual(files(wizardProject, wizardProject), files(terminalProject, terminalProject));
  });

  it("claude-config: the entry lands in Claude Desktop's config, as in a terminal", async () => {
    process.env['XDG_CONFIG_HOME'] = join(base, 'config-wizard');
    try {
      await wizard('claude-config', wizardProject, {});
    } finally {
      process.env['XDG_CONFIG_HOME'] = saved.XDG_CONFIG_HOME;
      if (saved.XDG_CONFIG_HOME === undefined) delete process.env['XDG_CONFIG_HOME'];
    }
    const terminalHome = packed.newFolder('config-terminal');
    terminal(['mcp-python:claude-config', '--yes'], terminalProject, terminalHome);
    const entry = (configHome: string, root: string) =>
      JSON.parse(normalised(readFileSync(join(configHome, 'Claude', 'claude_desktop_config.json'), 'utf8'), root)).mcpServers['wizard-demo'];
    const inWizard = entry(join(base, 'config-wizard'), wizardProject);
    assert.ok(inWizard, 'no entry in the wizard run');
    assert.deepEqual(inWizard, entry(terminalHome, terminalProject));
  });

  it("the wizard's project passes its own checks (uv sync, ruff, pyright, pytest)", function () {
    this.timeout(600_000);
    checkPythonProject(wizardProject);
  });
});
