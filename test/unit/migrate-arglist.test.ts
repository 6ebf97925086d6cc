// splitArguments and rewriteArguments (generators/lib/migrate/arglist.ts): a call's arguments read as
// text, and the call's lines printed back ruff-style, on LF, CRLF, tab-indented and unterminated sources.
import assert from 'node:assert/strict';
import { rewriteArguments, splitArguments } from '../../generators/lib/migrate/arglist.js';
import { applyEdits } from '../../generators/lib/python/edits.js';
import { parsePython, type SyntaxNode } from '../../generators/lib/python/parse.js';

/** The ArgList of the first call in `source`. */
function argListOf(source: string): SyntaxNode {
  let found: SyntaxNode | undefined;
  parsePython(source).iterate({
    enter(node) {
      if (found === undefined && node.name === 'ArgList') found = node.node;
    },
  });
  if (!found) throw new Error(`no call in ${source}`);
  return found;
}

const split = (source: string) => splitArguments(source, argListOf(source));

/** `source` with its first call's arguments printed back, unchanged. */
function reprinted(source: string, lineLength = 88): string {
  const argList = argListOf(source);
  return applyEdits(source, [rewriteArguments(source, argList, splitArguments(source, argList) ?? [], lineLength)]);
}

describe('migrate arglist: splitArguments', () => {
  it('splits positional, keyword, star and double-star arguments', () => {
    assert.deepEqual(split('f(a, k=1, key = "v", *rest, **extra)\n'), [
      { text: 'a', value: 'a' },
      { keyword: 'k', text: 'k=1', value: '1' },
      { keyword: 'key', text: 'key = "v"', value: '"v"' },
      { text: '*rest', value: '*rest' },
      { text: '**extra', value: '**extra' },
    ]);
  });

  it('does not read an equals sign inside a string or a comparison as a keyword', () => {
    assert.deepEqual(split('f("k=v", a == b)\n'), [
      { text: '"k=v"', value: '"k=v"' },
      { text: 'a == b', value: 'a == b' },
    ]);
  });

  it('joins an argument written over several lines into one line', () => {
    assert.deepEqual(split('f(\n    x=[\n        1,\n        2,\n    ],\n    y,\n)\n'), [
      { keyword: 'x', text: 'x=[ 1, 2, ]', value: '[ 1, 2, ]' },
      { text: 'y', value: 'y' },
    ]);
  });

  it('gives no arguments for an empty call', () => {
    assert.deepEqual(split('f()\n'), []);
  });

  it('gives undefined when the argument list holds a comment', () => {
    assert.equal(split('f(\n    a,  # why\n    b,\n)\n'), undefined);
  });
});

describe('migrate arglist: rewriteArguments', () => {
  it('replaces the whole line of the call, keeping what follows it on that line', () => {
    const source = 'x = 1\nresult = f(a,   k=1)  # note\ny = 2\n';
    const argList = argListOf(source);
    assert.deepEqual(rewriteArguments(source, argList, [{ text: 'k=1', value: '1', keyword: 'k' }], 88), {
      from: 6,
      to: 34,
      text: 'result = f(k=1)  # note',
    });
  });

  it('splits the call over lines when it does not fit, indented from the call', () => {
    const source = 'def g():\n    return f(alpha, beta)\n';
    assert.equal(reprinted(source, 20), 'def g():\n    return f(\n        alpha,\n        beta,\n    )\n');
  });

  it('counts what follows the call on its line in the line length', () => {
    const source = 'f(alpha, beta)  # a long note\n';
    assert.equal(reprinted(source, 88), source);
    assert.equal(reprinted(source, 20), 'f(\n    alpha,\n    beta,\n)  # a long note\n');
  });

  it('counts a tab of indentation as one level', () => {
    const source = 'if x:\n\tf(alpha, beta)\n';
    assert.equal(reprinted(source), 'if x:\n    f(alpha, beta)\n');
    assert.equal(reprinted(source, 16), 'if x:\n    f(\n        alpha,\n        beta,\n    )\n');
  });

  it('handles a call on the last line without a final newline', () => {
    const source = 'x = 1\nf(a, b)';
    const argList = argListOf(source);
    assert.deepEqual(rewriteArguments(source, argList, [{ text: 'b', value: 'b' }], 88), { from: 6, to: 13, text: 'f(b)' });
  });

  it('keeps CRLF line endings, leaving the carriage return of the line in place', () => {
    const source = 'x = 1\r\nf(alpha, beta)  # n\r\ny = 2\r\n';
    const argList = argListOf(source);
    assert.deepEqual(rewriteArguments(source, argList, [{ text: 'beta', value: 'beta' }], 88), {
      from: 7,
      to: 26,
      text: 'f(beta)  # n',
    });
    assert.equal(reprinted(source, 15), 'x = 1\r\nf(\r\n    alpha,\r\n    beta,\r\n)  # n\r\ny = 2\r\n');
  });

  it('drops only the carriage return that ends the line', () => {
    const source = 'f(a, b)\r# c\r\n';
    assert.equal(reprinted(source), source);
  });
});
