// The app generator's run from start to end: the questions it sends, what it logs while configuring and
// installing, the refusals of a name that only a later step can check, and its closing offer for Claude Desktop.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import chalk from 'chalk';
import ClaudeConfigGenerator from '../../generators/claude-config/index.js';
import { offerClaudeDesktop } from '../../generators/app/claude-offer.js';
import { CLAUDE_QUESTION } from '../../generators/app/options.js';
import { checkUv, findUv } from '../../generators/lib/uv.js';
import { loadGenerator, logInto, runGenerator } from '../helpers/generators.js';

const quiet = { skipInstall: true, skipGit: true };
const BAD_NAME = '"bad name!" is not a valid Python project name: use ASCII letters, digits and "-", "_" or "." inside, ' +
  'starting and ending with a letter or digit (for example "weather-tools").';

describe('yo mcp-python, step by step', () => {
  it('sends each question with its hint for Yeoman UI', async () => {
    const hints: Record<string, unknown> = {};
    await runGenerator(await loadGenerator('app'))
      .withArguments(['hinted'])
      .withOptions(quiet)
      .withAnswers({}, {
        callback: (answer, { question }) => {
          hints[String(question.name)] = (question as { guiOptions?: { hint?: string } }).guiOptions?.hint;
          return answer;
        },
      });
    assert.deepEqual(
      Object.fromEntries(['description', 'python', 'transport', 'example'].map(name => [name, hints[name]])),
      {
        description: undefined,
        python: 'requires-python in pyproject.toml; CI tests this one and the newest.',
        transport: 'stdio: the client starts the server. streamable-http: the server runs on its own and clients connect to its URL. ' +
          'The other stays available with --transport.',
        example: 'notes: a tool, a resource template and a prompt to learn from. minimal: one small tool.',
      },
    );
  });
});

/** A uv stand-in on PATH (a real uv cannot be made old or made to fail): reports `version`, finds Python 3.13, fails every other command. */
function uvStandIn(version: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'uv-stand-in-'));
  writeFileSync(join(folder, 'uv'), `#!/bin/sh\ncase "$1" in\n  --version) echo "uv ${version}";;\n  python) echo "3.13.0";;\n  *) echo "stand-in: $1 failed" >&2; exit 2;;\nesac\n`, { mode: 0o755 });
  return folder;
}

interface Run {
  parent: string;
  log: string[];
  error?: Error;
}

/** Runs the app in a fresh folder (`prepare` fills it first) with PATH set to `path` when given. */
async function run(args: string[], options: Record<string, unknown>, path?: string, prepare?: (parent: string) => void): Promise<Run> {
  const parent = mkdtempSync(join(tmpdir(), 'app-flow-'));
  const log: string[] = [];
  const saved = process.env['PATH'];
  if (path !== undefined) process.env['PATH'] = path;
  try {
    await runGenerator(await loadGenerator('app')).inDir(parent, folder => prepare?.(folder)).withArguments(args).withOptions(options).onGenerator(logInto(log));
    return { parent, log };
  } catch (error) {
    return { parent, log, error: error as Error };
  } finally {
    process.env['PATH'] = saved;
  }
}

describe('yo mcp-python, logged', () => {
  it('logs the names it derives, then the uv lock it runs, and says the project is locked', async () => {
    const uv = checkUv(findUv());
    const { parent, log, error } = await run(['Weather.Tools'], { ...quiet, yes: true, author: 'Ada Lovelace' });
    assert.equal(error, undefined);
    assert.deepEqual(log.slice(0, 5), [
      `Creating Weather.Tools in ${join(parent, 'Weather.Tools')}`,
      '  distribution name  weather-tools',
      '  import package     weather_tools',
      '  console script     weather-tools',
      `Running ${uv.path} lock (uv ${uv.version})`,
    ]);
    assert.ok(log.includes('Weather.Tools is written and locked (uv.lock); not installed (--skip-install). Next steps:'), log.join('\n'));
    assert.equal(readFileSync(join(parent, 'Weather.Tools/LICENSE'), 'utf8').split('\n')[2], `Copyright (c) ${new Date().getFullYear()} Ada Lovelace`);
  });

  it('pins the Python that uv finds, and names the project the licence holder without an author', async () => {
    const found = spawnSync('uv', ['python', 'find', '--show-version', '--no-python-downloads', '>=3.10'], { encoding: 'utf8' });
    const minor = /^(\d+\.\d+)/.exec(found.stdout)?.[1];
    assert.ok(minor !== undefined, `uv found no Python here: ${found.stderr}`);
    const { parent, error } = await run(['weather'], { ...quiet, yes: true });
    assert.equal(error, undefined);
    assert.equal(readFileSync(join(parent, 'weather/.python-version'), 'utf8'), `${minor}\n`);
    assert.equal(readFileSync(join(parent, 'weather/LICENSE'), 'utf8').split('\n')[2], `Copyright (c) ${new Date().getFullYear()} weather`);
  });

  it('writes the package marker, the empty test package and the conftest as files', async () => {
    const { parent } = await run(['weather'], { ...quiet, yes: true, example: 'minimal' });
    const root = join(parent, 'weather');
    assert.equal(readFileSync(join(root, 'src/weather/py.typed'), 'utf8'), '');
    assert.equal(readFileSync(join(root, 'tests/__init__.py'), 'utf8'), '');
    assert.equal(readFileSync(join(root, 'src/weather/__init__.py'), 'utf8'), '"""The weather MCP server package."""\n\nfrom .server import server\n\n__all__ = ["server"]\n');
    assert.match(readFileSync(join(root, 'tests/conftest.py'), 'utf8'), /^from weather\.server import server$/m);
  });

  it('pins the lowest supported Python when uv is too old, whatever Python it would find', async () => {
    const { parent, log } = await run(['weather'], { ...quiet, yes: true }, `${uvStandIn('0.4.0')}:/usr/bin:/bin`);
    assert.equal(readFileSync(join(parent, 'weather/.python-version'), 'utf8'), '3.10\n');
    assert.ok(!log.some(line => line.startsWith('Running ')), log.join('\n'));
  });

  it('logs the uv sync it runs, and ends non-zero naming the command that finishes the job in the project folder', async () => {
    const standIn = uvStandIn('0.9.0');
    const { parent, log, error } = await run(['weather'], { skipGit: true, skipInstall: false, yes: true }, `${standIn}:/usr/bin:/bin`);
    assert.equal(error?.message, '`uv sync` failed (exit 2): weather is written but not installed. Fix the problem uv printed above, then run `cd "weather" && uv sync`.');
    assert.ok(log.includes(`Running ${join(standIn, 'uv')} sync (uv 0.9.0)`), log.join('\n'));
    assert.ok(log.includes('weather is written, but `uv sync` failed (exit 2), so it is not installed. Next steps:'), log.join('\n'));
    assert.ok(existsSync(join(parent, 'weather/pyproject.toml')));
  });

  it('colours the closing headline green when the run succeeds and yellow when it fails', async () => {
    const level = chalk.level;
    chalk.level = 1;
    try {
      const locked = await run(['weather'], { ...quiet, yes: true });
      assert.ok(locked.log.includes('\u001b[32mweather is written and locked (uv.lock); not installed (--skip-install). Next steps:\u001b[39m'), locked.log.join('\n'));
      const failed = await run(['weather'], { ...quiet, yes: true }, `${uvStandIn('0.9.0')}:/usr/bin:/bin`);
      assert.ok(failed.log.includes('\u001b[33mweather is written, but `uv lock` failed (exit 2), so it is not installed. Next steps:\u001b[39m'), failed.log.join('\n'));
    } finally {
      chalk.level = level;
    }
  });

  it('names no folder to go to when the project is the current folder', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'app-flow-')), 'weather');
    mkdirSync(folder);
    const saved = process.env['PATH'];
    process.env['PATH'] = `${uvStandIn('0.9.0')}:/usr/bin:/bin`;
    try {
      await assert.rejects(
        runGenerator(await loadGenerator('app')).inDir(folder).withArguments(['.']).withOptions({ skipGit: true, yes: true, skipInstall: true }),
        (error: Error) => error.message === '`uv lock` failed (exit 2): weather is written but not installed. Fix the problem uv printed above, then run `uv sync`.',
      );
    } finally {
      process.env['PATH'] = saved;
    }
  });

  it('logs the first commit of the new repository', async () => {
    const { log, error } = await run(['weather'], { skipInstall: true, yes: true, author: 'Ada Lovelace', email: 'ada@example.com' });
    assert.equal(error, undefined);
    assert.ok(log.includes('Created a git repository with a first commit.'), log.join('\n'));
  });
});

describe('yo mcp-python, refusing a name only a later step can check', () => {
  it('refuses "." in a folder whose name is not a project name', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'app-flow-')), 'bad name!');
    mkdirSync(folder);
    await assert.rejects(
      runGenerator(await loadGenerator('app')).inDir(folder).withArguments(['.']).withOptions({ ...quiet, yes: true }),
      (error: Error) => error.message === `--name: The current folder's name is not a usable project name: ${BAD_NAME}\nNothing was written.`,
    );
    assert.deepEqual(readdirSync(folder), []);
  });

  it('refuses a --name whose folder is taken, naming the flag', async () => {
    const { parent, error } = await run(['taken'], { ...quiet, yes: true }, undefined, parent => {
      mkdirSync(join(parent, 'taken'));
      writeFileSync(join(parent, 'taken', 'keep.txt'), 'mine');
    });
    assert.equal(error?.message, `--name: ${join(parent, 'taken')} already exists and is not empty (keep.txt). Choose another project name, or empty that folder first.\nNothing was written.`);
  });

  it('refuses the default name with --yes when its folder is taken', async () => {
    const { parent, error } = await run([], { ...quiet, yes: true }, undefined, parent => {
      mkdirSync(join(parent, 'mcp-server'));
      writeFileSync(join(parent, 'mcp-server', 'keep.txt'), 'mine');
    });
    assert.equal(error?.message, `${join(parent, 'mcp-server')} already exists and is not empty (keep.txt). Choose another project name, or empty that folder first.\nNothing was written.`);
    assert.deepEqual(readdirSync(join(parent, 'mcp-server')), ['keep.txt']);
  });
});

/** Yeoman's side of the offer, recorded: the questions it is asked and the generators composed. */
function host(answer: boolean) {
  const prompts: unknown[] = [];
  const composed: unknown[] = [];
  const generator = {
    prompt: async (questions: unknown) => {
      prompts.push(questions);
      return { claude: answer };
    },
    composeWith: async (source: unknown, options: unknown) => {
      composed.push([source, options]);
    },
    destinationRoot: () => '/projects/weather',
  };
  return { generator: generator as never, prompts, composed };
}

const notLookedFor = (): boolean => {
  throw new Error('looked for Claude Desktop');
};
const CLAUDE_CONFIG = [
  { Generator: ClaudeConfigGenerator, path: fileURLToPath(new URL('../../generators/claude-config/index.js', import.meta.url)) },
  { projectRoot: '/projects/weather', force: false },
];

describe('the closing offer to register with Claude Desktop', () => {
  it('with --yes: neither looks for Claude Desktop nor asks nor registers', async () => {
    const { generator, prompts, composed } = host(true);
    await offerClaudeDesktop(generator, { yes: true }, {}, notLookedFor);
    assert.deepEqual([prompts, composed], [[], []]);
  });

  it('with --claude: registers without looking or asking', async () => {
    const { generator, prompts, composed } = host(false);
    await offerClaudeDesktop(generator, { claude: true }, {}, notLookedFor);
    assert.deepEqual([prompts, composed], [[], [CLAUDE_CONFIG]]);
  });

  it('where Claude Desktop is installed: asks, defaulting to no, and registers on yes', async () => {
    const { generator, prompts, composed } = host(true);
    await offerClaudeDesktop(generator, {}, {}, () => true);
    assert.deepEqual(prompts, [[{
      type: 'confirm',
      name: 'claude',
      message: CLAUDE_QUESTION,
      default: false,
      guiOptions: { hint: "Adds an entry to Claude Desktop's config (after a backup); restart Claude Desktop to load it." },
    }]]);
    assert.deepEqual(composed, [CLAUDE_CONFIG]);
  });

  it('registers nothing when the answer is no, or where Claude Desktop is not installed', async () => {
    const declined = host(false);
    await offerClaudeDesktop(declined.generator, {}, {}, () => true);
    assert.deepEqual(declined.composed, []);
    const absent = host(true);
    await offerClaudeDesktop(absent.generator, {}, {}, () => false);
    assert.deepEqual([absent.prompts, absent.composed], [[], []]);
  });
});
