// Turning what goes wrong into one line for the user. A file-system error becomes the file, the problem
// and the fix; a refusal stays as it is; anything else is a bug in this generator and says where to
// report it. The result never carries a string `code`: `yo` passes `error.code` to process.exit(),
// which throws `ERR_INVALID_ARG_TYPE` for 'EACCES' and prints a stack trace instead of the message.
import { NOTHING_WRITTEN } from './errors.js';

interface FsError extends Error {
  code: string;
  path?: string;
  dest?: string;
  syscall?: string;
}

export function isFsError(error: unknown): error is FsError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && /^E[A-Z]+$/.test((error as FsError).code);
}

/** What to do about `code` on `path`. */
function fixFor(code: string, path: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `permission denied. Make it writable (for example \`chmod u+w "${path}"\`, or its folder), then run again.`;
    case 'EROFS':
      return 'the file system is read-only. Run this where the files can be written.';
    case 'EISDIR':
      return 'it is a folder, where a file was expected. Move the folder away or name a file instead.';
    case 'ENOTDIR':
      return 'part of the path is a file, where a folder was expected. Correct the path.';
    case 'ENOENT':
      return 'it does not exist (or a folder on the way is missing). Correct the path, or create the folder.';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full. Free some space, then run again.';
    case 'ELOOP':
      return 'it is a loop of symbolic links. Point the link at a real file.';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open. Close some programs, then run again.';
    default:
      return `the system reported ${code}. Check the file and its folder, then run again.`;
  }
}

/** One line for a file-system error: the file, the problem, the fix. */
export function describeFsError(error: FsError): string {
  const path = error.path ?? error.dest ?? 'a file';
  return `Cannot ${error.syscall ?? 'use'} ${path}: ${fixFor(error.code, path)}`;
}

/** Errors a user can fix (refusals, bad flags) are thrown as plain `Error`s; the built-in subclasses mean a bug. */
function isBug(error: unknown): boolean {
  return !(error instanceof Error) || error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError ||
    error instanceof SyntaxError;
}

/**
 * The error as `yo` and Yeoman UI should show it: one clear message, no string `code`. A bug keeps
 * its stack (shown with `yo --debug`) and gains a request to report it.
 */
export function forTheUser(error: unknown): Error {
  if (isFsError(error)) {
    const message = describeFsError(error);
    return new Error(message.includes(NOTHING_WRITTEN) ? message : `${message}\n${NOTHING_WRITTEN}`, { cause: error });
  }
  if (!isBug(error)) {
    const plain = error as Error & { code?: unknown };
    if (typeof plain.code === 'string') delete plain.code;
    return plain;
  }
  const original = error instanceof Error ? error : new Error(String(error));
  const reported = new Error(
    `Internal error in generator-mcp-python: ${original.message}\n` +
      'This is a bug in the generator, not in your project: please report it with the command you ran and its output with --debug.',
    { cause: original },
  );
  reported.stack = `${reported.message}\n${original.stack ?? ''}`;
  return reported;
}
