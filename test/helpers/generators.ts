// Runs this repository's generators from their TypeScript sources with yeoman-test.
// yeoman-environment would require() a .ts path, which tsx's ESM hook does not cover, so each test
// hands yeoman-test the imported class together with its path (templates are found from that path).
import { fileURLToPath } from 'node:url';
import type { BaseGenerator, GeneratorOptions } from '@yeoman/types';
import helpers, { type RunContext } from 'yeoman-test';

/** Our generators take options yeoman-test's types do not know of (yes, skipGit, …). */
export type AnyGenerator = BaseGenerator<GeneratorOptions & Record<string, any>>;

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export function generatorPath(name: string): string {
  return fileURLToPath(new URL(`../../generators/${name}/index.ts`, import.meta.url));
}

export interface GeneratorSource {
  Generator: new (...args: any[]) => any;
  resolved: string;
  namespace: string;
}

export async function loadGenerator(name: string): Promise<GeneratorSource> {
  const resolved = generatorPath(name);
  const { default: Generator } = (await import(resolved)) as { default: GeneratorSource['Generator'] };
  return { Generator, resolved, namespace: `mcp-python:${name}` };
}

/**
 * A yeoman-test run context, ready for .withOptions() and friends. Not async on purpose: a run
 * context is a thenable, and returning it from an async function would start the run.
 */
export function runGenerator(source: GeneratorSource): RunContext<AnyGenerator> {
  return helpers.run(source.Generator as any, { resolved: source.resolved, namespace: source.namespace }) as RunContext<AnyGenerator>;
}

/** For yeoman-test's onGenerator(): every line the generator logs is also pushed to `into`. */
export const logInto = (into: string[]) => (generator: unknown): void => {
  const target = generator as { log: unknown };
  target.log = Object.assign((message: unknown) => into.push(String(message)), target.log);
};

export interface GenerateOptions {
  name?: string;
  example?: 'notes' | 'minimal';
  transport?: 'stdio' | 'streamable-http';
  [option: string]: unknown;
}

/**
 * Generates a project with `--yes --skip-install --skip-git` into `parent` on the real disk and
 * returns the project folder.
 */
export async function generateProject(parent: string, options: GenerateOptions = {}): Promise<string> {
  const { name = 'demo-server', ...rest } = options;
  await runGenerator(await loadGenerator('app'))
    .inDir(parent)
    .withArguments([name])
    .withOptions({ yes: true, skipInstall: true, skipGit: true, ...rest });
  return `${parent}/${name}`;
}
