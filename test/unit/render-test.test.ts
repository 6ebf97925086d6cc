// The pytest module written beside each new handler, compared whole with the reviewed files in
// test/fixtures/render-test/ (`UPDATE_GOLDEN=1` rewrites them after a deliberate change; review the
// diff), and each checked by CPython's compiler. The end-to-end tests run such modules with pytest.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseParamSpec, parsePromptArgSpec } from '../../generators/lib/handlers/param-spec.js';
import { parseType, type ParamType } from '../../generators/lib/handlers/param-types.js';
import { renderTestFile, testFileName } from '../../generators/lib/handlers/render-test.js';
import type { HandlerSpec, ParamSpec, ToolSpec } from '../../generators/lib/handlers/specs.js';
import { compileWithCPython } from '../../generators/lib/python/cpython.js';

const param = (spec: string) => parseParamSpec(spec) as ParamSpec;
const arg = (spec: string) => parsePromptArgSpec(spec) as ParamSpec;
const type = (spec: string) => parseType(spec) as ParamType;
const tool = (fields: Partial<ToolSpec>): ToolSpec => ({
  kind: 'tool', name: 'f', function: 'f', description: 'Do it.', params: [], returns: type('str'), isAsync: false, context: false, annotations: {}, ...fields,
});

const CASES: Record<string, { spec: HandlerSpec; lineLength?: number }> = {
  'tool-everything': {
    spec: tool({
      name: 'add-note', function: 'add_note', title: 'Add a note', description: 'Adds a "note" with a \\ in it.', isAsync: true, context: true,
      params: [
        param('count:int=3'), param('text:str:What to write'), param('weight:float=2'), param('tags:list[str]=["a", "b"]'),
        param('meta:dict[str, int]={"k": 1}'), param('flag:bool | None=None'), param('loud:bool=false'),
      ],
      annotations: { readOnly: true, destructive: false, idempotent: true },
    }),
  },
  'tool-no-params': { spec: tool({ name: 'ping', function: 'ping' }) },
  'tool-returns-list': { spec: tool({ name: 'ids', function: 'ids', returns: type('list[int]'), params: [param('n:int')] }) },
  'tool-returns-dict': { spec: tool({ name: 'stats', function: 'stats', returns: type('dict[str, float]') }) },
  'tool-returns-optional': { spec: tool({ name: 'find', function: 'find', returns: type('str | None'), params: [param('q:str')] }) },
  'tool-returns-scalars': { spec: tool({ name: 'count', function: 'count', returns: type('int'), annotations: { openWorld: true, readOnly: false } }) },
  'tool-returns-bool': { spec: tool({ name: 'ok', function: 'ok', returns: type('bool') }) },
  // A test name too long for `async def` shrinks to its key word; failing that, the line carries # noqa: E501.
  'tool-long-name': { spec: tool({ name: 'n', function: 'a_function_name_of_thirty_char' }), lineLength: 60 },
  'tool-longer-name': { spec: tool({ name: 'n', function: 'a_function_name_that_is_as_long_as_can_be_written' }), lineLength: 60 },
  'resource-static': { spec: { kind: 'resource', uri: 'config://app', function: 'app_config', description: 'The config.', mimeType: 'application/json', placeholders: [] } },
  'resource-template': {
    spec: {
      kind: 'resource', uri: 'notes://{folder}/{name}', function: 'read_note', description: 'One note.', placeholders: ['folder', 'name'],
      choices: { folder: ['inbox', 'archive'] },
    },
  },
  'prompt-args': {
    spec: {
      kind: 'prompt', name: 'summarize', function: 'summarize', description: 'Summarize a text.',
      args: [arg('text:What to summarize'), arg('style=short:How to write it')], choices: { style: ['short', 'long'] },
    },
  },
  'prompt-no-args': { spec: { kind: 'prompt', name: 'hello', function: 'hello', description: 'Say hello.', args: [] } },
};

const golden = (name: string) => new URL(`../fixtures/render-test/${name}.py`, import.meta.url);

describe('the generated test module, whole', () => {
  for (const [name, { spec, lineLength = 88 }] of Object.entries(CASES)) {
    it(`${name}: as reviewed, within ${lineLength} columns, and CPython compiles it`, () => {
      const text = renderTestFile(spec, lineLength);
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden(name), text);
      assert.equal(text, readFileSync(golden(name), 'utf8'));
      for (const line of text.split('\n')) assert.ok(line.length <= lineLength || line.endsWith('# noqa: E501'), line);
      assert.deepEqual(compileWithCPython(text, ['python3']), { status: 'valid' });
    });
  }

  it('is named after the kind and the function', () => {
    assert.equal(testFileName(tool({ function: 'add_note' })), 'tests/test_tool_add_note.py');
    assert.equal(testFileName(CASES['resource-static']?.spec as HandlerSpec), 'tests/test_resource_app_config.py');
  });
});
