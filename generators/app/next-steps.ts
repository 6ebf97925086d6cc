// The closing message of `yo mcp-python`: what to type next, in order.
import { alignComments, inspectorCommand } from './commands.js';
import type { AppAnswers } from './options.js';

export interface NextStepsInput {
  /** undefined when the project was generated into the current folder. */
  folder: string | undefined;
  installed: boolean;
  scriptName: string;
  transport: AppAnswers['transport'];
  /** How to run claude-config here: `yo mcp-python:claude-config` or `mcp-python claude-config`. */
  connect?: string;
}

export function nextSteps(input: NextStepsInput): string[] {
  const steps: Array<[command: string, what: string] | undefined> = [
    input.folder === undefined ? undefined : [`cd ${JSON.stringify(input.folder)}`, ''],
    input.installed ? undefined : ['uv sync', 'install the server and its dev tools'],
    [`uv run ${input.scriptName}`, `run it (${input.transport})`],
    ['uv run pytest', 'test it'],
    [inspectorCommand(input.scriptName, input.transport), 'inspect it'],
    [input.connect ?? 'yo mcp-python:claude-config', 'connect it to Claude Desktop'],
  ];
  return alignComments(steps.filter((step): step is [string, string] => step !== undefined));
}
