// One line for each file-system error a run can meet (lib/fs-errors.ts): the file, the problem and the
// fix, and what becomes of refusals and of bugs. Errors are made as Node makes them (code, path, syscall).
import assert from 'node:assert/strict';
import { describeFsError, forTheUser, isFsError } from '../../generators/lib/fs-errors.js';

const fsError = (code: string, fields: Record<string, string> = { path: '/p/server.py', syscall: 'open' }) =>
  Object.assign(new Error(`${code}: failed`), { code, ...fields });

describe('file-system errors, for the user', () => {
  it('names the call, the file and the fix for every error a run can meet', () => {
    const fixes: Record<string, string> = {
      EACCES: 'permission denied. Make it writable (for example `chmod u+w "/p/server.py"`, or its folder), then run again.',
      EPERM: 'permission denied. Make it writable (for example `chmod u+w "/p/server.py"`, or its folder), then run again.',
      EROFS: 'the file system is read-only. Run this where the files can be written.',
      EISDIR: 'it is a folder, where a file was expected. Move the folder away or name a file instead.',
      ENOTDIR: 'part of the path is a file, where a folder was expected. Correct the path.',
      ENOENT: 'it does not exist (or a folder on the way is missing). Correct the path, or create the folder.',
      ENOSPC: 'the disk is full. Free some space, then run again.',
      EDQUOT: 'the disk is full. Free some space, then run again.',
      ELOOP: 'it is a loop of symbolic links. Point the link at a real file.',
      EMFILE: 'too many files are open. Close some programs, then run again.',
      ENFILE: 'too many files are open. Close some programs, then run again.',
      EBUSY: 'the system reported EBUSY. Check the file and its folder, then run again.',
    };
    for (const [code, fix] of Object.entries(fixes)) assert.equal(describeFsError(fsError(code)), `Cannot open /p/server.py: ${fix}`, code);
  });

  it('falls back to the destination, then to "a file", and to "use" without a call', () => {
    assert.equal(describeFsError(fsError('EROFS', { dest: '/p/new.py', syscall: 'rename' })), 'Cannot rename /p/new.py: the file system is read-only. Run this where the files can be written.');
    assert.equal(describeFsError(fsError('EROFS', {})), 'Cannot use a file: the file system is read-only. Run this where the files can be written.');
  });

  it('tells file-system errors from others by their E-code', () => {
    assert.equal(isFsError(fsError('ENOENT')), true);
    assert.equal(isFsError(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' })), false);
    assert.equal(isFsError(Object.assign(new Error('x'), { code: 2 })), false);
    assert.equal(isFsError({ code: 'ENOENT' }), false);
  });

  it('a file-system error: one line and "Nothing was written.", without a string code for yo to exit with', () => {
    const error = forTheUser(fsError('EACCES'));
    assert.equal(error.message, 'Cannot open /p/server.py: permission denied. Make it writable (for example `chmod u+w "/p/server.py"`, or its folder), then run again.\nNothing was written.');
    assert.equal((error as { code?: unknown }).code, undefined);
  });

  it('a refusal stays itself, without its string code; a bug asks to be reported and keeps its stack', () => {
    const refusal = Object.assign(new Error('Give the tool a name.'), { code: 'ERR_NAME_TAKEN' });
    assert.equal(forTheUser(refusal), refusal);
    assert.equal((refusal as { code?: unknown }).code, undefined);
    const bug = forTheUser(new TypeError('x is undefined'));
    assert.equal(bug.message, 'Internal error in generator-mcp-python: x is undefined\nThis is a bug in the generator, not in your project: please report it with the command you ran and its output with --debug.');
    assert.ok(bug.stack?.startsWith(`${bug.message}\nTypeError: x is undefined\n`), bug.stack);
    assert.match(forTheUser('thrown text').message, /^Internal error in generator-mcp-python: thrown text\n/);
  });
});
