// Python names, checked directly: identifiers, keywords, ambiguous and built-in names, snake_case.
import assert from 'node:assert/strict';
import {
  ambiguousNameProblem, isAmbiguousName, isKeyword, isPythonIdentifier, toSnakeCase, validatePythonName,
} from '../../generators/lib/python/identifiers.js';

describe('Python names', () => {
  it('an identifier is ASCII letters, digits and _, not starting with a digit, whole', () => {
    for (const name of ['a', '_', 'A1', 'snake_case', '_private', 'x9_']) assert.equal(isPythonIdentifier(name), true, name);
    for (const name of ['', '1a', 'a-b', 'a b', ' a', 'a ', 'é', 'a.b', 'a\n']) assert.equal(isPythonIdentifier(name), false, JSON.stringify(name));
  });

  it('keywords and soft keywords, and nothing else', () => {
    for (const name of ['class', 'None', 'async', 'match', 'case', 'type', '_']) assert.equal(isKeyword(name), true, name);
    for (const name of ['Class', 'none', 'matches', 'print']) assert.equal(isKeyword(name), false, name);
  });

  it('l, O and I are ambiguous; L, o and i are not', () => {
    assert.deepEqual(['l', 'O', 'I', 'L', 'o', 'i', 'll'].map(isAmbiguousName), [true, true, true, false, false, false, false]);
    assert.equal(ambiguousNameProblem('The function name', 'l'),
      'The function name "l" reads like 1 or 0, and ruff refuses it (E741/E743); choose another name, for example "l_value".');
  });

  it('each refusal names the problem and a way out; a good name is true', () => {
    assert.equal(validatePythonName('2x', 'The name'), 'The name "2x" is not a Python identifier: use ASCII letters, digits and "_", not starting with a digit.');
    assert.equal(validatePythonName('lambda', 'The name'), 'The name "lambda" is a Python keyword; choose another name, for example "lambda_value".');
    assert.match(String(validatePythonName('O', 'The name')), /^The name "O" reads like 1 or 0/);
    assert.equal(validatePythonName('list', 'The name'), 'The name "list" would shadow Python\'s built-in `list`; choose another name, for example "list_value".');
    assert.equal(validatePythonName('add_note', 'The name'), true);
  });

  it('snake_case from camelCase, PascalCase, acronyms, dashes and spaces', () => {
    const cases: Array<[string, string]> = [
      ['addNote', 'add_note'], ['AddNote', 'add_note'], ['add-note', 'add_note'], ['Add Note', 'add_note'], ['getHTTPResponse', 'get_http_response'],
      ['HTMLParser', 'html_parser'], ['v2Api', 'v2_api'], ['--a--b--', 'a_b'], ['a__b', 'a_b'], ['__init__', 'init'], ['ABC', 'abc'],
    ];
    for (const [name, snake] of cases) assert.equal(toSnakeCase(name), snake, name);
  });
});
