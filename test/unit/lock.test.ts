// The end of a run's commit lets go of the project locks only: a client config file stays locked
// until its own write, after the commit (a config lock's folder name also ends in .mcp-python.lock).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLockSync, configLockOf, projectLockOf, releaseHeldLocks } from '../../generators/lib/lock.js';

describe('locks held by a run', () => {
  it('releasing the project locks keeps a config file locked; releasing all lets it go', () => {
    const root = mkdtempSync(join(tmpdir(), 'locks-'));
    try {
      const [project, config] = [projectLockOf(root), configLockOf(join(root, 'mcp.json'))];
      acquireLockSync(project, { what: 'the project' });
      acquireLockSync(config, { what: 'mcp.json' });
      releaseHeldLocks('projects');
      assert.deepEqual([existsSync(project), existsSync(config)], [false, true]);
      releaseHeldLocks('all');
      assert.equal(existsSync(config), false);
    } finally {
      releaseHeldLocks('all');
      rmSync(root, { recursive: true, force: true });
    }
  });
});
