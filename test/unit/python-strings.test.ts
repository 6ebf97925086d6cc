import assert from 'node:assert/strict';
import { decodeStringLiteral, isDocstringSafe, pythonString } from '../../generators/lib/python/string-literal.js';

const TRICKY = [
  '', 'plain', 'He said "hi"', "it's", `both ' and "`, 'triple """ quotes', "triple ''' too", 'back\\slash', 'ends with \\',
  'line\nbreak', 'crlf\r\n', 'tab\there', '# not a comment', '{braces} {0} {name!r}', 'Café ñ ü 日本語 😀', 'en–dash and ’quote',
  'zero\u200bwidth', 'nul\u0000byte', 'lone \ud800 surrogate', 'bell\u0007', '\u2028line separator',
];

describe('python string literals', () => {
  for (const text of TRICKY) {
    it(`round-trips ${JSON.stringify(text)}`, () => {
      const literal = pythonString(text);
      assert.equal(decodeStringLiteral(literal), text);
      assert.doesNotMatch(literal, /[\n\r\u2028]/, 'a literal stays on one line');
    });
  }

  it('prefers double quotes, as ruff does, unless the text holds more of them', () => {
    assert.equal(pythonString('a'), '"a"');
    assert.equal(pythonString('say "hi"'), `'say "hi"'`);
    assert.equal(pythonString(`"it's"`), `'"it\\'s"'`);
    assert.equal(pythonString(`it's`), `"it's"`);
  });

  it('escapes what ruff reports as confusable, and invisible characters, in lower-case hex', () => {
    assert.equal(pythonString('a–b'), '"a\\u2013b"');
    assert.equal(pythonString('x\u200by'), '"x\\u200by"');
    assert.equal(pythonString('é'), '"é"');
  });

  it('reads prefixed and triple-quoted literals, and gives up on f-strings and bytes', () => {
    assert.equal(decodeStringLiteral("r'a\\n'"), 'a\\n');
    assert.equal(decodeStringLiteral('"""a"b"""'), 'a"b');
    assert.equal(decodeStringLiteral('"\\x41\\u00e9\\U0001F600\\101"'), 'Aé😀A');
    assert.equal(decodeStringLiteral('f"{x}"'), undefined);
    assert.equal(decodeStringLiteral('b"x"'), undefined);
  });

  it('keeps a docstring only for text a docstring carries exactly', () => {
    assert.ok(isDocstringSafe('Add a note.'));
    for (const text of ['', ' padded', 'two\nlines', 'a "quote"', 'back\\slash', 'en–dash']) assert.ok(!isDocstringSafe(text), text);
  });
});
