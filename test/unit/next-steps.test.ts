import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignComments, inspectorCommand } from '../../generators/app/commands.js';
import { nextSteps, WIZARD_TILES } from '../../generators/app/next-steps.js';
import { repoRoot } from '../helpers/generators.js';

const base = { root: '/work/my server', scriptName: 'my-server', transport: 'stdio' } as const;

describe('the closing message', () => {
  it('lists cd, install, run, test, inspect and connect, in that order', () => {
    const lines = nextSteps({ ...base, host: 'terminal', folder: 'my server', installed: false });
    assert.equal(lines.length, 6);
    assert.equal(lines[0], 'cd "my server"');
    assert.match(lines[1] ?? '', /^uv sync +# install/);
    assert.match(lines[2] ?? '', /^uv run my-server +# run it \(stdio\)$/);
    assert.match(lines[3] ?? '', /^uv run pytest/);
    assert.match(lines[4] ?? '', /inspector uv run --directory "\$PWD" my-server {2}# inspect it$/);
    assert.match(lines[5] ?? '', /^yo mcp-python:claude-config/);
  });

  it('leaves out cd for the current folder and uv sync once it ran', () => {
    const lines = nextSteps({ ...base, host: 'terminal', folder: undefined, installed: true, scriptName: 'x', transport: 'streamable-http' });
    assert.ok(!lines.some(line => line.startsWith('cd ') || line.startsWith('uv sync')));
    assert.match(lines[0] ?? '', /run it \(streamable-http\)/);
  });

  it('in Yeoman UI, names the folder and the wizard tiles instead of cd and yo commands', () => {
    const lines = nextSteps({ ...base, host: 'wizard', folder: 'my server', installed: true });
    const text = lines.join('\n');
    assert.equal(lines[0], 'In a terminal in /work/my server:');
    assert.match(text, /^ {2}uv run my-server +# run it/m);
    assert.doesNotMatch(text, /\byo |^\s*cd /m);
    assert.ok(text.includes(`"${WIZARD_TILES.register}"`) && text.includes(`"${WIZARD_TILES.grow}"`));
  });

  it('names tiles the wizard really shows (package.json additional_generators)', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { additional_generators: Array<{ displayName: string }> };
    const titles = pkg.additional_generators.map(entry => entry.displayName);
    for (const tile of Object.values(WIZARD_TILES)) assert.ok(titles.includes(tile), `no tile "${tile}" in ${titles.join(', ')}`);
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
