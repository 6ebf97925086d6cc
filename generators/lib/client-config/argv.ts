// `--env KEY=VALUE` straight from the command line. Yeoman hands every generator its environment object
// under the option name `env`, which hides a user's `--env` flag from `this.options`; so the pairs are
// read from argv, and only when this generator is the one named on the command line.

/** Values of `--env X` and `--env=X` after `namespace` in `argv`; none when `namespace` is not there. */
export function envPairsFromArgv(argv: readonly string[], namespace: string | undefined): string[] {
  const start = namespace === undefined ? -1 : argv.findIndex(arg => arg === namespace || arg.endsWith(`:${namespace.split(':').pop()}`));
  if (start < 0) return [];
  const pairs: string[] = [];
  for (let i = start + 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg.startsWith('--env=')) pairs.push(arg.slice('--env='.length));
    else if (arg === '--env' && i + 1 < argv.length) pairs.push(argv[++i]!);
  }
  return pairs;
}
