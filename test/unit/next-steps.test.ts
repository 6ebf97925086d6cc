import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nextSteps, WIZARD_TILES } from '../../generators/app/next-steps.js';
import { repoRoot } from '../helpers/generators.js';

const base = { root: '/work/my server', scriptName: 'my-server', transport: 'stdio' };

describe('the closing message', () => {
  it('lists cd, install, run, test, inspect and connect, in that order', () => {
    const lines = nextSteps({ ...base, host: 'terminal', folder: 'my server', installed: false });
    assert.equal(lines.length, 6);
    assert.equal(lines[0], 'cd "my server"');
    assert.match(lines[1] ?? '', /^uv sync +# install/);
    assert.match(lines[2] ?? '', /^uv run my-server +# run it \(stdio\)$/);
    assert.match(lines[3] ?? '', /^uv run pytest/);
    assert.match(lines[4] ?? '', /inspector uv run --directory "\$PWD" my-server # inspect it$/);
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
});
