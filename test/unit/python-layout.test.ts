// A file's own newline and indentation, read so that inserted code looks as if it had always been there.
import assert from 'node:assert/strict';
import { applyLayout, detectIndent, detectLayout, detectNewline } from '../../generators/lib/python/layout.js';

describe('python layout', () => {
  it('detectNewline: the majority wins, a tie and a file without breaks stay LF', () => {
    assert.equal(detectNewline('a\r\nb\r\nc\n'), '\r\n');
    assert.equal(detectNewline('a\r\nb\nc\n'), '\n');
    assert.equal(detectNewline('a'), '\n');
  });

  it('detectIndent: the first indented block, not a nested one, a comment or a one-line body', () => {
    assert.equal(detectIndent('class A:\n  def f(self):\n      return 1\n'), '  ');
    assert.equal(detectIndent('if x: pass\n\ndef f():\n\treturn 1\n'), '\t');
    assert.equal(detectIndent('def f():\n        # a comment indented oddly\n   return 1\n'), '   ');
    // The first block wins over a later one; a one-line body after a continued header is not an indent.
    assert.equal(detectIndent('def a():\n  pass\n\ndef b():\n    pass\n'), '  ');
    assert.equal(detectIndent('if (a and\n    b): pass\n\ndef f():\n  return 1\n'), '  ');
    assert.equal(detectIndent('x = 1\n'), '    ', 'nothing indented: four spaces');
    assert.equal(detectIndent('def f():\n  x\n\n\ndef g():\n\ty\n'), '  ', 'the first block, not a later one');
    assert.equal(detectIndent('def f():\n'), '    ', 'a header without a body');
    assert.equal(detectIndent('"""Run it:\n  uv run x\n"""\n\ndef f():\n    return 1\n'), '    ');
  });

  it('applyLayout: converts four-space levels and LF, and leaves other leading space alone', () => {
    const code = 'def f():\n    if x:\n        return "    four"\n  odd\n';
    assert.equal(applyLayout(code, { newline: '\r\n', indent: '\t' }), 'def f():\r\n\tif x:\r\n\t\treturn "    four"\r\n  odd\r\n');
    assert.equal(applyLayout(code, { newline: '\n', indent: '    ' }), code);
    assert.equal(applyLayout(code, { newline: '\n', indent: '  ' }), 'def f():\n  if x:\n    return "    four"\n  odd\n');
    assert.equal(applyLayout('x = "    y"\n', { newline: '\n', indent: '\t' }), 'x = "    y"\n', 'spaces after code are not indentation');
  });

  it('detectLayout: both at once', () => {
    assert.deepEqual(detectLayout('def f():\r\n  pass\r\n'), { newline: '\r\n', indent: '  ' });
  });
});
