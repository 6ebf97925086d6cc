// Backups and atomic writes, on a real temporary folder; a crash is simulated by a failing fs call, and a
// temp cleaner by a rename that first removes the temporary file.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupFile, timestamp, writeFileAtomic, type WriteFs } from '../../generators/lib/client-config/safe-write.js';
import type { UvLookup } from '../../generators/lib/client-config/uv-command.js';
import { findUvCommand, resolveShim, usualUvLocations } from '../../generators/lib/client-config/uv-command.js';
import type { Host } from '../../generators/lib/client-config/config-path.js';

describe('safe writes of client configs', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'client-config write '));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const NOW = new Date('2025-11-28T20:56:01.123Z');

  it('timestamps are file-name safe on every OS', () => {
    assert.equal(timestamp(NOW), '2025-11-28T20-56-01Z');
  });

  it('a backup is a byte-identical copy next to the file; a second one never overwrites the first', () => {
    const file = join(folder, 'claude_desktop_config.json');
    const original = Buffer.from('{\r\n  "mcpServers": {}\r\n}\uFEFF', 'utf8');
    writeFileSync(file, original);
    const first = backupFile(file, NOW);
    assert.equal(first, `${file}.2025-11-28T20-56-01Z.bak`);
    assert.deepEqual(readFileSync(first), original);
    writeFileSync(file, 'changed');
    const second = backupFile(file, NOW);
    assert.equal(second, `${file}.2025-11-28T20-56-01Z-1.bak`);
    assert.equal(readFileSync(second, 'utf8'), 'changed');
    assert.deepEqual(readFileSync(first), original);
  });

  it('writes a new file, creating missing folders', () => {
    const file = join(folder, 'a b', '.vscode', 'mcp.json');
    writeFileAtomic(file, '{}\n');
    assert.equal(readFileSync(file, 'utf8'), '{}\n');
    assert.deepEqual(readdirSync(join(folder, 'a b', '.vscode')), ['mcp.json']);
  });

  it('replaces an existing file, keeping its permissions and leaving no temporary file', () => {
    const file = join(folder, 'mcp.json');
    writeFileSync(file, 'old', { mode: 0o600 });
    writeFileAtomic(file, 'new');
    assert.equal(readFileSync(file, 'utf8'), 'new');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(folder), ['mcp.json']);
  });

  it('a crash before the rename leaves the old file whole and cleans up', () => {
    const file = join(folder, 'mcp.json');
    writeFileSync(file, 'old content');
    const crashing: WriteFs = {
      ...fs,
      renameSync: () => {
        throw new Error('simulated power cut');
      },
    };
    assert.throws(() => writeFileAtomic(file, 'new content', crashing), /simulated power cut/);
    assert.equal(readFileSync(file, 'utf8'), 'old content');
    assert.deepEqual(readdirSync(folder), ['mcp.json']);
  });

  it('a crash while writing the temporary file leaves the old file whole', () => {
    const file = join(folder, 'mcp.json');
    writeFileSync(file, 'old content');
    const crashing: WriteFs = {
      ...fs,
      writeSync: () => {
        throw new Error('disk full');
      },
    };
    assert.throws(() => writeFileAtomic(file, 'new content', crashing), /disk full/);
    assert.equal(readFileSync(file, 'utf8'), 'old content');
    assert.deepEqual(readdirSync(folder), ['mcp.json']);
  });

  it('a crash while writing closes the temporary file\'s descriptor', () => {
    const file = join(folder, 'mcp.json');
    const opened: number[] = [];
    const crashing: WriteFs = {
      ...fs,
      openSync: (...args: Parameters<typeof fs.openSync>) => {
        const descriptor = fs.openSync(...args);
        opened.push(descriptor);
        return descriptor;
      },
      writeSync: () => {
        throw new Error('disk full');
      },
    };
    assert.throws(() => writeFileAtomic(file, 'new content', crashing), /disk full/);
    assert.equal(opened.length, 1);
    assert.throws(() => fs.fstatSync(opened[0]!), { code: 'EBADF' });
    assert.deepEqual(readdirSync(folder), []);
  });

  it('a temporary file removed before the rename (a temp cleaner): the rename\'s own error comes out', () => {
    const file = join(folder, 'mcp.json');
    writeFileSync(file, 'old content');
    const racing: WriteFs = {
      ...fs,
      renameSync: (from, to) => {
        fs.unlinkSync(from);
        fs.renameSync(from, to);
      },
    };
    assert.throws(() => writeFileAtomic(file, 'new content', racing), { code: 'ENOENT', syscall: 'rename' });
    assert.equal(readFileSync(file, 'utf8'), 'old content');
    assert.deepEqual(readdirSync(folder), ['mcp.json']);
  });

  it('writes through a symlinked config (dotfiles managers), keeping the link', () => {
    const real = join(folder, 'dotfiles.json');
    const link = join(folder, 'claude_desktop_config.json');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    writeFileAtomic(link, 'new');
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readFileSync(real, 'utf8'), 'new');
  });
});

describe('finding uv for a config entry', () => {
  const host: Host = { platform: 'linux', env: {}, home: '/home/ada', exists: () => false, list: () => [] };
  function lookup(onPath: string | undefined, executables: string[], answers: Record<string, string> = {}): UvLookup & { ran: string[] } {
    const ran: string[] = [];
    return {
      host,
      ran,
      onPath: () => onPath,
      isExecutable: p => executables.includes(p),
      run(command, args) {
        ran.push([command, ...args].join(' '));
        return answers[command];
      },
    };
  }

  it('uv on PATH, not a shim: that path', () => {
    const l = lookup('/home/ada/.local/bin/uv', ['/home/ada/.local/bin/uv']);
    assert.equal(findUvCommand(l), '/home/ada/.local/bin/uv');
    assert.deepEqual(l.ran, []);
  });

  it('a pyenv shim is resolved to the executable behind it', () => {
    const l = lookup('/home/ada/.pyenv/shims/uv', ['/home/ada/.pyenv/versions/3.12.1/bin/uv'], {
      pyenv: '/home/ada/.pyenv/versions/3.12.1/bin/uv\n',
    });
    assert.equal(findUvCommand(l), '/home/ada/.pyenv/versions/3.12.1/bin/uv');
    assert.deepEqual(l.ran, ['pyenv which uv']);
  });

  it('asdf and mise shims too; an unresolvable shim is kept as found', () => {
    assert.equal(resolveShim('/home/ada/.asdf/shims/uv', lookup(undefined, ['/a/uv'], { asdf: '/a/uv' })), '/a/uv');
    assert.equal(resolveShim('/home/ada/.local/share/mise/shims/uv', lookup(undefined, ['/m/uv'], { mise: '/m/uv' })), '/m/uv');
    assert.equal(resolveShim('/home/ada/.pyenv/shims/uv', lookup(undefined, [])), '/home/ada/.pyenv/shims/uv');
    assert.equal(resolveShim('/somewhere/shims/uv', lookup(undefined, [])), '/somewhere/shims/uv');
  });

  it('not on PATH: the places uv\'s installers use', () => {
    assert.equal(findUvCommand(lookup(undefined, ['/home/ada/.cargo/bin/uv'])), '/home/ada/.cargo/bin/uv');
    assert.equal(findUvCommand(lookup(undefined, [])), undefined);
    assert.deepEqual(usualUvLocations({ ...host, platform: 'win32', home: 'C:\\Users\\Ada' }), [
      'C:\\Users\\Ada\\.local\\bin\\uv.exe',
      'C:\\Users\\Ada\\.cargo\\bin\\uv.exe',
    ]);
  });
});
