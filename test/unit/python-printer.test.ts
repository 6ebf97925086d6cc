// The printer (pretty.ts) at its boundaries: a line exactly at the limit, a string that fits alone in
// its parentheses or not, chunks cut at words, characters and never inside an escape, and pragma
// comments that force a break, ride at the end of their line and never count toward its length.
import assert from 'node:assert/strict';
import { atom, bracket, chunkString, commented, concat, print, str } from '../../generators/lib/python/pretty.js';

const width = (lineLength: number) => ({ lineLength, indent: '    ' });
const call = bracket('f(', [atom('a'), atom('b')], ')');

describe('the printer at its boundaries', () => {
  it('a line exactly at the limit stays whole; one column less and it is exploded', () => {
    assert.deepEqual(print(call, 0, 'x = ', '', width(11)), ['x = f(a, b)']);
    assert.deepEqual(print(call, 0, 'x = ', '', width(10)), ['x = f(', '    a,', '    b,', ')']);
    assert.deepEqual(print(call, 1, '', ',', width(15)), ['    f(a, b),']);
  });

  it('a string that fits alone on its line is parenthesised whole; one column less and it is cut', () => {
    const value = str('x'.repeat(10));
    assert.deepEqual(print(value, 0, 'value = ', '', width(16)), ['value = (', '    "xxxxxxxxxx"', ')']);
    assert.deepEqual(print(value, 0, 'value = ', '', width(15)), ['value = (', '    "xxxxxxxxx"', '    "x"', ')']);
  });

  it('chunks break after the spaces of a word when they fit exactly, else between characters, never inside an escape', () => {
    assert.deepEqual(chunkString('', 10), ['']);
    assert.deepEqual(chunkString('ab cd', 7), ['ab cd']);
    assert.deepEqual(chunkString('ab cd', 6), ['ab ', 'cd']);
    assert.deepEqual(chunkString('abcdef', 5), ['abc', 'def']);
    assert.deepEqual(chunkString('a\nb', 5), ['a\n', 'b']);
    assert.deepEqual(chunkString('a   b', 5), ['a  ', ' b']);
    assert.deepEqual(chunkString('aa bb ', 5), ['aa ', 'bb ']);
    assert.deepEqual(chunkString('ab  cd', 6), ['ab  ', 'cd']);
    assert.deepEqual(chunkString('abc', 2), ['a', 'b', 'c'], 'a character wider than the line still makes a chunk of its own, never an empty one');
  });

  it('a comment deeper inside breaks every bracket around it, and a commented bracket keeps both comments', () => {
    assert.deepEqual(print(bracket('f(', [bracket('[', [commented(atom('a'), '# c')], ']')], ')'), 0, '', '', width(40)), ['f(', '    [', '        a,  # c', '    ],', ')']);
    assert.deepEqual(print(commented(bracket('f(', [commented(atom('a'), '# inner')], ')'), '# outer'), 0, '', '', width(40)), ['f(  # outer', '    a,  # inner', ')']);
    assert.deepEqual(print(concat(bracket('f(', [commented(atom('a'), '# c')], ')'), atom('.'), atom('x')), 0, '', '', width(40)), ['f(', '    a,  # c', ').x']);
    assert.deepEqual(print(concat(atom('y = '), bracket('f(', [commented(atom('a'), '# c')], ')'), atom('.x')), 0, '', '', width(40)), ['y = f(', '    a,  # c', ').x']);
  });

  it('a long comment never breaks the code before it; the first part of a line is broken when it is the one that can be', () => {
    assert.deepEqual(print(concat(atom('x = '), commented(bracket('f(', [atom('a')], ')'), '# long comment here')), 0, '', '', width(12)), ['x = f(a)  # long comment here']);
    assert.deepEqual(print(concat(bracket('f(', [atom('aaaa'), atom('bbbb')], ')'), atom('.x')), 0, '', '', width(10)), ['f(', '    aaaa,', '    bbbb,', ').x']);
    assert.deepEqual(print(concat(atom('a'.repeat(20)), atom('b')), 0, '', '', width(10)), [`${'a'.repeat(20)}b`]);
  });

  it('a comment inside a bracket breaks it, and goes to the end of its item\'s line', () => {
    assert.deepEqual(print(bracket('f(', [commented(atom('a'), '# c')], ')'), 0, '', '', width(40)), ['f(', '    a,  # c', ')']);
    assert.deepEqual(print(concat(atom('x = '), bracket('[', [commented(atom('1'), '# c')], ']')), 0, '', '', width(40)), ['x = [', '    1,  # c', ']']);
  });

  it('a comment at the end of a line does not break it, nor count toward its length; two share the line', () => {
    assert.deepEqual(print(concat(atom('x = '), commented(atom('1'), '# c')), 0, '', '', width(40)), ['x = 1  # c']);
    assert.deepEqual(print(concat(commented(atom('a'), '# c'), atom(' + b')), 0, 'x = ', '', width(40)), ['x = a + b  # c']);
    assert.deepEqual(print(concat(atom('x = '), commented(atom('1'), '# a comment longer than the line')), 0, '', '', width(10)), ['x = 1  # a comment longer than the line']);
    const two = bracket('f(', [concat(commented(atom('a'), '# c1'), atom(' + '), commented(atom('b'), '# c2'))], ')');
    assert.deepEqual(print(two, 0, '', '', width(40)), ['f(', '    a + b,  # c1 # c2', ')']);
  });

  it('a commented bracket too long for its line keeps the comment on its first line', () => {
    const node = commented(bracket('f(', [atom('aaaa'), atom('bbbb')], ')'), '# noqa');
    assert.deepEqual(print(node, 0, 'x = ', '', width(12)), ['x = f(  # noqa', '    aaaa,', '    bbbb,', ')']);
  });

  it('what cannot be broken stays as it is: a long name, and the first attempt when nothing fits', () => {
    assert.deepEqual(print(atom('a'.repeat(20)), 0, '', '', width(10)), ['a'.repeat(20)]);
    assert.deepEqual(print(concat(atom('a'.repeat(12)), str('b'.repeat(12))), 0, '', '', width(10)), [
      'aaaaaaaaaaaa(', '    "bbbb"', '    "bbbb"', '    "bbbb"', ')',
    ]);
  });

  it('a part in the middle of a line is broken with what follows it kept on its closing line', () => {
    assert.deepEqual(print(concat(atom('f('), str('s'.repeat(20)), atom(')')), 1, 'x = ', ',', width(30)), [
      '    x = f((', '        "ssssssssssssssssssss"', '    )),',
    ]);
  });
});
