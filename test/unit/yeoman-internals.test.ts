// What lib/yeoman-internals.ts relies on in @yeoman/conflicter (pinned to ~4.2.0): if an upgrade
// changes any of it, these fail first.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Conflicter, type ConflicterFile } from '@yeoman/conflicter';
import { markAgreed, silenceConflicterLog } from '../../generators/lib/yeoman-internals.js';

/** An adapter that records status lines and questions; it answers "write" to a conflict. */
function recordingAdapter() {
  const lines: string[] = [];
  const questions: string[] = [];
  const status = (kind: string) => (path: string) => lines.push(`${kind} ${path}`);
  const log = Object.assign((text: string) => lines.push(text), {
    create: status('create'), force: status('force'), conflict: status('conflict'), identical: status('identical'),
    skip: status('skip'), info: status('info'), writeln: (text: string) => lines.push(text),
  });
  const adapter = {
    log,
    async prompt(list: Array<{ name: string }>) {
      questions.push(...list.map((question) => question.name));
      return { action: 'write' };
    },
  };
  return { adapter, lines, questions };
}

const candidate = (path: string, text: string) => ({ path, contents: Buffer.from(text) }) as unknown as ConflicterFile;

describe('Yeoman internals we rely on', () => {
  const folder = mkdtempSync(join(tmpdir(), 'internals-'));
  const existing = join(folder, 'server.py');
  writeFileSync(existing, 'old\n');

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

  it('a file marked as agreed is not asked about again; an unmarked changed file is', async () => {
    const asked = recordingAdapter();
    await new Conflicter(asked.adapter as never, { cwd: folder }).checkForCollision(candidate(existing, 'new\n'));
    assert.deepEqual(asked.questions, ['action']);
    const agreed = recordingAdapter();
    const file = candidate(existing, 'new\n');
    markAgreed(file);
    const checked = await new Conflicter(agreed.adapter as never, { cwd: folder }).checkForCollision(file);
    assert.deepEqual(agreed.questions, []);
    assert.equal(checked.conflicter, 'force');
  });
});
