// What claude-config and client-config report after a run (the outcome line and the advice after it), the
// refusals of their flags, and the replace question when no terminal can answer it: real generators on
// hand-made projects, the no-terminal case through Yeoman's real TerminalAdapter on a non-TTY stream.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { TerminalAdapter } from '@yeoman/adapter';
import { createEnv } from 'yeoman-environment';
import { loadGenerator, logInto, runGenerator, type GeneratorSource } from '../helpers/generators.js';
import { writeProject } from '../fixtures/client-config/project.js';

const OLD = '{\n  "mcpServers": {\n    "weather-tools": {"command": "/old/uv", "args": []}\n  }\n}\n';
const OLD_ENTRY = '{\n  "command": "/old/uv",\n  "args": []\n}';

/** The Claude Desktop file claude-config writes for the fixture project in `root` (bin/uv as uv). */
const desktopConfig = (root: string, servers: Record<string, unknown> = {}) =>
  `${JSON.stringify(
    {
      mcpServers: {
        ...servers,
        'weather-tools': { command: join(root, 'bin', 'uv'), args: ['run', '--directory', root, 'weather-tools', '--transport', 'stdio'] },
      },
    },
    null,
    2,
  )}\n`;

describe('claude-config and client-config: outcomes and refusals', () => {
  const sources: Record<string, GeneratorSource> = {};
  const folders: string[] = [];
  before(async () => {
    sources['claude-config'] = await loadGenerator('claude-config');
    sources['client-config'] = await loadGenerator('client-config');
  });
  after(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  function project(setup?: (root: string) => void): string {
    const root = mkdtempSync(join(tmpdir(), 'client outcomes '));
    folders.push(root);
    writeProject(root);
    setup?.(root);
    return root;
  }

  interface Run {
    args?: string[];
    options?: Record<string, unknown>;
    answers?: Record<string, unknown>;
    /** Receives each question the run asks. */
    asked?: (question: { name: string; message: unknown }) => void;
  }

  /** Runs a generator in `root`; returns what it logged, without colours. */
  async function run(name: 'claude-config' | 'client-config', root: string, given: Run = {}): Promise<string[]> {
    const logged: string[] = [];
    await runGenerator(sources[name]!)
      .cd(root)
      .withArguments(given.args ?? [])
      .withOptions({ uvPath: 'bin/uv', force: false, ...given.options })
      .withAnswers(given.answers ?? {}, {
        callback: (answer, { question }) => {
          given.asked?.(question as never);
          return answer;
        },
      })
      .onGenerator(logInto(logged));
    return logged.map((line) => stripVTControlCharacters(line));
  }

  async function refusal(name: 'claude-config' | 'client-config', root: string, given: Run): Promise<string> {
    try {
      await run(name, root, given);
    } catch (error) {
      return (error as Error).message;
    }
    assert.fail('the run was expected to refuse');
  }

  describe('what is reported', () => {
    it('a new project file: registered, and the advice to commit it', async () => {
      const root = project();
      const file = join(root, '.cursor', 'mcp.json');
      assert.deepEqual(await run('client-config', root, { args: ['cursor'] }), [
        `Registered "weather-tools" with Cursor in ${file}.`,
        'Commit .cursor/mcp.json to share the server with your team.',
      ]);
    });

    it('a user file outside the project: registered, the backup named, and the restart advice', async () => {
      const root = project(dir => writeFileSync(join(dir, 'c.json'), '{\n  "mcpServers": {}\n}\n'));
      const file = join(root, 'c.json');
      const log = await run('claude-config', root, { options: { configPath: 'c.json' } });
      const backup = readdirSync(root).filter(name => name.endsWith('.bak'));
      assert.equal(backup.length, 1);
      assert.deepEqual(log, [
        `Registered "weather-tools" with Claude Desktop in ${file}\n  (the previous file is saved as ${join(root, backup[0]!)})`,
        'Restart Claude Desktop to load the server.',
      ]);
    });

    it('a URL entry: how to start the server it points at', async () => {
      const root = project(dir => writeProject(dir, { transport: 'streamable-http' }));
      assert.deepEqual(await run('claude-config', root, { options: { scope: 'project' } }), [
        `Registered "weather-tools" with Claude Code in ${join(root, '.mcp.json')}.`,
        `The entry points at a running server: start it with \`uv run weather-tools\` in ${root}.`,
        'Commit .mcp.json to share the server with your team.',
      ]);
    });

    it('a note on the entry comes out as a warning first', async () => {
      const root = project(dir => writeProject(dir, { transport: 'streamable-http' }));
      const log = await run('claude-config', root, { options: { configPath: 'c.json' } });
      assert.deepEqual(log.slice(0, 1), [
        'warning Claude Desktop cannot connect to a URL from its config file, so it will start the server over stdio.',
      ]);
      assert.equal(log[1], `Registered "weather-tools" with Claude Desktop in ${join(root, 'c.json')}.`);
    });

    it('the same entry again: nothing to do', async () => {
      const root = project();
      await run('claude-config', root, { options: { configPath: 'c.json' } });
      assert.deepEqual(await run('claude-config', root, { options: { configPath: 'c.json' } }), [
        `Claude Desktop already has "weather-tools" exactly like this in ${join(root, 'c.json')}; nothing to do.`,
      ]);
    });

    it('a same-name entry, replacement declined: the old entry shown, then kept', async () => {
      const root = project(dir => writeFileSync(join(dir, 'c.json'), OLD));
      const file = join(root, 'c.json');
      assert.deepEqual(await run('claude-config', root, { options: { configPath: 'c.json' }, answers: { action: 'skip' } }), [
        `${file} already has a server named "weather-tools":`,
        OLD_ENTRY,
        `Kept the existing "weather-tools" in ${file}; nothing was written.`,
      ]);
      assert.equal(readFileSync(file, 'utf8'), OLD);
    });

    it('--dry-run: the file it would create, the file it would update, the entry it would replace', async () => {
      const fresh = project();
      assert.deepEqual(await run('claude-config', fresh, { options: { configPath: 'c.json', dryRun: true } }), [
        `Dry run: would create ${join(fresh, 'c.json')} with:\n${desktopConfig(fresh)}`,
      ]);
      assert.deepEqual(readdirSync(fresh).sort(), ['.yo-rc.json', 'bin', 'pyproject.toml', 'src']);

      const other = '{\n  "mcpServers": {\n    "other": {\n      "command": "x"\n    }\n  }\n}\n';
      const existing = project(dir => writeFileSync(join(dir, 'c.json'), other));
      assert.deepEqual(await run('claude-config', existing, { options: { configPath: 'c.json', dryRun: true } }), [
        `Dry run: would update ${join(existing, 'c.json')} with:\n${desktopConfig(existing, { other: { command: 'x' } })}`,
      ]);
      assert.equal(readFileSync(join(existing, 'c.json'), 'utf8'), other);

      const same = project(dir => writeFileSync(join(dir, 'c.json'), OLD));
      const log = await run('claude-config', same, { options: { configPath: 'c.json', dryRun: true } });
      assert.equal(log.at(-1), `Dry run: "weather-tools" in ${join(same, 'c.json')} would be replaced as shown.`);
      assert.equal(readFileSync(join(same, 'c.json'), 'utf8'), OLD);
    });
  });

  describe('refusals', () => {
    it('every bad flag at once, one per line', async () => {
      const root = project();
      const message = await refusal('claude-config', root, {
        options: { configPath: 'c.json', envVar: ['NOPE'], name: 'has space', uvPath: 'src/weather_tools' },
      });
      assert.equal(
        message,
        '--env "NOPE" is not KEY=VALUE. Write it as --env API_KEY=secret.\n' +
          '"has space" is not a usable server name: clients put it into tool names, so use ASCII letters, digits, ' +
          '"-", "_" and ".", starting with a letter or digit (for example "weather-tools").\n' +
          '--uv-path src/weather_tools is not a file. Pass the path of the uv executable (see `which uv`).\n' +
          'Nothing was written.',
      );
    });

    it('--uv-path naming a folder is not a file', async () => {
      const root = project(dir => mkdirSync(join(dir, 'tools')));
      const message = await refusal('client-config', root, { args: ['cursor'], options: { uvPath: join(root, 'tools') } });
      assert.equal(message, `--uv-path ${join(root, 'tools')} is not a file. Pass the path of the uv executable (see \`which uv\`).\nNothing was written.`);
    });

    it('a project name that cannot be a server name, with no --name: refused with the reason', async () => {
      const root = project(dir => {
        writeFileSync(join(dir, '.yo-rc.json'), '{}');
        writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "weather tools"\n[project.scripts]\nweather = "w:main"\n');
      });
      const message = await refusal('claude-config', root, { options: { configPath: 'c.json' } });
      assert.equal(
        message,
        '"weather tools" is not a usable server name: clients put it into tool names, so use ASCII letters, digits, ' +
          '"-", "_" and ".", starting with a letter or digit (for example "weather-tools").\nNothing was written.',
      );
      assert.deepEqual(readdirSync(root).sort(), ['.yo-rc.json', 'bin', 'pyproject.toml', 'src']);
    });
  });

  describe('a same-name entry with no terminal to answer on (stdin not a TTY)', () => {
    /** Runs claude-config in `root` through a real TerminalAdapter whose input is a pipe; returns the screen. */
    async function piped(root: string, options: Record<string, unknown>): Promise<{ screen: string; failure?: string }> {
      const stdin = new PassThrough();
      const output = new PassThrough();
      let screen = '';
      output.on('data', chunk => (screen += String(chunk)));
      const adapter = new TerminalAdapter({ stdin: stdin as never, stdout: output as never, stderr: output as never });
      const env = createEnv({ cwd: root, adapter } as never);
      const source = sources['claude-config']!;
      env.register(source.Generator, { namespace: source.namespace, resolved: source.resolved });
      try {
        await env.run([source.namespace], { uvPath: 'bin/uv', configPath: 'c.json', ...options } as never);
        return { screen: stripVTControlCharacters(screen) };
      } catch (error) {
        return { screen: stripVTControlCharacters(screen), failure: (error as Error).message };
      }
    }

    it('refused without --force, the file untouched', async () => {
      const root = project(dir => writeFileSync(join(dir, 'c.json'), OLD));
      const { failure } = await piped(root, {});
      assert.equal(
        failure,
        'Replacing it asks first, and there is no terminal to answer on: pass --force to replace it, or --name to add another.\nNothing was written.',
      );
      assert.equal(readFileSync(join(root, 'c.json'), 'utf8'), OLD);
    });

    it('--force replaces it without asking', async () => {
      const root = project(dir => writeFileSync(join(dir, 'c.json'), OLD));
      const { screen, failure } = await piped(root, { force: true });
      assert.equal(failure, undefined);
      assert.equal(readFileSync(join(root, 'c.json'), 'utf8'), desktopConfig(root));
      assert.match(screen, /Registered "weather-tools" with Claude Desktop in .*c\.json\n {2}\(the previous file is saved as /);
    });

    it('--dry-run shows the replacement without asking', async () => {
      const root = project(dir => writeFileSync(join(dir, 'c.json'), OLD));
      const { screen, failure } = await piped(root, { dryRun: true });
      assert.equal(failure, undefined);
      assert.ok(screen.includes(`Dry run: "weather-tools" in ${join(root, 'c.json')} would be replaced as shown.`), screen);
      assert.equal(readFileSync(join(root, 'c.json'), 'utf8'), OLD);
    });
  });

  it('client-config asks which client, in these words', async () => {
    const root = project();
    const asked: Array<[string, unknown]> = [];
    await run('client-config', root, { answers: { client: 'cursor' }, asked: question => asked.push([question.name, question.message]) });
    assert.deepEqual(asked, [['client', 'Which MCP client should start this server?']]);
  });
});
