// Every place the generators rely on something Yeoman does not document, kept together so that an
// upgrade has one file to check. Each is covered by a test (test/unit/yeoman-internals.test.ts and the
// conflict tests), and @yeoman/conflicter is pinned in package.json to the range those tests ran on.
import type { Conflicter } from '@yeoman/conflicter';

/**
 * Silences a Conflicter's status lines ("create", "force"): we ask before anything enters mem-fs, and
 * the environment's commit prints those lines itself. `log` is private in Conflicter's type.
 */
export function silenceConflicterLog(conflicter: Conflicter): void {
  (conflicter as unknown as { log: () => void }).log = () => {};
}

/**
 * Marks a file in mem-fs as already agreed to (the state the environment's conflict check sets for
 * `--force`), so the commit does not ask about it a second time.
 */
export function markAgreed(file: object | undefined): void {
  if (file !== undefined) (file as { conflicter?: string }).conflicter = 'force';
}

type MaybeAdapter = { constructor?: { name?: string }; actualAdapter?: unknown } | undefined;

/**
 * True when prompts go to the terminal `yo` runs in (not Yeoman UI, not a test adapter). Neither
 * adapter says what it is, so the class names tell: `yo` wraps a TerminalAdapter in a QueuedAdapter.
 */
export function isTerminalAdapter(adapter: unknown): boolean {
  const candidate = adapter as MaybeAdapter;
  const name = candidate?.constructor?.name;
  if (name === 'QueuedAdapter') return isTerminalAdapter(candidate?.actualAdapter);
  return name === 'TerminalAdapter';
}
