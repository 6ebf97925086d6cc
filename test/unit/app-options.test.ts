// The app's answers as flags (firstInvalidFlag), its first-tool question, and how its command lines line
// up their comments (alignComments), called directly.
import assert from 'node:assert/strict';
import { alignComments } from '../../generators/app/commands.js';
import { FIRST_TOOL_QUESTION, firstInvalidFlag } from '../../generators/app/options.js';

const BAD_NAME = '"bad name!" is not a valid Python project name: use ASCII letters, digits and "-", "_" or "." inside, ' +
  'starting and ending with a letter or digit (for example "weather-tools").';

describe('firstInvalidFlag', () => {
  it('finds nothing wrong with no flags, or with valid ones', () => {
    assert.equal(firstInvalidFlag({}), undefined);
    assert.equal(firstInvalidFlag({ name: 'weather', license: 'none', python: '3.12', transport: 'streamable-http', example: 'minimal' }), undefined);
  });

  it('takes "." for the name (the current folder, checked later)', () => {
    assert.equal(firstInvalidFlag({ name: '.' }), undefined);
  });

  it('gives the problem with the name as it is, without a flag prefix', () => {
    assert.equal(firstInvalidFlag({ name: 'bad name!' }), BAD_NAME);
  });

  it('names the flag of any other invalid answer', () => {
    assert.equal(firstInvalidFlag({ transport: 'sse' }), '--transport: "sse" is not a valid transport; choose one of: stdio, streamable-http.');
    assert.equal(firstInvalidFlag({ example: 'weather' }), '--example: "weather" is not a valid example; choose one of: notes, minimal.');
  });

  it('reports the first invalid answer in question order, skipping those not given', () => {
    assert.equal(firstInvalidFlag({ example: 'weather', license: 'GPL' }), '--license: "GPL" is not a valid license; choose one of: MIT, Apache-2.0, none.');
    assert.equal(firstInvalidFlag({ name: 'weather', transport: 'sse', example: 'weather' }), '--transport: "sse" is not a valid transport; choose one of: stdio, streamable-http.');
  });
});

describe('the first-tool question', () => {
  it('takes an empty answer (no tool) or a valid MCP tool name', () => {
    assert.equal(FIRST_TOOL_QUESTION.validate(''), true);
    assert.equal(FIRST_TOOL_QUESTION.validate('get_forecast'), true);
  });

  it('refuses an invalid tool name with the reason', () => {
    assert.equal(
      FIRST_TOOL_QUESTION.validate('get forecast'),
      '"get forecast" is not a valid MCP tool name: use 1 to 64 characters among A-Z a-z 0-9 _ - (for example "get_forecast").',
    );
  });
});

describe('alignComments', () => {
  it('lines comments up two spaces past the longest command, one that ends exactly at column 60 included', () => {
    const long = 'a'.repeat(58);
    assert.deepEqual(alignComments([[long, 'long'], ['b', 'short']]), [`${long}  # long`, `b${' '.repeat(59)}# short`]);
  });

  it('leaves a command past column 60 out of the column, with two spaces before its own comment', () => {
    const longer = 'x'.repeat(61);
    assert.deepEqual(alignComments([[longer, 'long'], ['b', 'short']]), [`${longer}  # long`, 'b  # short']);
  });

  it('keeps two spaces before the comment of a command just past a column near 60', () => {
    const long = 'a'.repeat(58);
    const longer = 'x'.repeat(61);
    assert.deepEqual(alignComments([[long, 'one'], [longer, 'two'], ['c', '']]), [`${long}  # one`, `${longer}  # two`, 'c']);
  });
});
