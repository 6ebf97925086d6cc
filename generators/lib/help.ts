// `--help` for every generator, under `yo` and under the direct `mcp-python` command: the usage line as
// the user types it, our options first, Yeoman's internal ones left out, descriptions wrapped, then the
// generator's USAGE file (worked examples), its commands spelled as the user typed this one.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
  /** See OptionDefinition (lib/asker.ts). */
  defaultText?: string;
  question?: string;
}

export interface HelpArgument {
  name: string;
  description?: string;
  required?: boolean;
  /** The question asked for it when it is not given, if any. */
  question?: string;
}

export interface HelpInput {
  /** The command as typed: `yo mcp-python:tool` or `mcp-python tool`. */
  command: string;
  description: string;
  arguments: readonly HelpArgument[];
  options: readonly HelpOption[];
  /** Options this generator accepts but does not list. */
  unlisted?: readonly string[];
  /** The generator's USAGE file: worked examples, shown last. */
  examples?: string;
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

/** The options `--help` lists, in its order: ours first, Yeoman's internal ones left out. */
export function listedOptions(options: readonly HelpOption[], unlisted: readonly string[] = []): HelpOption[] {
  const hidden = new Set([...UNLISTED, ...unlisted]);
  return options
    .filter((option) => option.hide !== true && !hidden.has(option.name) && option.name !== 'help')
    .sort((a, b) => Number(LISTED_LAST.includes(a.name)) - Number(LISTED_LAST.includes(b.name)));
}

/** Description and default as one line of text (the reference pages put them in two columns). */
function optionText(option: HelpOption): string {
  const text = option.description ?? '';
  return option.defaultText === undefined ? text : `${text} (default: ${option.defaultText})`;
}

/** A terminal shows no code formatting: the backticks of the Markdown-light descriptions go. */
function plain(text: string): string {
  return text.replaceAll('`', '');
}

/** `text` (a USAGE file, written for yo) with each `yo mcp-python[:sub]` as the direct command spells it. */
export function spelledFor(text: string, direct: boolean): string {
  if (!direct) return text;
  return text.replace(/\byo mcp-python(?::([a-z-]+))?/g, (_, sub: string | undefined) => commandFor(`mcp-python:${sub ?? 'app'}`, true));
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
  const args = input.arguments.map((argument) => (argument.required === true ? `<${argument.name}>` : `[${argument.name}]`));
  const listed = listedOptions(input.options, input.unlisted);
  const out = [`Usage: ${[input.command, ...args].join(' ')} [options]`, ''];
  if (input.description !== '') out.push(...wrap(input.description, width), '');
  if (input.arguments.length > 0) {
    out.push('Arguments:', ...table(input.arguments.map((argument) => [argument.name, plain(argument.description ?? '')]), width), '');
  }
  const rows = listed.map((option): [string, string] => [optionLabel(option), plain(optionText(option))]);
  rows.push(['-h, --help', 'Print this help']);
  out.push('Options:', ...table(rows, width));
  if (input.examples !== undefined) out.push('', input.examples.trimEnd());
  return out.join('\n');
}

/** A generator as help needs it. */
export interface HelpSource extends FlagSource {
  _arguments: readonly HelpArgument[];
  description: string;
  _options: Readonly<Record<string, HelpOption>>;
  sourceRoot(): string;
}

/**
 * The generator's USAGE file, where Yeoman's own help looks for it: beside the generator's module
 * (dist/generators/<name>/USAGE once built, generators/<name>/USAGE from the sources).
 */
export function usageFile(generator: Pick<HelpSource, 'sourceRoot'>): string | undefined {
  const path = resolve(generator.sourceRoot(), '../USAGE');
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** The help of `generator`, typed as `command` (`direct`: under the mcp-python command). */
export function generatorHelp(generator: HelpSource, command: string, direct: boolean, unlisted: readonly string[] = []): string {
  const examples = usageFile(generator);
  return helpText({
    command,
    description: generator.description,
    arguments: generator._arguments,
    options: Object.values(generator._options),
    unlisted,
    ...(examples === undefined ? {} : { examples: spelledFor(examples, direct) }),
    width: process.stdout.columns,
  });
}
