import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { parseChoices } from '../../generators/lib/handlers/completions.js';
import { assertUnchanged, copyFixture, read, refusal, runHandler, snapshot } from '../helpers/fixture-project.js';

const SERVER = 'src/demo_server/server.py';

describe('declared values (--choices)', () => {
  it('reads NAME=A,B, and a bare A,B for the only argument', () => {
    assert.deepEqual(parseChoices(['style=brief, detailed', 'days=1,3'], ['style', 'days'], 'prompt'), { style: ['brief', 'detailed'], days: ['1', '3'] });
    assert.deepEqual(parseChoices(['a,b'], ['key'], 'resource'), { key: ['a', 'b'] });
    assert.deepEqual(parseChoices([], ['key'], 'resource'), {});
  });

  it('names the problem and the fix', () => {
    assert.match(String(parseChoices(['a,b'], ['x', 'y'], 'prompt')), /say which argument.*--choices x=a,b/);
    assert.match(String(parseChoices(['z=a'], ['x', 'y'], 'prompt')), /no argument "z"; it has "x", "y"/);
    assert.match(String(parseChoices(['a'], [], 'resource')), /has no arguments to complete/);
    assert.match(String(parseChoices(['x=a', 'x=b'], ['x'], 'prompt')), /given twice/);
    assert.match(String(parseChoices(['x=a,,b'], ['x'], 'prompt')), /none empty/);
    assert.match(String(parseChoices(['x=a,a'], ['x'], 'prompt')), /listed twice/);
  });

  it('writes no completion handler when no values are declared', async () => {
    const project = copyFixture('fresh');
    await runHandler('prompt', project, ['review'], { yes: true, arg: ['style'] });
    assert.doesNotMatch(read(project, SERVER), /completion/);
    assert.doesNotMatch(read(project, 'tests/test_prompt_review.py'), /complete/);
  });

  it('writes one completion handler, then adds a branch per handler to it, each with a test', async () => {
    const project = copyFixture('fresh');
    await runHandler('prompt', project, ['review'], { yes: true, arg: ['style=brief'], choices: ['brief,detailed'] });
    await runHandler('resource', project, ['weather://{city}/forecast'], { yes: true, force: true, choices: ['city=paris,rome'] });
    const server = read(project, SERVER);
    assert.equal(server.match(/@server\.completion\(\)/g)?.length, 1);
    assert.match(server, /^from mcp\.types import \(\n {4}Completion,\n {4}CompletionArgument,\n {4}CompletionContext,\n {4}PromptReference,\n {4}ResourceTemplateReference,\n\)$/m);
    assert.match(
      server,
      / {4}if handler == "review":\n {8}choices = \{"style": \["brief", "detailed"\]\}\n {4}if handler == "weather:\/\/\{city\}\/forecast":\n {8}choices = \{"city": \["paris", "rome"\]\}\n {4}known = choices/,
    );
    assert.match(read(project, 'tests/test_prompt_review.py'), /ref = PromptReference\(name="review"\)\n {4}declared = \{"style": \["brief", "detailed"\]\}/);
    assert.match(read(project, 'tests/test_resource_weather_forecast.py'), /^from mcp\.types import ResourceTemplateReference, TextResourceContents$/m);
  });

  it('asks for the values of each argument when they are not given', async () => {
    const project = copyFixture('fresh');
    await runHandler('resource', project, ['cfg://{key}'], {}, { name: 'cfg', description: 'Config', 'mime-type': '', choiceList: 'a, b' });
    assert.match(read(project, SERVER), / {4}if handler == "cfg:\/\/\{key\}":\n {8}choices = \{"key": \["a", "b"\]\}/);
  });

  describe('refuses, changing nothing', () => {
    it('values for an argument the handler does not have', async () => {
      const project = copyFixture('fresh');
      const before = snapshot(project);
      assert.match(await refusal('prompt', project, ['review'], { yes: true, arg: ['style'], choices: ['tone=a,b'] }), /no argument "tone"/);
      assertUnchanged(project, before);
    });

    it('a completion handler of its own, without the anchor line', async () => {
      const project = copyFixture('fresh');
      const own = '\n\n@server.completion()\nasync def my_completions(ref, argument, context):\n    return None\n';
      writeFileSync(`${project}/${SERVER}`, read(project, SERVER) + own);
      const before = snapshot(project);
      assert.match(await refusal('prompt', project, ['review'], { yes: true, arg: ['style'], choices: ['a,b'] }), /has no `known = choices\.get\(argument\.name, \[\]\)` line.*by hand, or leave out --choices/);
      assertUnchanged(project, before);
    });
  });
});
