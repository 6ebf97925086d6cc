import assert from 'node:assert/strict';
import { assertUnchanged, copyFixture, read, refusal, runHandler, snapshot } from '../helpers/fixture-project.js';

const SERVER = 'src/demo_server/server.py';

describe('yo mcp-python:resource', () => {
  it('adds a static resource after the last resource', async () => {
    const project = copyFixture('fresh');
    const log = await runHandler('resource', project, ['config://app'], { yes: true, mimeType: 'application/json' });
    assert.ok(log.includes(`Adding the resource "config://app" to ${SERVER} as config_app()`), log.join('\n'));
    const server = read(project, SERVER);
    assert.match(server, /@server\.resource\("config:\/\/app", mime_type="application\/json"\)\ndef config_app\(\) -> str:\n {4}"""Config app\."""\n {4}return "config_app done"\n/);
    assert.ok(server.indexOf('def config_app') > server.indexOf('def read_note'));
    assert.ok(server.indexOf('def config_app') < server.indexOf('@server.prompt'));
    assert.match(read(project, 'tests/test_resource_config_app.py'), /await client\.list_resources\(\)/);
    assert.match(read(project, 'README.md'), /- `config:\/\/app`: Config app\.\n<!-- mcp-python:resources -->/);
    const config = JSON.parse(read(project, '.yo-rc.json'))['generator-mcp-python'];
    assert.deepEqual(config.handlers.resources.at(-1), { uri: 'config://app', function: 'config_app' });
  });

  it('turns {placeholders} into a template whose function takes them', async () => {
    const project = copyFixture('fresh');
    const log = await runHandler('resource', project, ['weather://{city}/forecast/{day}'], { yes: true, name: 'forecast' });
    assert.ok(log.includes(`Adding the resource template "weather://{city}/forecast/{day}" to ${SERVER} as forecast()`), log.join('\n'));
    const server = read(project, SERVER);
    assert.match(server, /@server\.resource\("weather:\/\/\{city\}\/forecast\/\{day\}"\)\ndef forecast\(city: str, day: str\) -> str:/);
    assert.match(read(project, 'tests/test_resource_forecast.py'), /await client\.read_resource\("weather:\/\/example\/forecast\/example"\)/);
  });

  it('asks for the URI when none is given (Yeoman UI)', async () => {
    const project = copyFixture('hand-edited');
    await runHandler('resource', project, [], {}, { uri: 'note://archive/{name}', name: 'read_archived', description: 'An archived note', 'mime-type': '' });
    assert.match(read(project, SERVER), /\n\n\n@app\.resource\("note:\/\/archive\/\{name\}"\)\ndef read_archived\(name: str\) -> str:\n {4}"""An archived note"""\n(.*\n){2}\n\nif __name__/);
  });

  describe('refuses, changing nothing', () => {
    const cases: Array<[string, 'fresh' | 'broken', string[], Record<string, unknown>, RegExp]> = [
      ['a URI already served', 'fresh', ['note://internal/{name}'], {}, /A resource with the URI "note:\/\/internal\/\{name\}" is already served by read_note\(\)/],
      ['a function already defined', 'fresh', ['note://x'], { name: 'read_note' }, /already defines `read_note`/],
      ['a string that is no URI', 'fresh', ['not a uri'], {}, /is not a URI/],
      ['an unbalanced placeholder', 'fresh', ['note://{name'], {}, /unbalanced/],
      ['a placeholder that is a keyword', 'fresh', ['note://{class}'], {}, /Python keyword/],
      ['a bad MIME type', 'fresh', ['note://x'], { mimeType: 'text' }, /not a MIME type/],
      ['a broken server file', 'broken', ['note://x'], {}, /does not parse as Python/],
    ];
    for (const [what, fixture, args, options, message] of cases) {
      it(what, async () => {
        const project = copyFixture(fixture);
        const before = snapshot(project);
        assert.match(await refusal('resource', project, args, { yes: true, ...options }), message);
        assertUnchanged(project, before);
      });
    }
  });
});
