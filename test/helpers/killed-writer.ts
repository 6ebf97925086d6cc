// A run killed in the middle of a change, for the fault tests: takes the lock on `argv[2]`, then writes
// the files named in argv[3] (JSON: [{path, content}]) and SIGKILLs itself right after the first rename.
import * as fs from 'node:fs';
import { acquireLock } from '../../generators/lib/lock.js';
import { type PlannedFile, writeTogether } from '../../generators/lib/transaction.js';

const [lockFolder, plan] = process.argv.slice(2) as [string, string];
const files = JSON.parse(plan) as PlannedFile[];
const lock = await acquireLock(lockFolder, { what: 'the test project' });
let renames = 0;
const dying = {
  ...fs,
  renameSync: (from: fs.PathLike, to: fs.PathLike) => {
    fs.renameSync(from, to);
    // The journal's own rename comes first; then one of the files; then the kill.
    if (++renames === 2) process.kill(process.pid, 'SIGKILL');
  },
};
writeTogether(files, { journal: lock.folder, fs: dying });
