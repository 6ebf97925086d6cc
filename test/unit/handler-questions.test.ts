// The questions every handler generator shares, driven directly through a scripted question round:
// what is asked, in which words, what each answer's check says, and what comes out.
import assert from 'node:assert/strict';
import { createAsker } from '../../generators/lib/asker.js';
import { parseParamSpec } from '../../generators/lib/handlers/param-spec.js';
import { askFunction, askKey, askParams, askParamsOrTakeFlags, defaultDescription } from '../../generators/lib/handlers/questions.js';
import { scanModule } from '../../generators/lib/python/module-scan.js';
import { parsePython } from '../../generators/lib/python/parse.js';
import { scriptedRound } from '../helpers/scripted-round.js';

const asking = (queues: Record<string, string[]>, options: Record<string, unknown> = {}) => {
  const round = scriptedRound(queues);
  return { ...round, asker: createAsker({ options, askQuestions: round.askQuestions, choiceType: 'list', interactive: true }) };
};

describe('the shared handler questions', () => {
  it('parameters one at a time: name, type, default, description; refusing taken names and bad defaults', async () => {
    const { asker, asked, refused } = asking({
      paramName: ['count', 'ctx', 'count', '_x', 'tags', ''],
      paramType: ['int', 'list[str]'],
      paramDefault: ['x', '3', ''],
      paramDescription: ['How many', ''],
    });
    const params = await askParams(asker, { typed: true, reserved: ['ctx'] });
    assert.deepEqual(params, [
      { name: 'count', type: { scalar: 'int', container: 'none', optional: false }, default: { value: 3 }, description: 'How many' },
      { name: 'tags', type: { scalar: 'str', container: 'list', optional: false } },
    ]);
    assert.deepEqual(asked, [
      'paramName: Parameter name (empty for none)', 'paramType: Type of count', 'paramDefault: Default of count (a Python value; empty: required)',
      'paramDescription: Description of count (optional)', 'paramName: Another parameter (empty when done)', 'paramType: Type of tags',
      'paramDefault: Default of tags (a Python value; empty: required)', 'paramDescription: Description of tags (optional)',
      'paramName: Another parameter (empty when done)',
    ]);
    assert.deepEqual(refused, [
      'The default x is not a number.', '"ctx" is already taken; choose another.', '"count" is already taken; choose another.',
      '"_x" starts with "_", which the MCP SDK refuses for parameters; drop the underscore.',
    ]);
  });

  it('untyped parameters (prompt arguments) are strings, and no type is asked', async () => {
    const { asker, asked } = asking({ paramName: ['topic', ''], paramDefault: ['AI'] });
    assert.deepEqual(await askParams(asker, { typed: false, reserved: [] }), [{ name: 'topic', type: { scalar: 'str', container: 'none', optional: false }, default: { value: 'AI' } }]);
    assert.equal(asked.some((line) => line.startsWith('paramType')), false);
  });

  it('parameters from the flag instead, refusing a reserved name or one given twice; none with --yes', async () => {
    const parse = (spec: string) => parseParamSpec(spec);
    const flags = (param: string[], yes = false) => createAsker({ options: { param, yes }, askQuestions: scriptedRound({}).askQuestions, choiceType: 'list', interactive: !yes });
    assert.deepEqual((await askParamsOrTakeFlags(flags(['a:int', 'b:str']), 'param', parse, { typed: true, reserved: [] })).map((p) => p.name), ['a', 'b']);
    await assert.rejects(askParamsOrTakeFlags(flags(['ctx:str']), 'param', parse, { typed: true, reserved: ['ctx'] }), /^Error: --param ctx: the name "ctx" is reserved; choose another\./);
    await assert.rejects(askParamsOrTakeFlags(flags(['a:str', 'a:int']), 'param', parse, { typed: true, reserved: [] }), /^Error: --param a: the name "a" is given twice; choose another\./);
    await assert.rejects(askParamsOrTakeFlags(flags(['a:nope']), 'param', parse, { typed: true, reserved: [] }), /is not a supported parameter type/);
    assert.deepEqual(await askParamsOrTakeFlags(flags([], true), 'param', parse, { typed: true, reserved: [] }), []);
  });

  it('a key: refused when missing with --yes or invalid as given, else asked', async () => {
    const validate = (value: string) => (value === 'ok' ? true : `"${value}" is not ok.`);
    const yes = createAsker({ options: { yes: true }, askQuestions: scriptedRound({}).askQuestions, choiceType: 'list' });
    await assert.rejects(askKey(yes, 'name', 'Name', validate, 'Give it a name.'), /^Error: Give it a name\./);
    const given = createAsker({ options: { name: 'bad' }, askQuestions: scriptedRound({}).askQuestions, choiceType: 'list', interactive: true });
    await assert.rejects(askKey(given, 'name', 'Name', validate, 'Give it a name.'), /^Error: "bad" is not ok\./);
    const { asker, asked } = asking({ name: ['no', 'ok'] });
    assert.equal(await askKey(asker, 'name', 'Tool name', validate, 'Give it a name.'), 'ok');
    assert.deepEqual(asked, ['name: Tool name']);
  });

  it('the function: the name itself when it is snake_case and free, else asked with the snake_case one offered', async () => {
    const source = 'from mcp.server import MCPServer\n\nserver = MCPServer("demo")\nhelper = 1\n';
    const server = { module: 'server.py', scan: scanModule(source, parsePython(source)) };
    assert.equal(await askFunction(asking({}).asker, server, 'add_note', 'tool'), 'add_note');
    await assert.rejects(askFunction(asking({}).asker, server, 'helper', 'tool'), /server\.py already defines `helper`; choose another name\. The tool's MCP name can stay "helper": give the function another name with --function\./);
    const { asker, asked } = asking({});
    assert.equal(await askFunction(asker, server, 'add-note', 'prompt'), 'add_note');
    assert.deepEqual(asked, ['function: Python function name (the prompt keeps the name "add-note")']);
  });

  it('a description to start from: the function name as a sentence', () => {
    const cases: Array<[string, string]> = [['fetch_weather', 'Fetch weather.'], ['__init__', 'Init.'], ['a__b', 'A b.'], ['', ''], ['___', '']];
    for (const [name, sentence] of cases) assert.equal(defaultDescription(name), sentence, name);
  });
});
