// `--help` for every generator, under `yo` and under the direct `mcp-python` command: the usage line as
// the user types it, our options first, Yeoman's internal ones left out, descriptions wrapped.
import type { FlagSource } from './flags.js';

/** Yeoman's own options that mean nothing for a Python project (still accepted, never listed). */
const UNLISTED = new Set(['skip-cache', 'force-install', 'ask-answered']);
/** Yeoman declares these before the generator's own options; they are listed after them. */
const LISTED_LAST = ['skip-install'];

export interface HelpOption {
  name: string;
  alias?: string;
  type?: unknown;
  description?: string;
  hide?: boolean;
}

export interface HelpArgument {
  name: string;
  description?: string;
  required?: boolean;
}

export interface HelpInput {
  /** The command as typed: `yo mcp-python:tool` or `mcp-python tool`. */
  command: string;
  description: string;
  arguments: readonly HelpArgument[];
  options: readonly HelpOption[];
  /** Options this generator accepts but does not list. */
  unlisted?: readonly string[];
  width?: number;
}

/** `mcp-python:tool` as typed: `yo mcp-python:tool`, or `mcp-python tool` for the direct command. */
export function commandFor(namespace: string, direct: boolean): string {
  const [base, sub = 'app'] = namespace.split(':');
  if (direct) return sub === 'app' ? `${base}` : `${base} ${sub}`;
  return sub === 'app' ? `yo ${base}` : `yo ${namespace}`;
}

/** `text` in lines of at most `width` characters, broken at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function optionLabel(option: HelpOption): string {
  const alias = option.alias === undefined ? '    ' : `-${option.alias}, `;
  const value = option.type === Boolean ? '' : option.name === 'param' || option.name === 'arg' ? ' <value>...' : ' <value>';
  return `${alias}--${option.name}${value}`;
}

function table(rows: ReadonlyArray<[string, string]>, width: number): string[] {
  const labelWidth = Math.min(30, Math.max(...rows.map(([label]) => label.length)));
  const indent = ' '.repeat(labelWidth + 4);
  const textWidth = Math.max(30, width - indent.length);
  return rows.flatMap(([label, text]) => {
    const lines = wrap(text, textWidth);
    if (label.length > labelWidth) return [`  ${label}`, ...lines.map((line) => indent + line)];
    return [`  ${label.padEnd(labelWidth)}  ${lines[0] ?? ''}`.trimEnd(), ...lines.slice(1).map((line) => indent + line)];
  });
}

export function helpText(input: HelpInput): string {
  const width = Math.min(input.width ?? 100, 100);
  const unlisted = new Set([...UNLISTED, ...(input.unlisted ?? [])]);
  const args = input.arguments.map((argument) => (argument.required === true ? `<${argument.name}>` : `[${argument.name}]`));
  const listed = input.options
    .filter((option) => option.hide !== true && !unlisted.has(option.name) && option.name !== 'help')
    .sort((a, b) => Number(LISTED_LAST.includes(a.name)) - Number(LISTED_LAST.includes(b.name)));
  const out = [`Usage: ${[input.command, ...args].join(' ')} [options]`, ''];
  if (input.description !== '') out.push(...wrap(input.description, width), '');
  if (input.arguments.length > 0) {
    out.push('Arguments:', ...table(input.arguments.map((argument) => [argument.name, argument.description ?? '']), width), '');
  }
  const rows = listed.map((option): [string, string] => [optionLabel(option), option.description ?? '']);
  rows.push(['-h, --help', 'Print this help']);
  out.push('Options:', ...table(rows, width));
  return out.join('\n');
}

/** A generator as help needs it. */
export interface HelpSource extends FlagSource {
  _arguments: readonly HelpArgument[];
  description: string;
  _options: Readonly<Record<string, HelpOption>>;
}

/** The help of `generator`, typed as `command`. */
export function generatorHelp(generator: HelpSource, command: string, unlisted: readonly string[] = []): string {
  return helpText({
    command,
    description: generator.description,
    arguments: generator._arguments,
    options: Object.values(generator._options),
    unlisted,
    width: process.stdout.columns,
  });
}
