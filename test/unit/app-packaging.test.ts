import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completePackaging, gitHubOwnerOf, PLACEHOLDER_OWNER, validateGitHubOwner } from '../../generators/app/packaging.js';
import { loadGenerator, runGenerator, type GeneratorSource } from '../helpers/generators.js';

const quiet = { skipInstall: true, skipGit: true } as Record<string, unknown>;

describe('yo mcp-python packaging (publish, registry, bundle, container, k8s)', () => {
  let app: GeneratorSource;
  before(async () => {
    app = await loadGenerator('app');
  });

  const generate = async (options: Record<string, unknown>, answers?: Record<string, unknown>) => {
    const context = runGenerator(app).withArguments(['ship-it']).withOptions({ ...quiet, ...options });
    const result = await (answers === undefined ? context : context.withAnswers(answers));
    const root = join(result.cwd, 'ship-it');
    return { root, has: (file: string) => existsSync(join(root, file)), read: (file: string) => readFileSync(join(root, file), 'utf8') };
  };

  it('with --yes over stdio: publish workflow and server.json, no container, stateful HTTP', async () => {
    const project = await generate({ yes: true });
    for (const file of ['.github/workflows/publish.yml', 'server.json', 'tests/test_versions.py', 'src/ship_it/http.py', 'tests/test_http.py']) {
      assert.ok(project.has(file), `${file} is missing`);
    }
    for (const file of ['manifest.json', 'Dockerfile', '.dockerignore', 'k8s/deployment.yaml']) assert.ok(!project.has(file), `${file} was written`);
    const server = JSON.parse(project.read('server.json'));
    assert.equal(server.name, `io.github.${PLACEHOLDER_OWNER}/ship-it`);
    assert.deepEqual(server.packages[0].transport, { type: 'stdio' });
    assert.match(project.read('README.md'), /^<!-- mcp-name: io\.github\.your-github-user\/ship-it -->$/m);
    assert.match(project.read('README.md'), /replace `your-github-user`/);
    assert.match(project.read('src/ship_it/__main__.py'), /^DEFAULT_STATELESS = False$/m);
    const workflow = project.read('.github/workflows/publish.yml');
    assert.match(workflow, /id-token: write/);
    assert.match(workflow, /uv publish --trusted-publishing always/);
    assert.doesNotMatch(workflow, /secrets\.|TOKEN/);
    assert.match(workflow, /registry\/cmd\/publisher@v1\.8\.9/);
  });

  it('over HTTP: a container serving statelessly by default; --k8s brings the Dockerfile along', async () => {
    const project = await generate({ yes: true, transport: 'streamable-http', k8s: true, githubOwner: 'Octo-Org' });
    assert.ok(project.has('Dockerfile') && project.has('.dockerignore') && project.has('k8s/deployment.yaml'));
    assert.match(project.read('src/ship_it/__main__.py'), /^DEFAULT_STATELESS = True$/m);
    assert.match(project.read('Dockerfile'), /"--host", "0\.0\.0\.0", "--port", "8000", "--stateless"\]$/m);
    assert.match(project.read('k8s/deployment.yaml'), /image: ghcr\.io\/octo-org\/ship-it:0\.1\.0$/m);
    assert.match(project.read('README.md'), /### Scaling out/);
    const config = JSON.parse(project.read('.yo-rc.json'))['generator-mcp-python'];
    assert.deepEqual(config.packaging, { githubOwner: 'Octo-Org', publish: true, registry: true, mcpb: false, docker: true, stateless: true, k8s: true });
  });

  it('--no-publish --no-registry --mcpb: a bundle manifest and nothing for PyPI or the registry', async () => {
    const project = await generate({ yes: true, publish: false, registry: false, mcpb: true });
    assert.ok(!project.has('.github/workflows/publish.yml') && !project.has('server.json'));
    assert.doesNotMatch(project.read('README.md'), /mcp-name/);
    const manifest = JSON.parse(project.read('manifest.json'));
    assert.equal(manifest.version, '0.1.0');
    assert.equal(manifest.server.type, 'uv');
    assert.deepEqual(manifest.server.mcp_config.args, ['run', '--directory', '${__dirname}', 'ship-it', '--transport', 'stdio']);
    assert.ok(project.has('.mcpbignore'));
  });

  it('asks the packaging questions it is not given', async () => {
    const project = await generate(
      { name: 'ship-it', description: 'd', author: 'a', email: '', license: 'MIT', python: '3.12', transport: 'streamable-http', example: 'minimal' },
      { publish: false, registry: true, mcpb: false, docker: true, k8s: false, stateless: false, githubOwner: 'someone' },
    );
    assert.ok(!project.has('.github/workflows/publish.yml'));
    assert.equal(JSON.parse(project.read('server.json')).name, 'io.github.someone/ship-it');
    assert.match(project.read('src/ship_it/__main__.py'), /^DEFAULT_STATELESS = False$/m);
    assert.doesNotMatch(project.read('Dockerfile'), /--stateless/);
  });

  it('takes the owner from the GitHub remote of the repository it runs in', async () => {
    const repository = mkdtempSync(join(tmpdir(), 'remote-'));
    spawnSync('git', ['init', '--quiet'], { cwd: repository });
    spawnSync('git', ['remote', 'add', 'origin', 'git@github.com:remote-owner/servers.git'], { cwd: repository });
    // A sub-folder: yeoman-test empties the folder it runs in.
    const cwd = join(repository, 'servers');
    await runGenerator(app).inDir(cwd).withArguments(['ship-it']).withOptions({ ...quiet, yes: true });
    assert.equal(JSON.parse(readFileSync(join(cwd, 'ship-it', 'server.json'), 'utf8')).name, 'io.github.remote-owner/ship-it');
  });

  it('refuses a bad --github-owner before writing anything', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'bad-owner-'));
    await assert.rejects(
      runGenerator(app).inDir(cwd).withArguments(['ship-it']).withOptions({ ...quiet, yes: true, githubOwner: '-bad-' }),
      /--github-owner: "-bad-" is not a GitHub user or organisation name/,
    );
    assert.deepEqual(readdirSync(cwd), []);
  });
});

describe('packaging rules', () => {
  it('reads the owner from https, ssh and scp-like GitHub remotes only', () => {
    assert.equal(gitHubOwnerOf('https://github.com/octo/repo.git'), 'octo');
    assert.equal(gitHubOwnerOf('https://token@github.com/octo/repo'), 'octo');
    assert.equal(gitHubOwnerOf('ssh://git@github.com/octo/repo.git'), 'octo');
    assert.equal(gitHubOwnerOf('git@github.com:octo/repo.git\n'), 'octo');
    assert.equal(gitHubOwnerOf('https://gitlab.com/octo/repo.git'), undefined);
    assert.equal(gitHubOwnerOf(undefined), undefined);
  });

  it('accepts GitHub names only', () => {
    for (const good of ['a', 'octo-cat', 'A1', 'x'.repeat(39)]) assert.equal(validateGitHubOwner(good), true);
    for (const bad of ['', '-a', 'a-', 'a--b', 'a_b', 'a.b', 'x'.repeat(40)]) assert.notEqual(validateGitHubOwner(bad), true, bad);
  });

  it('fills defaults in order: the container follows the transport, statelessness the container', () => {
    assert.deepEqual(completePackaging({}, { transport: 'stdio' }), {
      githubOwner: PLACEHOLDER_OWNER, publish: true, registry: true, mcpb: false, docker: false, stateless: false, k8s: false,
    });
    assert.equal(completePackaging({}, { transport: 'streamable-http', remoteOwner: 'me' }).stateless, true);
    assert.equal(completePackaging({ docker: false }, { transport: 'streamable-http' }).stateless, false);
    assert.equal(completePackaging({ k8s: true, docker: false }, { transport: 'stdio' }).docker, true);
    assert.equal(completePackaging({}, { transport: 'stdio', remoteOwner: 'me' }).githubOwner, 'me');
  });
});
