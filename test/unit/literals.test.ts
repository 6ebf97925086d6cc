import assert from 'node:assert/strict';
import { tomlString } from '../../generators/lib/literals.js';

describe('literals', () => {
  it('writes TOML basic strings', () => {
    assert.equal(tomlString('say "hi" \\ now'), '"say \\"hi\\" \\\\ now"');
    assert.equal(tomlString('del\u007f'), '"del\\u007f"');
  });
});
