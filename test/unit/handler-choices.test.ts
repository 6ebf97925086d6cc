// `--choices` and its question, checked directly: the list's rules at their limits, the flag's forms,
// and the question asked per argument through a scripted question round.
import assert from 'node:assert/strict';
import { createAsker } from '../../generators/lib/asker.js';
import { askChoices } from '../../generators/lib/handlers/ask-choices.js';
import { parseChoices, validateChoiceList } from '../../generators/lib/handlers/completions.js';
import { scriptedRound } from '../helpers/scripted-round.js';

const script = (answers: string[]) => scriptedRound({ choiceList: answers });

describe('--choices', () => {
  it('a list: values trimmed, none empty, none twice, at most 100', () => {
    assert.deepEqual(validateChoiceList(' a , b '), ['a', 'b']);
    assert.equal(validateChoiceList('a,,b'), 'give one or more values, comma-separated, none empty (e.g. brief,detailed).');
    assert.equal(validateChoiceList('a,b,a'), 'a value is listed twice; list each once.');
    const hundred = Array.from({ length: 100 }, (_, index) => `v${index}`);
    assert.deepEqual(validateChoiceList(hundred.join(',')), hundred);
    assert.equal(validateChoiceList([...hundred, 'v100'].join(',')), 'at most 100 values can be completed; list fewer.');
  });

  it('the flag: NAME=A,B, or A,B for the only argument; refusals name the fix', () => {
    assert.deepEqual(parseChoices(['style=a,b', 'tone=x'], ['style', 'tone'], 'prompt'), { style: ['a', 'b'], tone: ['x'] });
    assert.deepEqual(parseChoices(['a,b'], ['style'], 'prompt'), { style: ['a', 'b'] });
    assert.equal(parseChoices(['k=v=w'], ['style'], 'prompt'), '--choices k=v=w: the prompt has no argument "k"; it has "style".');
    assert.equal(parseChoices(['a,b'], [], 'resource'), '--choices a,b: the resource has no arguments to complete.');
    assert.equal(parseChoices(['a,b'], ['x', 'y'], 'prompt'), '--choices a,b: say which argument the values are for, e.g. --choices x=a,b.');
    assert.equal(parseChoices(['z=a'], ['x', 'y'], 'prompt'), '--choices z=a: the prompt has no argument "z"; it has "x", "y".');
    assert.equal(parseChoices(['x=a', 'x=b'], ['x'], 'prompt'), '--choices: the values of "x" are given twice; give them once, comma-separated.');
    assert.equal(parseChoices(['x=a,,b'], ['x'], 'prompt'), '--choices x=a,,b: give one or more values, comma-separated, none empty (e.g. brief,detailed).');
    assert.deepEqual(parseChoices(['x=a\nb'], ['x'], 'prompt'), { x: ['a\nb'] }, 'a value may hold a line break; the name still counts');
  });

  it('asked per argument when not given: empty means none, a bad list is asked again', async () => {
    const { askQuestions, messages: asked, refused } = script(['a,a', 'brief, detailed', '  ']);
    const asker = createAsker({ options: {}, askQuestions, choiceType: 'list', interactive: true });
    assert.deepEqual(await askChoices(asker, ['style', 'topic'], 'prompt'), { style: ['brief', 'detailed'] });
    assert.deepEqual(asked, [
      'Values clients may complete for "style" (comma-separated; empty for none)', 'Values clients may complete for "topic" (comma-separated; empty for none)',
    ]);
    assert.deepEqual(refused, ['a value is listed twice; list each once.']);
  });

  it('nothing asked with --yes or without arguments; the flag wins, and a bad one is refused', async () => {
    const { askQuestions, messages: asked } = script([]);
    assert.deepEqual(await askChoices(createAsker({ options: { yes: true }, askQuestions, choiceType: 'list' }), ['style'], 'prompt'), {});
    assert.deepEqual(await askChoices(createAsker({ options: {}, askQuestions, choiceType: 'list', interactive: true }), [], 'prompt'), {});
    assert.deepEqual(asked, []);
    const flagged = createAsker({ options: { choices: ['style=a'] }, askQuestions, choiceType: 'list', interactive: true });
    assert.deepEqual(await askChoices(flagged, ['style'], 'prompt'), { style: ['a'] });
    const bad = createAsker({ options: { choices: ['nope=a'] }, askQuestions, choiceType: 'list', interactive: true });
    await assert.rejects(askChoices(bad, ['style'], 'prompt'), /^Error: --choices nope=a: the prompt has no argument "nope"; it has "style"\./);
  });
});
