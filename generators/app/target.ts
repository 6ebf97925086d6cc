// Where the project goes: ./<name>, or the current folder for ".". Either must be new or empty.
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { recoverAbandoned } from '../lib/lock.js';

export interface Target {
  folder: string;
  projectName: string;
}

export function resolveTarget(cwd: string, name: string): Target {
  return name === '.' ? { folder: resolve(cwd), projectName: basename(resolve(cwd)) } : { folder: resolve(cwd, name), projectName: name };
}

/** Why the project cannot be written into `folder`, or undefined when it can. */
export function targetProblem(folder: string): string | undefined {
  if (!existsSync(folder)) return unwritableProblem(folder);
  if (!statSync(folder).isDirectory()) return `${folder} exists and is a file. Choose another project name.`;
  // A scaffold killed midway left its journal: undo it, and the folder is as empty as before.
  if (recoverAbandoned(folder)) {
    return `Another mcp-python run is creating a project in ${folder}. Let it finish, or choose another project name.`;
  }
  const entries = readdirSync(folder);
  if (entries.length === 0) return unwritableProblem(folder);
  const shown = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
  return `${folder} already exists and is not empty (${shown}). Choose another project name, or empty that folder first.`;
}

/** Why the project's files could not be created at `folder` (its nearest existing folder is read-only). */
function unwritableProblem(folder: string): string | undefined {
  let existing = folder;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    accessSync(existing, constants.W_OK | constants.X_OK);
    return undefined;
  } catch {
    return `${existing} is not writable, so the project cannot be created there. Choose a folder you may write to, or make it writable.`;
  }
}
