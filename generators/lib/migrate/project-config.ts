// The .yo-rc.json record of a migrated project, derived from what the project already says about
// itself (pyproject.toml, its server module), so that the sub-generators can grow it.
import { normalizeDistributionName } from '../names.js';
import { type Handlers, LICENSES, type ProjectConfig } from '../project.js';
import type { ModuleScan } from '../python/module-scan.js';
import { PYTHON_VERSIONS, type PythonVersion } from '../versions.js';
import { lowestPython, type PyprojectInfo } from './pyproject.js';

/** The import package a server module belongs to: `src/weather/server.py` -> `weather`. */
export function packageOf(module: string): string {
  const parts = module
    .replace(/^src\//, '')
    .replace(/\.py$/, '')
    .split('/');
  return parts[0] as string;
}

/** The dotted import path of a module file: `src/weather/app.py` -> `weather.app`. */
export function importPathOf(module: string): string {
  return module
    .replace(/^src\//, '')
    .replace(/(\/__init__)?\.py$/, '')
    .split('/')
    .join('.');
}

export function handlersOf(scan: ModuleScan, variable: string): Handlers {
  const ours = scan.handlers.filter((handler) => handler.variable === variable && handler.key !== undefined);
  const record = (kind: 'tool' | 'resource' | 'prompt') =>
    ours
      .filter((handler) => handler.kind === kind)
      .map((handler) =>
        kind === 'resource'
          ? { uri: handler.key as string, function: handler.function }
          : { name: handler.key as string, function: handler.function },
      );
  return { tools: record('tool'), resources: record('resource'), prompts: record('prompt') };
}

export interface ConfigInput {
  info: PyprojectInfo;
  /** The folder's name, when pyproject.toml names no project. */
  folderName: string;
  module: string;
  variable: string;
  example: ProjectConfig['example'];
  handlers: Handlers;
  hasLicenseFile: boolean;
}

export function migratedConfig(input: ConfigInput): ProjectConfig {
  const { info } = input;
  const projectName = info.name ?? input.folderName;
  const packageName = packageOf(input.module);
  const distributionName = normalizeDistributionName(projectName);
  // The package's own script (`weather:main`, `weather.server:main`), not one of a package named alike (`weather_tools`).
  const ownScript = (target: string) => target.startsWith(`${packageName}:`) || target.startsWith(`${packageName}.`);
  const script = info.scripts.find((candidate) => ownScript(candidate.target)) ?? info.scripts[0];
  const lowest = lowestPython(info.requiresPython);
  const python = (PYTHON_VERSIONS as readonly string[]).includes(lowest ?? '') ? (lowest as PythonVersion) : '3.10';
  const license = input.hasLicenseFile && (LICENSES as readonly string[]).includes(info.license ?? '') ? (info.license as string) : 'none';
  return {
    projectName,
    distributionName,
    packageName,
    scriptName: script?.name ?? distributionName,
    description: info.description ?? '',
    author: info.authorName ?? '',
    email: info.authorEmail ?? '',
    license,
    python,
    transport: 'stdio',
    example: input.example,
    serverModule: input.module,
    serverVariable: input.variable,
    handlers: input.handlers,
  };
}
