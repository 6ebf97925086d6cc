// The end of a migration: what it prints after the changes are written, the install step (`uv sync`)
// and its outcomes, and the runs that print nothing because nothing reached the disk. uv is the real
// one; "missing" is a PATH without it, and a failing `uv sync` is real uv, offline, with an empty cache.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { migrationClosing, type MigrationReport } from '../../generators/lib/migrate/report.js';
import { referenceProject, runMigrate } from '../fixtures/migrate/projects.js';
import { requireUv } from '../helpers/processes.js';

const NOTE = { file: 'src/srv/server.py', line: 9, found: 'a dispatch function', todo: 'move it' };
const report = (notes: MigrationReport['notes']): MigrationReport => ({ title: 'srv is on mcp 2.', changed: [], notes });
const SYNC_NEXT = 'Next: uv sync (it also brings uv.lock up to date), then uv run pytest.';
const GROW_NEXT = 'Next: uv run pytest, then grow it with yo mcp-python:tool, :resource and :prompt.';
const TITLE = 'Migrated from create-mcp-server (mcp 1.x low-level `Server`) to mcp 2 `MCPServer` by yo mcp-python:migrate.';

interface Migrated {
  project: string;
  log: string[];
  /** The run's error message, if it failed. */
  failure?: string;
}

/** Runs migrate on a fresh copy of the reference project with `env` set for the run; the log without colour. */
async function migrateWith(env: Record<string, string>, options: Record<string, unknown> = {}): Promise<Migrated> {
  const project = referenceProject();
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  const logged: string[] = [];
  const plain = () => logged.map((line) => stripVTControlCharacters(line));
  try {
    await runMigrate(project, { options: { force: true, ...options }, logged });
    return { project, log: plain() };
  } catch (error) {
    return { project, log: plain(), failure: (error as Error).message };
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

describe('the end of a migration', () => {
  describe('migrationClosing', () => {
    it('with nothing left to check and the project installed: the next step is pytest and growing it', () => {
      assert.deepEqual(migrationClosing(report([]), { kind: 'installed' }), { lines: [GROW_NEXT] });
    });

    it('counts one thing to check by hand in the singular, listed with its place', () => {
      assert.deepEqual(migrationClosing(report([NOTE]), undefined).lines, [
        '1 thing to check by hand, listed with what to do in MIGRATION.md:',
        '  src/srv/server.py:9: a dispatch function',
        SYNC_NEXT,
      ]);
    });

    it('lists several in file and line order, a note without a line by its file alone', () => {
      const notes = [NOTE, { file: 'README.md', found: 'old README', todo: 'rewrite' }, { ...NOTE, line: 3, found: 'an import' }];
      assert.deepEqual(migrationClosing(report(notes), { kind: 'no-uv', problem: 'uv was not found.' }).lines, [
        '3 things to check by hand, listed with what to do in MIGRATION.md:',
        '  README.md: old README',
        '  src/srv/server.py:3: an import',
        '  src/srv/server.py:9: a dispatch function',
        SYNC_NEXT,
      ]);
    });

    it('a failed uv sync: uv sync stays the next step and the run ends with what failed and the command to rerun', () => {
      const close = migrationClosing(report([]), { kind: 'failed', command: 'uv sync', why: 'exit 2' });
      assert.deepEqual(close.lines, [SYNC_NEXT]);
      assert.equal(
        close.failure,
        '`uv sync` failed (exit 2): the project is migrated but not installed. Fix the problem uv printed above, then run `uv sync` in it.',
      );
    });

    it('a project that could not be installed for want of uv is not a failure of the run', () => {
      assert.equal(migrationClosing(report([]), { kind: 'no-uv', problem: 'uv was not found.' }).failure, undefined);
      assert.equal(migrationClosing(report([]), undefined).failure, undefined);
    });
  });

  describe('yo mcp-python:migrate', () => {
    it('--skip-install: the title, the README left to check, then uv sync as the next step', async () => {
      const { log } = await migrateWith({});
      const end = log.slice(log.indexOf(TITLE) - 1);
      assert.deepEqual(end, [
        '',
        TITLE,
        '1 thing to check by hand, listed with what to do in MIGRATION.md:',
        '  README.md: README.md still describes the create-mcp-server project.',
        SYNC_NEXT,
      ]);
    });

    it('without uv on PATH: migrated all the same, with a warning naming the fix, and not a failure', async () => {
      const { log, project, failure } = await migrateWith({ PATH: mkdtempSync(join(tmpdir(), 'no-uv-')) }, { skipInstall: false });
      assert.equal(failure, undefined);
      assert.ok(existsSync(join(project, '.yo-rc.json')));
      const warning = log.find((line) => line.startsWith('warning uv was not found on PATH.'));
      assert.ok(warning?.endsWith('\nThe project was migrated; install uv, then run `uv sync` in it.'), warning);
      assert.equal(log.at(-1), SYNC_NEXT);
    });

    it('with a uv too old: migrated all the same, with a warning naming the upgrade (a stand-in uv that prints an old version)', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'old-uv-'));
      writeFileSync(join(folder, 'uv'), '#!/bin/sh\necho "uv 0.4.0"\n');
      chmodSync(join(folder, 'uv'), 0o755);
      const { log, failure } = await migrateWith({ PATH: `${folder}:/usr/bin:/bin` }, { skipInstall: false });
      assert.equal(failure, undefined);
      assert.ok(log.some((line) => line.startsWith('warning uv 0.4.0 is older than')), log.join('\n'));
      assert.ok(!log.some((line) => line.startsWith('Running ')), 'an old uv is not run');
      assert.equal(log.at(-1), SYNC_NEXT);
    });

    it("a failing uv sync (real uv, offline, empty cache): uv's words in the log, then one line and a non-zero end", async () => {
      const env = { UV_OFFLINE: '1', UV_CACHE_DIR: mkdtempSync(join(tmpdir(), 'empty-uv-cache-')), PATH: `${join(requireUv(), '..')}:/usr/bin:/bin` };
      const { log, project, failure } = await migrateWith(env, { skipInstall: false });
      assert.ok(existsSync(join(project, '.yo-rc.json')), 'the migration itself is written');
      assert.ok(log.some((line) => /^Running .*uv sync \(uv \d/.test(line)), log.join('\n'));
      assert.ok(log.some((line) => /not found in the cache/.test(line)), `uv's own explanation is in the log:\n${log.join('\n')}`);
      assert.equal(log.at(-1), SYNC_NEXT);
      assert.match(failure ?? 'no failure', /^`uv sync` failed \(exit \d+\): the project is migrated but not installed\. Fix the problem uv printed above, then run `uv sync` in it\.$/);
    });

    it('--dry-run and a declined change print no closing: nothing reached the disk', async () => {
      const { log: dry } = await migrateWith({}, { dryRun: true });
      const declined = await runMigrate(referenceProject(), { options: { force: false }, answers: { action: 'skip' } });
      for (const log of [dry, declined]) {
        assert.ok(log.some((line) => line.startsWith('Found ')), 'the run did start');
        assert.ok(!log.some((line) => line.includes(TITLE) || line.startsWith('Next:')), log.join('\n'));
      }
    });
  });
});
