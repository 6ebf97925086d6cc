// Writing a user's config file so that nothing can be lost: a backup copy of the old file first, then
// an atomic replace (write a temporary file in the same folder, flush it, rename it over the old one),
// so an interrupted run leaves either the old file or the new one, never half of each.
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file-system calls used here; tests swap one out to simulate a crash midway. */
export type WriteFs = Pick<
  typeof nodeFs,
  | 'closeSync'
  | 'copyFileSync'
  | 'existsSync'
  | 'fsyncSync'
  | 'mkdirSync'
  | 'openSync'
  | 'realpathSync'
  | 'renameSync'
  | 'statSync'
  | 'unlinkSync'
  | 'writeSync'
>;

/** `2025-11-28T20-56-01Z`: sortable, and legal in file names on every OS. */
export function timestamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

/**
 * Copies `file` to `<file>.<timestamp>.bak` next to it and returns that path. Each run keeps its own
 * copy: an earlier backup is never overwritten.
 */
export function backupFile(file: string, now: Date, fs: WriteFs = nodeFs): string {
  const base = `${file}.${timestamp(now)}`;
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? `${base}.bak` : `${base}-${n}.bak`;
    if (fs.existsSync(candidate)) continue;
    fs.copyFileSync(file, candidate, nodeFs.constants.COPYFILE_EXCL);
    return candidate;
  }
}

/**
 * Replaces `file` with `content` atomically, creating its folder if needed. A symlinked config (dotfiles
 * managers do this) is written through the link, so the link survives. The old file's mode is kept.
 */
export function writeFileAtomic(file: string, content: string, fs: WriteFs = nodeFs): void {
  const target = fs.existsSync(file) ? fs.realpathSync(file) : file;
  const folder = dirname(target);
  fs.mkdirSync(folder, { recursive: true });
  const mode = fs.existsSync(target) ? fs.statSync(target).mode & 0o777 : 0o644;
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let descriptor: number | undefined = fs.openSync(temporary, 'wx', mode);
  try {
    fs.writeSync(descriptor, content);
    fs.fsyncSync(descriptor);
    fs.closeSync(descriptor);
    descriptor = undefined;
    fs.renameSync(temporary, target);
  } catch (error) {
    if (descriptor !== undefined) fs.closeSync(descriptor);
    if (fs.existsSync(temporary)) fs.unlinkSync(temporary);
    throw error;
  }
}
