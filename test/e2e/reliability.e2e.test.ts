// Issue 9's fault cases through the real `yo` from the packed tarball, as a non-root user (so that a
// read-only file or folder really refuses writes): every failure is one clear line, a non-zero exit,
// no stack trace and every byte as it was; concurrent runs lose nothing.
import assert from 'node:assert/strict';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertUnchanged, snapshot } from '../helpers/fixture-project.js';
import { repoRoot } from '../helpers/generators.js';
import { installPacked, type PackedInstall } from '../helpers/packed.js';
import type { Ran } from '../helpers/processes.js';

const CRASH = /ERR_INVALID_ARG_TYPE|TypeError|^\s+at /m;

function assertCleanFailure(ran: Ran, expected: RegExp): void {
  const output = `${ran.stdout}${ran.stderr}`;
  assert.notEqual(ran.status, 0, output);
  assert.match(output, expected);
  assert.doesNotMatch(output, CRASH, 'a stack trace or the exit-code crash');
}

describe('whole or nothing through the real yo', () => {
  let packed: PackedInstall;
  let count = 0;
  before(function () {
    this.timeout(300_000);
    packed = installPacked();
  });

  /** A copy of the fresh fixture the non-root user owns. */
  function project(): string {
    const folder = join(packed.newFolder(`project-${++count}`), 'fresh');
    cpSync(join(repoRoot, 'test/fixtures/python/fresh'), folder, { recursive: true });
    packed.giveAway(folder);
    return folder;
  }

  // Each of these crashed with `TypeError [ERR_INVALID_ARG_TYPE]: The "code" argument must be of type
  // number` before, after writing .yo-rc.json and server.py.
  for (const [what, target, mode, expected] of [
    ['README.md read-only', 'README.md', 0o444, /README\.md is read-only\. Make it writable/],
    ['server.py read-only', 'src/demo_server/server.py', 0o444, /server\.py is read-only/],
    ['.yo-rc.json read-only', '.yo-rc.json', 0o444, /\.yo-rc\.json is read-only/],
    ['tests/ read-only', 'tests', 0o555, /Cannot access .*tests: permission denied/],
  ] as const) {
    it(`${what}: one line, non-zero exit, nothing written`, () => {
      const folder = project();
      chmodSync(join(folder, target), mode);
      const before = snapshot(folder);
      const ran = packed.yo(['mcp-python:tool', 'lookup', '--yes', '--force'], folder);
      assertCleanFailure(ran, expected);
      assert.match(`${ran.stdout}${ran.stderr}`, /Nothing was written\./);
      assertUnchanged(folder, before);
    });
  }

  // Yeoman reads .yo-rc.json in the generator's constructor; its own "Could not parse JSON in file" named no fix.
  it('a .yo-rc.json that is not JSON: one line naming the file and the fix, non-zero exit, nothing written', () => {
    const folder = project();
    const record = join(folder, '.yo-rc.json');
    packed.asUser('sh', ['-c', `printf , >> '${record}'`], folder);
    const before = snapshot(folder);
    const ran = packed.yo(['mcp-python:tool', 'lookup', '--yes', '--force'], folder);
    assertCleanFailure(ran, /\.yo-rc\.json is not a valid JSON object \(Unexpected non-whitespace character after JSON at position \d+( \(line \d+ column \d+\))?\)\. Fix it \(or move it away\), then run this again\./);
    assert.doesNotMatch(`${ran.stdout}${ran.stderr}`, /Could not parse JSON/);
    assert.match(`${ran.stdout}${ran.stderr}`, /Nothing was written\./);
    assertUnchanged(folder, before);
  });

  it('a project in a read-only folder is refused up front', () => {
    const parent = packed.newFolder('read-only-parent');
    chmodSync(parent, 0o555);
    const ran = packed.yo(['mcp-python', 'blocked', '--yes', '--skip-install', '--skip-git'], parent);
    assertCleanFailure(ran, /read-only-parent is not writable, so the project cannot be created there/);
  });

  it('--config-path naming a folder, or a read-only config, is refused', () => {
    const folder = project();
    mkdirSync(join(folder, 'a-folder'));
    packed.giveAway(join(folder, 'a-folder'));
    const ran = packed.yo(['mcp-python:client-config', '--client', 'cursor', '--config-path', 'a-folder', '--uv-path', '/bin/sh', '--yes'], folder);
    assertCleanFailure(ran, /a-folder is a folder, where a file was expected/);
    const config = join(folder, 'cursor.json');
    cpSync(join(folder, '.yo-rc.json'), config);
    packed.giveAway(config);
    chmodSync(config, 0o444);
    const readOnly = packed.yo(['mcp-python:client-config', '--client', 'cursor', '--config-path', 'cursor.json', '--uv-path', '/bin/sh', '--yes'], folder);
    assertCleanFailure(readOnly, /cursor\.json is read-only/);
  });

  it('--config-path in a read-only folder is refused, naming the folder and the fix', () => {
    const folder = project();
    const locked = join(folder, 'locked');
    mkdirSync(locked);
    cpSync(join(folder, '.yo-rc.json'), join(locked, 'existing.json'));
    packed.giveAway(locked);
    chmodSync(locked, 0o555);
    for (const file of ['existing.json', 'new.json']) {
      const before = snapshot(folder);
      const ran = packed.yo(['mcp-python:client-config', '--client', 'cursor', '--config-path', `locked/${file}`, '--uv-path', '/bin/sh', '--yes'], folder);
      assertCleanFailure(ran, /Cannot access .*locked: permission denied\. Make it writable/);
      assertUnchanged(folder, before);
    }
  });

  it('an existing entry with no terminal and no --force: a clear refusal, not "User force closed the prompt"', () => {
    const folder = project();
    const args = ['mcp-python:client-config', '--client', 'cursor', '--config-path', 'cursor.json', '--yes'];
    const first = packed.yo([...args, '--uv-path', '/bin/sh'], folder);
    assert.equal(first.status, 0, `${first.stdout}${first.stderr}`);
    const before = readFileSync(join(folder, 'cursor.json'));
    const second = packed.yo([...args, '--uv-path', '/bin/bash'], folder);
    assertCleanFailure(second, /there is no terminal to answer on: pass --force to replace it, or --name/);
    assert.doesNotMatch(`${second.stdout}${second.stderr}`, /force closed/);
    assert.deepEqual(readFileSync(join(folder, 'cursor.json')), before);
  });

  // Before the lock, 3 pairs in 15 lost one tool from server.py, README.md and .yo-rc.json.
  it('concurrent runs on one project lose no edit (8 pairs)', async function () {
    this.timeout(900_000);
    const folder = project();
    const names: string[] = [];
    for (let pair = 0; pair < 8; pair++) {
      const batch = [`first_${pair}`, `second_${pair}`];
      const runs = await Promise.all(batch.map((name) => packed.yoAsync(['mcp-python:tool', name, '--yes', '--force'], folder)));
      runs.forEach((ran, index) => assert.equal(ran.status, 0, `${batch[index]}:\n${ran.stdout}${ran.stderr}`));
      names.push(...batch);
    }
    const server = readFileSync(join(folder, 'src/demo_server/server.py'), 'utf8');
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    const recorded = (JSON.parse(readFileSync(join(folder, '.yo-rc.json'), 'utf8')) as { 'generator-mcp-python': { handlers: { tools: Array<{ name: string }> } } })[
      'generator-mcp-python'
    ].handlers.tools.map((tool) => tool.name);
    for (const name of names) {
      assert.match(server, new RegExp(`def ${name}\\(`), `${name} missing from server.py`);
      assert.ok(readme.includes(`\`${name}\``), `${name} missing from README.md`);
      assert.ok(recorded.includes(name), `${name} missing from .yo-rc.json`);
      readFileSync(join(folder, `tests/test_tool_${name}.py`));
    }
  });

  /** Waits (up to a minute) for `file` to appear with some text, and returns it. */
  async function waitFor(file: string): Promise<string> {
    for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((resolve) => setTimeout(resolve, 50))) {
      const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (text !== '') return text;
    }
    throw new Error(`${file} never appeared`);
  }

  function recordedTools(folder: string): string[] {
    const record = JSON.parse(readFileSync(join(folder, '.yo-rc.json'), 'utf8')) as { 'generator-mcp-python': { handlers?: { tools?: Array<{ name: string }> } } };
    return (record['generator-mcp-python'].handlers?.tools ?? []).map((tool) => tool.name);
  }

  // MCP_PYTHON_TEST_PAUSE_MID_COMMIT is a hook for this test only (lib/transaction.ts): the run's commit
  // stops after its first rename and waits, so that this test can SIGKILL the real process right there.
  it('a run SIGKILLed between two renames of its commit is undone by the next run', async function () {
    this.timeout(300_000);
    const folder = project();
    const before = snapshot(folder);
    const marker = join(packed.newFolder('pause-marker'), 'paused');
    const killed = packed.yoAsync(['mcp-python:tool', 'half_done', '--yes', '--force'], folder, { MCP_PYTHON_TEST_PAUSE_MID_COMMIT: marker });
    const pid = Number(await waitFor(marker));
    // Temporaries of the files still to come and the journal (in the lock folder) are not the project's.
    const paused = [...snapshot(folder)].filter(([file]) => !file.startsWith('.mcp-python.lock/') && !file.endsWith('.tmp'));
    const changed = paused.filter(([file, content]) => !before.get(file)?.equals(content));
    assert.equal(changed.length, 1, `one file was meant to be replaced when the run paused: ${changed.map(([file]) => file).join(', ')}`);
    process.kill(pid, 'SIGKILL');
    const ran = await killed;
    assert.notEqual(ran.status, 0, 'the killed run reported success');
    assert.ok(existsSync(join(folder, '.mcp-python.lock', 'journal.json')), 'the journal of the killed change');

    const next = packed.yo(['mcp-python:tool', 'after_crash', '--yes', '--force'], folder);
    assert.equal(next.status, 0, `${next.stdout}${next.stderr}`);
    const server = readFileSync(join(folder, 'src/demo_server/server.py'), 'utf8');
    assert.match(server, /def after_crash\(/);
    assert.doesNotMatch(server, /half_done/, 'the killed change was not undone');
    assert.doesNotMatch(readFileSync(join(folder, 'README.md'), 'utf8'), /half_done/);
    assert.deepEqual(recordedTools(folder).filter((name) => name === 'half_done'), []);
    assert.ok(!existsSync(join(folder, 'tests/test_tool_half_done.py')));
    assert.ok(!existsSync(join(folder, '.mcp-python.lock')), 'the lock outlived its run');
    const leftovers = readdirSync(folder, { recursive: true }).map(String).filter((name) => name.endsWith('.tmp'));
    assert.deepEqual(leftovers, []);
  });

  // The same hook as above: a new project's one commit is journaled in the project's own lock folder.
  it('a scaffold SIGKILLed between two renames is undone by the next yo mcp-python there, which then succeeds', async function () {
    this.timeout(300_000);
    const parent = packed.newFolder('killed-scaffold');
    const marker = join(packed.newFolder('scaffold-marker'), 'paused');
    const args = ['mcp-python', 'half-made', '--yes', '--skip-install', '--skip-git'];
    const killed = packed.yoAsync(args, parent, { MCP_PYTHON_TEST_PAUSE_MID_COMMIT: marker });
    process.kill(Number(await waitFor(marker)), 'SIGKILL');
    assert.notEqual((await killed).status, 0);
    assert.ok(existsSync(join(parent, 'half-made', '.mcp-python.lock', 'journal.json')), 'the journal of the killed scaffold');

    const next = packed.yo(args, parent);
    assert.equal(next.status, 0, `${next.stdout}${next.stderr}`);
    assert.ok(existsSync(join(parent, 'half-made', 'src/half_made/server.py')));
    assert.ok(!existsSync(join(parent, 'half-made', '.mcp-python.lock')), 'the lock outlived its run');
    const leftovers = readdirSync(join(parent, 'half-made'), { recursive: true }).map(String).filter((name) => name.endsWith('.tmp'));
    assert.deepEqual(leftovers, []);
  });

  // Each registration reads the config file in one step and writes it in a later one: without the lock
  // on the file (lib/lock.ts, configLockOf), two at once (from two projects, as into a user's
  // ~/.cursor/mcp.json) both merged into the old content, and the later write dropped the other entry.
  it('concurrent registrations from two projects into one client config all land (4 pairs)', async function () {
    this.timeout(900_000);
    const projects = [project(), project()];
    const config = join(packed.newFolder('shared-config'), 'mcp.json');
    const args = ['mcp-python:client-config', '--client', 'cursor', '--config-path', config, '--uv-path', '/bin/sh', '--yes', '--force'];
    const names: string[] = [];
    for (let pair = 0; pair < 4; pair++) {
      const batch = [`first_${pair}`, `second_${pair}`];
      const runs = await Promise.all(batch.map((name, index) => packed.yoAsync([...args, '--name', name], projects[index] as string)));
      runs.forEach((ran, index) => assert.equal(ran.status, 0, `${batch[index]}:\n${ran.stdout}${ran.stderr}`));
      names.push(...batch);
    }
    const servers = (JSON.parse(readFileSync(config, 'utf8')) as { mcpServers: Record<string, unknown> }).mcpServers;
    assert.deepEqual(Object.keys(servers).sort(), [...names].sort());
    assert.deepEqual(readdirSync(join(config, '..')).filter((name) => !name.endsWith('.bak')), ['mcp.json'], 'a lock or temporary outlived its run');
  });
});
