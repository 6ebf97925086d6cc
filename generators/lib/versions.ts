// Every version that ends up in a generated file, in one place.
export const versions = {
  mcp: '>=2.3,<3',
  pytest: '>=8.3',
  anyio: '>=4.5',
  ruff: '>=0.8',
  pyright: '>=1.1.390',
  hatchling: '>=1.27',
  minimumUv: '0.8.0',
  githubActionsCheckout: 'v4',
  githubActionsSetupUv: 'v6',
  inspector: '@modelcontextprotocol/inspector',
} as const;

export const PYTHON_VERSIONS = ['3.10', '3.11', '3.12', '3.13', '3.14'] as const;
export type PythonVersion = (typeof PYTHON_VERSIONS)[number];

/** CI tests the lowest supported Python and the newest stable one (once, when they are the same). */
export const NEWEST_TESTED_PYTHON: PythonVersion = '3.13';

export function ciPythons(lowest: PythonVersion): PythonVersion[] {
  const newest = Number(lowest.split('.')[1]) >= Number(NEWEST_TESTED_PYTHON.split('.')[1]) ? lowest : NEWEST_TESTED_PYTHON;
  return newest === lowest ? [lowest] : [lowest, newest];
}
