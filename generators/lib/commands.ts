// Every generator as a command: `yo mcp-python:<name>` and `mcp-python <name>`. Adding a generator to
// the direct command is one line here.

export interface Command {
  /** The generator's folder under generators/, and the word after `mcp-python`. */
  name: string;
  summary: string;
}

export const COMMANDS: readonly Command[] = [
  { name: 'app', summary: 'Create a new MCP server project (the default command: `mcp-python my-server`)' },
  { name: 'tool', summary: 'Add a tool to the server in this project' },
  { name: 'resource', summary: 'Add a resource (or resource template) to the server in this project' },
  { name: 'prompt', summary: 'Add a prompt to the server in this project' },
  { name: 'claude-config', summary: 'Register the server with Claude Desktop, or Claude Code with --scope project' },
  { name: 'client-config', summary: 'Register the server with claude-desktop, claude-code, cursor, vscode or windsurf' },
  { name: 'migrate', summary: 'Move a create-mcp-server or mcp 1.x project onto mcp 2' },
];

export const PACKAGE_NAMESPACE = 'mcp-python';

/** `mcp-python:tool` for `tool`. */
export function namespaceOf(command: Command): string {
  return `${PACKAGE_NAMESPACE}:${command.name}`;
}

/** The summary of the generator with this namespace (empty when it has none). */
export function summaryOf(namespace: string): string {
  return COMMANDS.find((command) => namespaceOf(command) === namespace)?.summary ?? '';
}

/** Which command `argv` names, and the arguments left for it: the app unless the first word is a command. */
export function route(argv: readonly string[]): { command: Command; rest: string[] } {
  const named = COMMANDS.find((command) => command.name === argv[0]);
  if (named !== undefined) return { command: named, rest: argv.slice(1) };
  return { command: COMMANDS[0] as Command, rest: [...argv] };
}
