import assert from 'node:assert/strict';
import { type AskQuestions, createAsker, mayAsk, questionOf, readFlag, repeatable } from '../../generators/lib/asker.js';
import { askToolSpec } from '../../generators/tool/options.js';
import { askResourceSpec } from '../../generators/resource/options.js';
import { askPromptSpec } from '../../generators/prompt/options.js';
import { parsePython } from '../../generators/lib/python/parse.js';
import { scanModule } from '../../generators/lib/python/module-scan.js';

/** A question round that answers from `answers` and records every question it was asked. */
function scripted(answers: Record<string, unknown>): { askQuestions: AskQuestions; asked: Array<Record<string, unknown>> } {
  const asked: Array<Record<string, unknown>> = [];
  const askQuestions: AskQuestions = async (questions) => {
    const result: Record<string, unknown> = {};
    for (const question of questions) {
      asked.push(question);
      const name = question['name'] as string;
      result[name] = name in answers ? answers[name] : question['default'];
    }
    return result;
  };
  return { askQuestions, asked };
}

const MODULE = `from mcp.server import MCPServer
import httpx

server = MCPServer("demo")


@server.tool()
def add_note(name: str) -> str:
    return name
`;
const server = { module: 'server.py', scan: scanModule(MODULE, parsePython(MODULE)) };

describe('Asker: flags first, then --yes defaults, then questions', () => {
  it('reads dashed flags in either spelling and keeps every value of a repeated one', () => {
    assert.equal(readFlag({ dryRun: true }, 'dry-run'), true);
    assert.equal(readFlag({ 'dry-run': true }, 'dry-run'), true);
    assert.deepEqual(repeatable('a'), ['a']);
    assert.deepEqual(repeatable(['a', 'b']), ['a', 'b']);
    assert.deepEqual(repeatable(undefined), []);
  });

  it('takes a valid flag without asking and refuses an invalid one by its flag name', async () => {
    const { askQuestions, asked } = scripted({});
    const asker = createAsker({ options: { title: 'T' }, askQuestions, choiceType: 'list' });
    assert.deepEqual(await asker.askFor([{ name: 'title', message: 'Title', validate: () => true }]), { title: 'T' });
    assert.equal(asked.length, 0);
    const refusing = createAsker({ options: { title: 'bad' }, askQuestions, choiceType: 'list' });
    await assert.rejects(refusing.askFor([{ name: 'title', message: 'Title', validate: () => 'no good' }]), /^Error: --title: no good\nNothing was written\.$/);
  });

  it('with --yes takes defaults and asks nothing, confirm says no and a checkbox chooses none', async () => {
    const { askQuestions, asked } = scripted({});
    const asker = createAsker({ options: { yes: true }, askQuestions, choiceType: 'list' });
    assert.deepEqual(await asker.askFor([{ name: 'returns', message: 'R', default: 'str', validate: () => true }]), { returns: 'str' });
    assert.equal(await asker.confirm('async', 'Async?'), false);
    assert.deepEqual(await asker.checkbox('annotations', 'A', [{ name: 'x', value: 'x' }]), []);
    assert.equal(asked.length, 0);
  });

  it('reads what a host passes for a flag: null and a bare flag are no value, "true" is true, every value of a list', () => {
    const { askQuestions } = scripted({});
    const asker = createAsker({ options: { a: null, b: true, c: 'x', d: 'true', e: 'false', f: ['p', 'q'], g: 'one' }, askQuestions, choiceType: 'list' });
    assert.deepEqual(['a', 'b', 'c', 'z'].map((name) => asker.string(name)), [undefined, undefined, 'x', undefined]);
    assert.deepEqual(['a', 'b', 'd', 'e', 'z'].map((name) => asker.boolean(name)), [undefined, true, true, false, undefined]);
    assert.deepEqual(['a', 'b', 'f', 'g', 'z'].map((name) => asker.list(name)), [[], [], ['p', 'q'], ['one'], []]);
  });

  it('asks only for what no flag gives, all together, and the question of an undeclared flag is a bug', async () => {
    const { askQuestions, asked } = scripted({ b: 'asked' });
    const asker = createAsker({ options: { a: 'given' }, askQuestions, choiceType: 'list', interactive: true });
    const questions = ['a', 'b'].map((name) => ({ name, message: name.toUpperCase(), validate: () => true as const }));
    assert.deepEqual(await asker.askFor(questions), { a: 'given', b: 'asked' });
    assert.deepEqual(asked.map((question) => question['name']), ['b']);
    const yes = createAsker({ options: { yes: true }, askQuestions, choiceType: 'list' });
    assert.deepEqual(await yes.askFor([{ name: 'c', message: 'C', validate: () => true }]), { c: '' }, 'no default: empty');
    assert.equal(asked.length, 1);
    assert.deepEqual(await createAsker({ options: {}, askQuestions: scripted({}).askQuestions, choiceType: 'list' }).checkbox('k', 'K', []), [], 'no answer: none chosen');
    assert.equal(questionOf([{ name: 'title', type: String, description: 'T', question: 'Title?' }], 'title'), 'Title?');
    assert.throws(() => questionOf([{ name: 'title', type: String, description: 'T', question: 'Title?' }], 'other'), { message: 'No question is declared for --other.' });
  });

  it('asks with distinct names and the host\'s choice type', async () => {
    const { askQuestions, asked } = scripted({ async: true, returns: 'int' });
    const asker = createAsker({ options: {}, askQuestions, choiceType: 'list' });
    assert.equal(await asker.confirm('async', 'Async?'), true);
    await asker.askFor([{ name: 'returns', message: 'R', choices: ['str', 'int'], validate: () => true }]);
    assert.deepEqual(asked.map((question) => [question['name'], question['type']]), [['async', 'confirm'], ['returns', 'list']]);
  });

  it('without someone to answer asks nothing, as with --yes, and a missing tool name names its argument', async () => {
    const { askQuestions, asked } = scripted({});
    const asker = createAsker({ options: { param: 'city:str' }, askQuestions, choiceType: 'list', interactive: false });
    assert.deepEqual(await asker.askFor([{ name: 'returns', message: 'R', default: 'str', validate: () => true }]), { returns: 'str' });
    await assert.rejects(askToolSpec(asker, server), /^Error: Give the tool a name: yo mcp-python:tool <name>\.\nNothing was written\.$/);
    assert.equal(asked.length, 0);
  });

  it('asks only in a terminal whose input is a terminal, and never with --yes', () => {
    class TerminalAdapter {
      constructor(readonly stdin: { isTTY?: boolean }) {}
    }
    assert.equal(mayAsk({}, new TerminalAdapter({ isTTY: true })), true);
    assert.equal(mayAsk({}, new TerminalAdapter({})), false);
    assert.equal(mayAsk({ yes: true }, new TerminalAdapter({ isTTY: true })), false);
    assert.equal(mayAsk({}, { constructor: { name: 'YeomanUiAdapter' } }), true);
  });
});

describe('spec questions, driven without Yeoman', () => {
  it('a tool from flags alone', async () => {
    const { askQuestions, asked } = scripted({});
    const options = { yes: true, name: 'fetch-weather', param: ['city:str'], readOnly: true };
    const spec = await askToolSpec(createAsker({ options, askQuestions, choiceType: 'list' }), server);
    assert.equal(asked.length, 0);
    assert.equal(spec.function, 'fetch_weather');
    assert.deepEqual(spec.params.map((param) => param.name), ['city']);
    assert.deepEqual(spec.annotations, { readOnly: true });
  });

  it('a tool asked for, question by question', async () => {
    const { askQuestions, asked } = scripted({ name: 'lookup', description: 'Look it up', paramName: '', returns: 'int', annotations: ['idempotent'] });
    const spec = await askToolSpec(createAsker({ options: {}, askQuestions, choiceType: 'list' }), server);
    assert.equal(spec.returns.scalar, 'int');
    assert.deepEqual(spec.annotations, { idempotent: true });
    const names = asked.map((question) => question['name']);
    assert.equal(new Set(names).size, names.length, `question names are distinct: ${names.join(', ')}`);
  });

  it('refuses a served name, a shadowed import and a repeated parameter with the same rule as add-to-module', async () => {
    const { askQuestions } = scripted({});
    const ask = (options: Record<string, unknown>) => askToolSpec(createAsker({ options: { yes: true, ...options }, askQuestions, choiceType: 'list' }), server);
    await assert.rejects(ask({ name: 'add_note' }), /A tool named "add_note" is already served by add_note\(\) in server\.py/);
    await assert.rejects(ask({ name: 'httpx' }), /`httpx` is imported by server\.py; a function of that name would shadow it/);
    await assert.rejects(ask({ name: 'x', param: ['a:str', 'a:int'] }), /--param a: the name "a" is given twice/);
    await assert.rejects(ask({ name: 'x', context: true, param: ['ctx:str'] }), /--param ctx: the name "ctx" is reserved/);
  });

  it('a resource needs a URI with --yes; a prompt keeps its arguments', async () => {
    const { askQuestions } = scripted({});
    const yes = (options: Record<string, unknown>) => createAsker({ options: { yes: true, ...options }, askQuestions, choiceType: 'list' });
    await assert.rejects(askResourceSpec(yes({}), server), /Give the resource a URI/);
    const resource = await askResourceSpec(yes({ uri: 'weather://{city}' }), server);
    assert.deepEqual([resource.function, resource.placeholders], ['weather', ['city']]);
    const prompt = await askPromptSpec(yes({ name: 'plan', arg: ['destination', 'days=3'] }), server);
    assert.deepEqual(prompt.args.map((arg) => arg.name), ['destination', 'days']);
  });
});
