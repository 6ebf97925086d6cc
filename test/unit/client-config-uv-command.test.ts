// Finding uv for a config entry (lib/client-config/uv-command.ts) and the real machine behind `Host`
// (host.ts). Shim resolution gets a scripted lookup, since pyenv/asdf/mise are not installed here; the
// real lookup runs real commands (uv, pwd) and the real host reads real temporary folders.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Host } from '../../generators/lib/client-config/config-path.js';
import { claudeDesktopConfigFolderExists, nodeHost } from '../../generators/lib/client-config/host.js';
import { nodeUvLookup, resolveShim, type UvLookup, usualUvLocations } from '../../generators/lib/client-config/uv-command.js';
import { requireUv } from '../helpers/processes.js';

const LINUX: Host = { platform: 'linux', env: {}, home: '/home/ada', exists: () => false, list: () => [] };

/** A lookup whose `run` answers `answer` for every command, and whose executables are `executables`. */
function scripted(answer: string | undefined, executables: string[], host: Host = LINUX): UvLookup {
  return { host, onPath: () => undefined, isExecutable: p => executables.includes(p), run: () => answer };
}

describe('uv for a client config entry', () => {
  describe('usualUvLocations', () => {
    it('Linux and macOS: ~/.local/bin, ~/.cargo/bin, Homebrew\'s and /usr/local\'s bin, in that order', () => {
      const expected = ['/home/ada/.local/bin/uv', '/home/ada/.cargo/bin/uv', '/opt/homebrew/bin/uv', '/usr/local/bin/uv'];
      assert.deepEqual(usualUvLocations(LINUX), expected);
      assert.deepEqual(usualUvLocations({ ...LINUX, platform: 'darwin' }), expected);
    });
  });

  describe('resolveShim', () => {
    const SHIM = '/home/ada/.pyenv/shims/uv';
    const REAL = '/home/ada/.pyenv/versions/3.12.1/bin/uv';

    it('takes the first line of the manager\'s answer', () => {
      assert.equal(resolveShim(SHIM, scripted(`${REAL}\n/home/ada/.pyenv/versions/3.11.9/bin/uv\n`, [REAL])), REAL);
    });

    it('a pyenv-win answer with CRLF line endings', () => {
      const windows: Host = { ...LINUX, platform: 'win32', home: 'C:\\Users\\Ada' };
      const real = 'C:\\Users\\Ada\\.pyenv\\pyenv-win\\versions\\3.12.1\\Scripts\\uv.exe';
      const shim = 'C:\\Users\\Ada\\.pyenv\\pyenv-win\\shims\\uv.bat';
      assert.equal(resolveShim(shim, scripted(`${real}\r\nsecond line\r\n`, [real], windows)), real);
    });

    it('keeps the shim when the answer is a relative path, even an executable one', () => {
      assert.equal(resolveShim(SHIM, scripted('uv\n', ['uv'])), SHIM);
    });

    it('keeps the shim when the answer is absolute but not an executable', () => {
      assert.equal(resolveShim(SHIM, scripted(`${REAL}\n`, [])), SHIM);
    });
  });

  describe('the real lookup', () => {
    let home: string;
    beforeEach(() => {
      home = realpathSync(mkdtempSync(join(tmpdir(), 'uv lookup home ')));
    });
    afterEach(() => rmSync(home, { recursive: true, force: true }));

    it('runs a command in the home folder and returns its output as text', () => {
      assert.equal(nodeUvLookup({ ...LINUX, home }).run('pwd', []), `${home}\n`);
    });

    it('real uv: its version on success, undefined when it fails', () => {
      const uv = requireUv();
      const lookup = nodeUvLookup({ ...LINUX, home });
      assert.match(lookup.run(uv, ['--version']) ?? '', /^uv \d+\.\d+\.\d+/);
      assert.equal(lookup.run(uv, ['no-such-subcommand']), undefined);
    });
  });

  describe('the real host', () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'node host '));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('lists a folder\'s names; a folder that does not exist lists as empty', () => {
      writeFileSync(join(folder, 'a.json'), '{}');
      mkdirSync(join(folder, 'Claude_x'));
      assert.deepEqual(nodeHost().list(folder).sort(), ['Claude_x', 'a.json']);
      assert.deepEqual(nodeHost().list(join(folder, 'missing')), []);
    });

    it('tells whether Claude Desktop\'s config folder exists ($XDG_CONFIG_HOME/Claude on Linux)', () => {
      const saved = process.env['XDG_CONFIG_HOME'];
      process.env['XDG_CONFIG_HOME'] = folder;
      try {
        assert.equal(claudeDesktopConfigFolderExists(), false);
        mkdirSync(join(folder, 'Claude'));
        assert.equal(claudeDesktopConfigFolderExists(), true);
      } finally {
        process.env['XDG_CONFIG_HOME'] = saved;
      }
    });
  });
});
