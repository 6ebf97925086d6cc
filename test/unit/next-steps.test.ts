import assert from 'node:assert/strict';
import { nextSteps } from '../../generators/app/next-steps.js';

describe('the closing message', () => {
  it('lists cd, install, run, test, inspect and connect, in that order', () => {
    const lines = nextSteps({ folder: 'my server', installed: false, scriptName: 'my-server', transport: 'stdio' });
    assert.equal(lines.length, 6);
    assert.equal(lines[0], 'cd "my server"');
    assert.match(lines[1] ?? '', /^uv sync +# install/);
    assert.match(lines[2] ?? '', /^uv run my-server +# run it \(stdio\)$/);
    assert.match(lines[3] ?? '', /^uv run pytest/);
    assert.match(lines[4] ?? '', /inspector uv run --directory "\$PWD" my-server # inspect it$/);
    assert.match(lines[5] ?? '', /^yo mcp-python:claude-config/);
  });

  it('leaves out cd for the current folder and uv sync once it ran', () => {
    const lines = nextSteps({ folder: undefined, installed: true, scriptName: 'x', transport: 'streamable-http' });
    assert.ok(!lines.some(line => line.startsWith('cd ') || line.startsWith('uv sync')));
    assert.match(lines[0] ?? '', /run it \(streamable-http\)/);
  });
});
