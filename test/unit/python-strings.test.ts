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

  it('escapes with the shortest form: \\xNN up to U+00FF, \\uNNNN up to U+FFFF, \\UNNNNNNNN above', () => {
    assert.equal(pythonString('\u00ad'), '"\\xad"');
    assert.equal(pythonString('\u0600'), '"\\u0600"');
    assert.equal(pythonString('\uffff'), '"\\uffff"');
    assert.equal(pythonString('\u{e0001}'), '"\\U000e0001"');
  });

  it('reads every escape CPython reads, and gives up on the rest rather than guess', () => {
    assert.equal(decodeStringLiteral('"a\\\r\nb\\\rc\\\nd"'), 'abcd', 'a backslash before a line break joins the lines');
    assert.equal(decodeStringLiteral('"\\q\\7\\q7"'), '\\q\x07\\q7', 'unknown escapes keep their backslash; octal only right after it');
    assert.equal(decodeStringLiteral('"\\a\\b\\f\\v\\0"'), '\x07\b\f\v\0');
    for (const token of ['"\\x4"', '"\\x4G"', '"\\xG4"', '"\\u00e"', '"\\N{EN DASH}"']) assert.equal(decodeStringLiteral(token), undefined, token);
  });

  it('reads the quotes and prefix of a token exactly, and refuses a token that is not one literal', () => {
    assert.equal(decodeStringLiteral(`'a"""'`), 'a"""');
    assert.equal(decodeStringLiteral(`"a'''"`), "a'''");
    assert.equal(decodeStringLiteral('u"x"'), 'x');
    assert.equal(decodeStringLiteral('R"\\x"'), '\\x');
    for (const token of ['', 'r', '"', '"abc', '""""', '"""a"', 'Rb"x"', 'br"x"', 'F"x"']) assert.equal(decodeStringLiteral(token), undefined, token);
  });
});

