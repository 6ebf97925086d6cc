// What every handler generator does around the edit (lib/handlers/handler-generator.ts), through real
// runs on a copy of the fresh fixture: finding the server, refusing a project it cannot grow, recording
// the handler in .yo-rc.json, and leaving the test and README alone when their anchors are gone.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, read, refusal, runHandler } from '../helpers/fixture-project.js';

const SERVER = 'src/demo_server/server.py';

/** The fixture with its .yo-rc.json changed by `edit`. */
function project(edit: (config: Record<string, unknown>) => void = () => undefined): string {
  const root = copyFixture('fresh');
  const file = join(root, '.yo-rc.json');
  const rc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  edit(rc['generator-mcp-python'] as Record<string, unknown>);
  writeFileSync(file, JSON.stringify(rc, null, 2));
  return root;
}
const config = (root: string) => (JSON.parse(read(root, '.yo-rc.json')) as Record<string, Record<string, unknown>>)['generator-mcp-python'] as Record<string, unknown>;
const unplaced = (rc: Record<string, unknown>): void => {
  delete rc['serverModule'];
  delete rc['serverVariable'];
};

describe('the handler generators around the edit', () => {
  it('finds the server by itself, then records where it is and the new handler in .yo-rc.json', async () => {
    const root = project(unplaced);
    await runHandler('tool', root, ['ping'], { yes: true });
    await runHandler('resource', root, ['cfg://app'], { yes: true });
    const rc = config(root);
    assert.deepEqual([rc['serverModule'], rc['serverVariable']], [SERVER, 'server']);
    const handlers = rc['handlers'] as Record<string, unknown[]>;
    assert.deepEqual(handlers['tools']?.at(-1), { name: 'ping', function: 'ping' });
    assert.deepEqual(handlers['resources']?.at(-1), { uri: 'cfg://app', function: 'cfg_app' });
    assert.equal(handlers['prompts']?.length, 1);
  });

  it('refuses a project with no server, or with two and no say which', async () => {
    const none = project(unplaced);
    rmSync(join(none, SERVER));
    assert.match(await refusal('tool', none, ['ping'], { yes: true }), /^No MCP server found in .*: looked in src\/\*\*\/\*\.py/);
    const two = project(unplaced);
    writeFileSync(join(two, 'src/demo_server/other.py'), 'from mcp.server import MCPServer\n\nother = MCPServer("other")\n');
    assert.match(await refusal('tool', two, ['ping'], { yes: true }), /^More than one MCP server found: src\/demo_server\/other\.py \(other\), src\/demo_server\/server\.py \(server\)\./);
  });

  it('refuses a server module that .yo-rc.json names but that is gone', async () => {
    const root = project((rc) => (rc['serverModule'] = 'src/demo_server/gone.py'));
    assert.match(await refusal('tool', root, ['ping'], { yes: true }),
      /^The server module src\/demo_server\/gone\.py named in \.yo-rc\.json does not exist\. Restore it, or correct "serverModule" in \.yo-rc\.json\./);
  });

  it('accepts a server variable the module imports rather than defines', async () => {
    const root = project((rc) => (rc['serverVariable'] = 'app'));
    const server = read(root, SERVER);
    writeFileSync(join(root, SERVER), server.replace('from mcp.server import MCPServer', 'from mcp.server import MCPServer\nfrom demo_server.app import app'));
    writeFileSync(join(root, 'src/demo_server/app.py'), 'from mcp.server import MCPServer\n\napp = MCPServer("app")\n');
    await runHandler('tool', root, ['ping'], { yes: true });
    assert.match(read(root, SERVER), /@app\.tool\(\)\ndef ping\(\)/);
  });

  it('without a client fixture writes no test; without the README needle leaves the README as it is', async () => {
    const root = project();
    writeFileSync(join(root, 'tests/conftest.py'), '"""No fixtures."""\n');
    const readme = read(root, 'README.md').replace('<!-- mcp-python:tools -->', '');
    writeFileSync(join(root, 'README.md'), readme);
    await runHandler('tool', root, ['ping'], { yes: true });
    assert.equal(existsSync(join(root, 'tests/test_tool_ping.py')), false);
    assert.equal(read(root, 'README.md'), readme);
    assert.match(read(root, SERVER), /def ping\(\)/);
  });

  it('with them, writes the test and the README bullet', async () => {
    const root = project();
    await runHandler('prompt', root, ['greet'], { yes: true });
    assert.match(read(root, 'tests/test_prompt_greet.py'), /^"""Tests for the greet prompt\."""/);
    assert.match(read(root, 'README.md'), /- `greet`: Greet\.\n<!-- mcp-python:prompts -->/);
  });
});
