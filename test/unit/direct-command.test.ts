// `mcp-python` (lib/cli/main.ts) run in-process on the TypeScript generators: --version, the help
// screens, a real command's run and its flags, and a refusal's one line and exit code. The built
// command from a packed tarball is run by test/e2e/direct-command.e2e.test.ts.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../generators/lib/cli/main.js';
import { copyFixture, read } from '../helpers/fixture-project.js';
import { loadGenerator, repoRoot } from '../helpers/generators.js';

interface Ran {
  code: number;
  out: string;
  err: string;
}

/** `mcp-python ...argv` from `cwd`, with what it prints to stdout and stderr. */
async function mcpPython(argv: string[], cwd = repoRoot): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  // The direct command works in the shell's folder, as yo does: the test moves there and back.
  // eslint-disable-next-line no-restricted-syntax
  const saved = { log: console.log, error: console.error, cwd: process.cwd() };
  console.log = (...parts: unknown[]) => out.push(parts.join(' '));
  console.error = (...parts: unknown[]) => err.push(parts.join(' '));
  process.chdir(cwd);
  try {
    const code = await main(argv, loadGenerator);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.chdir(saved.cwd);
    console.log = saved.log;
    console.error = saved.error;
  }
}

describe('mcp-python, the direct command', () => {
  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(await mcpPython(['--version']), { code: 0, out: version, err: '' });
  });

  it('--help alone lists the commands above the app help; a command\'s --help shows only its own', async () => {
    const top = await mcpPython(['--help']);
    assert.equal(top.code, 0);
    assert.ok(top.out.startsWith('Usage: mcp-python [command] [arguments] [options]\n'), top.out);
    assert.match(top.out, /^ {2}tool {2,}/m);
    assert.match(top.out, /`mcp-python <command> --help` lists the options of each command\.\n\n/);
    const tool = await mcpPython(['tool', '-h']);
    assert.equal(tool.code, 0);
    assert.doesNotMatch(tool.out, /^Commands:/m);
    assert.match(tool.out, /mcp-python tool/);
    assert.match(tool.out, /--param/);
  });

  it('runs a command (changing files only with --force without a terminal), with its dashed flags; --help after -- is an argument', async () => {
    const project = copyFixture('fresh');
    const before = read(project, 'src/demo_server/server.py');
    assert.deepEqual(await mcpPython(['tool', 'ping', '--yes'], project), {
      code: 1,
      out: '',
      err: 'Changing existing files asks first, and there is no terminal to answer on. In a script, pass --force to write the change, or --dry-run to see its diff.\nNothing was written.',
    });
    assert.equal(read(project, 'src/demo_server/server.py'), before);
    const ran = await mcpPython(['tool', 'ping', '--yes', '--force', '--read-only'], project);
    assert.equal(ran.code, 0, ran.err);
    assert.match(read(project, 'src/demo_server/server.py'), /@server\.tool\(annotations=ToolAnnotations\(read_only_hint=True\)\)\ndef ping\(\) -> str:/);
    const parent = realpathSync(mkdtempSync(join(tmpdir(), 'direct-')));
    const app = await mcpPython(['srv', '--yes', '--skip-install', '--skip-git', '--', '--help'], parent);
    assert.equal(app.code, 0, app.err);
    assert.ok(existsSync(join(parent, 'srv', 'src', 'srv', 'server.py')));
    assert.ok(!existsSync(join(parent, 'srv', '.git')), '--skip-git reached the generator as skipGit');
  });

  it('a refusal: its message alone on stderr and exit 1, nothing on stdout', async () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'no-project-')));
    const ran = await mcpPython(['tool', 'ping', '--yes'], outside);
    assert.equal(ran.code, 1);
    assert.match(ran.err, /^No MCP server project found here or in any parent folder/);
    assert.equal(ran.err.split('\n').length, 1, ran.err);
  });
});
