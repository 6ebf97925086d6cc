// Parameter types and default values as typed by a user: every accepted spelling, and the refusals at
// each boundary (anchors, optional forms, containers, numbers, booleans, strings), checked directly.
import assert from 'node:assert/strict';
import { isMutableDefault, parseDefault, parseType, sampleValue, typeText, type ParamType } from '../../generators/lib/handlers/param-types.js';

const type = (text: string): ParamType => {
  const parsed = parseType(text);
  assert.equal(typeof parsed, 'object', `${text}: ${String(parsed)}`);
  return parsed as ParamType;
};

describe('parameter types', () => {
  it('reads every spelling of a supported type', () => {
    const cases: Array<[string, string]> = [
      ['str', 'str'], [' list[ str ] ', 'list[str]'], ['Optional[int]', 'int | None'], ['int|None', 'int | None'], ['None | float', 'float | None'],
      ['dict[str, float]', 'dict[str, float]'], ['Optional[list[bool]]', 'list[bool] | None'], ['None|dict[str,bool]', 'dict[str, bool] | None'],
    ];
    for (const [text, canonical] of cases) assert.equal(typeText(type(text)), canonical, text);
  });

  it('refuses anything else, naming the choices', () => {
    const refused = [
      'list[str]x', 'xlist[str]', 'Optional[int]x', 'xOptional[int]', 'dict[int, str]', 'list[list[str]]', 'dict[str,int]x',
      'xdict[str,int]', 'None|', 'x|None', 'list[x]', 'int | None | None', 'tuple', '',
    ];
    for (const text of refused) assert.match(String(parseType(text)), /is not a supported parameter type\. Use one of: str, int/, text);
  });
});

describe('parameter defaults', () => {
  const cases: Array<[string, string, unknown]> = [
    ['bool', 'True', true], ['bool', 'true', true], ['bool', ' FALSE ', false], ['bool | None', 'true', true],
    ['int', '1_000', 1000], ['int', '-3', -3], ['int', '+5', 5], ['float', '-1.5', -1.5], ['float', '3', 3],
    ['str', '"quoted"', 'quoted'], ['str', '"a" "b"', '"a" "b"'], ['str', 'f"x"', 'f"x"'], ['str', 'a; b', 'a; b'], ['str', 'None', 'None'],
    ['str', '', ''], ['str', '  padded  ', '  padded  '], ['str | None', 'None', null], ['int | None', 'None', null],
    ['list[str]', '["a" ,  "b"]', ['a', 'b']], ['list[int]', '[]', []], ['dict[str, int]', '{"a": 1, "b": 2}', { entries: [['a', 1], ['b', 2]] }],
    ['list[bool]', '[True, False]', [true, false]], ['dict[str, bool]', '{"on": True}', { entries: [['on', true]] }],
    ['str', 'hello world', 'hello world'], ['str', '(1', '(1'], ['str', 'pass', 'pass'],
  ];
  for (const [typeSpec, text, expected] of cases) {
    it(`${typeSpec} = ${JSON.stringify(text)} reads as ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(parseDefault(text, type(typeSpec)), expected);
    });
  }

  const refusals: Array<[string, string, string]> = [
    ['bool', '1', '1 is not True or False'], ['bool', 'truex', 'truex is not True or False'],
    ['int', '--3', '--3 is not a number'], ['int', '3j', '3j is not a number'], ['int', '1e400', '1e400 is not a number'],
    ['float', 'inf', 'inf is not a number'], ['int', '"3"', '"3" is not a number'], ['int', '~5', '~5 is not a number'], ['int', 'x', 'x is not a number'],
    ['int', '(1)', '(1) is not a number'], ['int', '1.5', '1.5 is not a whole number'], ['int', 'None', 'None needs an optional type (X | None)'],
    ['list[int]', '[1, "a"]', '"a" is not a number'], ['list[int]', '(1, 2)', '(1, 2) is not a list like ["a", "b"]'],
    ['list[bool]', 'true', 'true is not a list like ["a", "b"]'], ['list[str]', '[b"x"]', 'b"x" is not a plain string literal'],
    ['dict[str, int]', '{1: 2}', 'dict keys must be strings: 1 is not a plain string literal'], ['dict[str, int]', '[1]', '[1] is not a dict like {"key": "value"}'],
    ['dict[str, int]', '{"a": "b"}', '"b" is not a number'], ['dict[str, int]', '{"a": 1, "a": 2}', 'repeats the key "a"; keep one of the two'],
    ['int', '1; 2', '"1; 2" is not a Python value of type int'], ['int', '', '"" is not a Python value of type int'],
    ['int', '1 2', '"1 2" is not a Python value of type int'], ['float', 'x = 1', '"x = 1" is not a Python value of type float'],
    // One expression and nothing else: a second line, a statement, a syntax error, a trailing semicolon.
    ['int', '1\n2', '"1\\n2" is not a Python value of type int'], ['int', 'pass', '"pass" is not a Python value of type int'],
    ['int', '(1', '"(1" is not a Python value of type int'], ['int', '1;', '"1;" is not a Python value of type int'],
    ['list[str]', '[', '"[" is not a Python value of type list[str]'],
    // true/false spelled in lower case is a bool's alone, and only whole.
    ['int', 'true', 'true is not a number'], ['list[bool]', 'false', 'false is not a list like ["a", "b"]'], ['bool', 'xtrue', 'xtrue is not True or False'],
    ['list[bool]', '[1]', '1 is not True or False'], ['int', '-x', '-x is not a number'], ['int', '-Infinity', '-Infinity is not a number'],
  ];
  for (const [typeSpec, text, message] of refusals) {
    it(`${typeSpec} = ${JSON.stringify(text)} is refused: ${message}`, () => {
      assert.deepEqual(parseDefault(text, type(typeSpec)), { error: message });
    });
  }
});

describe('parameter values', () => {
  it('only lists and dicts are mutable defaults', () => {
    assert.deepEqual([[], { entries: [] }, null, 'x', 0, false].map(isMutableDefault), [true, true, false, false, false, false]);
  });

  it('a sample value of each type, for the generated tests', () => {
    assert.deepEqual(sampleValue(type('str')), 'example');
    assert.deepEqual(sampleValue(type('bool')), true);
    assert.deepEqual(sampleValue(type('list[float]')), [1.5]);
    assert.deepEqual(sampleValue(type('dict[str, int] | None')), { entries: [['key', 1]] });
  });
});
