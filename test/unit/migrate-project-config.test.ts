// The .yo-rc.json record of a migrated project (generators/lib/migrate/project-config.ts): packageOf,
// importPathOf, handlersOf on a scanned module, and migratedConfig's defaults and fallbacks.
import assert from 'node:assert/strict';
import { handlersOf, importPathOf, migratedConfig, packageOf, type ConfigInput } from '../../generators/lib/migrate/project-config.js';
import { scanModule } from '../../generators/lib/python/module-scan.js';
import { parsePython } from '../../generators/lib/python/parse.js';

describe('migrate project-config: module paths', () => {
  it('packageOf gives the first folder under src/, or the top-level module name', () => {
    assert.equal(packageOf('src/weather/server.py'), 'weather');
    assert.equal(packageOf('src/weather/api/app.py'), 'weather');
    assert.equal(packageOf('server.py'), 'server');
    assert.equal(packageOf('mysrc/server.py'), 'mysrc');
  });

  it('importPathOf gives the dotted module path, a package for __init__.py', () => {
    assert.equal(importPathOf('src/weather/app.py'), 'weather.app');
    assert.equal(importPathOf('src/weather/__init__.py'), 'weather');
    assert.equal(importPathOf('server.py'), 'server');
    assert.equal(importPathOf('mysrc/app.py'), 'mysrc.app');
  });
});

describe('migrate project-config: handlersOf', () => {
  const source =
    'from mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP("a")\nother = FastMCP("b")\n\n\n' +
    '@mcp.tool()\ndef add(a: int) -> int:\n    return a\n\n\n' +
    '@mcp.tool(name="sub")\ndef subtract(a: int) -> int:\n    return -a\n\n\n' +
    '@mcp.resource("notes://all")\ndef notes() -> str:\n    return ""\n\n\n' +
    '@mcp.resource()\ndef nameless() -> str:\n    return ""\n\n\n' +
    '@mcp.tool(name=NAME)\ndef computed() -> str:\n    return ""\n\n\n' +
    '@mcp.prompt()\ndef review(code: str) -> str:\n    return code\n\n\n' +
    '@other.tool()\ndef elsewhere() -> str:\n    return ""\n';

  it("records the server's handlers that have a name or URI, by kind", () => {
    assert.deepEqual(handlersOf(scanModule(source, parsePython(source)), 'mcp'), {
      tools: [
        { name: 'add', function: 'add' },
        { name: 'sub', function: 'subtract' },
      ],
      resources: [{ uri: 'notes://all', function: 'notes' }],
      prompts: [{ name: 'review', function: 'review' }],
    });
  });

  it('records nothing for a server without handlers', () => {
    assert.deepEqual(handlersOf(scanModule(source, parsePython(source)), 'nobody'), { tools: [], resources: [], prompts: [] });
  });
});

describe('migrate project-config: migratedConfig', () => {
  const handlers = { tools: [{ name: 'add', function: 'add' }], resources: [], prompts: [] };
  const input = (overrides: Partial<ConfigInput> = {}, info: Partial<ConfigInput['info']> = {}): ConfigInput => ({
    info: { scripts: [], ...info },
    folderName: 'Weather_Tools',
    module: 'src/weather/server.py',
    variable: 'mcp',
    example: 'minimal',
    handlers,
    hasLicenseFile: true,
    ...overrides,
  });

  it('takes what pyproject.toml says, and the script that runs the server package', () => {
    const config = migratedConfig(
      input(
        {},
        {
          name: 'Weather.Server',
          description: 'Forecasts',
          requiresPython: '>=3.12',
          license: 'MIT',
          authorName: 'Ada',
          authorEmail: 'ada@example.com',
          scripts: [
            { name: 'tools', target: 'helpers.cli:main' },
            { name: 'weather-server', target: 'weather:main' },
          ],
        },
      ),
    );
    assert.deepEqual(config, {
      projectName: 'Weather.Server',
      distributionName: 'weather-server',
      packageName: 'weather',
      scriptName: 'weather-server',
      description: 'Forecasts',
      author: 'Ada',
      email: 'ada@example.com',
      license: 'MIT',
      python: '3.12',
      transport: 'stdio',
      example: 'minimal',
      serverModule: 'src/weather/server.py',
      serverVariable: 'mcp',
      handlers,
    });
  });

  it('falls back to the folder name, the first script, empty texts, Python 3.10 and no license', () => {
    const config = migratedConfig(
      input({ hasLicenseFile: false }, { license: 'MIT', scripts: [{ name: 'first', target: 'elsewhere:main' }] }),
    );
    assert.deepEqual(
      [config.projectName, config.distributionName, config.scriptName, config.description, config.author, config.email],
      ['Weather_Tools', 'weather-tools', 'first', '', '', ''],
    );
    assert.equal(config.python, '3.10');
    assert.equal(config.license, 'none');
  });

  it("takes the package's own script over one of a package whose name starts alike, then the first", () => {
    const scripts = [
      { name: 'tools', target: 'weather_tools:main' },
      { name: 'serve', target: 'weather.server:main' },
      { name: 'weather', target: 'weather:main' },
    ];
    assert.equal(migratedConfig(input({}, { scripts })).scriptName, 'serve');
    assert.equal(migratedConfig(input({}, { scripts: scripts.slice(2) })).scriptName, 'weather');
    assert.equal(migratedConfig(input({}, { scripts: scripts.slice(0, 1) })).scriptName, 'tools');
  });

  it('names the script after the distribution when there is none', () => {
    assert.equal(migratedConfig(input()).scriptName, 'weather-tools');
  });

  it('keeps Python 3.10 for a floor it does not support or does not understand', () => {
    assert.equal(migratedConfig(input({}, { requiresPython: '>=3.9' })).python, '3.10');
    assert.equal(migratedConfig(input({}, { requiresPython: '~=3.11' })).python, '3.10');
  });

  it('records a license only when a LICENSE file exists and the license is one it knows', () => {
    assert.equal(migratedConfig(input({}, { license: 'Apache-2.0' })).license, 'Apache-2.0');
    assert.equal(migratedConfig(input({}, { license: 'GPL-3.0' })).license, 'none');
    assert.equal(migratedConfig(input({}, {})).license, 'none');
    assert.equal(migratedConfig(input({ hasLicenseFile: false }, { license: 'Apache-2.0' })).license, 'none');
  });
});
