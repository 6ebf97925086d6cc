import assert from 'node:assert/strict';
import { assertUnchanged, copyFixture, read, refusal, runHandler, snapshot } from '../helpers/fixture-project.js';

const SERVER = 'src/demo_server/server.py';

describe('yo mcp-python:prompt', () => {
  it('adds a prompt with required and optional arguments after the last prompt', async () => {
    const project = copyFixture('fresh');
    const log = await runHandler('prompt', project, ['plan-trip'], { yes: true, arg: ['destination:Where to go', 'days=3', 'style="a: b"'] });
    assert.ok(log.includes(`Adding the prompt "plan-trip" to ${SERVER} as plan_trip()`), log.join('\n'));
    const server = read(project, SERVER);
    const signature = /@server\.prompt\(name="plan-trip"\)\ndef plan_trip\(\n([\s\S]*?),?\n\) -> str:/.exec(server)?.[1] ?? '';
    const params = signature.split(/,\s*(?=\w+: )/).map((param) => param.trim());
    assert.deepEqual(params, ['destination: Annotated[str, Field(description="Where to go")]', 'days: str = "3"', 'style: str = "a: b"']);
    assert.ok(server.indexOf('def plan_trip') > server.indexOf('def summarize_notes'));
    assert.match(read(project, 'tests/test_prompt_plan_trip.py'), /await client\.get_prompt\("plan-trip", \{"destination": "example"\}\)/);
    assert.match(read(project, 'README.md'), /- `plan-trip`: Plan trip\.\n<!-- mcp-python:prompts -->/);
  });

  it('asks for the name and the arguments when nothing is given', async () => {
    const project = copyFixture('fresh');
    await runHandler('prompt', project, [], {}, { name: 'review', description: 'Review some code', paramName: '' });
    assert.match(read(project, SERVER), /@server\.prompt\(\)\ndef review\(\) -> str:\n {4}"""Review some code"""\n {4}return "review done"\n/);
  });

  it('leaves a README without its needle alone', async () => {
    const project = copyFixture('fresh');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${project}/README.md`, '# demo\n\nNo lists here.\n');
    await runHandler('prompt', project, ['review'], { yes: true });
    assert.equal(read(project, 'README.md'), '# demo\n\nNo lists here.\n');
  });

  describe('refuses, changing nothing', () => {
    const cases: Array<[string, string[], Record<string, unknown>, RegExp]> = [
      ['a prompt name already served', ['summarize_notes'], {}, /A prompt named "summarize_notes" is already served/],
      ['an argument given twice', ['review'], { arg: ['a', 'a=1'] }, /given twice/],
      ['an argument that is no identifier', ['review'], { arg: ['my arg'] }, /not a Python identifier/],
      ['a keyword', ['for'], {}, /Python keyword/],
    ];
    for (const [what, args, options, message] of cases) {
      it(what, async () => {
        const project = copyFixture('fresh');
        const before = snapshot(project);
        assert.match(await refusal('prompt', project, args, { yes: true, ...options }), message);
        assertUnchanged(project, before);
      });
    }
  });
});
