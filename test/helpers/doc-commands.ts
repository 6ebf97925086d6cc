// The shell commands a Markdown page documents, as the docs tests run them: every ```sh, ```bash,
// ```shell and ```console block (in a console block, the `$ ` lines), continuation lines joined.
// A command the machine cannot run is marked in the Markdown itself, always with the reason:
//   <!-- not-run: why -->   on the line before a block, or right after its closing fence (where
//                            a page must open with the block itself): none of its commands runs;
//   <!-- not-run `command`: why -->   there too: that one command of the block is not run;
//   command  # not-run: why  on one command;
//   command  # serves: what  a server that runs until stopped: it must stay up, then stop on SIGTERM.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ran } from './processes.js';

export interface DocCommand {
  /** 1-based line of the command in its file. */
  line: number;
  text: string;
  /** Why it is not run: set when marked `not-run` ('' when the mark gives no reason). */
  notRun?: string;
  /** What it serves: set when marked `serves`. */
  serves?: string;
}

export interface DocBlock {
  file: string;
  line: number;
  commands: DocCommand[];
}

const FENCE = /^\s*```(sh|bash|shell|console)\s*$/;
const FENCE_END = /^\s*```\s*$/;
const BLOCK_MARK = /^\s*<!--\s*not-run(?:\s+`([^`]+)`)?:(.*?)-->\s*$/;
const LINE_MARK = /\s#\s*(not-run|serves):(.*)$/;

export function shellBlocks(markdown: string, file: string): DocBlock[] {
  const lines = markdown.split('\n');
  const blocks: DocBlock[] = [];
  // The marks on the lines just before (or just after) a block: by command text, '' for the whole block.
  let marks = new Map<string, string>();
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index] as string;
    const mark = BLOCK_MARK.exec(text);
    if (mark) {
      marks.set(mark[1] ?? '', (mark[2] as string).trim());
      continue;
    }
    const fence = FENCE.exec(text);
    if (!fence) {
      if (text.trim() !== '') marks = new Map();
      continue;
    }
    const body: Array<{ line: number; text: string }> = [];
    for (index++; index < lines.length && !FENCE_END.test(lines[index] as string); index++) {
      body.push({ line: index + 1, text: lines[index] as string });
    }
    const commands = joinCommands(fence[1] === 'console' ? prompted(body) : body);
    for (let after = BLOCK_MARK.exec(lines[index + 1] ?? ''); after; after = BLOCK_MARK.exec(lines[index + 1] ?? '')) {
      marks.set(after[1] ?? '', (after[2] as string).trim());
      index++;
    }
    for (const [target, reason] of marks) {
      const marked = commands.filter(command => target === '' || withoutComment(command.text) === target);
      // A mark naming no command of its block is a stale mark: reported as one without a reason.
      if (marked.length === 0) commands.push({ line: body[0]?.line ?? index, text: target, notRun: '' });
      for (const command of marked) command.notRun ??= reason;
    }
    blocks.push({ file, line: body[0]?.line ?? index, commands });
    marks = new Map();
  }
  return blocks;
}

/** A console block's commands: the `$ ` lines (and their continuations); the rest is output. */
function prompted(body: Array<{ line: number; text: string }>): Array<{ line: number; text: string }> {
  const kept: Array<{ line: number; text: string }> = [];
  let continuing = false;
  for (const entry of body) {
    if (entry.text.startsWith('$ ')) kept.push({ ...entry, text: entry.text.slice(2) });
    else if (continuing) kept.push(entry);
    continuing = (entry.text.startsWith('$ ') || continuing) && entry.text.endsWith('\\');
  }
  return kept;
}

function joinCommands(body: Array<{ line: number; text: string }>): DocCommand[] {
  const commands: DocCommand[] = [];
  let pending: { line: number; text: string } | undefined;
  for (const entry of body) {
    const text = pending ? `${pending.text}\n${entry.text}` : entry.text;
    const line = pending?.line ?? entry.line;
    if (text.endsWith('\\')) {
      pending = { line, text };
      continue;
    }
    pending = undefined;
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    commands.push(withMark({ line, text }));
  }
  return commands;
}

/** The command without its trailing `# comment` (what a mark naming a command is compared with). */
function withoutComment(text: string): string {
  return text.replace(/\s+#\s.*$/, '').trim();
}

function withMark(command: DocCommand): DocCommand {
  const mark = LINE_MARK.exec(command.text);
  if (!mark) return command;
  const reason = (mark[2] as string).trim();
  return mark[1] === 'not-run' ? { ...command, notRun: reason } : { ...command, serves: reason };
}

/** How long a `serves` command must stay up before it is stopped. */
export const SERVE_SECONDS = 20;

/**
 * One bash script for a block: its commands in order, stopping at the first failure; a `serves`
 * command runs in a private network namespace (its fixed port collides with nothing), must still be
 * running after SERVE_SECONDS (or have ended cleanly, as a stdio server does when its input ends),
 * and must then stop on SIGTERM with status 143. The folder the script ends in and its exported
 * variables are written to `$DOCS_STATE` and `$DOCS_STATE.env`, so that the page's next block starts
 * where it ended, as in one terminal (`cd my-server`, `export PATH=…` carry over).
 */
export function blockScript(block: DocBlock): string {
  const lines = [
    'set -e',
    '[ ! -f "$DOCS_STATE.env" ] || . "$DOCS_STATE.env"',
    'trap \'pwd > "$DOCS_STATE"; export -p > "$DOCS_STATE.env"\' EXIT',
  ];
  for (const command of block.commands) {
    if (command.notRun !== undefined) continue;
    lines.push(`echo ${quote(`$ ${command.text.split('\n').join(' ')}`)} >&2`);
    lines.push(command.serves === undefined ? command.text : servesScript(command.text));
  }
  return `${lines.join('\n')}\n`;
}

function servesScript(text: string): string {
  const inside = `ip link set lo up && ${text}`;
  return [
    `status=0; timeout --preserve-status -s TERM ${SERVE_SECONDS} unshare -rn bash -c ${quote(inside)} </dev/null || status=$?`,
    'case $status in 0|143) ;; *) echo "the server stopped with status $status" >&2; exit 1 ;; esac',
  ].join('\n');
}

function quote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** Runs a script file in a folder (as whichever user the caller chooses) with these extra variables. */
export type ScriptRunner = (script: string, cwd: string, env: Record<string, string>) => Ran;

export interface PageRun {
  /** The commands run, in order. */
  ran: DocCommand[];
  /** The folder the last block ended in. */
  cwd: string;
}

/**
 * Runs a page's blocks in order, each as one bash script (see blockScript): a block starts in the
 * folder, and with the exported variables, the previous one ended with (the first in `start`). `scratch` holds the scripts and the state file; the first failing block throws with its output.
 */
export function runBlocks(blocks: DocBlock[], start: string, scratch: string, runScript: ScriptRunner): PageRun {
  const state = join(scratch, 'cwd');
  const ran: DocCommand[] = [];
  let cwd = start;
  for (const [index, block] of blocks.entries()) {
    const runnable = block.commands.filter(command => command.notRun === undefined);
    if (runnable.length === 0) continue;
    const script = join(scratch, `block-${index}.sh`);
    writeFileSync(script, blockScript(block), { mode: 0o644 });
    const result = runScript(script, cwd, { DOCS_STATE: state });
    if (result.status !== 0) {
      const output = `${result.stdout}\n${result.stderr}`.slice(-6000);
      throw new Error(`${block.file}:${block.line}: the block failed (exit ${result.status}) in ${cwd}:\n${output}`);
    }
    cwd = readFileSync(state, 'utf8').trim();
    ran.push(...runnable);
  }
  return { ran, cwd };
}

/** What npm adds to a script's environment: it is not a reader's shell (npm's user config /root/.npmrc among it). */
const FROM_NPM = /^(npm_|INIT_CWD$|NODE$)/i;

/**
 * `env -i … bash script`: a block runs in this machine's environment (its certificates and proxies,
 * say) as a reader's fresh shell has it, without what `npm test` added (its `npm_*` variables and
 * `node_modules/.bin` on the PATH), with `env` on top.
 */
export function inCleanEnv(script: string, env: Record<string, string>): [command: string, args: string[]] {
  const machine = Object.entries(process.env).filter(([key]) => !FROM_NPM.test(key));
  const path = (env['PATH'] ?? process.env['PATH'] ?? '/usr/bin:/bin').split(':').filter(folder => !folder.endsWith('node_modules/.bin')).join(':');
  const all = { ...Object.fromEntries(machine), LANG: 'C.UTF-8', NO_UPDATE_NOTIFIER: '1', ...env, PATH: path };
  return ['env', ['-i', ...Object.entries(all).map(([key, value]) => `${key}=${value}`), 'bash', script]];
}
