// A stand-in for Yeoman UI (SAP's Application Wizard, app-studio-toolkit/projects/yeoman-ui 1.26), built
// from what its backend does, so a test can run our generators the way the wizard does, without a window:
// - the environment is yeoman-environment 6 made with `createEnv({ sharedOptions:
//   { forwardErrorToEnvironment: true }, adapter })`: no cwd, so it is the process's working folder;
// - the generator is made with `env.create(namespace, { options: { logger, vscode, data, tracker,
//   appWizard } })`: no positional arguments and no command-line options;
// - then `generator.destinationRoot(target)`; the process's working folder never changes;
// - the adapter's logger is a function with write/writeln/error/create/force/invoke/conflict/identical/
//   info/skip/showProgress, and no `ok` or `colored`; its `diff()` returns "";
// - each prompt is a page: function properties (message, default, choices, when, validate, filter) are
//   evaluated with the generator as `this`; `validate` is first called with "" when the page loads; only
//   the types the wizard renders are accepted (anything else would render nothing and keep the default).
// The wizard's own UI (webview, VS Code) is what cannot run here: the form below answers from a script.
import { createEnv } from 'yeoman-environment';

/** Question types the wizard's form renders; any other renders nothing. */
const RENDERED_TYPES = new Set(['input', 'password', 'number', 'editor', 'list', 'rawlist', 'confirm', 'checkbox', 'expand']);
/** The wizard's own widgets, chosen with `guiOptions.type` on a rendered question. */
const GUI_TYPES = new Set(['file-browser', 'folder-browser', 'label', 'tiles', 'radio', 'login', 'auto-complete']);

export interface AskedQuestion {
  name: string;
  type: string;
  guiType?: string;
  hint?: string;
  message: string;
  /** What validate("") said when the page loaded. */
  emptyValidation: unknown;
}

/** Answers given in turn, one each time the question is asked (the conflict question, the parameter loop). */
export class InTurn {
  constructor(readonly values: unknown[]) {}
}

export const inTurn = (...values: unknown[]): InTurn => new InTurn(values);

/** An answer (kept for every time the question is asked), or answers in turn. */
export type ScriptedAnswer = unknown;

type Question = Record<string, unknown> & { name: string; type?: string };

/** A page's answers from a script, by question name; a question without one keeps its default. */
export class WizardForm {
  readonly pages: AskedQuestion[][] = [];
  readonly #script: Map<string, unknown[]>;

  constructor(
    answers: Record<string, ScriptedAnswer>,
    readonly generator: () => unknown,
  ) {
    this.#script = new Map(Object.entries(answers).map(([name, value]) => [name, value instanceof InTurn ? [...value.values] : [value]]));
  }

  get questions(): AskedQuestion[] {
    return this.pages.flat();
  }

  async show(questions: Question[]): Promise<Record<string, unknown>> {
    const self = this.generator();
    const call = async (value: unknown, ...args: unknown[]): Promise<unknown> =>
      typeof value === 'function' ? await (value as (...a: unknown[]) => unknown).apply(self, args) : value;
    const page: AskedQuestion[] = [];
    this.pages.push(page);
    const answers: Record<string, unknown> = {};
    for (const question of questions) {
      const type = question.type ?? 'input';
      const gui = question['guiOptions'] as { type?: string; hint?: string } | undefined;
      if (!RENDERED_TYPES.has(type)) throw new Error(`Yeoman UI renders no "${type}" question (${question.name}): the answer would silently stay the default.`);
      if (gui?.type !== undefined && !GUI_TYPES.has(gui.type)) throw new Error(`Yeoman UI has no "${gui.type}" widget (${question.name}).`);
      if (!(await call(question['when'] ?? true, answers))) continue;
      const message = String(await call(question['message'], answers));
      const emptyValidation = typeof question['validate'] === 'function' ? await call(question['validate'], '', answers) : true;
      page.push({ name: question.name, type, guiType: gui?.type, hint: gui?.hint, message, emptyValidation });
      const choices = (await call(question['choices'], answers)) as unknown[] | undefined;
      const defaultValue = await call(question['default'], answers);
      let answer = this.#next(question.name, defaultValue ?? (type === 'confirm' ? false : type === 'checkbox' ? [] : ''));
      if (choices !== undefined) this.#checkChoice(question.name, type, choices, answer);
      if (typeof question['filter'] === 'function') answer = await call(question['filter'], answer, answers);
      const verdict = typeof question['validate'] === 'function' ? await call(question['validate'], answer, answers) : true;
      if (verdict !== true) throw new Error(`The wizard would not go past "${question.name}" = ${JSON.stringify(answer)}: ${String(verdict)}`);
      answers[question.name] = answer;
    }
    return answers;
  }

  #next(name: string, fallback: unknown): unknown {
    const queue = this.#script.get(name);
    if (queue === undefined || queue.length === 0) return fallback;
    return queue.length === 1 ? queue[0] : queue.shift();
  }

  #checkChoice(name: string, type: string, choices: unknown[], answer: unknown): void {
    const values = choices.map(choice => (typeof choice === 'object' && choice !== null ? (choice as { value?: unknown; name?: unknown }).value ?? (choice as { name?: unknown }).name : choice));
    const picked = type === 'checkbox' ? (answer as unknown[]) : [answer];
    for (const value of picked) if (!values.includes(value)) throw new Error(`"${String(value)}" is not among the choices of ${name}: ${values.join(', ')}`);
  }
}

/** The wizard's output pane. */
export interface OutputPane {
  lines: string[];
}

const LOG_METHODS = ['write', 'writeln', 'error', 'create', 'force', 'invoke', 'conflict', 'identical', 'info', 'skip', 'showProgress'];

function wizardLog(pane: OutputPane): (...args: unknown[]) => unknown {
  const show = (prefix: string) =>
    function shown(...args: unknown[]) {
      // The wizard strips colours and shows the first argument only.
      // eslint-disable-next-line no-control-regex
      pane.lines.push(`${prefix}${String(args[0] ?? '').replace(/\u001b\[[0-9;]*m/g, '')}`);
      return log;
    };
  const log = Object.assign(show(''), Object.fromEntries(LOG_METHODS.map(method => [method, show(method === 'write' || method === 'writeln' || method === 'error' ? '' : `${method} `)])));
  return log;
}

class WizardAdapter {
  #abort = new AbortController();
  readonly log: (...args: unknown[]) => unknown;

  constructor(
    readonly form: WizardForm,
    pane: OutputPane,
  ) {
    this.log = wizardLog(pane);
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  resetSignal(): void {
    this.#abort = new AbortController();
  }

  abort(reason?: unknown): void {
    if (!this.#abort.signal.aborted) this.#abort.abort(reason);
  }

  onIdle(): Promise<void> {
    return Promise.resolve();
  }

  async progress<T>(fn: (progress: { step: (...args: unknown[]) => void }) => T | Promise<T>): Promise<T> {
    return fn({ step: () => undefined });
  }

  colorLines(): string {
    return '';
  }

  diff(): string {
    return '';
  }

  async prompt(questions: Question | Question[]): Promise<Record<string, unknown>> {
    return this.form.show(Array.isArray(questions) ? questions : [questions]);
  }
}

export interface WizardRun {
  /** Every page the generator sent, in order. */
  pages: AskedQuestion[][];
  questions: AskedQuestion[];
  output: string[];
  /** The generator's destinationRoot() when the run ended. */
  destinationRoot: string;
  error?: Error;
}

export interface WizardGenerator {
  namespace: string;
  /** A compiled generator's path (as the wizard's lookup finds it), or the class itself for the unit tests. */
  resolved: string;
  Generator?: new (...args: any[]) => any;
  packagePath: string;
}

/**
 * Runs one generator as the wizard does, with `target` as the wizard's target folder. Resolves with
 * what was asked and shown; a failure is returned in `error`, as the wizard shows it.
 */
export async function runInWizard(generator: WizardGenerator, target: string, answers: Record<string, ScriptedAnswer> = {}, data?: unknown): Promise<WizardRun> {
  // The host's one look at the working folder: the point is that it is not the target.
  // eslint-disable-next-line no-restricted-syntax
  if (process.cwd() === target) throw new Error('The wizard never runs in its target folder: run the test from elsewhere.');
  const pane: OutputPane = { lines: [] };
  let instance: { destinationRoot(path?: string): string } | undefined;
  const form = new WizardForm(answers, () => instance);
  const adapter = new WizardAdapter(form, pane);
  const env = createEnv({ sharedOptions: { forwardErrorToEnvironment: true }, adapter } as never);
  if (generator.Generator === undefined) env.register(generator.resolved, { namespace: generator.namespace, packagePath: generator.packagePath });
  else env.register(generator.Generator as never, { namespace: generator.namespace, resolved: generator.resolved, packagePath: generator.packagePath });
  const options = {
    logger: silentChildLogger(),
    vscode: undefined,
    data,
    tracker: undefined,
    appWizard: { setHeaderTitle() {}, showInformation() {}, showWarning() {}, showError() {}, showSuccess() {} },
  };
  const run: WizardRun = { pages: form.pages, questions: [], output: pane.lines, destinationRoot: target };
  try {
    instance = (await env.create(generator.namespace, { options } as never)) as typeof instance;
    instance!.destinationRoot(target);
    await env.runGenerator(instance as never);
  } catch (error) {
    run.error = error as Error;
  }
  run.questions = form.questions;
  run.destinationRoot = instance?.destinationRoot() ?? target;
  return run;
}

/** The `logger` option: a @vscode-logging child logger, which writes to the wizard's log file, not the pane. */
function silentChildLogger(): Record<string, unknown> {
  const logger: Record<string, unknown> = {};
  for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace']) logger[level] = () => {};
  logger['getChildLogger'] = () => logger;
  return logger;
}

export interface WizardTile {
  namespace: string;
  resolved: string;
  packagePath: string;
  title: string;
  description: string;
  types: string[];
}

interface PackageJson {
  displayName?: string;
  description?: string;
  'generator-filter'?: { types?: string[] };
  additional_generators?: Array<{ namespace: string; displayName?: string; description?: string }>;
}

interface GeneratorMeta {
  namespace: string;
  resolved: string;
  packagePath: string;
}

/**
 * The tiles of the wizard's "Select Generator" page for the generators installed in `modules`: every
 * `*:app` generator, plus the `additional_generators` its package.json declares. The wizard pairs the
 * declared entries with the generators it finds in namespace order, entry by entry: a list that is not
 * in namespace order gets the wrong titles, and this reproduces that.
 */
export async function wizardTiles(modules: string, readPackage: (packagePath: string) => PackageJson): Promise<WizardTile[]> {
  const found = ((await createEnv().lookup({ npmPaths: [modules] } as never)) as unknown as GeneratorMeta[]).sort((a, b) => a.namespace.localeCompare(b.namespace));
  const tile = (meta: GeneratorMeta, pkg: PackageJson): WizardTile => ({
    namespace: meta.namespace,
    resolved: meta.resolved,
    packagePath: meta.packagePath,
    title: pkg.displayName ?? meta.namespace,
    description: pkg.description ?? '',
    types: pkg['generator-filter']?.types ?? [],
  });
  const main = found.filter(meta => meta.namespace.endsWith(':app'));
  const packages = main.map(meta => readPackage(meta.packagePath));
  const declared = packages.flatMap(pkg => pkg.additional_generators ?? []);
  const additional = found.filter(meta => declared.some(entry => entry.namespace === meta.namespace));
  return [
    ...main.map((meta, index) => tile(meta, packages[index] as PackageJson)),
    ...additional.map((meta, index) => tile(meta, { ...readPackage(meta.packagePath), ...declared[index] } as PackageJson)),
  ];
}
