// `yo mcp-python:claude-config` on hand-made projects, writing only to --config-path or inside the
// project (never to the real home folder).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadGenerator, runGenerator, type GeneratorSource } from '../helpers/generators.js';
import { writeProject } from '../fixtures/client-config/project.js';

function readJson(file: string): any {
  return JSON.parse(readFileSync(file, 'utf8'));
}

const backupsOf = (file: string) => readdirSync(dirname(file)).filter(name => name.startsWith(`${file.split('/').pop()}.`) && name.endsWith('.bak'));

describe('yo mcp-python:claude-config', () => {
  let generator: GeneratorSource;
  const folders: string[] = [];
  before(async () => {
    generator = await loadGenerator('claude-config');
  });
  after(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  /** A fresh project (in a folder with a space in its name), then the generator run inside it. */
  function run(options: Record<string, unknown>, setup?: (root: string) => void, answers: Record<string, unknown> = {}) {
    const root = mkdtempSync(join(tmpdir(), 'claude config '));
    folders.push(root);
    writeProject(root);
    setup?.(root);
    // yeoman-test passes force: true unless told otherwise; the conflict prompt needs it off.
    const context = runGenerator(generator).cd(root).withOptions({ uvPath: 'bin/uv', force: false, ...options }).withAnswers(answers);
    return { context, root: () => root };
  }

  it('--scope user (default): a Claude Desktop entry with absolute paths, file and folder created', async () => {
    const { context, root } = run({ configPath: 'home/Claude/claude_desktop_config.json' });
    await context;
    const file = join(root(), 'home', 'Claude', 'claude_desktop_config.json');
    assert.deepEqual(readJson(file), {
      mcpServers: {
        'weather-tools': {
          command: join(root(), 'bin', 'uv'),
          args: ['run', '--directory', root(), 'weather-tools', '--transport', 'stdio'],
        },
      },
    });
    assert.deepEqual(backupsOf(file), []);
  });

  it('--scope project: Claude Code\'s .mcp.json at the project root, committable, from a subfolder too', async () => {
    const root = mkdtempSync(join(tmpdir(), 'claude config '));
    folders.push(root);
    writeProject(root);
    await runGenerator(generator).cd(join(root, 'src', 'weather_tools')).withOptions({ scope: 'project', uvPath: 'uv' });
    assert.deepEqual(readJson(join(root, '.mcp.json')), {
      mcpServers: {
        'weather-tools': { type: 'stdio', command: 'uv', args: ['run', '--directory', '.', 'weather-tools', '--transport', 'stdio'] },
      },
    });
  });

  it('--name, --env-var pairs', async () => {
    const { context, root } = run({ configPath: 'c.json', name: 'weather-dev', envVar: ['API_KEY=a=b', 'MODE=dev'] });
    await context;
    const entry = readJson(join(root(), 'c.json')).mcpServers['weather-dev'];
    assert.deepEqual(entry.env, { API_KEY: 'a=b', MODE: 'dev' });
  });

  it('keeps other servers and unknown keys, and backs the old file up byte for byte', async () => {
    const original = readFileSync(new URL('../fixtures/client-config/claude_desktop_config.others.json', import.meta.url));
    const { context, root } = run({ configPath: 'c.json', name: 'weather' }, dir => writeFileSync(join(dir, 'c.json'), original));
    await context;
    const file = join(root(), 'c.json');
    const written = readJson(file);
    assert.deepEqual(Object.keys(written.mcpServers), ['filesystem', 'weather-tools', 'github', 'weather']);
    assert.equal(written.globalShortcut, 'Ctrl+Space');
    assert.deepEqual(written.preferences.unknownFutureKey, [1, 2, { nested: null }]);
    const backups = backupsOf(file);
    assert.equal(backups.length, 1);
    assert.deepEqual(readFileSync(join(root(), backups[0]!)), original);
  });

  describe('an entry of the same name', () => {
    const OLD = '{\n  "mcpServers": {\n    "weather-tools": {"command": "/old/uv", "args": []},\n    "other": {"command": "x"}\n  }\n}\n';
    const setup = (dir: string) => writeFileSync(join(dir, 'c.json'), OLD);

    it('the conflict prompt declined: the file is left exactly as it was, no backup', async () => {
      const { context, root } = run({ configPath: 'c.json' }, setup, { action: 'skip' });
      await context;
      assert.equal(readFileSync(join(root(), 'c.json'), 'utf8'), OLD);
      assert.deepEqual(backupsOf(join(root(), 'c.json')), []);
    });

    it('the conflict prompt accepted: replaced in place, the other server kept, a backup made', async () => {
      const { context, root } = run({ configPath: 'c.json' }, setup, { action: 'write' });
      await context;
      const written = readJson(join(root(), 'c.json'));
      assert.deepEqual(Object.keys(written.mcpServers), ['weather-tools', 'other']);
      assert.equal(written.mcpServers['weather-tools'].command, join(root(), 'bin', 'uv'));
      assert.equal(backupsOf(join(root(), 'c.json')).length, 1);
    });

    it('--force replaces without asking', async () => {
      const { context, root } = run({ configPath: 'c.json', force: true }, setup);
      await context;
      assert.equal(readJson(join(root(), 'c.json')).mcpServers['weather-tools'].command, join(root(), 'bin', 'uv'));
    });

    it('an identical entry: nothing written, no backup', async () => {
      const first = run({ configPath: 'c.json' });
      await first.context;
      const file = join(first.root(), 'c.json');
      const again = readFileSync(file, 'utf8');
      await runGenerator(generator).cd(first.root()).withOptions({ uvPath: 'bin/uv', configPath: 'c.json', force: false });
      assert.equal(readFileSync(file, 'utf8'), again);
      assert.deepEqual(backupsOf(file), []);
    });
  });

  it('a file that is not valid JSON: refused with line:column, the file byte-identical, no backup', async () => {
    const broken = Buffer.from('{\n  "mcpServers": {\n    "a": {"command": "x"},\n  }\n}\n');
    const { context, root } = run({ configPath: 'c.json' }, dir => writeFileSync(join(dir, 'c.json'), broken));
    await assert.rejects(context, (error: Error) => {
      assert.match(error.message, /c\.json:4:3: .*strict JSON/);
      assert.match(error.message, /The file was not changed/);
      return true;
    });
    assert.deepEqual(readFileSync(join(root(), 'c.json')), broken);
    assert.deepEqual(backupsOf(join(root(), 'c.json')), []);
  });

  it('--dry-run writes nothing', async () => {
    const { context, root } = run({ configPath: 'c.json', dryRun: true });
    await context;
    assert.equal(existsSync(join(root(), 'c.json')), false);
  });

  it('bad flags are refused before anything is written', async () => {
    for (const options of [{ scope: 'global' }, { envVar: ['NOPE'] }, { name: 'has space' }, { uvPath: '/no/such/uv' }]) {
      const { context, root } = run({ configPath: 'c.json', ...options });
      await assert.rejects(context, /Nothing was written/);
      assert.equal(existsSync(join(root(), 'c.json')), false);
    }
  });

  it('outside any project: refused', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'not a project '));
    folders.push(outside);
    await assert.rejects(runGenerator(generator).cd(outside).withOptions({ configPath: 'c.json' }), /No MCP server project found/);
    assert.deepEqual(readdirSync(outside), []);
  });

  describe('a streamable-HTTP server', () => {
    const http = (dir: string) => writeProject(dir, { transport: 'streamable-http' });

    it('Claude Desktop cannot take a URL: the stdio entry, forced to stdio', async () => {
      const { context, root } = run({ configPath: 'c.json' }, http);
      await context;
      assert.deepEqual(readJson(join(root(), 'c.json')).mcpServers['weather-tools'].args.slice(-2), ['--transport', 'stdio']);
    });

    it('Claude Code: a URL entry', async () => {
      const { context, root } = run({ scope: 'project' }, http);
      await context;
      assert.deepEqual(readJson(join(root(), '.mcp.json')).mcpServers['weather-tools'], { type: 'http', url: 'http://127.0.0.1:8000/mcp' });
    });
  });

  it('a project we did not create: names from pyproject.toml, no --transport flag', async () => {
    const { context, root } = run({ configPath: 'c.json' }, dir => {
      writeFileSync(join(dir, '.yo-rc.json'), '{}');
      writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "foreign"\n[project.scripts]\nforeign-srv = "f:main"\n');
    });
    await context;
    assert.deepEqual(readJson(join(root(), 'c.json')).mcpServers.foreign.args, ['run', '--directory', root(), 'foreign-srv']);
  });
});
