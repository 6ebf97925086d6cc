// Finding the project a command works on (lib/project.ts), called directly on folders made for the
// test: our .yo-rc.json over a pyproject.toml, the folder question's answers, and a broken record.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findProjectRoot, readProjectConfig, refuseBrokenRecord, validateProjectFolder } from '../../generators/lib/project.js';

/** outer/ (pyproject.toml) ⊃ outer/ours/ (.yo-rc.json of ours) ⊃ outer/ours/src/deep/, and outer/other/ (someone else's .yo-rc.json). */
function layout(): Record<'outer' | 'ours' | 'deep' | 'other', string> {
  const outer = realpathSync(mkdtempSync(join(tmpdir(), 'root-')));
  const ours = join(outer, 'ours');
  const deep = join(ours, 'src', 'deep');
  const other = join(outer, 'other');
  mkdirSync(deep, { recursive: true });
  mkdirSync(other);
  writeFileSync(join(outer, 'pyproject.toml'), '[project]\nname = "outer"\n');
  writeFileSync(join(ours, '.yo-rc.json'), '{"generator-mcp-python": {"projectName": "ours"}}');
  writeFileSync(join(other, '.yo-rc.json'), '{"generator-node": {"name": "x"}}');
  return { outer, ours, deep, other };
}

describe('the project a command works on', () => {
  it('is the nearest folder with our .yo-rc.json, else the nearest with a pyproject.toml, else none', () => {
    const { outer, ours, deep, other } = layout();
    assert.equal(findProjectRoot(deep), ours);
    assert.equal(findProjectRoot(other), outer, "another generator's .yo-rc.json is not ours");
    assert.equal(findProjectRoot(outer), outer);
    assert.equal(findProjectRoot(realpathSync(mkdtempSync(join(tmpdir(), 'nowhere-')))), undefined);
  });

  it('reads our section, nothing from another generator, and refuses a record that is not JSON', () => {
    const { outer, ours, other } = layout();
    assert.deepEqual(readProjectConfig(ours), { projectName: 'ours' });
    assert.equal(readProjectConfig(other), undefined);
    assert.equal(readProjectConfig(outer), undefined);
    writeFileSync(join(outer, '.yo-rc.json'), '{ not json');
    assert.throws(() => readProjectConfig(outer), { message: `${join(outer, '.yo-rc.json')} is not a valid JSON object. Fix it (or move it away), then run this again.\nNothing was written.` });
    assert.throws(() => refuseBrokenRecord('/p/.yo-rc.json', 'Unexpected token\n  at 3'), {
      message: '/p/.yo-rc.json is not a valid JSON object (Unexpected token at 3). Fix it (or move it away), then run this again.\nNothing was written.',
    });
  });

  it("checks the folder question's answer: given, existing, inside a project", () => {
    const { outer, ours } = layout();
    const elsewhere = realpathSync(mkdtempSync(join(tmpdir(), 'elsewhere-')));
    assert.equal(validateProjectFolder(outer, 'ours/src'), true);
    assert.equal(validateProjectFolder(ours, '.'), true);
    assert.equal(validateProjectFolder(outer, '  '), 'Choose the folder of an MCP server project (the one holding its pyproject.toml).');
    assert.equal(validateProjectFolder(outer, 'missing'), 'missing does not exist. Choose the folder of an MCP server project.');
    assert.equal(validateProjectFolder(elsewhere, '.'), ". is not inside an MCP server project (no .yo-rc.json or pyproject.toml there or above it). Choose the project's folder.");
  });
});
