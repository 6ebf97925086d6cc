// `mcp-python [command] [arguments] [options]`: the generators without `yo`. Each command runs its
// generator through yeoman-environment, registered directly (no lookup of installed generators), with
// the same arguments, flags, questions, conflict prompt and exit codes as `yo mcp-python:<command>`.
// yeoman-environment is imported only once the command is known: it is most of the start-up time.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMANDS, namespaceOf, route } from '../commands.js';
import { dropTaskErrorLine } from '../yeoman-internals.js';

const HELP = new Set(['--help', '-h']);
/** Tells the generators they run under this command (for usage lines); not a flag anyone types. */
const DIRECT = { directCommand: true } as Record<string, unknown>;

/** Arguments before a bare `--`. */
function beforeSeparator(args: readonly string[]): readonly string[] {
  const end = args.indexOf('--');
  return end < 0 ? args : args.slice(0, end);
}

/**
 * `--env KEY=VALUE` as `--env-var KEY=VALUE`: Yeoman keeps its environment object in the option `env`,
 * so under yo the pairs are read from the command line (lib/command-line.ts), and here they are handed
 * over as the option the generators declare for them.
 */
export function translateEnvFlags(args: readonly string[]): string[] {
  const end = args.indexOf('--');
  return args.map((arg, index) => {
    if (end >= 0 && index >= end) return arg;
    if (arg === '--env') return '--env-var';
    return arg.startsWith('--env=') ? `--env-var=${arg.slice('--env='.length)}` : arg;
  });
}

/** The list of commands, shown above the app's own help by `mcp-python --help`. */
export function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: mcp-python [command] [arguments] [options]',
    '',
    'Scaffold and grow Python MCP servers. Without a command, creates a project (the app command).',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    '`mcp-python <command> --help` lists the options of each command.',
  ].join('\n');
}

/**
 * Adds `skipInstall` beside the parsed `skip-install`, as `yo` passes every flag in both spellings:
 * the generators and the environment read the camelCase one.
 */
export function withCamelCaseFlags(options: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(options)) {
    const camel = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    if (camel !== name && options[camel] === undefined) options[camel] = value;
  }
}

/** The package's version, from the nearest package.json above this file (dist/generators/lib/cli/ or generators/lib/cli/). */
function version(): string {
  const folders = ['../../../', '../../../../'].map((up) => fileURLToPath(new URL(`${up}package.json`, import.meta.url)));
  const manifest = folders.find((file) => existsSync(file)) ?? folders[0]!;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** A command's generator for yeoman-environment: a file to load, or (the unit tests') a class and its path. */
export type GeneratorSource = string | { Generator: unknown; resolved: string };

/** The built generator beside this file (dist/generators/<name>/index.js). */
const builtGenerator = async (name: string): Promise<GeneratorSource> => fileURLToPath(new URL(`../../${name}/index.js`, import.meta.url));

/** Runs the command line `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[], generatorOf = builtGenerator): Promise<number> {
  if (argv[0] === '--version') {
    console.log(version());
    return 0;
  }
  const { command, rest } = route(argv);
  const namespace = namespaceOf(command);
  const { createEnv } = await import('yeoman-environment');
  const env = createEnv();
  dropTaskErrorLine(env.adapter);
  const source = await generatorOf(command.name);
  if (typeof source === 'string') env.register(source, { namespace });
  else env.register(source.Generator, { namespace, resolved: source.resolved });
  try {
    if (beforeSeparator(rest).some((arg) => HELP.has(arg))) {
      const generator = await env.create(namespace, { generatorArgs: [], generatorOptions: { ...DIRECT, help: true } });
      const help = (generator as unknown as { help(): string }).help();
      console.log(argv[0] === command.name ? help : `${overview()}\n\n${help}`);
      return 0;
    }
    const generator = await env.create(namespace, { generatorArgs: translateEnvFlags(rest), generatorOptions: DIRECT });
    withCamelCaseFlags((generator as unknown as { options: Record<string, unknown> }).options);
    await env.runGenerator(generator);
    return 0;
  } catch (error) {
    // As `yo` does: the message alone, and the error's own exit code when it has one.
    console.error(error instanceof Error ? error.message : String(error));
    const code = (error as { code?: unknown }).code;
    return typeof code === 'number' && code > 0 ? code : 1;
  }
}
