// `--env KEY=VALUE`, as `claude mcp add` spells it. Yeoman hands every generator its environment object
// under the option name `env`, which hides a user's `--env` flag from `this.options`; and `yo` keeps
// the flags it parsed to itself. So the pairs are read here, from the command line the process was
// started with, and only after the generator's own namespace on it. Yeoman UI's process has no such
// command line, so there the pairs come from the `env-var` option alone.

/** Values of `--env X` and `--env=X` after the argument `namespace` in `argv`; none when it is not there. */
export function envPairsFromCommandLine(namespace: string | undefined, argv: readonly string[] = process.argv): string[] {
  const start = namespace === undefined ? -1 : argv.indexOf(namespace);
  if (start < 0) return [];
  const pairs: string[] = [];
  for (let i = start + 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') break;
    if (arg.startsWith('--env=')) pairs.push(arg.slice('--env='.length));
    else if (arg === '--env' && i + 1 < argv.length) pairs.push(argv[++i] as string);
  }
  return pairs;
}
