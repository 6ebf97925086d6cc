// The runner behind uv and git: what a tool printed comes back (for Yeoman's logger), and a tool that
// is not installed is told apart from one that failed.
import assert from 'node:assert/strict';
import { runTool } from '../../generators/lib/run-tool.js';

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
});
