// The closing message of `yo mcp-python`: what to type next, in order.

export interface NextStepsInput {
  /** undefined when the project was generated into the current folder. */
  folder: string | undefined;
  installed: boolean;
  scriptName: string;
  transport: string;
  /** How to run claude-config here: `yo mcp-python:claude-config` or `mcp-python claude-config`. */
  connect?: string;
}

export function nextSteps(input: NextStepsInput): string[] {
  const steps: Array<[command: string, what: string] | undefined> = [
    input.folder === undefined ? undefined : [`cd ${JSON.stringify(input.folder)}`, ''],
    input.installed ? undefined : ['uv sync', 'install the server and its dev tools'],
    [`uv run ${input.scriptName}`, `run it (${input.transport})`],
    ['uv run pytest', 'test it'],
    [`npx @modelcontextprotocol/inspector uv run --directory "$PWD" ${input.scriptName}`, 'inspect it'],
    [input.connect ?? 'yo mcp-python:claude-config', 'connect it to Claude Desktop'],
  ];
  return steps
    .filter((step): step is [string, string] => step !== undefined)
    .map(([command, what]) => (what === '' ? command : `${command.padEnd(29)} # ${what}`));
}
