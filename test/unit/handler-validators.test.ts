// The validators of what a user types for a handler, called directly: each accepted value is true and
// each refusal is the exact sentence the user reads (naming the problem and the fix).
import assert from 'node:assert/strict';
import {
  defaultFunctionName, defaultResourceFunction, uriPlaceholders, validateMcpName, validateMimeType, validateParamName, validateResourceUri,
} from '../../generators/lib/handlers/validators.js';

describe('handler validators', () => {
  it('an MCP name: 1 to 64 of A-Z a-z 0-9 _ -, with a suggestion when one can be made', () => {
    for (const name of ['a', 'add_note', 'add-note', 'X9', 'n'.repeat(64)]) assert.equal(validateMcpName(name), true, name);
    assert.equal(validateMcpName('  ', 'tool name'), 'The tool name is empty. Give one such as "add_note".');
    assert.equal(validateMcpName(''), 'The name is empty. Give one such as "add_note".');
    assert.equal(validateMcpName('add note'), '"add note" is not a valid MCP name: use 1 to 64 characters among A-Z a-z 0-9 _ - (for example "add_note").');
    assert.equal(validateMcpName('Add Note!', 'prompt name'), '"Add Note!" is not a valid MCP prompt name: use 1 to 64 characters among A-Z a-z 0-9 _ - (for example "add_note").');
    assert.equal(validateMcpName('n'.repeat(65)), `"${'n'.repeat(65)}" is not a valid MCP name: use 1 to 64 characters among A-Z a-z 0-9 _ - (for example "${'n'.repeat(64)}").`);
    assert.equal(validateMcpName('!!!'), '"!!!" is not a valid MCP name: use 1 to 64 characters among A-Z a-z 0-9 _ -.');
    assert.equal(validateMcpName('é'), '"é" is not a valid MCP name: use 1 to 64 characters among A-Z a-z 0-9 _ -.');
  });

  it('a function name from an MCP name: snake_case, prefixed when it starts with a digit or reads like 1 or 0', () => {
    const cases: Array<[string, string]> = [['addNote', 'add_note'], ['2fa-check', 'tool_2fa_check'], ['l', 'tool_l'], ['I', 'i'], ['!!', 'tool'], ['x1', 'x1']];
    for (const [name, fn] of cases) assert.equal(defaultFunctionName(name, 'tool'), fn, name);
  });

  it('a parameter name: an identifier, not private, not a keyword, not ambiguous', () => {
    assert.equal(validateParamName('city'), true);
    assert.equal(validateParamName(''), 'The parameter name is empty.');
    assert.equal(validateParamName('2x'), '"2x" is not a Python identifier: use ASCII letters, digits and "_", not starting with a digit.');
    assert.equal(validateParamName('_x'), '"_x" starts with "_", which the MCP SDK refuses for parameters; drop the underscore.');
    assert.equal(validateParamName('class'), '"class" is a Python keyword; choose another name, for example "class_value".');
    assert.equal(validateParamName('O'), 'The parameter name "O" reads like 1 or 0, and ruff refuses it (E741/E743); choose another name, for example "O_value".');
  });

  it('a resource URI: scheme:path without spaces, balanced placeholders that are parameter names, each once', () => {
    for (const uri of ['config://app', 'note://{name}', 'a+b.c-d:x', 'notes://{folder}/{name}']) assert.equal(validateResourceUri(uri), true, uri);
    assert.equal(validateResourceUri(' '), 'The resource URI is empty. Give one such as "config://app" or "note://{name}".');
    for (const uri of ['config', '1x://a', 'config://a b', ' config://a', 'config://a ', 'config:']) {
      assert.equal(validateResourceUri(uri), `"${uri}" is not a URI: write scheme://path without spaces, for example "config://app" or "note://{name}".`, uri);
    }
    assert.equal(validateResourceUri('note://{name'), '"note://{name" has an unbalanced "{" or "}"; placeholders look like {name}.');
    assert.equal(validateResourceUri('note://name}'), '"note://name}" has an unbalanced "{" or "}"; placeholders look like {name}.');
    assert.equal(validateResourceUri('note://{_x}'), 'The placeholder {_x} in "note://{_x}" must be a parameter name: "_x" starts with "_", which the MCP SDK refuses for parameters; drop the underscore.');
    assert.equal(validateResourceUri('note://{}'), 'The placeholder {} in "note://{}" must be a parameter name: The parameter name is empty.');
    assert.equal(validateResourceUri('note://{a}/{b}/{a}'), 'The placeholder {a} appears twice in "note://{a}/{b}/{a}"; use each name once.');
    assert.deepEqual(uriPlaceholders('notes://{folder}/{name}'), ['folder', 'name']);
  });

  it('a resource function name from its URI, without the placeholders', () => {
    const cases: Array<[string, string]> = [
      ['note://internal/{name}', 'note_internal'], ['config://app', 'config_app'], ['{a}:{b}', 'resource'], ['1st://x', 'resource_1st_x'],
    ];
    for (const [uri, fn] of cases) assert.equal(defaultResourceFunction(uri), fn, uri);
  });

  it('a MIME type: type/subtype with optional parameters, or nothing', () => {
    for (const text of ['', 'text/plain', 'application/vnd.api+json', 'text/plain; charset=utf-8', 'text/plain;charset=utf-8;format=flowed']) {
      assert.equal(validateMimeType(text), true, text);
    }
    for (const text of ['text', 'text/', '/plain', 'text/plain;', 'text/plain; charset', 'text/plain; =x', ' text/plain', 'text/plain x', 'a/b/c']) {
      assert.equal(validateMimeType(text), `"${text}" is not a MIME type; write type/subtype, for example "text/plain" or "application/json".`, text);
    }
  });
});
