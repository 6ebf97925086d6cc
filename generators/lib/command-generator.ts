// Base class of every generator here: what a command line needs from each of them, under `yo` and
// under the direct `mcp-python` command alike. An unknown flag stops the run before any task, and
// `--help` prints the usage as the user typed it. (Yeoman queues only the methods of a generator's own
// class as tasks, so the overrides here never run as tasks.)
import Generator, { type BaseOptions, type Storage } from 'yeoman-generator';
import type { ArgumentDefinition, OptionDefinition } from './asker.js';
import { summaryOf } from './commands.js';
import { refuseBrokenRecord } from './project.js';
import { unreadableStorage } from './yeoman-internals.js';
import { rejectUnknownFlags } from './flags.js';
import { commandFor, generatorHelp } from './help.js';

export abstract class CommandGenerator<O extends BaseOptions = BaseOptions> extends Generator<Record<string, unknown>, O> {
  /** Options accepted but not listed by `--help`. */
  _unlisted: readonly string[] = [];

  override async queueTasks(): Promise<void> {
    rejectUnknownFlags(this, this._typedCommand());
    await super.queueTasks();
  }

  /**
   * Yeoman reads .yo-rc.json here, in the constructor: a broken one becomes our one-line refusal
   * (the file and the fix) instead of the parser's message.
   */
  override createStorage<T extends Record<string, unknown> = Record<string, unknown>>(
    ...args: Parameters<Generator['createStorage']>
  ): Storage<T> {
    try {
      return super.createStorage<T>(...args);
    } catch (error) {
      const broken = unreadableStorage(error);
      if (broken === undefined) throw error;
      return refuseBrokenRecord(broken.file, broken.detail);
    }
  }

  override help(): string {
    this.description ||= summaryOf(this._namespace);
    return generatorHelp(this, this._typedCommand(), this._direct(), this._unlisted);
  }

  /**
   * Declares each flag with its whole definition (kept by Yeoman in `_options`, where --help and the
   * reference pages read it). A definition replaces Yeoman's own of the same name (`skip-install`),
   * so that what is said about the flag is what it does here.
   */
  _declareOptions(definitions: readonly OptionDefinition[]): void {
    for (const definition of definitions) {
      const declared = this._options as Record<string, unknown>;
      delete declared[definition.name];
      this.option({ ...definition });
    }
  }

  /** Declares the positional argument with its whole definition (Yeoman keeps it in `_arguments`). */
  _declareArgument(definition: ArgumentDefinition): void {
    this.argument(definition.name, { ...definition });
  }

  /** Whether this run came through the direct `mcp-python` command. */
  _direct(): boolean {
    return (this.options as Record<string, unknown>)['directCommand'] === true;
  }

  /** How the user typed this generator: `yo mcp-python:tool`, or `mcp-python tool` from the direct command. */
  _typedCommand(namespace: string = this._namespace): string {
    return commandFor(namespace, this._direct());
  }
}
