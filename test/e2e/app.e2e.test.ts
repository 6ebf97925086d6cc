// Every variant (transport × example), generated, installed with real uv, checked with the project's own
// pytest, ruff and pyright, then driven by the official TypeScript MCP client over stdio and HTTP.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProject } from '../helpers/generators.js';
import { connectHttp, connectStdio, freePort, startHttpServer } from '../helpers/mcp-client.js';
import { exerciseMinimal, exerciseNotes } from '../helpers/exercise.js';
import { checkPythonProject, requireUv, run } from '../helpers/processes.js';
import { inCleanEnv, runBlocks, shellBlocks } from '../helpers/doc-commands.js';
import { installPacked, type PackedInstall } from '../helpers/packed.js';
import { PYTHON_VERSIONS } from '../../generators/lib/versions.js';

describe('generated projects, end to end', function () {
  let uv = '';
  // A space in the path: every command the project and its README use must survive it.
  const parent = mkdtempSync(join(tmpdir(), 'mcp python e2e '));
  // For the README's commands: the packed generator (its `yo mcp-python:…` lines) and a non-root user.
  let packed: PackedInstall;
  let uvCache = '';
  before(function () {
    this.timeout(300_000);
    uv = requireUv();
    packed = installPacked();
    uvCache = packed.newFolder('uv-cache');
  });

  for (const example of ['notes', 'minimal'] as const) {
    for (const transport of ['stdio', 'streamable-http'] as const) {
      describe(`${example} × ${transport}`, () => {
        const name = `${example}-${transport}`;
        let project = '';
        const exercise = example === 'notes' ? exerciseNotes : exerciseMinimal;

        before(async () => {
          project = await generateProject(parent, { name, example, transport });
        });

        it('passes uv sync, ruff check, ruff format --check, pyright and its own pytest', () => {
          const outputs = checkPythonProject(project);
          assert.match(outputs['pytest'] ?? '', /\d+ passed/);
          assert.doesNotMatch(outputs['pytest'] ?? '', /failed|error/);
          assert.match(outputs['pyright'] ?? '', /0 errors/);
        });

        it("serves MCP over stdio from the README's Inspector line and Claude Desktop entry, as written", async () => {
          // The server part of the Inspector line, as a shell runs it (from a path with spaces); the
          // Inspector itself is a browser app. The entry's placeholder path is the only thing replaced.
          const readme = readFileSync(join(project, 'README.md'), 'utf8');
          const line = readme.split('\n').find(text => text.startsWith('npx @modelcontextprotocol/inspector '));
          assert.ok(line, 'the README has no Inspector command');
          const json = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
          assert.ok(json, 'the README has no Claude Desktop entry');
          const entry = (JSON.parse(json) as { mcpServers: Record<string, { args: string[] }> }).mcpServers[name];
          assert.ok(entry, `the README's entry is not named ${name}`);
          const launches = [
            { command: 'bash', args: ['-c', line.replace('npx @modelcontextprotocol/inspector ', '')], cwd: project },
            { command: uv, args: entry.args.map(arg => (arg === `/absolute/path/to/${name}` ? project : arg)) },
          ];
          for (const launch of launches) {
            const client = await connectStdio(launch);
            try {
              assert.ok((await client.listTools()).tools.length > 0);
            } finally {
              await client.close();
            }
          }
        });

        it('serves a real MCP client over stdio', async () => {
          const client = await connectStdio({ command: uv, args: ['run', '--directory', project, name, '--transport', 'stdio'] });
          try {
            await exercise(client);
          } finally {
            await client.close();
          }
        });

        if (transport === 'streamable-http') {
          it('serves a real MCP client over streamable HTTP by default', async () => {
            const port = await freePort();
            const server = await startHttpServer(uv, ['run', '--directory', project, name, '--port', String(port)], project, port);
            try {
              const client = await connectHttp(server.url);
              try {
                await exercise(client);
              } finally {
                await client.close();
              }
            } finally {
              await server.stop();
            }
          });
        }

        it('runs every command of its README, as a user does', function () {
          // Last: the README grows the project. A copy without the root-owned .venv, in a folder whose
          // name has a space, run by a non-root user with its own HOME (where claude-config writes).
          this.timeout(1_200_000);
          const copy = join(packed.newFolder(`readme ${name}`), name);
          cpSync(project, copy, { recursive: true, filter: source => !source.startsWith(join(project, '.venv')) });
          packed.giveAway(copy);
          const blocks = shellBlocks(readFileSync(join(copy, 'README.md'), 'utf8'), `${name}/README.md`);
          const env = { HOME: packed.newFolder(`home-${name}`), UV_CACHE_DIR: uvCache, PATH: `${packed.prefix}/bin:${process.env['PATH'] ?? '/usr/bin:/bin'}` };
          const runBash = (script: string, cwd: string, extra: Record<string, string>) => packed.asUser(...inCleanEnv(script, { ...env, ...extra }), cwd);
          const result = runBlocks(blocks, copy, packed.newFolder(`scratch-${name}`), runBash);
          const texts = result.ran.map(command => command.text);
          for (const expected of ['uv run pytest', 'yo mcp-python:claude-config', 'uv build']) assert.ok(texts.some(text => text.startsWith(expected)), `${expected} was not run: ${texts.join('\n')}`);
          assert.ok(existsSync(join(copy, 'tests/test_tool_fetch_weather.py')), 'the README\'s yo mcp-python:tool line added no tool');
        });
      });
    }
  }
});

describe('yo mcp-python install step, end to end', () => {
  let generatedForSdk = '';

  it('runs uv sync itself unless --skip-install, and keeps odd text exact and lint-clean', async () => {
    const uv = requireUv();
    const parent = mkdtempSync(join(tmpdir(), 'mcp-python-install-'));
    const description = 'Says "hi" \\ {braces} # not a comment, \'single\' — é 🙂';
    // The longest name allowed: every generated line must still fit ruff's line length.
    const name = `installed-${'x'.repeat(40)}`;
    const project = await generateProject(parent, { name, skipInstall: false, description, author: 'Zoë "Z" O\'Neil' });
    generatedForSdk = project;
    assert.ok(existsSync(join(project, 'uv.lock')), 'uv sync wrote no uv.lock');
    assert.ok(existsSync(join(project, '.venv')), 'uv sync made no .venv');
    checkPythonProject(project);
    const help = run(uv, ['run', name, '--help'], { cwd: project, env: { ...process.env, COLUMNS: '500' } });
    assert.ok(help.stdout.includes(description), help.stdout);
    const metadata = run(uv, ['run', 'python', '-c', 'import importlib.metadata as m; import sys; print(m.metadata(sys.argv[1])["Summary"])', name], { cwd: project });
    assert.equal(metadata.stdout.trim(), description);
  });

  it('offers as --python, and tests in CI, exactly the Pythons the installed mcp declares', () => {
    // The project of the test above, already synced: its mcp is the one `versions.mcp` resolves to.
    const uv = requireUv();
    const project = generatedForSdk;
    assert.ok(project, 'the test above did not generate its project');
    const script = 'import importlib.metadata as m; print("\\n".join(m.metadata("mcp").get_all("Classifier") or []))';
    const classifiers = run(uv, ['run', 'python', '-c', script], { cwd: project }).stdout;
    const byMinor = (a: string, b: string) => Number(a.split('.')[1]) - Number(b.split('.')[1]);
    const declared = [...classifiers.matchAll(/^Programming Language :: Python :: (3\.\d+)$/gm)].map(match => match[1] as string).sort(byMinor);
    assert.deepEqual([...PYTHON_VERSIONS], declared, 'PYTHON_VERSIONS in generators/lib/versions.ts no longer matches the SDK: update it');
  });
});
