// `yo mcp-python [name]`: scaffolds a uv project serving an MCPServer, with tests, lint, types and CI.
import chalk from 'chalk';
import type { BaseOptions, PromptQuestions } from 'yeoman-generator';
import { offerClaudeDesktop } from './claude-offer.js';
import { refuse } from '../lib/errors.js';
import { warning } from '../lib/log.js';
import { tomlString } from '../lib/literals.js';
import { pythonString } from '../lib/python/string-literal.js';
import { deriveNames, validateProjectName, type DerivedNames } from '../lib/names.js';
import type { ProjectConfig } from '../lib/project.js';
import { checkUv, findUv, type InstallOutcome, installWithUv, type UvStatus } from '../lib/uv.js';
import { closing, findPython, pythonPin } from './install.js';
import { commitIdentity, commitNewRepository, gitRemoteUrl, type Identity } from '../lib/git.js';
import { ciPythons, versions } from '../lib/versions.js';
import {
  APP_ARGUMENT, type AnswerKey, appOptions, type AppAnswers, defaultAnswers, FIRST_TOOL_QUESTION, firstInvalidFlag, QUESTIONS,
} from './options.js';
import { resolveTarget, targetProblem, type Target } from './target.js';
import { nextSteps } from './next-steps.js';
import { alignComments, inspectorCommand, stdioScriptArgs } from './commands.js';
import { LINE_LENGTH, VARIANTS } from '../lib/variants.js';
import { completionHandler } from '../lib/handlers/completions.js';
import {
  completePackaging, firstInvalidPackagingFlag, gitHubOwnerOf, givenPackaging, packagingPrompts, type PackagingAnswers,
} from './packaging.js';
import { packagingFiles } from './packaging-files.js';
import { bundleManifest, INITIAL_VERSION, registryServerJson } from './manifests.js';
import { repeatable } from '../lib/asker.js';
import { offerRunCommit } from '../lib/commit.js';
import { composeHandlers, firstInvalidHandler, type FirstHandlers } from './compose-handlers.js';
import { isTerminalAdapter } from '../lib/yeoman-internals.js';
import { mayAsk } from '../lib/asker.js';
import { flushLog } from '../lib/yeoman-internals.js';
import { generatorAsker } from '../lib/project-generator.js';
import { CommandGenerator } from '../lib/command-generator.js';

type HandlerFlags = Partial<Record<'tool' | 'resource' | 'prompt', unknown>>;
type AppOptions = BaseOptions &
  Partial<Record<AnswerKey, string>> &
  Partial<PackagingAnswers> &
  HandlerFlags & { yes?: boolean; skipGit?: boolean; claude?: boolean };

export default class AppGenerator extends CommandGenerator<AppOptions> {
  answers!: AppAnswers;
  packaging!: PackagingAnswers;
  target!: Target;
  names!: DerivedNames;
  /** What the install step did, for the closing message (and the exit code). */
  outcome: InstallOutcome = { kind: 'no-uv', problem: 'uv was not looked for.' };
  _uvStatus?: UvStatus;
  _start?: string;

  constructor(args: string[], options: AppOptions) {
    super(args, options);
    // Python projects: Yeoman's npm install step has nothing to do (and would say so on every run).
    this.setFeatures({ customInstallTask: true });
    this._declareArgument(APP_ARGUMENT);
    this._declareOptions(appOptions());
    offerRunCommit(this, () => ({ force: false, dryRun: false, cwd: this._startFolder(), root: this.target?.folder }));
  }

  async initializing(): Promise<void> {
    this._startFolder();
    const problem =
      firstInvalidFlag(this._givenAnswers()) ??
      firstInvalidPackagingFlag(givenPackaging(this.options)) ??
      firstInvalidHandler(this._firstHandlers());
    if (problem !== undefined) refuse(problem);
  }

  async prompting(): Promise<void> {
    const git = await this._gitIdentity();
    const defaults = defaultAnswers({ gitName: git.name, gitEmail: git.email });
    const questions = QUESTIONS.map(question => ({
      name: question.key,
      message: question.message,
      default: defaults[question.key],
      choices: question.choices,
      validate: (value: string) => (question.key === 'name' ? this._validateName(value) : question.validate(value)),
      ...(question.hint === undefined ? {} : { hint: question.hint }),
    }));
    this.answers = { ...defaults, ...(await generatorAsker(this).askFor(questions)) } as AppAnswers;
    const handlers = this._firstHandlers();
    if (mayAsk(this.options, this.env.adapter) && handlers.tools.length + handlers.resources.length + handlers.prompts.length === 0) {
      const { firstTool } = await this.prompt([FIRST_TOOL_QUESTION] as PromptQuestions<Record<string, string>>);
      // The tool generator asks for the rest of it (description, parameters…) once the project is in mem-fs.
      if (firstTool) this.options.tool = [firstTool];
    }
    this.packaging = await this._askPackaging();
  }

  /** The handlers to add, from --tool, --resource and --prompt (or the first-tool question). */
  _firstHandlers(): FirstHandlers {
    const list = (value: unknown): string[] => (value === undefined || value === null || value === true ? [] : repeatable(value));
    return { tools: list(this.options.tool), resources: list(this.options.resource), prompts: list(this.options.prompt) };
  }

  configuring(): void {
    this.target = resolveTarget(this._startFolder(), this.answers.name);
    const problem = this._validateName(this.answers.name);
    if (problem !== true) refuse(problem);
    this.names = deriveNames(this.target.projectName);
    this.log(`Creating ${chalk.bold(this.target.projectName)} in ${this.target.folder}`);
    this.log(`  distribution name  ${this.names.distributionName}`);
    this.log(`  import package     ${this.names.packageName}`);
    this.log(`  console script     ${this.names.scriptName}`);
    this.destinationRoot(this.target.folder);
    this.config.set(this._projectConfig() as unknown as Record<string, unknown>);
  }

  async writing(): Promise<void> {
    const variant = VARIANTS[this.answers.example];
    const pkg = `src/${this.names.packageName}`;
    const files: Array<[template: string, destination: string]> = [
      ['pyproject.toml.ejs', 'pyproject.toml'],
      ['README.md.ejs', 'README.md'],
      ['gitignore', '.gitignore'],
      ['.github/workflows/ci.yml.ejs', '.github/workflows/ci.yml'],
      ['src/package/__init__.py.ejs', `${pkg}/__init__.py`],
      ['src/package/__main__.py.ejs', `${pkg}/__main__.py`],
      ['src/package/py.typed', `${pkg}/py.typed`],
      [variant.serverTemplate, `${pkg}/server.py`],
      ['tests/__init__.py', 'tests/__init__.py'],
      ['tests/conftest.py.ejs', 'tests/conftest.py'],
      [variant.testTemplate, 'tests/test_server.py'],
      ['tests/test_stdio.py.ejs', 'tests/test_stdio.py'],
    ];
    if (this.answers.license !== 'none') files.push([`licenses/${this.answers.license}.ejs`, 'LICENSE']);
    files.push(...packagingFiles(this.packaging, pkg));
    const context = this._templateContext();
    for (const [template, destination] of files) {
      this.fs.copyTpl(this.templatePath(template), this.destinationPath(destination), context);
    }
    this.fs.write(this.destinationPath('.python-version'), `${this._pythonPin()}\n`);
    const project = this._projectConfig();
    const owner = this.packaging.githubOwner;
    if (this.packaging.registry) this.fs.writeJSON(this.destinationPath('server.json'), registryServerJson(project, owner));
    if (this.packaging.mcpb) this.fs.writeJSON(this.destinationPath('manifest.json'), bundleManifest(project, owner));
    // Interactive: each composed generator asks for what the name leaves open; with --yes it takes defaults.
    const yes = !mayAsk(this.options, this.env.adapter);
    await composeHandlers(this, this._firstHandlers(), { projectRoot: this.destinationRoot(), yes });
  }

  async install(): Promise<void> {
    const skipInstall = this.options.skipInstall === true;
    const written = 'The project was written without uv.lock';
    this.outcome = await installWithUv(this._uv(), this.destinationRoot(), skipInstall, this.log, written);
  }

  async end(): Promise<void> {
    if (this.options.skipGit !== true) await this._commit();
    const folder = this.answers.name === '.' ? undefined : this.target.projectName;
    const close = closing(this.target.projectName, this.outcome, folder === undefined ? '' : `cd ${JSON.stringify(folder)} && `);
    if (close.failure === undefined) {
      await offerClaudeDesktop(this, { claude: this.options.claude, yes: !mayAsk(this.options, this.env.adapter) });
    }
    this.log('');
    this.log(close.failure === undefined ? chalk.green(close.headline) : chalk.yellow(close.headline));
    const { scriptName } = this.names;
    const host = isTerminalAdapter(this.env.adapter) ? 'terminal' : 'wizard';
    const root = this.destinationRoot();
    const connect = this._typedCommand('mcp-python:claude-config');
    const steps = nextSteps({ host, folder, root, installed: close.installed, scriptName, transport: this.answers.transport, connect });
    for (const line of steps) this.log(`  ${line}`);
    // After the whole message: the run ends non-zero, with the one command that finishes the job.
    if (close.failure !== undefined) {
      await flushLog(this.env.adapter);
      throw new Error(close.failure);
    }
  }

  _uv(): UvStatus {
    return (this._uvStatus ??= checkUv(findUv()));
  }

  /** The Python uv finds for the lowest supported version, as `uv init` pins it; that lowest one without uv. */
  _pythonPin(): string {
    const uv = this._uv();
    const usable = uv.path !== undefined && uv.problem === undefined;
    return pythonPin(this.answers.python, usable ? findPython(uv.path as string, this.answers.python, this._startFolder()) : undefined);
  }

  /** Where the run started (yo's folder, or the folder Yeoman UI set): the project goes below it. */
  _startFolder(): string {
    return (this._start ??= this.destinationRoot());
  }

  _givenAnswers(): Partial<Record<AnswerKey, string>> {
    const given: Partial<Record<AnswerKey, string>> = {};
    for (const question of QUESTIONS) {
      const value = this.options[question.key];
      if (value !== undefined && value !== null) given[question.key] = String(value);
    }
    return given;
  }

  async _askPackaging(): Promise<PackagingAnswers> {
    const context = { transport: this.answers.transport, remoteOwner: gitHubOwnerOf(gitRemoteUrl(this._startFolder())) };
    const given = givenPackaging(this.options);
    const questions = mayAsk(this.options, this.env.adapter) ? packagingPrompts(given, context) : [];
    const asked = questions.length === 0 ? {} : await this.prompt(questions as PromptQuestions<Record<string, unknown>>);
    return completePackaging({ ...given, ...asked }, context);
  }

  _validateName(name: string): true | string {
    const target = resolveTarget(this._startFolder(), name);
    const nameProblem = validateProjectName(target.projectName);
    if (nameProblem !== true) {
      return name === '.' ? `The current folder's name is not a usable project name: ${nameProblem}` : nameProblem;
    }
    return targetProblem(target.folder) ?? true;
  }

  _projectConfig(): ProjectConfig {
    const { name: _name, ...answers } = this.answers;
    return {
      projectName: this.target.projectName,
      ...this.names,
      ...answers,
      serverModule: `src/${this.names.packageName}/server.py`,
      serverVariable: 'server',
      handlers: VARIANTS[this.answers.example].handlers,
      packaging: this.packaging,
    };
  }

  _templateContext(): Record<string, unknown> {
    return {
      ...this._projectConfig(),
      readme: VARIANTS[this.answers.example].readme,
      lineLength: LINE_LENGTH,
      completionHandler: completionHandler('server', VARIANTS[this.answers.example].completions, LINE_LENGTH),
      versions,
      ciPythons: ciPythons(this.answers.python),
      aligned: alignComments,
      inspector: inspectorCommand(this.names.scriptName, this.answers.transport),
      stdioArgs: stdioScriptArgs(this.names.scriptName, this.answers.transport),
      year: new Date().getFullYear(),
      holder: this.answers.author || this.target.projectName,
      version: INITIAL_VERSION,
      py: pythonString,
      toml: tomlString,
    };
  }

  /** The user's git name and e-mail through Yeoman's own reader; each undefined where git has none (or no git). */
  async _gitIdentity(): Promise<Partial<Identity>> {
    const read = async (value: () => Promise<string | undefined>) => (await value().catch(() => undefined)) || undefined;
    return { name: await read(() => this.git.name()), email: await read(() => this.git.email()) };
  }

  async _commit(): Promise<void> {
    const fallback = {
      name: this.answers.author || 'generator-mcp-python',
      email: this.answers.email || 'generator-mcp-python@users.noreply.github.com',
    };
    const author = commitIdentity(await this._gitIdentity(), fallback);
    const problem = commitNewRepository(this.destinationRoot(), 'Initial commit from generator-mcp-python', author);
    if (problem === undefined) this.log('Created a git repository with a first commit.');
    else warning(this.log, problem);
  }
}
