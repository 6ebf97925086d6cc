// server.json (MCP Registry) and manifest.json (MCP Bundle), built as data so that every string is
// escaped by JSON itself. Both carry the version of pyproject.toml; the generated tests/test_versions.py
// fails when they drift apart.
import type { ProjectConfig } from '../lib/project.js';
import { versions } from '../lib/versions.js';

/** The version a new project starts at, in pyproject.toml and in every manifest. */
export const INITIAL_VERSION = '0.1.0';
/** The registry's schema caps the description. */
const REGISTRY_DESCRIPTION_LENGTH = 100;
const HTTP_PORT = '8000';

type Project = Pick<
  ProjectConfig,
  | 'projectName' | 'distributionName' | 'packageName' | 'scriptName' | 'description'
  | 'author' | 'email' | 'license' | 'python' | 'transport'
>;

export function registryName(owner: string, projectName: string): string {
  return `io.github.${owner}/${projectName}`;
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

function packageTransport(project: Project): Record<string, unknown> {
  if (project.transport === 'stdio') return { transport: { type: 'stdio' } };
  return {
    transport: { type: 'streamable-http', url: 'http://127.0.0.1:{port}/mcp' },
    packageArguments: [{ type: 'named', name: '--port', valueHint: 'port', description: 'HTTP port', default: HTTP_PORT }],
    environmentVariables: [
      {
        name: 'MCP_ALLOWED_HOSTS',
        description: 'Host header values clients may send, comma-separated; required when serving on all interfaces',
        isRequired: false,
      },
    ],
  };
}

export function registryServerJson(project: Project, owner: string): Record<string, unknown> {
  return {
    $schema: versions.registrySchema,
    name: registryName(owner, project.projectName),
    description: shorten(project.description, REGISTRY_DESCRIPTION_LENGTH),
    repository: { url: `https://github.com/${owner}/${project.projectName}`, source: 'github' },
    version: INITIAL_VERSION,
    packages: [
      {
        registryType: 'pypi',
        registryBaseUrl: 'https://pypi.org',
        identifier: project.distributionName,
        version: INITIAL_VERSION,
        runtimeHint: 'uvx',
        ...packageTransport(project),
      },
    ],
  };
}

/** An MCP Bundle run by uv (manifest 0.4, `server.type = "uv"`): the host installs Python and the dependencies. */
export function bundleManifest(project: Project, owner: string): Record<string, unknown> {
  const author: Record<string, string> = { name: project.author || owner };
  if (project.email) author['email'] = project.email;
  return {
    manifest_version: versions.mcpbManifest,
    name: project.projectName,
    version: INITIAL_VERSION,
    description: project.description,
    author,
    repository: { type: 'git', url: `https://github.com/${owner}/${project.projectName}` },
    ...(project.license === 'none' ? {} : { license: project.license }),
    server: {
      type: 'uv',
      entry_point: `src/${project.packageName}/__main__.py`,
      mcp_config: {
        command: 'uv',
        args: ['run', '--directory', '${__dirname}', project.scriptName, '--transport', 'stdio'],
      },
    },
    compatibility: { platforms: ['darwin', 'win32', 'linux'], runtimes: { python: `>=${project.python}` } },
  };
}
