// The closing message of `yo mcp-python`: what to do next, in order, in the words of the host the
// run happened in. A terminal user types commands; a Yeoman UI user has no shell in that folder yet and
// reaches the sub-generators through the wizard's tiles, not `yo` commands.
import { alignComments, inspectorCommand } from './commands.js';
import type { AppAnswers } from './options.js';

export type Host = 'terminal' | 'wizard';

export interface NextStepsInput {
  host: Host;
  /** undefined when the project was generated into the current folder. */
  folder: string | undefined;
  /** The project's absolute path (the wizard names it, as there is no "current folder"). */
  root: string;
  installed: boolean;
  scriptName: string;
  transport: AppAnswers['transport'];
  /** How to run claude-config here: `yo mcp-python:claude-config` or `mcp-python claude-config`. */
  connect?: string;
}

/** Titles of the wizard's tiles for the sub-generators (`additional_generators` in package.json; a test keeps them equal). */
export const WIZARD_TILES = {
  register: 'Python MCP Server: Register with an MCP Client',
  grow: 'Python MCP Server: Add a Tool',
} as const;

export function nextSteps(input: NextStepsInput): string[] {
  const steps: Array<[command: string, what: string] | undefined> = [
    input.host === 'terminal' && input.folder !== undefined ? [`cd ${JSON.stringify(input.folder)}`, ''] : undefined,
    input.installed ? undefined : ['uv sync', 'install the server and its dev tools'],
    [`uv run ${input.scriptName}`, `run it (${input.transport})`],
    ['uv run pytest', 'test it'],
    [inspectorCommand(input.scriptName, input.transport), 'inspect it'],
    input.host === 'terminal' ? [input.connect ?? 'yo mcp-python:claude-config', 'connect it to Claude Desktop'] : undefined,
  ];
  const commands = alignComments(steps.filter((step): step is [string, string] => step !== undefined));
  if (input.host === 'terminal') return commands;
  return [
    `In a terminal in ${input.root}:`,
    ...commands.map(command => `  ${command}`),
    'To connect it to Claude Desktop, Claude Code, Cursor, VS Code or Windsurf, open the Application Wizard again with this',
    `folder as the target and choose "${WIZARD_TILES.register}"; to grow it, "${WIZARD_TILES.grow}" (or a Resource, a Prompt).`,
  ];
}
