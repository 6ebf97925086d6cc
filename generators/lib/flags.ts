// Unknown flags stop a run before anything is written, naming the closest known flag: a misspelled
// `--transprt` must not quietly generate a stdio project. Yeoman's parser keeps any flag it does not
// know, so the flags the user typed are read back from the command line and compared with the
// generator's declared options (Yeoman's own and yo's included).
import { refuse } from './errors.js';

/** What `yo` itself reads (its usage text: --force is one of them), and `--env`, which client-config reads from the command line. */
const OUTSIDE_FLAGS = ['help', 'force', 'version', 'color', 'generators', 'local-only', 'debug', 'environment-version', 'insight', 'env'];

export interface KnownOption {
  name: string;
  alias?: string;
}

/** `--skipInstall` and `--skip-install` are one flag to Yeoman. */
function dashed(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The flag names (without dashes, `no-` kept) typed in `tokens`, up to a bare `--`. */
export function flagNames(tokens: readonly string[]): string[] {
  const names: string[] = [];
  for (const token of tokens) {
    if (token === '--') break;
    if (/^--[^-]/.test(token)) names.push(dashed(token.slice(2).split('=')[0] as string));
    else if (/^-[^-\d]/.test(token)) names.push(...token.slice(1).split('=')[0]!.split(''));
  }
  return names;
}

/**
 * The tokens after this generator's name on the process's command line: `yo mcp-python:tool x --y`
 * gives `x --y`, and `yo mcp-python x` counts for `mcp-python:app`. None when the name is not there
 * (Yeoman UI, tests, the direct command, which hands its flags over as arguments).
 */
export function tokensAfterNamespace(namespace: string | undefined, argv: readonly string[] = process.argv): string[] {
  if (namespace === undefined) return [];
  const short = namespace.endsWith(':app') ? namespace.slice(0, -':app'.length) : namespace;
  const start = argv.findIndex((token) => token === namespace || token === short);
  return start < 0 ? [] : argv.slice(start + 1);
}

/** Levenshtein distance: how many single-letter edits turn `a` into `b`. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The known flag closest to `name`, when it is close enough to be a misspelling. */
export function closestFlag(name: string, known: readonly string[]): string | undefined {
  let best: { flag: string; score: number } | undefined;
  for (const flag of known) {
    const score = distance(name, flag);
    if (best === undefined || score < best.score) best = { flag, score };
  }
  const tolerance = Math.max(2, Math.floor(name.length / 3));
  return best !== undefined && best.score <= tolerance ? best.flag : undefined;
}

/** The problem with the first unknown flag among `given`, or undefined when every one is known. */
export function unknownFlagProblem(given: readonly string[], options: readonly KnownOption[], helpCommand: string): string | undefined {
  const names = [...options.map((option) => option.name), ...OUTSIDE_FLAGS];
  const known = new Set([...names, ...options.flatMap((option) => (option.alias === undefined ? [] : [option.alias]))]);
  for (const flag of given) {
    const bare = flag.startsWith('no-') ? flag.slice(3) : flag;
    if (known.has(flag) || known.has(bare)) continue;
    const spelled = flag.length === 1 ? `-${flag}` : `--${flag}`;
    const guess = closestFlag(bare, names);
    const hint = guess === undefined ? '' : ` Did you mean --${guess}?`;
    return `Unknown option ${spelled}.${hint} \`${helpCommand} --help\` lists the options.`;
  }
  return undefined;
}

/** What a generator exposes for the check: its raw arguments, namespace and declared options. */
export interface FlagSource {
  _args: readonly string[];
  _namespace: string;
  _options: Readonly<Record<string, KnownOption>>;
}

/** Refuses the first unknown flag given to `generator`, from its arguments or after its name on the command line. */
export function rejectUnknownFlags(generator: FlagSource, helpCommand: string, argv: readonly string[] = process.argv): void {
  const given = [...flagNames(generator._args), ...flagNames(tokensAfterNamespace(generator._namespace, argv))];
  const problem = unknownFlagProblem(given, Object.values(generator._options), helpCommand);
  if (problem !== undefined) refuse(problem);
}
