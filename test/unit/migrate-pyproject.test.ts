// pyproject.toml edits of the migration: the mcp requirement, the console script and missing tables
// change; every other character the user wrote stays.
import assert from 'node:assert/strict';
import { addMissingTables, hasTable, lowestPython, pinMcp, readPyproject, setScriptTarget } from '../../generators/lib/migrate/pyproject.js';
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

describe('migrate: pyproject.toml edits, as the user spelled them', () => {
  it('finds table headers with spaces, trailing blanks and comments, and not arrays of arrays', () => {
    assert.equal(hasTable('[ tool . ruff ]\n', 'tool.ruff'), true);
    assert.equal(pinMcp('[project]  # the project\ndependencies = []\n', PIN), '[project]  # the project\ndependencies = ["mcp>=2.3,<3"]\n');
    assert.equal(pinMcp('[project] \ndependencies = []\n', PIN), '[project] \ndependencies = ["mcp>=2.3,<3"]\n');
    assert.equal(
      pinMcp('[project]\nmatrix = [\n  ["a"], ["b"],\n]\ndependencies = ["mcp>=1"]\n', PIN),
      '[project]\nmatrix = [\n  ["a"], ["b"],\n]\ndependencies = ["mcp>=2.3,<3"]\n',
    );
  });

  it('pins a literal-string requirement and only top-level items of the array', () => {
    assert.equal(pinMcp("[project]\ndependencies = ['mcp>=1']\n", PIN), '[project]\ndependencies = ["mcp>=2.3,<3"]\n');
    assert.equal(pinMcp('[project]\ndependencies = [["x"], "mcp>=1"]\n', PIN), '[project]\ndependencies = [["x"], "mcp>=2.3,<3"]\n');
    assert.equal(pinMcp('[project]\ndependencies = [["mcp>=0"], "httpx"]\n', PIN), '[project]\ndependencies = ["mcp>=2.3,<3", ["mcp>=0"], "httpx"]\n');
    assert.equal(pinMcp('[project]\ndependencies = [ ]\n', PIN), '[project]\ndependencies = ["mcp>=2.3,<3" ]\n');
  });

  it('skips comments inside the array, quotes in them included', () => {
    assert.equal(
      pinMcp('[project]\ndependencies = [  # why "quoted\n  "mcp>=1",\n]\n', PIN),
      '[project]\ndependencies = [  # why "quoted\n  "mcp>=2.3,<3",\n]\n',
    );
  });

  it('gives up on an array it cannot read to its end', () => {
    assert.equal(pinMcp('[project]\ndependencies = [ # c', PIN), undefined);
    assert.equal(pinMcp('[project]\ndependencies = ["mcp\n]\n', PIN), undefined);
    assert.equal(pinMcp("[project]\ndependencies = ['mcp\n]\n", PIN), undefined);
  });

  it('finds the dependencies key itself, however it is spaced, not a key ending in it', () => {
    assert.equal(
      pinMcp('[project]\nx-dependencies = ["a"]\ndependencies=["b"]\n', PIN),
      '[project]\nx-dependencies = ["a"]\ndependencies=["mcp>=2.3,<3", "b"]\n',
    );
  });

  it('repoints a script with a dashed name or a literal or triple-quoted target, and leaves the text alone without it', () => {
    assert.equal(setScriptTarget('[project.scripts]\nmy-srv = "srv:main"\n', 'my-srv', 'srv.__main__:main'), '[project.scripts]\nmy-srv = "srv.__main__:main"\n');
    assert.equal(setScriptTarget("[project.scripts]\nsrv = 'srv:main'  # entry\n", 'srv', 'srv.__main__:main'), '[project.scripts]\nsrv = "srv.__main__:main"  # entry\n');
    assert.equal(setScriptTarget('[project.scripts]\nother = "srv:main"\n', 'srv', 'x:y'), '[project.scripts]\nother = "srv:main"\n');
    assert.equal(setScriptTarget('[project.scripts]\nsrv = """srv:main"""\n', 'srv', 'x:y'), '[project.scripts]\nsrv = "x:y"\n');
    assert.equal(setScriptTarget("[project.scripts]\nsrv = '''srv:main'''\n", 'srv', 'x:y'), '[project.scripts]\nsrv = "x:y"\n');
    assert.equal(setScriptTarget('[project.scripts]\nsrv = """a"b\\""""  # c\n', 'srv', 'x:y'), '[project.scripts]\nsrv = "x:y"  # c\n');
    assert.equal(setScriptTarget("[project.scripts]\nsrv = '''a'b'''  # c\n", 'srv', 'x:y'), '[project.scripts]\nsrv = "x:y"  # c\n');
    assert.equal(setScriptTarget('[project]\nname = "srv"\n', 'srv', 'x:y'), '[project]\nname = "srv"\n');
  });

  it('adds tables after trimmed trailing blank lines, in the file\'s line breaks, skipping those the template lacks', () => {
    const template = '[tool.ruff]\nline-length = 100\n\n[tool.pyright]\ninclude = ["src"]\n';
    assert.deepEqual(addMissingTables('[project]\nname = "x"\n\n\n', template, ['tool.mypy', 'tool.pyright']), {
      text: '[project]\nname = "x"\n\n[tool.pyright]\ninclude = ["src"]\n',
      added: ['tool.pyright'],
    });
    assert.deepEqual(addMissingTables('[project]\r\nname = "x"\r\n', template, ['tool.ruff']), {
      text: '[project]\r\nname = "x"\r\n\r\n[tool.ruff]\r\nline-length = 100\r\n',
      added: ['tool.ruff'],
    });
  });

  it('reads only string values of [project] and its scripts', () => {
    const info = readPyproject(
      '[project]\nname = 1\nversion = "2.0.0"\ndescription = "Stock"\nlicense = "MIT"\nauthors = [{ email = "ada@example.com" }]\n' +
        '[project.scripts]\nsrv = "srv:main"\nbad = 2\n',
    );
    assert.deepEqual(info, {
      name: undefined, version: '2.0.0', description: 'Stock', requiresPython: undefined, license: 'MIT', authorName: undefined,
      authorEmail: 'ada@example.com', scripts: [{ name: 'srv', target: 'srv:main' }],
    });
    assert.deepEqual(readPyproject('[project]\nlicense = { text = "MIT" }\n'), {
      name: undefined, version: undefined, description: undefined, requiresPython: undefined, license: undefined, authorName: undefined,
      authorEmail: undefined, scripts: [],
    });
  });

  it('reads the lowest Python only from a leading >= bound', () => {
    assert.equal(lowestPython('>= 3.11'), '3.11');
    assert.equal(lowestPython(' >=3.10,<4'), '3.10');
    assert.equal(lowestPython('!=3.9,>=3.11'), undefined);
    assert.equal(lowestPython(undefined), undefined);
  });
});

describe('the Python parser and create-mcp-server\'s own code', () => {
  it('parses `async with ... as (read, write):`, which lezer alone rejects', () => {
    const source = 'async def main():\n    async with stdio_server() as (read_stream, write_stream):\n        await run(read_stream)\n';
    assert.equal(firstSyntaxError(parsePython(source)), undefined);
  });
});
