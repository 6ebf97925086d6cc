// The package's own `mcp-python` command, from the packed tarball, side by side with `yo mcp-python`:
// the same files and exit codes for app, tool and client-config, its own --help (with the USAGE
// examples, every one of which is run here), unknown flags refused, and nothing asked without a
// terminal (every command here runs with an empty pipe as standard input).
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COMMANDS } from '../../generators/lib/commands.js';
import { repoRoot } from '../helpers/generators.js';
import { installPacked, type PackedInstall } from '../helpers/packed.js';
import type { Ran } from '../helpers/processes.js';
import { usageExamples } from '../helpers/usage.js';

/** Every file below `root` (without .git and .venv), with its content. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      if (name === '.git' || name === '.venv') continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return files;
}

const output = (ran: Ran) => `${ran.stdout}${ran.stderr}`;

describe('mcp-python, the direct command, from the packed tarball', () => {
  let packed: PackedInstall;
  let viaYo = '';
  let direct = '';
  before(function () {
    this.timeout(300_000);
    packed = installPacked();
    viaYo = packed.newFolder('via-yo');
    direct = packed.newFolder('direct');
  });

  it('lists its commands and the app options in --help, with usage lines as typed', () => {
    const help = packed.mcpPython(['--help'], packed.newFolder('help'));
    assert.equal(help.status, 0, output(help));
    assert.match(help.stdout, /^Usage: mcp-python \[command\]/);
    for (const command of ['app', 'tool', 'resource', 'prompt', 'claude-config', 'client-config', 'migrate']) {
      assert.match(help.stdout, new RegExp(`^  ${command} +\\S`, 'm'), `--help does not list ${command}`);
    }
    assert.match(help.stdout, /^Usage: mcp-python \[name\] \[options\]$/m);
    const tool = packed.mcpPython(['tool', '--help'], packed.newFolder('help-tool'));
    assert.match(tool.stdout, /^Usage: mcp-python tool \[name\] \[options\]$/m);
    assert.match(tool.stdout, /--param <value>\.\.\./);
    const yoHelp = packed.yo(['mcp-python', '--help'], packed.newFolder('help-yo'));
    assert.match(yoHelp.stdout, /^Usage: yo mcp-python \[name\] \[options\]$/m);
    // The USAGE file's examples, as each command is typed.
    const yoTool = packed.yo(['mcp-python:tool', '--help'], packed.newFolder('help-yo-tool'));
    assert.match(yoTool.stdout, /^Examples.*:\n {2}yo mcp-python:tool add_task /m);
    assert.match(tool.stdout, /^Examples.*:\n {2}mcp-python tool add_task /m);
    assert.match(yoHelp.stdout, /^ {2}yo mcp-python weather-tools --yes$/m);
    assert.match(help.stdout, /^ {2}mcp-python weather-tools --yes$/m);
    for (const text of [help.stdout, tool.stdout, yoHelp.stdout, yoTool.stdout]) {
      for (const noise of ['--skip-cache', '--force-install', '--ask-answered', 'Default: false']) assert.ok(!text.includes(noise), `${noise} in:\n${text}`);
      for (const line of text.split('\n')) assert.ok(line.length <= 100, `longer than 100 columns: ${line}`);
    }
  });

  it('generates the same project as yo mcp-python, exit 0, with uv.lock despite --skip-install', () => {
    const args = ['same-server', '--yes', '--skip-install', '--skip-git', '--example', 'minimal'];
    const a = packed.yo(['mcp-python', ...args], viaYo);
    const b = packed.mcpPython(args, direct);
    assert.equal(a.status, 0, output(a));
    assert.equal(b.status, 0, output(b));
    const files = snapshot(join(direct, 'same-server'));
    assert.deepEqual(files, snapshot(join(viaYo, 'same-server')));
    assert.ok('uv.lock' in files, 'no uv.lock after --skip-install');
    assert.match(output(b), /mcp-python claude-config +# connect it/);
    assert.match(output(a), /yo mcp-python:claude-config +# connect it/);
  });

  it('adds a tool the same way, and without a terminal refuses to overwrite without --force', () => {
    const refuse = ['tool', 'add_tag', '--param', 'name:str'];
    const a = packed.yo([`mcp-python:${refuse[0]}`, ...refuse.slice(1)], join(viaYo, 'same-server'));
    const b = packed.mcpPython(refuse, join(direct, 'same-server'));
    for (const ran of [a, b]) {
      assert.equal(ran.status, 1, output(ran));
      assert.match(output(ran), /there is no terminal to answer on\. In a script, pass --force/);
    }
    assert.ok(!output(b).includes('An error occured'), output(b));
    const force = ['tool', 'add_tag', '--param', 'name:str', '--force'];
    const c = packed.yo([`mcp-python:${force[0]}`, ...force.slice(1)], join(viaYo, 'same-server'));
    const d = packed.mcpPython(force, join(direct, 'same-server'));
    assert.equal(c.status, 0, output(c));
    assert.equal(d.status, 0, output(d));
    assert.deepEqual(snapshot(join(direct, 'same-server')), snapshot(join(viaYo, 'same-server')));
    assert.match(readFileSync(join(direct, 'same-server/src/same_server/server.py'), 'utf8'), /def add_tag\(name: str\)/);
  });

  it('writes the same client config, --env included', () => {
    const args = (folder: string) => ['cursor', '--config-path', join(folder, 'mcp.json'), '--env', 'API_KEY=secret', '--yes'];
    const a = packed.yo(['mcp-python:client-config', ...args(viaYo)], join(viaYo, 'same-server'));
    const b = packed.mcpPython(['client-config', ...args(direct)], join(direct, 'same-server'));
    assert.equal(a.status, 0, output(a));
    assert.equal(b.status, 0, output(b));
    const entry = (folder: string) => JSON.parse(readFileSync(join(folder, 'mcp.json'), 'utf8')).mcpServers['same-server'];
    assert.deepEqual(entry(direct).env, { API_KEY: 'secret' });
    assert.deepEqual(entry(direct).args.length, entry(viaYo).args.length);
  });

  it('stops at an unknown flag, naming the closest one, before anything is written (yo too)', () => {
    for (const [ran, folder] of [
      [packed.mcpPython(['x', '--yes', '--transprt', 'streamable-http'], packed.newFolder('typo-direct')), 'typo-direct'],
      [packed.yo(['mcp-python', 'x', '--yes', '--transprt', 'streamable-http'], packed.newFolder('typo-yo')), 'typo-yo'],
    ] as const) {
      assert.equal(ran.status, 1, output(ran));
      assert.match(output(ran), /Unknown option --transprt\. Did you mean --transport\?/);
      assert.deepEqual(readdirSync(packed.newFolder(folder)), []);
    }
    const tool = packed.mcpPython(['tool', 'x', '--parm', 'a:str', '--force'], join(direct, 'same-server'));
    assert.equal(tool.status, 1);
    assert.match(output(tool), /Unknown option --parm\. Did you mean --param\?/);
  });

  it('asks nothing without a terminal: defaults apply, a missing name is an error naming it', () => {
    const work = packed.newFolder('no-tty');
    const app = packed.mcpPython(['--skip-install', '--skip-git'], work);
    assert.equal(app.status, 0, output(app));
    assert.deepEqual(readdirSync(work), ['mcp-server']);
    const tool = packed.mcpPython(['tool', '--force'], join(work, 'mcp-server'));
    assert.equal(tool.status, 1, output(tool));
    assert.match(output(tool), /Give the tool a name: yo mcp-python:tool <name>\./);
  });

  it('runs every example of every USAGE file in the tarball; the grown project passes its tests', function () {
    this.timeout(900_000);
    const usage = (name: string) => readFileSync(join(packed.modules, 'generator-mcp-python/dist/generators', name, 'USAGE'), 'utf8');
    const appFolder = (index: number) => packed.newFolder(`examples-app-${index}`);
    // The sub-generators' examples grow the project the app's `weather-tools --yes` example makes.
    const project = join(appFolder(1), 'weather-tools');
    const migrated = join(packed.newFolder('examples-migrate'), 'old-server');
    cpSync(join(repoRoot, 'test/fixtures/migrate/fastmcp-v1'), migrated, { recursive: true });
    packed.giveAway(migrated);
    let ran = 0;
    for (const command of COMMANDS) {
      for (const [index, example] of usageExamples(usage(command.name)).entries()) {
        const cwd = command.name === 'app' ? appFolder(index) : command.name === 'migrate' ? migrated : project;
        const args = command.name === 'app' ? example.args : [command.name, ...example.args];
        let result = packed.mcpPython(args, cwd);
        // What a terminal would ask before changing a file, a script answers with --force.
        if (result.status === 1 && /there is no terminal to answer on/.test(output(result))) result = packed.mcpPython([...args, '--force'], cwd);
        assert.equal(result.status, 0, `${example.line}\n${output(result)}`);
        ran++;
      }
    }
    assert.ok(ran >= 20, `only ${ran} examples`);
    const server = readFileSync(join(project, 'src/weather_tools/server.py'), 'utf8');
    for (const added of ['def add_task(', 'def fetch_page(', 'def get_forecast(', 'def plan_trip(', 'def review_code(']) assert.ok(server.includes(added), added);
    assert.ok(!server.includes('def delete_task('), 'a --dry-run example wrote');
    assert.match(readFileSync(join(migrated, 'src/weather_v1/server.py'), 'utf8'), /MCPServer/);
    const tests = packed.asUser('uv', ['run', 'pytest', '-q'], project);
    assert.equal(tests.status, 0, output(tests));
  });

  it('runs for whoever runs the tests, root included (containers, CI)', () => {
    const work = packed.newFolder('as-is');
    const ran = packed.mcpPythonAsIs(['root-ok', '--yes', '--skip-install', '--skip-git'], work);
    assert.equal(ran.status, 0, output(ran));
    assert.ok(readdirSync(join(work, 'root-ok')).includes('pyproject.toml'));
  });
});
