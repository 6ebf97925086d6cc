// pyproject.toml edits of the migration: the mcp requirement, the console script and missing tables
// change; every other character the user wrote stays.
import assert from 'node:assert/strict';
import { addMissingTables, lowestPython, pinMcp, readPyproject, setScriptTarget } from '../../generators/lib/migrate/pyproject.js';
import { firstSyntaxError, parsePython } from '../../generators/lib/python/parse.js';

const PIN = '>=2.3,<3';

describe('migrate: pyproject.toml edits', () => {
  it('pins mcp, keeping extras, markers and the rest of the array as written', () => {
    assert.equal(pinMcp('[project]\ndependencies = [ "mcp>=2.3.0",]\n', PIN), '[project]\ndependencies = [ "mcp>=2.3,<3",]\n');
    assert.equal(
      pinMcp('[project]\ndependencies = [\n    "httpx",  # why\n    "mcp[cli] >=1.2 ; python_version >= \'3.10\'",\n]\n', PIN),
      '[project]\ndependencies = [\n    "httpx",  # why\n    "mcp[cli]>=2.3,<3; python_version >= \'3.10\'",\n]\n',
    );
    assert.equal(pinMcp('[project]\ndependencies = ["mcpx>=1"]\n', PIN), '[project]\ndependencies = ["mcp>=2.3,<3", "mcpx>=1"]\n');
    assert.equal(pinMcp('[project]\ndependencies = []\n', PIN), '[project]\ndependencies = ["mcp>=2.3,<3"]\n');
    assert.equal(pinMcp('[project]\nname = "x"\n', PIN), '[project]\nname = "x"\ndependencies = ["mcp>=2.3,<3"]\n');
    assert.equal(pinMcp('[tool.x]\n', PIN), undefined);
  });

  it('repoints one console script and adds only the tables that are missing', () => {
    const text = '[project.scripts]\nsrv = "srv:main"\nother = "srv:other"\n';
    assert.equal(setScriptTarget(text, 'srv', 'srv.__main__:main'), '[project.scripts]\nsrv = "srv.__main__:main"\nother = "srv:other"\n');
    const template = '[tool.ruff]\nline-length = 100\n\n[tool.pyright]\ninclude = ["src"]\n';
    assert.deepEqual(addMissingTables('[tool.ruff]\nline-length = 79\n', template, ['tool.ruff', 'tool.pyright']), {
      text: '[tool.ruff]\nline-length = 79\n\n[tool.pyright]\ninclude = ["src"]\n',
      added: ['tool.pyright'],
    });
  });

  it('reads the project through the TOML parser, and names a broken file', () => {
    const info = readPyproject('[project]\nname = "srv"\nrequires-python = ">=3.11"\n[[project.authors]]\nname = "Ada"\n[project.scripts]\nsrv = "srv:main"\n');
    assert.deepEqual(info, {
      name: 'srv', version: undefined, description: undefined, requiresPython: '>=3.11', license: undefined, authorName: 'Ada', authorEmail: undefined,
      scripts: [{ name: 'srv', target: 'srv:main' }],
    });
    assert.match(readPyproject('[project\nname = 1') as string, /^pyproject\.toml is not valid TOML: .*\(line 1, column \d+\)/);
    assert.equal(lowestPython('>=3.12,<4'), '3.12');
    assert.equal(lowestPython('~=3.11'), undefined);
  });
});

describe('the Python parser and create-mcp-server\'s own code', () => {
  it('parses `async with ... as (read, write):`, which lezer alone rejects', () => {
    const source = 'async def main():\n    async with stdio_server() as (read_stream, write_stream):\n        await run(read_stream)\n';
    assert.equal(firstSyntaxError(parsePython(source)), undefined);
  });
});
