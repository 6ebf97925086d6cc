// A change spans the server module, its test, the README and .yo-rc.json: the user's answer to
// Yeoman's conflict prompt applies to all of it, so a project is never left half grown.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assertUnchanged, copyFixture, read, runHandler, snapshot } from '../helpers/fixture-project.js';

describe('yo mcp-python:tool and the conflict prompt', () => {
  it('writes nothing at all when the server module change is declined', async () => {
    const project = copyFixture('fresh');
    const before = snapshot(project);
    await runHandler('tool', project, ['ping'], { yes: true, force: false }, { action: 'skip' });
    assertUnchanged(project, before);
  });

  it('writes every file once the changes are accepted, without asking twice', async () => {
    const project = copyFixture('fresh');
    await runHandler('tool', project, ['ping'], { yes: true, force: false }, { action: 'write' });
    assert.match(read(project, 'src/demo_server/server.py'), /^def ping\(/m);
    assert.ok(existsSync(join(project, 'tests/test_tool_ping.py')));
    assert.match(read(project, 'README.md'), /`ping`/);
    assert.match(read(project, '.yo-rc.json'), /"name": "ping"/);
  });
});
