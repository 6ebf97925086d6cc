import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGenerator, runGenerator, type GeneratorSource } from '../helpers/generators.js';

const quiet = { skipInstall: true, skipGit: true } as Record<string, unknown>;

describe('yo mcp-python (app)', () => {
  let app: GeneratorSource;
  before(async () => {
    app = await loadGenerator('app');
  });

  describe('with --yes and a name', () => {
    let cwd: string;
    const read = (file: string) => readFileSync(join(cwd, 'weather-tools', file), 'utf8');
    before(async () => {
      const result = await runGenerator(app).withArguments(['weather-tools']).withOptions({ ...quiet, yes: true });
      cwd = result.cwd;
    });

    it('writes every file of the project into ./<name>', () => {
      for (const file of [
        'pyproject.toml', 'README.md', '.gitignore', 'LICENSE', '.python-version', '.yo-rc.json',
        '.github/workflows/ci.yml', 'src/weather_tools/__init__.py', 'src/weather_tools/__main__.py',
        'src/weather_tools/server.py', 'src/weather_tools/py.typed', 'tests/__init__.py', 'tests/conftest.py',
        'tests/test_server.py', 'tests/test_stdio.py',
      ]) {
        assert.ok(existsSync(join(cwd, 'weather-tools', file)), `${file} is missing`);
      }
    });

    it('pins mcp 2.x, declares the console script and the dev group', () => {
      const pyproject = read('pyproject.toml');
      assert.match(pyproject, /^dependencies = \["mcp>=2\.3,<3"\]$/m);
      assert.match(pyproject, /^weather-tools = "weather_tools\.__main__:main"$/m);
      assert.match(pyproject, /^requires-python = ">=3\.10"$/m);
      for (const tool of ['pytest', 'anyio', 'ruff', 'pyright']) assert.match(pyproject, new RegExp(`"${tool}>=`));
      assert.match(pyproject, /^license = "MIT"$/m);
    });

    it('serves the notes example with MCPServer, never the removed FastMCP', () => {
      const server = read('src/weather_tools/server.py');
      assert.match(server, /^from mcp\.server import MCPServer$/m);
      assert.doesNotMatch(server, /fastmcp/i);
      assert.match(server, /^@server\.tool\(\)\nasync def add_note\(/m);
      assert.match(server, /^@server\.resource\("note:\/\/internal\/\{name\}"/m);
      assert.match(server, /^@server\.prompt\(\)\ndef summarize_notes\(style: str = "brief"\)/m);
    });

    it('records the answers, the server module and the handlers in .yo-rc.json', () => {
      const config = JSON.parse(read('.yo-rc.json'))['generator-mcp-python'];
      assert.equal(config.projectName, 'weather-tools');
      assert.equal(config.packageName, 'weather_tools');
      assert.equal(config.serverModule, 'src/weather_tools/server.py');
      assert.equal(config.serverVariable, 'server');
      assert.equal(config.transport, 'stdio');
      assert.deepEqual(config.handlers.tools, [{ name: 'add_note', function: 'add_note' }]);
      assert.deepEqual(config.handlers.resources, [{ uri: 'note://internal/{name}', function: 'read_note' }]);
      assert.deepEqual(config.handlers.prompts, [{ name: 'summarize_notes', function: 'summarize_notes' }]);
    });

    it('writes a README with run, test, inspect, connect and publish sections and needles', () => {
      const readme = read('README.md');
      for (const heading of ['## Run', '## Test', '## Inspect', '## Connect to a client', '## Publish']) {
        assert.ok(readme.includes(heading), heading);
      }
      for (const needle of ['tools', 'resources', 'prompts']) assert.ok(readme.includes(`<!-- mcp-python:${needle} -->`));
      assert.match(readme, /inspector uv run --directory "\$PWD" weather-tools/);
    });

    it('runs stdio by default, logs to stderr and stops on one SIGINT or SIGTERM', () => {
      const main = read('src/weather_tools/__main__.py');
      assert.match(main, /^DEFAULT_TRANSPORT = "stdio"$/m);
      assert.match(main, /stream=sys\.stderr/);
      assert.match(main, /for signum in \(signal\.SIGINT, signal\.SIGTERM\):\n {8}signal\.signal\(signum, _exit_on_signal\)/);
      assert.match(main, /os\._exit\(128 \+ signum\)/);
    });

    it('ignores .env, and takes the protocol version of its stdio test from the SDK', () => {
      assert.match(read('.gitignore'), /^\.env$/m);
      const stdioTest = read('tests/test_stdio.py');
      assert.match(stdioTest, /"protocolVersion": LATEST_HANDSHAKE_VERSION,/);
      assert.doesNotMatch(stdioTest, /"20\d\d-\d\d-\d\d"/);
    });

    it('serves completions of note names and summary styles from one completion handler', () => {
      const server = read('src/weather_tools/server.py');
      assert.equal(server.match(/@server\.completion\(\)/g)?.length, 1);
      assert.match(server, / {4}if handler == "note:\/\/internal\/\{name\}":\n {8}choices = \{"name": sorted\(notes\)\}/);
      assert.match(server, / {4}if handler == "summarize_notes":\n {8}choices = \{"style": \["brief", "detailed"\]\}/);
    });

    it("lines up the README's comments, and links to no page that does not exist", () => {
      const readme = read('README.md');
      const run = /## Run[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
      const columns = run.split('\n').filter(line => line.includes('  # ')).map(line => line.indexOf('  # '));
      assert.ok(columns.length >= 3 && new Set(columns).size === 1, run);
      assert.doesNotMatch(readme, /npmjs\.com/);
    });

    it('writes a CI workflow that runs the locked sync, ruff, pyright and pytest', () => {
      const ci = read('.github/workflows/ci.yml');
      for (const step of ['uv sync --locked', 'uv run ruff check', 'uv run ruff format --check', 'uv run pyright', 'uv run pytest']) {
        assert.ok(ci.includes(step), step);
      }
      assert.match(ci, /^ {8}python: \["3\.10", "3\.14"\]$/m);
    });
  });

  it('takes every answer as a flag', async () => {
    const result = await runGenerator(app).withArguments(['Weather.Tools']).withOptions({
      ...quiet, yes: true, description: 'Says "hi" \\ bye', author: 'Ada Lovelace', email: 'ada@example.com',
      license: 'Apache-2.0', python: '3.12', transport: 'streamable-http', example: 'minimal',
    });
    const root = join(result.cwd, 'Weather.Tools');
    const pyproject = readFileSync(join(root, 'pyproject.toml'), 'utf8');
    assert.match(pyproject, /^name = "weather-tools"$/m);
    assert.match(pyproject, /^description = "Says \\"hi\\" \\\\ bye"$/m);
    assert.match(pyproject, /^authors = \[\{ name = "Ada Lovelace", email = "ada@example\.com" \}\]$/m);
    assert.match(pyproject, /^requires-python = ">=3\.12"$/m);
    assert.match(pyproject, /^target-version = "py312"$/m);
    assert.equal(readFileSync(join(root, '.python-version'), 'utf8').trim(), '3.12');
    assert.match(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8'), /^ {8}python: \["3\.12", "3\.14"\]$/m);
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /Apache License\s+Version 2\.0/);
    assert.match(readFileSync(join(root, 'src/weather_tools/__main__.py'), 'utf8'), /^DEFAULT_TRANSPORT = "streamable-http"$/m);
    const server = readFileSync(join(root, 'src/weather_tools/server.py'), 'utf8');
    assert.match(server, /^def echo\(text: str\) -> str:$/m);
    assert.doesNotMatch(server, /completion/, 'nothing declared to complete, so no completion handler');
    // The README's stdio commands pin stdio: this project's default is streamable HTTP.
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.match(readme, /^npx @modelcontextprotocol\/inspector uv run --directory "\$PWD" weather-tools --transport stdio$/m);
    assert.match(readme, /"args": \["run", "--directory", "\/absolute\/path\/to\/Weather\.Tools", "weather-tools", "--transport", "stdio"\]/);
    assert.match(readme, /^uv run weather-tools +# serves: over streamable HTTP \(the default\)$/m);
    const config = JSON.parse(readFileSync(join(root, '.yo-rc.json'), 'utf8'))['generator-mcp-python'];
    assert.deepEqual(config.handlers, { tools: [{ name: 'echo', function: 'echo' }], resources: [], prompts: [] });
  });

  it('writes no LICENSE and no license field for --license none', async () => {
    const result = await runGenerator(app).withArguments(['plain']).withOptions({ ...quiet, yes: true, license: 'none' });
    assert.ok(!existsSync(join(result.cwd, 'plain', 'LICENSE')));
    assert.doesNotMatch(readFileSync(join(result.cwd, 'plain', 'pyproject.toml'), 'utf8'), /^license/m);
  });

  it('asks for what it is not given', async () => {
    const result = await runGenerator(app).withOptions(quiet).withAnswers({
      name: 'asked-server', description: 'From the prompt', author: '', email: '', license: 'MIT',
      python: '3.11', transport: 'stdio', example: 'notes',
    });
    const pyproject = readFileSync(join(result.cwd, 'asked-server', 'pyproject.toml'), 'utf8');
    assert.match(pyproject, /^description = "From the prompt"$/m);
    assert.match(pyproject, /^requires-python = ">=3\.11"$/m);
  });

  it('generates into the current, empty folder for "."', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'mcp-python-')), 'dot-project');
    const result = await runGenerator(app)
      .inDir(folder)
      .withArguments(['.'])
      .withOptions({ ...quiet, yes: true });
    assert.match(readFileSync(join(result.cwd, 'pyproject.toml'), 'utf8'), /^name = "dot-project"$/m);
  });

  it('derives a package name that is not a keyword', async () => {
    const result = await runGenerator(app).withArguments(['class']).withOptions({ ...quiet, yes: true });
    assert.ok(existsSync(join(result.cwd, 'class', 'src/class_server/server.py')));
  });

  describe('refuses bad input before writing anything', () => {
    const refusals: Array<[string, string[], Record<string, unknown>, RegExp]> = [
      ['an invalid name', ['bad name!'], {}, /not a valid Python project name/],
      ['a name starting with a digit', ['3d-tools'], {}, /starts with a digit/],
      ['an unknown license', ['ok-name'], { license: 'GPL' }, /--license: "GPL" is not a valid license; choose one of: MIT, Apache-2\.0, none/],
      ['an unsupported Python', ['ok-name'], { python: '3.9' }, /--python: "3\.9" is not a valid Python version/],
      ['an unknown transport', ['ok-name'], { transport: 'sse' }, /--transport: "sse"/],
      ['an unknown example', ['ok-name'], { example: 'weather' }, /--example: "weather"/],
      ['a malformed e-mail', ['ok-name'], { email: 'nobody' }, /does not look like an e-mail address/],
      ['a multi-line description', ['ok-name'], { description: 'a\nb' }, /must fit on one line/],
    ];
    for (const [what, args, options, message] of refusals) {
      it(`refuses ${what}`, async () => {
        let cwd = '';
        await assert.rejects(
          runGenerator(app)
            .inTmpDir(dir => {
              cwd = dir;
            })
            .withArguments(args)
            .withOptions({ ...quiet, yes: true, ...options }),
          message,
        );
        assert.deepEqual(readdirSync(cwd), []);
      });
    }

    it('refuses a target folder that exists and is not empty', async () => {
      let cwd = '';
      await assert.rejects(
        runGenerator(app)
          .inTmpDir(dir => {
            cwd = dir;
            mkdirSync(join(dir, 'taken'));
            writeFileSync(join(dir, 'taken', 'keep.txt'), 'mine');
          })
          .withArguments(['taken'])
          .withOptions({ ...quiet, yes: true }),
        /already exists and is not empty \(keep\.txt\)/,
      );
      assert.deepEqual(readdirSync(join(cwd, 'taken')), ['keep.txt']);
    });
  });
});
