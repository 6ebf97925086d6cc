// Finding and reading a generated (or foreign) project: the one place that knows the .yo-rc.json layout.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { refuse } from './errors.js';

export const CONFIG_KEY = 'generator-mcp-python';

/** How a client reaches the server by default (the other stays available with --transport). */
export const TRANSPORTS = ['stdio', 'streamable-http'] as const;
export type Transport = (typeof TRANSPORTS)[number];

/** The licenses a project can be generated with (and migrated projects recognised by). */
export const LICENSES = ['MIT', 'Apache-2.0', 'none'] as const;

/** The example handlers a new project starts with. */
export const EXAMPLES = ['notes', 'minimal'] as const;
export type Example = (typeof EXAMPLES)[number];

export interface HandlerRecord {
  function: string;
  name?: string;
  uri?: string;
}

export interface Handlers {
  tools: HandlerRecord[];
  resources: HandlerRecord[];
  prompts: HandlerRecord[];
}

/** How the project ships (see app/packaging.ts); absent in projects generated before it existed. */
export interface Packaging {
  githubOwner: string;
  publish: boolean;
  registry: boolean;
  mcpb: boolean;
  docker: boolean;
  stateless: boolean;
  k8s: boolean;
}

export interface ProjectConfig {
  projectName: string;
  distributionName: string;
  packageName: string;
  scriptName: string;
  description: string;
  author: string;
  email: string;
  license: string;
  python: string;
  transport: Transport;
  example: Example;
  serverModule: string;
  serverVariable: string;
  handlers: Handlers;
  packaging?: Packaging;
}

/**
 * How a project is read: from disk, or through a run's mem-fs (which also sees what generators earlier
 * in the same run wrote but has not been committed yet).
 */
export interface ProjectFiles {
  exists(path: string): boolean;
  read(path: string): string;
}

export const DISK: ProjectFiles = { exists: existsSync, read: (path) => readFileSync(path, 'utf8') };

/** Our section of the `.yo-rc.json` in `folder`: undefined when there is none, 'invalid' when it is not JSON. */
function ourSection(folder: string, files: ProjectFiles): Partial<ProjectConfig> | undefined | 'invalid' {
  const file = join(folder, '.yo-rc.json');
  if (!files.exists(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(files.read(file));
  } catch {
    return 'invalid';
  }
  const ours = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[CONFIG_KEY] : undefined;
  return typeof ours === 'object' && ours !== null ? (ours as Partial<ProjectConfig>) : undefined;
}

/**
 * The project root above `start`: the nearest folder with a `.yo-rc.json` of ours, else the nearest
 * with a `pyproject.toml` (a project this generator did not create). Undefined outside any project.
 */
export function findProjectRoot(start: string, files: ProjectFiles = DISK): string | undefined {
  let pyprojectRoot: string | undefined;
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    if (ourSection(folder, files) !== undefined) return folder;
    if (pyprojectRoot === undefined && files.exists(join(folder, 'pyproject.toml'))) pyprojectRoot = folder;
    if (dirname(folder) === folder) return pyprojectRoot;
  }
}

export const NOT_IN_PROJECT =
  'No MCP server project found here or in any parent folder (looked for .yo-rc.json and pyproject.toml). ' +
  'Run this command inside a project created by `yo mcp-python`, or create one first.';

/** For the question that asks for a project's folder: `folder` (relative to `start`) must be in a project. */
export function validateProjectFolder(start: string, folder: string): true | string {
  if (folder.trim() === '') return 'Choose the folder of an MCP server project (the one holding its pyproject.toml).';
  if (!existsSync(resolve(start, folder))) return `${folder} does not exist. Choose the folder of an MCP server project.`;
  if (findProjectRoot(resolve(start, folder)) !== undefined) return true;
  return `${folder} is not inside an MCP server project (no .yo-rc.json or pyproject.toml there or above it). Choose the project's folder.`;
}

/** The refusal for a `.yo-rc.json` that cannot be read as a JSON object; `detail`: the parser's words. */
export function refuseBrokenRecord(file: string, detail?: string): never {
  const why = detail === undefined ? '' : ` (${detail.replace(/\s+/g, ' ').trim()})`;
  refuse(`${file} is not a valid JSON object${why}. Fix it (or move it away), then run this again.`);
}

/** Our section of `.yo-rc.json`, or undefined when the project has none. */
export function readProjectConfig(root: string, files: ProjectFiles = DISK): Partial<ProjectConfig> | undefined {
  const section = ourSection(root, files);
  if (section === 'invalid') refuseBrokenRecord(join(root, '.yo-rc.json'));
  return section;
}

export function emptyHandlers(): Handlers {
  return { tools: [], resources: [], prompts: [] };
}
