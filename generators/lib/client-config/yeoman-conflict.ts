// Yeoman's own conflict prompt ("Overwrite …? (ynaxdH)", with its diff view) for one file we then write
// ourselves.
//
// Why not `this.fs.write()` and let the environment commit it: mem-fs commits with a plain
// `fs.writeFile`, which truncates the file and then writes it. A crash in between leaves the user's
// client config empty or half written, and there is no hook between the conflict decision and that
// write where a backup could be taken. So the config never enters mem-fs: the generator asks this same
// Conflicter class the environment uses (same adapter, same prompt, same --force and dry-run rules),
// and on "yes" makes the backup and the atomic write itself.
import type { InputOutputAdapter } from '@yeoman/adapter/types';
import { Conflicter, type ConflicterFile } from '@yeoman/conflicter';
import { dirname } from 'node:path';

export interface ConflictOptions {
  force: boolean;
  dryRun: boolean;
}

/** True when the user (or --force) agrees to replace `file`'s content with `content`. */
export async function confirmOverwrite(
  adapter: InputOutputAdapter,
  file: string,
  content: string,
  options: ConflictOptions,
): Promise<boolean> {
  const conflicter = new Conflicter(adapter, { force: options.force, dryRun: options.dryRun, cwd: dirname(file) });
  const candidate = { path: file, contents: Buffer.from(content, 'utf8') } as unknown as ConflicterFile;
  const checked = await conflicter.checkForCollision(candidate);
  return checked.conflicter === 'force' || checked.conflicter === 'create';
}
