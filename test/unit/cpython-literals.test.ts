// The writers of Python literals, checked against CPython's own `ast.literal_eval` (warnings as errors)
// rather than the project's lenient reader: a dropped escape must fail here, not only in ruff end to end.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { floatLiteral, parseDefault, parseType, valueNode } from '../../generators/lib/handlers/param-types.js';
import type { ParamType, PyValue } from '../../generators/lib/handlers/param-types.js';
import { chunkString, flat } from '../../generators/lib/python/pretty.js';
import { pythonString } from '../../generators/lib/python/string-literal.js';
import { literalEval } from '../helpers/cpython-literals.js';

const HAZARDS = [
  '', 'plain', 'back\\slash', 'ends with \\', '\\n is not a newline', '\\x41', '\\N{DASH}', 'He said "hi"', "it's",
  `both ' and "`, `more "" than '`, `more '' than "`, 'line\nbreak', 'crlf\r\n', 'tab\there', 'nul\u0000', 'del\u007f',
  'bell\u0007', 'lone \ud800 surrogate', 'low \udfff', '\u2028', 'zero\u200bwidth', 'en–dash', '😀 astral', '\u{10ffff}',
  'ÿ\u0100', '\u00a0no-break', '"""', "'''",
];

function assertCPythonReads(texts: readonly string[]): void {
  const results = literalEval(texts.map(pythonString));
  texts.forEach((text, index) => {
    assert.deepEqual(results[index], { value: text, type: 'str' }, `${JSON.stringify(text)} written as ${pythonString(text)}`);
  });
}

describe('Python literals, read back by CPython', () => {
  it('pythonString: every quoting and escaping hazard reads back as the exact text', () => {
    assertCPythonReads(HAZARDS);
  });

  it('pythonString: 400 generated strings from every Unicode plane read back exactly', () => {
    const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2 ** 31);
    const hazard = fc.constantFrom('\\', '"', "'", '\n', '\r', '\ud800', '\udfff', '\u2028', '\u00a0');
    const unit = fc.oneof(hazard, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
    const texts = fc.sample(fc.string({ unit, maxLength: 24 }), { seed, numRuns: 400 });
    assert.doesNotThrow(() => assertCPythonReads(texts), `seed ${seed} (replay with FC_SEED=${seed})`);
  });

  it('chunkString: the chunks of a long text, each written as a literal, join to the text', () => {
    const texts = ['word '.repeat(30), 'x'.repeat(70), 'back\\slash '.repeat(9), `"quote" and 'single' `.repeat(5), 'é😀\u200b'.repeat(20)];
    const chunked = texts.map((text) => chunkString(text, 30));
    for (const chunk of chunked.flat()) assert.ok(pythonString(chunk).length <= 30 || [...chunk].length === 1, chunk);
    // One literal per text: Python joins adjacent literals, as in the generated code.
    const read = literalEval(chunked.map((chunks) => `(${chunks.map(pythonString).join(' ')})`));
    assert.deepEqual(read.map((result) => ('value' in result ? result.value : result.error)), texts);
    assert.ok(chunked.every((chunks, index) => chunks.length > 1 || (texts[index] as string).length < 30));
  });

  it('floatLiteral: integral floats keep a decimal point, so Python reads a float', () => {
    assert.equal(floatLiteral(3), '3.0');
    assert.equal(floatLiteral(1.5), '1.5');
    const values = [3, 0, -7, 1.5, 1e21, 2.5e-7, 123456789];
    assert.deepEqual(literalEval(values.map(floatLiteral)), values.map((value) => ({ value, type: 'float' })));
  });

  it('valueNode: defaults of every type read back by CPython as the value typed', () => {
    const cases: Array<[string, string]> = [
      ['float', '3'], ['float', '-2'], ['int', '42'], ['bool', 'true'], ['str', 'bare text: with colon'], ['str', '"quoted \\\\ back"'],
      ['list[str]', '["a", "b\\"c"]'], ['dict[str, float]', '{"k": 1, "é": 2.5}'], ['int | None', 'None'], ['list[int]', '[1, 2, 3]'],
      ['list[bool]', '[False, True]'],
    ];
    const literals = cases.map(([typeText, text]) => {
      const type = parseType(typeText) as ParamType;
      const value = parseDefault(text, type);
      assert.ok(!(value !== null && typeof value === 'object' && 'error' in value), `${typeText} = ${text}`);
      return flat(valueNode(value as PyValue, type));
    });
    assert.deepEqual(literalEval(literals), [
      { value: 3, type: 'float' }, { value: -2, type: 'float' }, { value: 42, type: 'int' }, { value: true, type: 'bool' },
      { value: 'bare text: with colon', type: 'str' }, { value: 'quoted \\ back', type: 'str' }, { value: ['a', 'b"c'], type: 'list' },
      { value: { k: 1, 'é': 2.5 }, type: 'dict' }, { value: null, type: 'NoneType' }, { value: [1, 2, 3], type: 'list' },
      { value: [false, true], type: 'list' },
    ]);
    assert.match(literals[0] as string, /^3\.0$/, 'a float default 3 is written 3.0');
    assert.match(literals[7] as string, /"k": 1\.0/, 'a float in a dict is written 1.0');
  });
});
