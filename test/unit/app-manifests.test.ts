// server.json (MCP Registry) and manifest.json (MCP Bundle) as the app writes them: whole objects for
// stdio and streamable-http projects, with and without author, e-mail and licence, short and long descriptions.
import assert from 'node:assert/strict';
import { bundleManifest, registryServerJson } from '../../generators/app/manifests.js';
import { versions } from '../../generators/lib/versions.js';

const stdioProject = {
  projectName: 'weather-srv', distributionName: 'weather-srv', packageName: 'weather_srv', scriptName: 'weather-srv',
  description: 'Weather for the next days', author: 'Ada Lovelace', email: 'ada@example.org', license: 'MIT',
  python: '3.11', transport: 'stdio' as const,
};
const httpProject = {
  ...stdioProject, projectName: 'web-srv', distributionName: 'web-srv', packageName: 'web_srv', scriptName: 'web-srv',
  author: '', email: '', license: 'none', python: '3.10', transport: 'streamable-http' as const,
};
/** 101 characters whose 99th is a space: the cut at 99 ends in that space, which goes. */
const LONG = `${'a'.repeat(97)}b ${'c'.repeat(2)}`;

describe('server.json for the MCP Registry', () => {
  it('names a stdio server io.github.<owner>/<name>, installed from PyPI with uvx', () => {
    assert.deepEqual(registryServerJson(stdioProject, 'octo'), {
      $schema: versions.registrySchema,
      name: 'io.github.octo/weather-srv',
      description: 'Weather for the next days',
      repository: { url: 'https://github.com/octo/weather-srv', source: 'github' },
      version: '0.1.0',
      packages: [{
        registryType: 'pypi', registryBaseUrl: 'https://pypi.org', identifier: 'weather-srv', version: '0.1.0', runtimeHint: 'uvx',
        transport: { type: 'stdio' },
      }],
    });
  });

  it('gives a streamable-http server its URL, a --port argument and MCP_ALLOWED_HOSTS', () => {
    assert.deepEqual(registryServerJson(httpProject, 'Octo-Org'), {
      $schema: versions.registrySchema,
      name: 'io.github.Octo-Org/web-srv',
      description: 'Weather for the next days',
      repository: { url: 'https://github.com/Octo-Org/web-srv', source: 'github' },
      version: '0.1.0',
      packages: [{
        registryType: 'pypi', registryBaseUrl: 'https://pypi.org', identifier: 'web-srv', version: '0.1.0', runtimeHint: 'uvx',
        transport: { type: 'streamable-http', url: 'http://127.0.0.1:{port}/mcp' },
        packageArguments: [{ type: 'named', name: '--port', valueHint: 'port', description: 'HTTP port', default: '8000' }],
        environmentVariables: [{
          name: 'MCP_ALLOWED_HOSTS',
          description: 'Host header values clients may send, comma-separated; required when serving on all interfaces',
          isRequired: false,
        }],
      }],
    });
  });

  it('keeps a description of exactly 100 characters and cuts a longer one to 99, trims the trailing space of the cut and adds an ellipsis', () => {
    const hundred = 'x'.repeat(100);
    assert.equal(registryServerJson({ ...stdioProject, description: hundred }, 'octo')['description'], hundred);
    assert.equal(LONG.length, 101);
    assert.equal(registryServerJson({ ...stdioProject, description: LONG }, 'octo')['description'], `${'a'.repeat(97)}b…`);
  });
});

describe('manifest.json for an MCP Bundle', () => {
  it('runs a stdio project through uv, with its author, e-mail and licence', () => {
    assert.deepEqual(bundleManifest(stdioProject, 'octo'), {
      manifest_version: versions.mcpbManifest,
      name: 'weather-srv',
      version: '0.1.0',
      description: 'Weather for the next days',
      author: { name: 'Ada Lovelace', email: 'ada@example.org' },
      repository: { type: 'git', url: 'https://github.com/octo/weather-srv' },
      license: 'MIT',
      server: {
        type: 'uv',
        entry_point: 'src/weather_srv/__main__.py',
        mcp_config: { command: 'uv', args: ['run', '--directory', '${__dirname}', 'weather-srv', '--transport', 'stdio'] },
      },
      compatibility: { platforms: ['darwin', 'win32', 'linux'], runtimes: { python: '>=3.11' } },
    });
  });

  it('names the owner as author when there is none, leaves out an empty e-mail and licence "none", and keeps a long description whole', () => {
    assert.deepEqual(bundleManifest({ ...httpProject, description: LONG }, 'Octo-Org'), {
      manifest_version: versions.mcpbManifest,
      name: 'web-srv',
      version: '0.1.0',
      description: LONG,
      author: { name: 'Octo-Org' },
      repository: { type: 'git', url: 'https://github.com/Octo-Org/web-srv' },
      server: {
        type: 'uv',
        entry_point: 'src/web_srv/__main__.py',
        mcp_config: { command: 'uv', args: ['run', '--directory', '${__dirname}', 'web-srv', '--transport', 'stdio'] },
      },
      compatibility: { platforms: ['darwin', 'win32', 'linux'], runtimes: { python: '>=3.10' } },
    });
  });
});
