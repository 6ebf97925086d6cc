// Base class for the sub-generators that work on an existing project (tool, resource, prompt,
// claude-config, client-config): the flags they share and the walk up to the project root.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Generator from 'yeoman-generator';
import { type BaseOptions } from 'yeoman-generator';
import { type Asker, createAsker, mayAsk, type OptionDefinition, questionOf, readFlag, YES_DESCRIPTION } from './asker.js';
import { CommandGenerator } from './command-generator.js';
import { offerRunCommit } from './commit.js';
import { forTheUser } from './fs-errors.js';
import { acquireLockSync, projectLockOf, releaseHeldLocks } from './lock.js';
import { checkProjectConfig } from './project-schema.js';
import {
  findProjectRoot, NOT_IN_PROJECT, type ProjectConfig, type ProjectFiles, readProjectConfig, validateProjectFolder,
} from './project.js';
import { choicePromptType } from './prompt-types.js';
import { isTerminalAdapter } from './yeoman-internals.js';

export type ProjectGeneratorOptions = BaseOptions & { yes?: boolean };

/** The flags of every generator that changes an existing project. */
const PROJECT_OPTIONS: readonly OptionDefinition[] = [
  {
    name: 'force',
    type: Boolean,
    description: 'Write changes to existing files without asking (Yeoman UI asks this instead)',
    question: 'Write the changes to existing files without asking about each one?',
  },
  { name: 'dry-run', type: Boolean, description: 'Show what would change (as diffs) and write nothing' },
  {
    name: 'project-root',
    type: String,
    description: 'Project folder (Yeoman UI asks for it when its target folder is in no project)',
    defaultText: 'found above the current folder',
    question: 'Folder of the MCP server project to change',
  },
  { name: 'yes', alias: 'y', type: Boolean, description: YES_DESCRIPTION },
];

export abstract class ProjectGenerator<O extends ProjectGeneratorOptions = ProjectGeneratorOptions> extends CommandGenerator<O> {
  override _unlisted = ['skip-install'];

  constructor(args: string[], options: O) {
    super(args, options);
    // Python projects: Yeoman's npm install step has nothing to do (and would say so on every run).
    // The run's files are written by one commit, whichever generators took part (lib/commit.ts).
    this.setFeatures({ customInstallTask: true });
    offerRunCommit(this, () => ({
      force: this._writeWithoutAsking(),
      dryRun: this._flag('dry-run') === true,
      cwd: this._startFolder ?? this.destinationRoot(),
    }));
    this._declareOptions(PROJECT_OPTIONS);
  }

  /** Every task's error as the user should see it: one line, and no string `code` for yo's process.exit(). */
  override async executeTask(...args: Parameters<Generator['executeTask']>): Promise<void> {
    try {
      await super.executeTask(...args);
    } catch (error) {
      releaseHeldLocks();
      throw forTheUser(error);
    }
  }

  /**
   * The folder the run started in: where `yo` was typed, or the folder Yeoman UI set with
   * destinationRoot(). Relative paths in flags count from here.
   */
  _startFolder?: string;

  /** The answer to the question that stands for --force in Yeoman UI. */
  _forceAnswer = false;

  /**
   * Moves the destination to the project root: the one --project-root names (a composing generator
   * passes its own), else the one found above the start folder. Outside any project, Yeoman UI asks
   * for the project's folder (its target folder is often the workspace); a terminal run throws.
   */
  async _enterProject(): Promise<string> {
    this._startFolder ??= this.destinationRoot();
    const given = this._flag('project-root') as string | undefined;
    const found = findProjectRoot(given === undefined ? this._startFolder : this._fromStart(given), this._files());
    if (found === undefined && given !== undefined) throw new Error(NOT_IN_PROJECT);
    const root = found ?? (await this._askProjectFolder(this._startFolder));
    // One run at a time changes a project on disk (one created by this run is not there yet).
    if (existsSync(root) && acquireLockSync(projectLockOf(root), { what: `the project ${root}` })) this._rereadRecord(root);
    this.destinationRoot(root);
    return root;
  }

  /** The project as this run sees it: mem-fs, with what earlier generators of the run wrote. */
  _files(): ProjectFiles {
    return { exists: (path) => this.fs.exists(path), read: (path) => this.fs.read(path) ?? '' };
  }

  async _askProjectFolder(start: string): Promise<string> {
    if (this._yes() || !this._inWizard()) throw new Error(NOT_IN_PROJECT);
    const question = {
      type: 'input',
      // Named after the flag of client-config that says the same.
      name: 'project-root',
      message: questionOf(PROJECT_OPTIONS, 'project-root'),
      guiOptions: { type: 'folder-browser', hint: 'The folder holding its pyproject.toml (or any folder inside it).' },
      validate: (folder: string) => validateProjectFolder(start, folder),
    };
    const answers = (await this.prompt([question] as never)) as Record<string, string>;
    const root = findProjectRoot(resolve(start, answers['project-root'] ?? ''), this._files());
    if (root === undefined) throw new Error(NOT_IN_PROJECT);
    return root;
  }

  /** Not `yo` in a terminal (Yeoman UI): what a terminal user sets with a flag is asked instead. */
  _inWizard(): boolean {
    return !isTerminalAdapter(this.env.adapter);
  }

  /** In Yeoman UI, where there are no flags: the question that stands for --force. */
  async _askForce(): Promise<void> {
    if (!this._inWizard() || this._yes() || this._flag('force') !== undefined || this._flag('dry-run') === true) return;
    const question = {
      type: 'confirm',
      name: 'force',
      message: questionOf(PROJECT_OPTIONS, 'force'),
      default: false,
      guiOptions: { hint: 'No: each changed file is shown with its diff on offer, and a "no" writes nothing at all.' },
    };
    const answers = (await this.prompt([question] as never)) as Record<string, unknown>;
    this._forceAnswer = answers['force'] === true;
  }

  /** --force given, or its question answered yes. */
  _writeWithoutAsking(): boolean {
    return this._flag('force') === true || this._forceAnswer;
  }

  /**
   * .yo-rc.json as it is on disk now that the lock is held: mem-fs (and Yeoman's storage) read it
   * earlier, and a run that finished meanwhile may have changed it. Same content: no write at commit.
   */
  _rereadRecord(root: string): void {
    const path = join(root, '.yo-rc.json');
    if (!existsSync(path)) return;
    const onDisk = readFileSync(path, 'utf8');
    if (this.fs.exists(path) && this.fs.read(path) !== onDisk) this.fs.write(path, onDisk);
  }

  /** `path` (absolute, or relative to the start folder) as an absolute path. */
  _fromStart(path: string): string {
    return resolve(this._startFolder ?? this.destinationRoot(), path);
  }

  /** Our section of .yo-rc.json (empty for a project this generator did not create). */
  _projectConfig(): Partial<ProjectConfig> {
    const config = readProjectConfig(this.destinationRoot(), this._files());
    return config === undefined ? {} : checkProjectConfig(config);
  }

  /** An option by its flag name (`dry-run`), whichever spelling the host passed. */
  _flag(name: string): unknown {
    return readFlag(this.options as Record<string, unknown>, name);
  }

  /** Nothing may be asked: `--yes`, or no terminal to ask on. */
  _yes(): boolean {
    return !mayAsk(this.options as Record<string, unknown>, this.env.adapter);
  }

  _asker(): Asker {
    return generatorAsker(this);
  }
}

/** Flags first, then questions in whatever host runs `generator` (none without a terminal, see mayAsk). */
export function generatorAsker(generator: Generator<Record<string, unknown>, BaseOptions>): Asker {
  const options = generator.options as Record<string, unknown>;
  return createAsker({
    options,
    askQuestions: async (questions) => generator.prompt(questions as never) as Promise<Record<string, unknown>>,
    choiceType: choicePromptType(generator.env.adapter),
    interactive: mayAsk(options, generator.env.adapter),
  });
}

