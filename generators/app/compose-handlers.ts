// `yo mcp-python weather --tool get_forecast --resource "weather://{city}/forecast" --prompt plan_trip`:
// the app composes the handler sub-generators into the project it is writing, so the run's one commit
// (and the first git commit) already holds each handler with its test, README line and record.
import { fileURLToPath } from 'node:url';
import type Generator from 'yeoman-generator';
import type { BaseOptions } from 'yeoman-generator';
import PromptGenerator from '../prompt/index.js';
import ResourceGenerator from '../resource/index.js';
import ToolGenerator from '../tool/index.js';
import type { CommonOptions, PromptOptions, ResourceOptions, ToolOptions } from '../lib/composition.js';
import { validateMcpName, validateResourceUri } from '../lib/handlers/validators.js';

export interface FirstHandlers {
  tools: string[];
  resources: string[];
  prompts: string[];
}

/** The first problem among the handlers given as flags, or undefined: checked before anything is written. */
export function firstInvalidHandler(handlers: FirstHandlers): string | undefined {
  const problems = [
    ...handlers.tools.map((name) => validateMcpName(name, 'tool name')).map((check) => (check === true ? check : `--tool: ${check}`)),
    ...handlers.resources.map(validateResourceUri).map((check) => (check === true ? check : `--resource: ${check}`)),
    ...handlers.prompts.map((name) => validateMcpName(name, 'prompt name')).map((check) => (check === true ? check : `--prompt: ${check}`)),
  ];
  return problems.find((problem): problem is string => problem !== true);
}

const SOURCES = {
  tool: { Generator: ToolGenerator, url: new URL('../tool/index.js', import.meta.url) },
  resource: { Generator: ResourceGenerator, url: new URL('../resource/index.js', import.meta.url) },
  prompt: { Generator: PromptGenerator, url: new URL('../prompt/index.js', import.meta.url) },
} as const;

/**
 * Composes one sub-generator per handler into `generator`'s run, in the order given. Call it once the
 * project's files are in mem-fs (the app's writing step). `common.yes` decides whether each composed
 * generator asks for what its name leaves open (description, parameters…) or takes the defaults.
 */
export async function composeHandlers(
  generator: Generator<Record<string, unknown>, BaseOptions>,
  handlers: FirstHandlers,
  common: CommonOptions,
): Promise<void> {
  const compose = async (kind: keyof typeof SOURCES, options: ToolOptions | ResourceOptions | PromptOptions): Promise<void> => {
    const { Generator, url } = SOURCES[kind];
    await generator.composeWith({ Generator, path: fileURLToPath(url) }, options as unknown as Record<string, unknown>);
  };
  for (const name of handlers.tools) await compose('tool', { ...common, name });
  for (const uri of handlers.resources) await compose('resource', { ...common, uri });
  for (const name of handlers.prompts) await compose('prompt', { ...common, name });
}
