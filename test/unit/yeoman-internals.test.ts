// What lib/yeoman-internals.ts relies on in @yeoman/conflicter (pinned to ~4.2.0) and mem-fs-editor's
// file states: if an upgrade changes any of it, these fail first.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Conflicter, type ConflicterFile } from '@yeoman/conflicter';
import { PassThrough } from 'node:stream';
import { QueuedAdapter, TerminalAdapter } from '@yeoman/adapter';
import { create as createMemFs } from 'mem-fs';
import { create as createEditor } from 'mem-fs-editor';
import {
  dropTaskErrorLine, flushLog, isTerminalAdapter, pendingFiles, setCommitted, silenceConflicterLog, terminalInputIsTTY,
} from '../../generators/lib/yeoman-internals.js';

/** An adapter that records status lines. */
function recordingAdapter() {
  const lines: string[] = [];
  const status = (kind: string) => (path: string) => lines.push(`${kind} ${path}`);
  const log = Object.assign((text: string) => lines.push(text), {
    create: status('create'), force: status('force'), conflict: status('conflict'), identical: status('identical'),
    skip: status('skip'), info: status('info'), writeln: (text: string) => lines.push(text),
  });
  return { adapter: { log }, lines };
}

const candidate = (path: string, text: string) => ({ path, contents: Buffer.from(text) }) as unknown as ConflicterFile;

describe('Yeoman internals we rely on', () => {
  const folder = mkdtempSync(join(tmpdir(), 'internals-'));

  it('a silenced Conflicter prints no status line; an unsilenced one does', async () => {
    const loud = recordingAdapter();
    await new Conflicter(loud.adapter as never, { cwd: folder }).checkForCollision(candidate(join(folder, 'new.py'), 'x'));
    assert.deepEqual(loud.lines, ['create new.py']);
    const quiet = recordingAdapter();
    const conflicter = new Conflicter(quiet.adapter as never, { cwd: folder });
    silenceConflicterLog(conflicter);
    await conflicter.checkForCollision(candidate(join(folder, 'new.py'), 'x'));
    assert.deepEqual(quiet.lines, []);
  });

  it('finds the files a run left pending in mem-fs, and none once they are marked committed', () => {
    const store = createMemFs();
    const editor = createEditor(store as never);
    editor.write(join(folder, 'a.py'), 'a\n');
    editor.write(join(folder, 'b.py'), 'b\n');
    const pending = pendingFiles(store);
    assert.deepEqual(pending.map((file) => file.path).sort(), [join(folder, 'a.py'), join(folder, 'b.py')]);
    for (const file of pending) setCommitted(file);
    assert.deepEqual(pendingFiles(store), []);
  });

  /** A real terminal adapter on in-memory streams; `screen` collects what it prints. */
  function terminal(isTTY: boolean) {
    const stdin = Object.assign(new PassThrough(), isTTY ? { isTTY: true } : {});
    const output = new PassThrough();
    let screen = '';
    output.on('data', (chunk) => (screen += String(chunk)));
    const adapter = new TerminalAdapter({ stdin: stdin as never, stdout: output as never, stderr: output as never });
    return { adapter, screen: () => screen };
  }

  it('a TerminalAdapter (also inside a QueuedAdapter) keeps its input stream as stdin, where isTTY tells a keyboard', () => {
    const keyboard = terminal(true).adapter;
    assert.equal(isTerminalAdapter(keyboard), true);
    assert.equal(terminalInputIsTTY(keyboard), true);
    assert.equal(terminalInputIsTTY(terminal(false).adapter), false);
    const queued = new QueuedAdapter({ adapter: keyboard });
    assert.equal(isTerminalAdapter(queued), true);
    assert.equal(terminalInputIsTTY(queued), true);
  });

  it('a QueuedAdapter prints lines queued behind a busy queue once idle; an abort before that drops them', async () => {
    const busy = (adapter: QueuedAdapter) => void adapter.queue(() => new Promise((resolve) => setTimeout(resolve, 30))).catch(() => {});
    const flushed = terminal(false);
    const queued = new QueuedAdapter({ adapter: flushed.adapter });
    busy(queued);
    queued.log('closing message');
    await flushLog(queued);
    queued.abort();
    assert.match(flushed.screen(), /closing message/);
    const dropped = terminal(false);
    const aborted = new QueuedAdapter({ adapter: dropped.adapter });
    busy(aborted);
    aborted.log('closing message');
    aborted.abort();
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.doesNotMatch(dropped.screen(), /closing message/);
  });

  it('the task error line goes through log.error, which dropTaskErrorLine filters and nothing else', async () => {
    const shown = terminal(false);
    const queued = new QueuedAdapter({ adapter: shown.adapter });
    dropTaskErrorLine(queued);
    queued.log.error('An error occured while running mcp-python:tool#prompting');
    queued.log.error('a real problem');
    await flushLog(queued);
    assert.doesNotMatch(shown.screen(), /An error occured/);
    assert.match(shown.screen(), /a real problem/);
  });
});
