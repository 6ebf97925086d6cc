import assert from 'node:assert/strict';
import { alignComments, inspectorCommand } from '../../generators/app/commands.js';
import { nextSteps } from '../../generators/app/next-steps.js';

describe('the closing message', () => {
  it('lists cd, install, run, test, inspect and connect, in that order', () => {
    const lines = nextSteps({ folder: 'my server', installed: false, scriptName: 'my-server', transport: 'stdio' });
    assert.equal(lines.length, 6);
    assert.equal(lines[0], 'cd "my server"');
    assert.match(lines[1] ?? '', /^uv sync +# install/);
    assert.match(lines[2] ?? '', /^uv run my-server +# run it \(stdio\)$/);
    assert.match(lines[3] ?? '', /^uv run pytest/);
    assert.match(lines[4] ?? '', /inspector uv run --directory "\$PWD" my-server {2}# inspect it$/);
    assert.match(lines[5] ?? '', /^yo mcp-python:claude-config/);
  });

  it('leaves out cd for the current folder and uv sync once it ran', () => {
    const lines = nextSteps({ folder: undefined, installed: true, scriptName: 'x', transport: 'streamable-http' });
    assert.ok(!lines.some(line => line.startsWith('cd ') || line.startsWith('uv sync')));
    assert.match(lines[0] ?? '', /run it \(streamable-http\)/);
  });

  it('starts the Inspector over stdio whatever the default transport', () => {
    assert.equal(inspectorCommand('s', 'stdio'), 'npx @modelcontextprotocol/inspector uv run --directory "$PWD" s');
    assert.equal(inspectorCommand('s', 'streamable-http'), 'npx @modelcontextprotocol/inspector uv run --directory "$PWD" s --transport stdio');
  });
});

describe('command lines with comments', () => {
  it('puts the comments in one column, whatever the length of the names', () => {
    for (const name of ['x', 'a-much-longer-server-name']) {
      const lines = alignComments([['uv sync', 'install'], [`uv run ${name}`, 'run'], ['uv run pytest --long-flag', ''], ['uvx other', 'publish']]);
      const columns = lines.filter(line => line.includes('#')).map(line => line.indexOf('#'));
      assert.equal(new Set(columns).size, 1, lines.join('\n'));
      assert.equal(columns[0], Math.max(`uv run ${name}`.length, 'uvx other'.length) + 2);
      assert.equal(lines[2], 'uv run pytest --long-flag');
    }
  });

  it('keeps a very long command from pushing every comment right', () => {
    const lines = alignComments([['uv sync', 'install'], ['x'.repeat(70), 'long']]);
    assert.deepEqual(lines, ['uv sync  # install', `${'x'.repeat(70)}  # long`]);
  });
});
