// Base class for the sub-generators that work on an existing project (tool, resource, prompt,
// claude-config, client-config): a shared `--yes` flag and the walk up to the project root.
import Generator, { type BaseOptions } from 'yeoman-generator';
import { findProjectRoot, NOT_IN_PROJECT, readProjectConfig, type ProjectConfig } from './project.js';

export type ProjectGeneratorOptions = BaseOptions & { yes?: boolean };

export abstract class ProjectGenerator<O extends ProjectGeneratorOptions = ProjectGeneratorOptions> extends Generator<
  Record<string, unknown>,
  O
> {
  constructor(args: string[], options: O) {
    super(args, options);
    // Python projects: Yeoman's npm install step has nothing to do (and would say so on every run).
    this.setFeatures({ customInstallTask: true });
    this.option('yes', {
      type: Boolean,
      alias: 'y',
      description: 'Take the default for everything not given; never wait for input',
      default: false,
    });
  }

  /** Moves the destination to the project root found above the current folder, or throws. */
  _enterProject(): string {
    const root = findProjectRoot(this.env.cwd ?? process.cwd());
    if (root === undefined) throw new Error(NOT_IN_PROJECT);
    this.destinationRoot(root);
    return root;
  }

  /** Our section of .yo-rc.json (empty for a project this generator did not create). */
  _projectConfig(): Partial<ProjectConfig> {
    return readProjectConfig(this.destinationRoot()) ?? {};
  }

  /** An option by its flag name (`dry-run`), whichever spelling the host passed (`dryRun` from yo and yeoman-test). */
  _flag(name: string): unknown {
    const camel = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    const options = this.options as Record<string, unknown>;
    return options[camel] ?? options[name];
  }

  _yes(): boolean {
    return this.options.yes === true;
  }
}
