// Naming rules for a new project: what the user typed, and the three names derived from it.

import { isKeyword } from './python/identifiers.js';

/** Packages a project must not shadow: its own dependencies and the standard modules it imports. */
const SHADOWED_MODULES: ReadonlySet<string> = new Set([
  'mcp', 'anyio', 'pydantic', 'starlette', 'uvicorn', 'httpx', 'pytest', 'tests', 'test',
  'typing', 'logging', 'argparse', 'asyncio', 'json', 'sys', 'os', 'types', 'collections',
]);

/**
 * Distributions a generated project installs (mcp 2.x and its dependencies, the dev tools, the build
 * backend), PEP 503 normalised. uv refuses to install a project that shares a name with one of them
 * ("an incompatible dependency on itself"), so such a name is refused up front.
 */
const DEPENDENCY_NAMES: ReadonlySet<string> = new Set([
  'mcp', 'mcp-types', 'anyio', 'pydantic', 'pydantic-core', 'pydantic-settings', 'starlette', 'sse-starlette', 'uvicorn', 'httpx',
  'httpx2', 'httpx2-jsfetch', 'httpx-sse', 'httpcore', 'httpcore2', 'h11', 'idna', 'sniffio', 'jsonschema', 'jsonschema-specifications',
  'referencing', 'rpds-py', 'attrs', 'python-multipart', 'pyjwt', 'cryptography', 'cffi', 'pycparser', 'click', 'colorama',
  'typing-extensions', 'typing-inspection', 'annotated-types', 'exceptiongroup', 'truststore', 'opentelemetry-api', 'pywin32',
  'pytest', 'iniconfig', 'packaging', 'pluggy', 'pygments', 'tomli', 'ruff', 'pyright', 'nodeenv', 'hatchling', 'pathspec',
  'trove-classifiers', 'editables', 'python-dotenv', 'certifi', 'zipp', 'importlib-metadata', 'deprecated', 'wrapt',
]);

/** PEP 508 project name: ASCII letters and digits, with `-`, `_`, `.` inside. */
const PEP508_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;

export interface DerivedNames {
  /** PEP 503 normalised: lower case, runs of `-_.` folded to one `-`. */
  distributionName: string;
  /** A valid Python identifier, not a keyword, not shadowing a dependency. */
  packageName: string;
  /** The console script in `[project.scripts]`. */
  scriptName: string;
}

export function validateProjectName(name: string): true | string {
  if (name.trim() === '') return 'The project name is empty. Give a name such as "weather-tools".';
  // Longer names would push generated lines past ruff's line length.
  if (name.length > 50) return `The project name is ${name.length} characters long; use at most 50.`;
  if (!PEP508_NAME.test(name)) {
    return (
      `"${name}" is not a valid Python project name: use ASCII letters, digits and "-", "_" or "." ` +
      'inside, starting and ending with a letter or digit (for example "weather-tools").'
    );
  }
  if (/^[0-9]/.test(name)) {
    return `"${name}" starts with a digit, which no Python import package may; start with a letter (for example "mcp-${name}").`;
  }
  if (DEPENDENCY_NAMES.has(normalizeDistributionName(name))) {
    return (
      `"${name}" is the name of a package the project itself installs, and uv cannot install a project that depends on its own ` +
      `name. Choose another name (for example "${name}-server").`
    );
  }
  return true;
}

export function normalizeDistributionName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export function derivePackageName(name: string): string {
  const base = normalizeDistributionName(name).replace(/-/g, '_');
  return isKeyword(base) || SHADOWED_MODULES.has(base) ? `${base}_server` : base;
}

export function deriveNames(name: string): DerivedNames {
  const distributionName = normalizeDistributionName(name);
  return { distributionName, packageName: derivePackageName(name), scriptName: distributionName };
}

export function validateEmail(text: string): true | string {
  if (text === '') return true;
  return /^[^\s@"<>]+@[^\s@"<>]+$/.test(text)
    ? true
    : `"${text}" does not look like an e-mail address (name@example.com); leave it empty to omit it.`;
}

export function validateAuthor(text: string): true | string {
  return /[\r\n]/.test(text) ? 'The author name must fit on one line; remove the line breaks.' : true;
}

export function validateChoice<T extends string>(what: string, allowed: readonly T[], value: string): true | string {
  return (allowed as readonly string[]).includes(value)
    ? true
    : `"${value}" is not a valid ${what}; choose one of: ${allowed.join(', ')}.`;
}
