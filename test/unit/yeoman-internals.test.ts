// What lib/yeoman-internals.ts relies on in @yeoman/conflicter (pinned to ~4.2.0) and mem-fs-editor's
// file states: if an upgrade changes any of it, these fail first.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Conflicter, type ConflicterFile } from '@yeoman/conflicter';
import { create as createMemFs } from 'mem-fs';
import { create as createEditor } from 'mem-fs-editor';
import { pendingFiles, setCommitted, silenceConflicterLog } from '../../generators/lib/yeoman-internals.js';

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
});
