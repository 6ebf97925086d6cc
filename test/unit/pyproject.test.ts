// pyproject.toml read by a real TOML parser: every valid spelling reads, a broken file is refused in one line
// by both of its readers (the client entry and the handler sub-generators), and nothing is written.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeServerProject, readPyproject } from '../../generators/lib/client-config/server-project.js';
import { parsePyproject, tableAt } from '../../generators/lib/pyproject.js';
import { ruffLineLength } from '../../generators/lib/python/server-finder.js';
import { assertUnchanged, copyFixture, refusal, snapshot } from '../helpers/fixture-project.js';
import { loadGenerator, runGenerator } from '../helpers/generators.js';

const BROKEN = '[project]\nname = "demo\nversion = "0.1.0"\n';
const BROKEN_MESSAGE = /^pyproject\.toml is not valid TOML: .+ \(line 2, column \d+\)\. Fix it \(uv and ruff cannot read it either\), then run the command again\.$/m;

describe('pyproject.toml', () => {
  it('reads single-quoted (literal) names and script keys', () => {
    const toml = "[project]\nname = 'foreign'\n\n[project.scripts]\n'foreign-server' = 'foreign:main'\n";
    assert.deepEqual(readPyproject(toml), { name: 'foreign', scriptName: 'foreign-server' });
  });

  it('reads the other valid spellings the old line matcher missed', () => {
    // Dotted keys, an inline table, a comment after the value, escapes, and a multi-line string.
    assert.deepEqual(readPyproject('project.name = "dotted"\nproject.scripts = { srv = "a:b" }\n'), { name: 'dotted', scriptName: 'srv' });
    assert.deepEqual(readPyproject('[project]\nname = "x\\u00e9" # the name\n[project.scripts]\n  run-it   =   "m:f"\n'), { name: 'xé', scriptName: 'run-it' });
    assert.deepEqual(readPyproject("[project]\ndescription = '''\n[project.scripts]\nnot = \"a table\"\n'''\nname = \"late\"\n"), { name: 'late', scriptName: undefined });
  });

  it("reads ruff's line-length whatever the spelling, else 88", () => {
    assert.equal(ruffLineLength('[tool.ruff]\nline-length = 1_20  # wide\n'), 120);
    assert.equal(ruffLineLength('tool.ruff.line-length = 99\n'), 99);
    assert.equal(ruffLineLength('[tool]\nruff = { line-length = 101 }\n'), 101);
    assert.equal(ruffLineLength("[tool.ruff]\n'line-length' = 110\n"), 110);
    assert.equal(ruffLineLength('[tool.ruff.lint]\nline-length = 120\n'), 88, 'a sub-table is not [tool.ruff]');
    assert.equal(ruffLineLength('[tool.ruff]\nline-length = "wide"\n'), 88);
  });

  it('names where a broken file is broken, rather than throwing a parser trace', () => {
    assert.match(String(parsePyproject(BROKEN)), BROKEN_MESSAGE);
    assert.match(String(readPyproject(BROKEN)), BROKEN_MESSAGE);
    assert.match(String(describeServerProject({}, BROKEN)), BROKEN_MESSAGE);
    assert.throws(() => ruffLineLength(BROKEN), (error: Error) => BROKEN_MESSAGE.test(error.message) && /\nNothing was written\.$/.test(error.message));
  });

  it('is not needed (so not parsed) when .yo-rc.json already names the project and its script', () => {
    assert.deepEqual(describeServerProject({ projectName: 'ours', scriptName: 'ours' }, BROKEN), { name: 'ours', scriptName: 'ours', transport: 'stdio', ours: true });
  });

  it('tableAt finds only tables', () => {
    const doc = parsePyproject('project = "not a table"\n[tool.ruff]\nline-length = 1\n');
    assert.ok(typeof doc !== 'string');
    assert.equal(tableAt(doc, 'project'), undefined);
    assert.deepEqual({ ...tableAt(doc, 'tool', 'ruff') }, { 'line-length': 1 });
  });

  describe('a broken one, in a real run', () => {
    it('yo mcp-python:tool refuses in one line and changes nothing', async () => {
      const project = copyFixture('fresh');
      writeFileSync(join(project, 'pyproject.toml'), BROKEN + readFileSync(join(project, 'pyproject.toml'), 'utf8'));
      const before = snapshot(project);
      const message = await refusal('tool', project, ['add_note'], { yes: true });
      assert.match(message, BROKEN_MESSAGE);
      assert.match(message, /\nNothing was written\.$/);
      assertUnchanged(project, before);
    });

    it('yo mcp-python:client-config refuses for a project it did not create, and writes no config', async () => {
      const project = mkdtempSync(join(tmpdir(), 'foreign-broken-'));
      writeFileSync(join(project, 'pyproject.toml'), BROKEN);
      const run = runGenerator(await loadGenerator('client-config')).cd(project).withArguments(['cursor']).withOptions({ uvPath: 'uv' });
      await assert.rejects(async () => run, (error: Error) => BROKEN_MESSAGE.test(error.message) && /\nNothing was written\.$/.test(error.message));
      assert.equal(existsSync(join(project, '.cursor')), false);
    });
  });
});
