// The packaging answers as data: the files each answer adds, the remote owner, which flags were given,
// and which questions are asked (and with what default) given the answers before them.
import assert from 'node:assert/strict';
import {
  firstInvalidPackagingFlag, gitHubOwnerOf, givenPackaging, PACKAGING_QUESTIONS, packagingPrompts, type PackagingKey,
} from '../../generators/app/packaging.js';
import { packagingFiles } from '../../generators/app/packaging-files.js';

const none = { githubOwner: 'octo', publish: false, registry: false, mcpb: false, docker: false, stateless: false, k8s: false };
const question = (key: PackagingKey) => PACKAGING_QUESTIONS.find(each => each.key === key)!;

describe('the files each packaging answer adds', () => {
  it('adds only the HTTP module and its test when every answer is no', () => {
    assert.deepEqual(packagingFiles(none, 'src/srv'), [
      ['src/package/http.py.ejs', 'src/srv/http.py'],
      ['tests/test_http.py.ejs', 'tests/test_http.py'],
    ]);
  });

  it('adds the .mcpbignore and the version test for a bundle', () => {
    assert.deepEqual(packagingFiles({ ...none, mcpb: true }, 'src/srv'), [
      ['src/package/http.py.ejs', 'src/srv/http.py'],
      ['tests/test_http.py.ejs', 'tests/test_http.py'],
      ['mcpbignore', '.mcpbignore'],
      ['tests/test_versions.py.ejs', 'tests/test_versions.py'],
    ]);
  });

  it('adds every file, in order, when every answer is yes', () => {
    assert.deepEqual(packagingFiles({ ...none, publish: true, registry: true, mcpb: true, docker: true, stateless: true, k8s: true }, 'src/srv'), [
      ['src/package/http.py.ejs', 'src/srv/http.py'],
      ['tests/test_http.py.ejs', 'tests/test_http.py'],
      ['.github/workflows/publish.yml.ejs', '.github/workflows/publish.yml'],
      ['mcpbignore', '.mcpbignore'],
      ['tests/test_versions.py.ejs', 'tests/test_versions.py'],
      ['Dockerfile.ejs', 'Dockerfile'],
      ['dockerignore', '.dockerignore'],
      ['k8s/deployment.yaml.ejs', 'k8s/deployment.yaml'],
    ]);
  });
});

describe("the owner of git's remote", () => {
  it('reads it after leading whitespace', () => {
    assert.equal(gitHubOwnerOf('  https://github.com/octo/repo.git'), 'octo');
  });

  it('refuses a GitHub address that does not start the URL', () => {
    assert.equal(gitHubOwnerOf('https://mirror.example/git@github.com:octo/repo.git'), undefined);
  });

  it('refuses a path segment that is not a GitHub name', () => {
    assert.equal(gitHubOwnerOf('https://github.com/-bad-/repo.git'), undefined);
    assert.equal(gitHubOwnerOf('git@github.com:a_b/repo.git'), undefined);
  });
});

describe('the packaging flags given', () => {
  it('keeps booleans as booleans and the owner as a string, and leaves out null', () => {
    assert.deepEqual(givenPackaging({ publish: true, registry: false, mcpb: null, githubOwner: 'octo', docker: null }), {
      publish: true, registry: false, githubOwner: 'octo',
    });
  });

  it('turns --k8s into --docker as well, but not --no-k8s', () => {
    assert.deepEqual(givenPackaging({ k8s: true }), { k8s: true, docker: true });
    assert.deepEqual(givenPackaging({ k8s: false }), { k8s: false });
  });

  it('finds no problem in boolean flags and a valid owner, and names the flag of a bad owner', () => {
    assert.equal(firstInvalidPackagingFlag({ publish: true, k8s: false, githubOwner: 'octo' }), undefined);
    assert.equal(
      firstInvalidPackagingFlag({ publish: true, githubOwner: 'a_b' }),
      '--github-owner: "a_b" is not a GitHub user or organisation name: up to 39 letters, digits and single hyphens, not at either end.',
    );
  });
});

describe('when each packaging question is asked', () => {
  it('asks about Kubernetes only with a container', () => {
    assert.equal(question('k8s').when!({ transport: 'stdio', docker: true }), true);
    assert.equal(question('k8s').when!({ transport: 'stdio', docker: false }), false);
  });

  it('asks about statelessness over HTTP, with a container, or with Kubernetes, each on its own', () => {
    const when = question('stateless').when!;
    assert.equal(when({ transport: 'streamable-http', docker: false, k8s: false }), true);
    assert.equal(when({ transport: 'stdio', docker: true, k8s: false }), true);
    assert.equal(when({ transport: 'stdio', docker: false, k8s: true }), true);
    assert.equal(when({ transport: 'stdio', docker: false, k8s: false }), false);
  });

  it('defaults to stateless with a container or with Kubernetes', () => {
    const fallback = question('stateless').default;
    assert.equal(fallback({ transport: 'stdio', docker: true }), true);
    assert.equal(fallback({ transport: 'stdio', k8s: true }), true);
    assert.equal(fallback({ transport: 'streamable-http', docker: false, k8s: false }), false);
  });

  it('asks for the owner when the registry, a bundle, a container or Kubernetes needs it, each on its own', () => {
    const when = question('githubOwner').when!;
    for (const key of ['registry', 'mcpb', 'docker', 'k8s'] as const) {
      assert.equal(when({ transport: 'stdio', registry: false, mcpb: false, docker: false, k8s: false, [key]: true }), true, key);
    }
    assert.equal(when({ transport: 'stdio', registry: false, mcpb: false, docker: false, k8s: false }), false);
  });
});

describe('the packaging prompts', () => {
  it('asks only what no flag gave: a text input for the owner, confirmations for the rest', () => {
    const prompts = packagingPrompts({ publish: true, registry: true, mcpb: false, k8s: false }, { transport: 'stdio' });
    assert.deepEqual(prompts.map(prompt => [prompt['name'], prompt['type']]), [
      ['docker', 'confirm'], ['stateless', 'confirm'], ['githubOwner', 'input'],
    ]);
  });

  it('defaults from the flags, the context and the answers so far', () => {
    const prompts = packagingPrompts({ registry: true }, { transport: 'streamable-http', remoteOwner: 'remote-owner' });
    const byName = (name: string) => prompts.find(prompt => prompt['name'] === name)!;
    const call = (name: string, field: 'default' | 'when', asked: object) => (byName(name)[field] as (asked: object) => unknown)(asked);
    assert.equal(call('docker', 'default', {}), true);
    assert.equal(call('stateless', 'default', { docker: false }), false);
    assert.equal(call('githubOwner', 'default', {}), 'remote-owner');
    assert.equal(call('k8s', 'when', { docker: false }), false);
    assert.equal(call('publish', 'when', {}), true);
  });
});
