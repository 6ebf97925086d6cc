// The runner behind uv and git: what a tool printed comes back (for Yeoman's logger), and a tool that
// is not installed is told apart from one that failed.
import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { runTool, streamTool } from '../../generators/lib/run-tool.js';

describe('running a command-line tool', () => {
  it('returns stdout, then stderr, for the logger', () => {
    const run = runTool(process.execPath, ['-e', 'console.log("out"); console.error("err")']);
    assert.deepEqual({ ok: run.ok, started: run.started, output: run.output, stdout: run.stdout }, { ok: true, started: true, output: 'out\nerr', stdout: 'out\n' });
  });

  it('says how a started tool failed, keeping what it printed', () => {
    const run = runTool(process.execPath, ['-e', 'console.error("bad input"); process.exit(3)']);
    assert.deepEqual({ ok: run.ok, started: run.started, output: run.output, failure: run.failure }, { ok: false, started: true, output: 'bad input', failure: 'exit 3' });
  });

  it('tells a tool that is not installed from one that failed', () => {
    const run = runTool('no-such-tool-mcp-python', ['--version']);
    assert.equal(run.started, false);
    assert.equal(run.ok, false);
    assert.match(run.failure ?? '', /ENOENT/);
  });

  it('streams a long tool line by line to the logger, before it ends', async () => {
    const seen: string[] = [];
    const script = 'console.log("one"); setTimeout(() => { console.error("two"); process.stdout.write("three"); process.exit(2); }, 300)';
    const running = streamTool(process.execPath, ['-e', script], dirname(process.execPath), line => seen.push(line));
    await new Promise(resolve => setTimeout(resolve, 200));
    assert.deepEqual(seen, ['one'], 'the first line was not shown while the tool ran');
    const run = await running;
    assert.deepEqual(seen.sort(), ['one', 'three', 'two']);
    assert.deepEqual({ ok: run.ok, failure: run.failure }, { ok: false, failure: 'exit 2' });
  });

  it('streams: a tool that is not installed did not start', async () => {
    const run = await streamTool('no-such-tool-mcp-python', [], '/', () => {});
    assert.equal(run.started, false);
  });
});
