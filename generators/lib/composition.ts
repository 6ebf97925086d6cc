// The package's public API for other generators: which sub-generators can be composed, where each one
// is, and the options each takes. Options are the flags in camelCase and go through exactly the checks
// the flags do; everything not given is asked for (or, with `yes`, defaulted).
//
//   import { generatorPath, type ToolOptions } from 'generator-mcp-python';
//   await this.composeWith(generatorPath('tool'), { name: 'get_forecast', param: ['city:str'], yes: true } satisfies ToolOptions);
//
// See docs/composing.md for a complete generator.
import { fileURLToPath } from 'node:url';
import type { ClientId } from './client-config/clients.js';

/** The sub-generators another generator may compose. */
export type SubGenerator = 'tool' | 'resource' | 'prompt' | 'client-config' | 'claude-config';

/** Options every composable sub-generator takes. */
export interface CommonOptions {
  /** The project folder (absolute, or relative to where the run started); default: found above it. */
  projectRoot?: string;
  /** Take the default for everything not given; never ask. */
  yes?: boolean;
  /** Write changes to existing files without asking (the whole run's). */
  force?: boolean;
  /** Show the run's changes as diffs and write nothing. */
  dryRun?: boolean;
}

/** `mcp-python:tool`. */
export interface ToolOptions extends CommonOptions {
  /** The tool's name as clients see it (1-64 of A-Z a-z 0-9 _ -). */
  name: string;
  function?: string;
  description?: string;
  /** `NAME:TYPE[=DEFAULT][:DESCRIPTION]` each. */
  param?: string[];
  returns?: string;
  async?: boolean;
  context?: boolean;
  title?: string;
  readOnly?: boolean;
  destructive?: boolean;
  idempotent?: boolean;
  openWorld?: boolean;
}

/** `mcp-python:resource`. */
export interface ResourceOptions extends CommonOptions {
  /** e.g. `config://app`, or a template such as `weather://{city}/forecast`. */
  uri: string;
  /** The Python function's name. */
  name?: string;
  description?: string;
  mimeType?: string;
}

/** `mcp-python:prompt`. */
export interface PromptOptions extends CommonOptions {
  name: string;
  function?: string;
  description?: string;
  /** `NAME[=DEFAULT][:DESCRIPTION]` each. */
  arg?: string[];
}

/** `mcp-python:client-config` (and, without `client`, `mcp-python:claude-config`). */
export interface ClientConfigOptions extends CommonOptions {
  client?: ClientId;
  /** claude-config only: `user` (Claude Desktop) or `project` (Claude Code). */
  scope?: 'user' | 'project';
  /** The entry's name; default: the project's. */
  name?: string;
  /** `KEY=VALUE` each. */
  envVar?: string[];
  uvPath?: string;
  configPath?: string;
}

/** The options of each sub-generator, by its name. */
export interface SubGeneratorOptions {
  tool: ToolOptions;
  resource: ResourceOptions;
  prompt: PromptOptions;
  'client-config': ClientConfigOptions;
  'claude-config': ClientConfigOptions;
}

/** The absolute path of a sub-generator in this package, for `composeWith`. */
export function generatorPath(name: SubGenerator): string {
  return fileURLToPath(new URL(`../${name}/index.js`, import.meta.url));
}
