// What each handler generator's questions make of a scripted round of answers: the whole spec, the
// questions in order and the answers refused (askToolSpec, askResourceSpec, askPromptSpec, called directly).
import assert from 'node:assert/strict';
import { createAsker } from '../../generators/lib/asker.js';
import { scanModule } from '../../generators/lib/python/module-scan.js';
import { parsePython } from '../../generators/lib/python/parse.js';
import { askPromptSpec } from '../../generators/prompt/options.js';
import { askResourceSpec } from '../../generators/resource/options.js';
import { askToolSpec } from '../../generators/tool/options.js';
import { scriptedRound } from '../helpers/scripted-round.js';

const SOURCE = 'from mcp.server import MCPServer\n\nserver = MCPServer("demo")\n\n\n@server.tool()\ndef taken() -> str:\n    return ""\n';
const server = { module: 'src/demo/server.py', scan: scanModule(SOURCE, parsePython(SOURCE)) };

/** Confirmations and the annotation checklist come as flags in `options`: the round answers text questions. */
const asking = (queues: Record<string, string[]>, options: Record<string, unknown> = {}) => {
  const round = scriptedRound(queues);
  return { ...round, asker: createAsker({ options, askQuestions: round.askQuestions, choiceType: 'list', interactive: true }) };
};

describe('the specs the handler questions make', () => {
  it('a tool: name, function, description, title, parameters and return type, refusing a taken function and a bad type', async () => {
    const { asker, asked, refused } = asking(
      { name: ['add-note'], function: ['taken', 'add_note'], title: ['Add a note'], paramName: ['text', ''], paramType: ['str'], returns: ['tuple', 'list[int]'] },
      { context: false, async: true, 'read-only': true },
    );
    assert.deepEqual(await askToolSpec(asker, server), {
      kind: 'tool',
      name: 'add-note',
      function: 'add_note',
      description: 'Add note.',
      title: 'Add a note',
      params: [{ name: 'text', type: { scalar: 'str', container: 'none', optional: false } }],
      returns: { scalar: 'int', container: 'list', optional: false },
      isAsync: true,
      context: false,
      annotations: { readOnly: true },
    });
    assert.deepEqual(asked.map((line) => line.split(':')[0]), [
      'name', 'function', 'description', 'title', 'paramName', 'paramType', 'paramDefault', 'paramDescription', 'paramName', 'returns',
    ]);
    assert.equal(asked[1], 'function: Python function name (the tool keeps the name "add-note")');
    assert.equal(refused.length, 2);
    assert.match(refused[0] ?? '', /already defines `taken`/);
    assert.match(refused[1] ?? '', /tuple/);
  });

  it('a tool with a Context: async without asking, ctx reserved as a parameter name, no title when none is given', async () => {
    const { asker, refused } = asking({ name: ['ping'], paramName: ['ctx', ''] }, { context: true, idempotent: false });
    const spec = await askToolSpec(asker, server);
    assert.deepEqual([spec.isAsync, spec.context, spec.params, spec.annotations, 'title' in spec], [true, true, [], { idempotent: false }, false]);
    assert.deepEqual(refused, ['"ctx" is already taken; choose another.']);
  });

  it('a resource template: URI, function from the URI, MIME type, and a choice list per placeholder', async () => {
    const { asker, asked } = asking({ uri: ['note://{name}'], 'mime-type': ['text/plain'] }, { choices: ['name=a,b'] });
    assert.deepEqual(await askResourceSpec(asker, server), {
      kind: 'resource',
      uri: 'note://{name}',
      function: 'note',
      description: 'Note.',
      placeholders: ['name'],
      mimeType: 'text/plain',
      choices: { name: ['a', 'b'] },
    });
    assert.deepEqual(asked.map((line) => line.split(':')[0]), ['uri', 'name', 'description', 'mime-type']);
  });

  it('a fixed resource: no MIME type and no choices when none are given (the keys absent, not empty)', async () => {
    const spec = await askResourceSpec(asking({ uri: ['config://app'] }).asker, server);
    assert.deepEqual(spec, { kind: 'resource', uri: 'config://app', function: 'config_app', description: 'Config app.', placeholders: [] });
  });

  it('a prompt: arguments without types, a function asked for in its own words, choices only when given', async () => {
    const { asker, asked } = asking({ name: ['summarize-notes'], paramName: ['style', ''], paramDefault: ['"brief"'] });
    assert.deepEqual(await askPromptSpec(asker, server), {
      kind: 'prompt',
      name: 'summarize-notes',
      function: 'summarize_notes',
      description: 'Summarize notes.',
      args: [{ name: 'style', type: { scalar: 'str', container: 'none', optional: false }, default: { value: 'brief' } }],
    });
    assert.equal(asked[1], 'function: Python function name (the prompt keeps the name "summarize-notes")');
    assert.ok(!asked.some((line) => line.startsWith('paramType')), 'a prompt argument has no type question');
  });
});
