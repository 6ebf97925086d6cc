// Every place the generators rely on something Yeoman does not document (or on its packages' own
// helpers, such as mem-fs-editor's file states), kept together so that an upgrade has one file to
// check. Each is covered by a test (test/unit/yeoman-internals.test.ts and the conflict tests), and
// @yeoman/conflicter is pinned in package.json to the range those tests ran on.
import type { Conflicter } from '@yeoman/conflicter';
import { clearFileState, isFilePending, setCommittedFile } from 'mem-fs-editor/state';

/**
 * Silences a Conflicter's status lines ("create", "force"): we ask before anything enters mem-fs, and
 * the environment's commit prints those lines itself. `log` is private in Conflicter's type.
 */
export function silenceConflicterLog(conflicter: Conflicter): void {
  (conflicter as unknown as { log: () => void }).log = () => {};
}

type MaybeAdapter = { constructor?: { name?: string }; actualAdapter?: unknown; stdin?: { isTTY?: boolean } } | undefined;

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

/** A file in the run's mem-fs store, as the commit needs it. */
export interface PendingFile {
  path: string;
  contents?: Buffer | null;
}

interface MemFsStore {
  all(): PendingFile[];
}

/** The files of the run's mem-fs store that still wait to be written (or deleted). */
export function pendingFiles(store: unknown): PendingFile[] {
  return (store as MemFsStore).all().filter((file) => isFilePending(file as never));
}

/** Marks a file as written, as mem-fs-editor's own commit does, so nothing writes it a second time. */
export function setCommitted(file: PendingFile): void {
  setCommittedFile(file as never);
  clearFileState(file as never);
}

/** Whether a generator already in the run offers `feature` (the environment's findFeature). */
export function runHasFeature(env: unknown, feature: string): boolean {
  const found = (env as { findFeature?: (name: string) => unknown[] }).findFeature?.(feature);
  return Array.isArray(found) && found.length > 0;
}

/** Whether the stream a terminal adapter reads answers from is a terminal (TerminalAdapter's `stdin`). */
export function terminalInputIsTTY(adapter: unknown): boolean {
  const candidate = adapter as MaybeAdapter;
  if (candidate?.constructor?.name === 'QueuedAdapter') return terminalInputIsTTY(candidate.actualAdapter);
  return (candidate?.stdin ?? process.stdin).isTTY === true;
}

/**
 * Waits until a QueuedAdapter has printed every line logged so far: when a task then throws, the
 * environment aborts the adapter and drops whatever is still queued.
 */
export async function flushLog(adapter: unknown): Promise<void> {
  await (adapter as { onIdle?: () => Promise<void> }).onIdle?.();
}

/**
 * Drops the "An error occured while running mcp-python:tool#prompting" line that yeoman-generator logs
 * before every failing task: the direct command prints the error's own message, which says what to do.
 */
export function dropTaskErrorLine(adapter: unknown): void {
  const log = (adapter as { log?: { error?: (...args: unknown[]) => unknown } }).log;
  const error = log?.error;
  if (log === undefined || error === undefined) return;
  log.error = (...args: unknown[]) => (/^An error occured while running /.test(String(args[0])) ? log : error.apply(log, args));
}

/**
 * The file and the parser's words when Yeoman's storage could not read a `.yo-rc.json` (it reads it in
 * the generator's constructor, before any task): mem-fs-editor's readJSON message, or the Storage's
 * own for JSON that is not an object. Undefined for any other error.
 */
export function unreadableStorage(error: unknown): { file: string; detail?: string } | undefined {
  const message = error instanceof Error ? error.message : '';
  const parse = /^Could not parse JSON in file: (.+\.yo-rc\.json)\. Detail: (.*)$/s.exec(message);
  if (parse !== null) return { file: parse[1] as string, detail: parse[2] as string };
  const shape = /^(.+\.yo-rc\.json) is not a valid Storage$/.exec(message);
  return shape === null ? undefined : { file: shape[1] as string, detail: 'it is JSON, but not an object' };
}
