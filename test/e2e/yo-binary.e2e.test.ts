// The real `yo` binary against the packed tarball, installed globally, as a non-root user.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { installPacked, type PackedInstall } from '../helpers/packed.js';
import { run } from '../helpers/processes.js';

describe('yo mcp-python from the packed tarball', () => {
  let packed: PackedInstall;
  before(function () {
    this.timeout(300_000);
    packed = installPacked();
  });

  it('lists every option in --help', () => {
    const help = packed.yo(['mcp-python', '--help'], packed.newFolder('help'));
    assert.equal(help.status, 0, help.stderr);
    const options = ['--name', '--description', '--author', '--email', '--license', '--python', '--transport', '--example', '--yes'];
    options.push('--skip-install', '--skip-git', '--github-owner', '--publish', '--registry', '--mcpb', '--docker', '--stateless', '--k8s');
    for (const option of options) {
      assert.ok(help.stdout.includes(option), `--help does not list ${option}:\n${help.stdout}`);
    }
  });

  it('generates a project with a first commit, as a non-root user', () => {
    const work = packed.newFolder('work');
    const ran = packed.yo(['mcp-python', 'packed-server', '--yes', '--skip-install'], work);
    assert.equal(ran.status, 0, `${ran.stdout}\n${ran.stderr}`);
    assert.ok(existsSync(join(work, 'packed-server/src/packed_server/server.py')));
    assert.ok(existsSync(join(work, 'packed-server/.gitignore')), 'the tarball lost the .gitignore template');
    // Yeoman's logger writes to stderr.
    const output = `${ran.stdout}${ran.stderr}`;
    assert.match(output, /import package\s+packed_server/);
    assert.match(output, /yo mcp-python:claude-config/);
    const log = run('git', ['-C', join(work, 'packed-server'), 'log', '--oneline'], { env: { ...process.env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' } });
    assert.match(log.stdout, /Initial commit from generator-mcp-python/);
  });

  it('exits non-zero with the reason and writes nothing for a bad flag', () => {
    const work = packed.newFolder('bad-flag');
    const ran = packed.yo(['mcp-python', 'ok-name', '--yes', '--license', 'GPL'], work);
    assert.notEqual(ran.status, 0);
    assert.match(`${ran.stdout}${ran.stderr}`, /--license: "GPL" is not a valid license; choose one of: MIT, Apache-2\.0, none/);
    assert.deepEqual(readdirSync(work), []);
  });
});
