// What the generators ask, seen from the helpers that build a project or a handler spec: each value
// comes from its flag (checked like an answer), else from the default with --yes, else from a question.
// The helpers get this small interface instead of the generator, so they can be tested without Yeoman.
import { refuse } from './errors.js';
import { isTerminalAdapter, terminalInputIsTTY } from './yeoman-internals.js';

export interface Question {
  /** The flag's name (`mime-type`) and the answer's key. */
  name: string;
  message: string;
  default?: string;
  validate: (value: string) => true | string;
  choices?: readonly string[];
  /** Shown under the question in Yeoman UI (`guiOptions.hint`); the terminal shows the message alone. */
  hint?: string;
}

export interface Choice {
  name: string;
  value: string;
}

export interface Asker {
  /** `--yes`, or no one to ask: take the default for everything not given; never wait for input. */
  readonly yes: boolean;
  string(flag: string): string | undefined;
  boolean(flag: string): boolean | undefined;
  /** Every value of a repeatable flag. */
  list(flag: string): string[];
  /** Each question's value from its flag (refused when invalid), its default with --yes, or asked. */
  askFor(questions: readonly Question[]): Promise<Record<string, string>>;
  /** Asks whatever the flags say (the loops that ask for parameters one at a time). */
  ask(questions: readonly Question[]): Promise<Record<string, string>>;
  /** A yes/no flag, else asked (default no), else no with --yes. */
  confirm(flag: string, message: string): Promise<boolean>;
  /** Several of `choices`, asked; none with --yes. */
  checkbox(name: string, message: string, choices: readonly Choice[]): Promise<string[]>;
}

/** The host's question round: a generator's `prompt`, or a script in the unit tests. */
export type AskQuestions = (questions: ReadonlyArray<Record<string, unknown>>) => Promise<Record<string, unknown>>;

/**
 * A flag as `this.option` declares it: the one definition that `--help`, the reference pages in
 * docs/reference/ and the README's flag table are made from (scripts/docs-reference.ts). Descriptions
 * are Markdown-light: `code` in backticks, which `--help` drops.
 */
export interface OptionDefinition {
  name: string;
  type: typeof String | typeof Boolean | typeof repeatable;
  description: string;
  alias?: string;
  /** The default as people read it ("on with --docker"), when there is one worth stating. */
  defaultText?: string;
  /** The question that stands for this flag when it is not given (terminal and Yeoman UI), if any. */
  question?: string;
}

/** A positional argument as `this.argument` declares it; `--help` and the reference pages read it back. */
export interface ArgumentDefinition {
  name: string;
  type: typeof String;
  required: boolean;
  description: string;
  /** The question asked for it when it is not given (always in Yeoman UI, which passes no arguments). */
  question: string;
}

/** `--yes`, the same for every generator. */
export const YES_DESCRIPTION = 'Take the default for everything not given; never wait for input';

/** The question of the flag `name` among `definitions`: where the asking code takes its message from. */
export function questionOf(definitions: readonly OptionDefinition[], name: string): string {
  const question = definitions.find((definition) => definition.name === name)?.question;
  if (question === undefined) throw new Error(`No question is declared for --${name}.`);
  return question;
}

/** Option type that keeps every value of a repeated flag (Yeoman's `String` joins them with commas). */
export const repeatable = (value: unknown): string[] => ([] as unknown[]).concat(value ?? []).map(String);

/** An option by its flag name (`dry-run`), whichever spelling the host passed (`dryRun` from yo and yeoman-test). */
export function readFlag(options: Readonly<Record<string, unknown>>, name: string): unknown {
  const camel = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return options[camel] ?? options[name];
}

/**
 * False when the host is the terminal and standard input is not one (a script, CI, a pipe): there is no
 * one to answer a question, and inquirer would die with "User force closed the prompt".
 */
export function canReachUser(adapter: unknown): boolean {
  return !isTerminalAdapter(adapter) || terminalInputIsTTY(adapter);
}

/** The one rule for asking: never with `--yes`, never without someone to answer (see canReachUser). */
export function mayAsk(options: Readonly<Record<string, unknown>>, adapter: unknown): boolean {
  return options['yes'] !== true && canReachUser(adapter);
}

export interface AskerHost {
  options: Readonly<Record<string, unknown>>;
  askQuestions: AskQuestions;
  /** `select` in the terminal, `list` in Yeoman UI. */
  choiceType: string;
  /** Whether questions may be asked (see mayAsk); without it, only `--yes` stops them. */
  interactive?: boolean;
}

/**
 * Why `text` cannot be written as UTF-8, or undefined: an unpaired UTF-16 surrogate. Only a program
 * passes one (Yeoman UI, a composing generator; a command line decodes bytes), and a server holding one
 * in a title or description cannot answer list_tools over stdio (pydantic refuses to encode it).
 */
export function unpairedSurrogate(text: string): string | undefined {
  const found = /[\ud800-\udfff]/u.exec(text);
  if (found === null) return undefined;
  const code = found[0].charCodeAt(0).toString(16).toUpperCase();
  return `the text holds an unpaired surrogate (U+${code}), which cannot be written as UTF-8. Remove it.`;
}

/** The value of flag `name`, refused when it cannot be written as UTF-8. */
function writable(name: string, value: string): string {
  const why = unpairedSurrogate(value);
  if (why !== undefined) refuse(`--${name}: ${why}`);
  return value;
}

export function createAsker({ options, askQuestions, choiceType, interactive }: AskerHost): Asker {
  const flag = (name: string): unknown => readFlag(options, name);
  const yes = !(interactive ?? options['yes'] !== true);
  const string = (name: string): string | undefined => {
    const value = flag(name);
    return value === undefined || value === null || value === true ? undefined : writable(name, String(value));
  };
  const ask = async (questions: readonly Question[]): Promise<Record<string, string>> =>
    (await askQuestions(
      questions.map((question) => ({
        type: question.choices ? choiceType : 'input',
        name: question.name,
        message: question.message,
        default: question.default,
        choices: question.choices ? [...question.choices] : undefined,
        validate: (value: unknown) =>
          (typeof value === 'string' ? unpairedSurrogate(value) : undefined) ?? question.validate(value as string),
        ...(question.hint === undefined ? {} : { guiOptions: { hint: question.hint } }),
      })),
    )) as Record<string, string>;
  const boolean = (name: string): boolean | undefined => {
    const value = flag(name);
    return value === undefined || value === null ? undefined : value === true || value === 'true';
  };
  return {
    yes,
    string,
    boolean,
    list: (name) => {
      const value = flag(name);
      return value === undefined || value === null || value === true ? [] : repeatable(value).map((item) => writable(name, item));
    },
    ask,
    async askFor(questions) {
      const answers: Record<string, string> = {};
      const toAsk: Question[] = [];
      for (const question of questions) {
        const given = string(question.name);
        if (given !== undefined) {
          const check = question.validate(given);
          if (check !== true) refuse(`--${question.name}: ${check}`);
          answers[question.name] = given;
        } else if (yes) answers[question.name] = question.default ?? '';
        else toAsk.push(question);
      }
      return toAsk.length === 0 ? answers : { ...answers, ...(await ask(toAsk)) };
    },
    async confirm(name, message) {
      const given = boolean(name);
      if (given !== undefined) return given;
      if (yes) return false;
      const answers = await askQuestions([{ type: 'confirm', name, message, default: false }]);
      return answers[name] === true;
    },
    async checkbox(name, message, choices) {
      if (yes) return [];
      const answers = await askQuestions([{ type: 'checkbox', name, message, choices: choices.map((choice) => ({ ...choice })) }]);
      return (answers[name] as string[] | undefined) ?? [];
    },
  };
}
