// Finding and reading a generated (or foreign) project: the one place that knows the .yo-rc.json layout.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_KEY = 'generator-mcp-python';

/** How a client reaches the server by default (the other stays available with --transport). */
export const TRANSPORTS = ['stdio', 'streamable-http'] as const;
export type Transport = (typeof TRANSPORTS)[number];

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

function hasOurConfig(folder: string): boolean {
  const file = join(folder, '.yo-rc.json');
  if (!existsSync(file)) return false;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return typeof parsed[CONFIG_KEY] === 'object' && parsed[CONFIG_KEY] !== null;
  } catch {
    return false;
  }
}

/**
 * The project root above `start`: the nearest folder with a `.yo-rc.json` of ours, else the nearest
 * with a `pyproject.toml` (a project this generator did not create). Undefined outside any project.
 */
export function findProjectRoot(start: string): string | undefined {
  let pyprojectRoot: string | undefined;
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    if (hasOurConfig(folder)) return folder;
    if (pyprojectRoot === undefined && existsSync(join(folder, 'pyproject.toml'))) pyprojectRoot = folder;
    if (dirname(folder) === folder) return pyprojectRoot;
  }
}

export const NOT_IN_PROJECT =
  'No MCP server project found here or in any parent folder (looked for .yo-rc.json and pyproject.toml). ' +
  'Run this command inside a project created by `yo mcp-python`, or create one first.';

/** Our section of `.yo-rc.json`, or undefined when the project has none. */
export function readProjectConfig(root: string): Partial<ProjectConfig> | undefined {
  const file = join(root, '.yo-rc.json');
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const ours = parsed[CONFIG_KEY];
  return typeof ours === 'object' && ours !== null ? (ours as Partial<ProjectConfig>) : undefined;
}

export function emptyHandlers(): Handlers {
  return { tools: [], resources: [], prompts: [] };
}
