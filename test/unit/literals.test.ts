import assert from 'node:assert/strict';
import { pythonString, tomlString } from '../../generators/lib/literals.js';

describe('literals', () => {
  it('writes Python string literals that read back as the typed text', () => {
    assert.equal(pythonString('plain'), '"plain"');
    assert.equal(pythonString('say "hi"'), '"say \\"hi\\""');
    assert.equal(pythonString('back\\slash'), '"back\\\\slash"');
    assert.equal(pythonString('line\nbreak\r\ttab'), '"line\\nbreak\\r\\ttab"');
    assert.equal(pythonString('"""'), '"\\"\\"\\""');
    assert.equal(pythonString('bell\u0007'), '"bell\\x07"');
    assert.equal(pythonString('{x} # é 🙂'), '"{x} # é 🙂"');
  });

  it('writes TOML basic strings', () => {
    assert.equal(tomlString('say "hi" \\ now'), '"say \\"hi\\" \\\\ now"');
    assert.equal(tomlString('del\u007f'), '"del\\u007f"');
  });
});
