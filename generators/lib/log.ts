// Warnings through the one logger method every Yeoman host has: Yeoman UI's logger lacks `ok`,
// `colored` and `warn`, so plain `log()` with a marked prefix is what works everywhere.
import chalk from 'chalk';

type Log = (message: string) => unknown;

export function warning(log: Log, message: string): void {
  log(`${chalk.yellow('warning')} ${message}`);
}
