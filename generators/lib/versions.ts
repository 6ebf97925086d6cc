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
  // Publishing. The MCP Registry release whose publisher the workflow runs and whose current
  // server.json schema (model.CurrentSchemaURL) we write; the e2e test validates against that schema.
  mcpRegistry: 'v1.8.9',
  registrySchema: 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json',
  mcpbManifest: '0.4',
  mcpb: '@anthropic-ai/mcpb@2.1',
  githubActionsSetupGo: 'v5',
  dockerUv: 'ghcr.io/astral-sh/uv:0.13',
} as const;

/**
 * The Pythons the pinned SDK declares (mcp 2.3's `Programming Language :: Python :: 3.x` classifiers):
 * the `--python` choices, and the newest one CI tests. An end-to-end test compares this list with
 * the classifiers of the mcp that `uv sync` installs, so it cannot fall behind the SDK unnoticed.
 */
export const PYTHON_VERSIONS = ['3.10', '3.11', '3.12', '3.13', '3.14'] as const;
export type PythonVersion = (typeof PYTHON_VERSIONS)[number];

/** CI tests the lowest supported Python and the newest the SDK declares (once, when they are the same). */
export function ciPythons(lowest: PythonVersion): PythonVersion[] {
  const newest = PYTHON_VERSIONS[PYTHON_VERSIONS.length - 1] as PythonVersion;
  return newest === lowest ? [lowest] : [lowest, newest];
}
