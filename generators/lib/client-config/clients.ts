// The five MCP clients we can register a server with: where each keeps its servers and what an entry
// looks like there. Everything client-specific lives in this table; the rest of the code is generic.

export const CLIENT_IDS = ['claude-desktop', 'claude-code', 'cursor', 'vscode', 'windsurf'] as const;
export type ClientId = (typeof CLIENT_IDS)[number];

/** A server started by the client as a child process, talking over stdin/stdout. */
export interface StdioEntry {
  command: string;
  args: string[];
  env: Record<string, string>;
}

export interface ClientDefinition {
  id: ClientId;
  label: string;
  /** 'user': one file in the home folder; 'project': a file inside the project, meant to be committed. */
  scope: 'user' | 'project';
  /** The top-level key holding the servers object. */
  serversKey: 'mcpServers' | 'servers';
  /** The client reads its file as JSON with comments (JSONC), so comments and trailing commas are fine. */
  allowsComments: boolean;
  /**
   * How a committed file names the project folder; undefined where the client has no such variable.
   * Used only when the config file lives inside the project (not for a --config-path elsewhere).
   */
  projectFolderVariable?: string;
  /** How a committed file names the user's home folder (to write uv's path portably), if it can. */
  homeVariable?: string;
  /** The entry for a stdio server, in this client's dialect. */
  stdio(entry: StdioEntry): Record<string, unknown>;
  /** The entry for a streamable-HTTP server at `url`; undefined when the client's file cannot hold one. */
  url?: (url: string) => Record<string, unknown>;
}

/** `env` is left out when empty: fewer lines for the user to read, and every client treats it as optional. */
function commandArgsEnv({ command, args, env }: StdioEntry): Record<string, unknown> {
  return Object.keys(env).length > 0 ? { command, args, env } : { command, args };
}

export const CLIENTS: Readonly<Record<ClientId, ClientDefinition>> = {
  'claude-desktop': {
    id: 'claude-desktop',
    label: 'Claude Desktop',
    scope: 'user',
    serversKey: 'mcpServers',
    allowsComments: false,
    stdio: commandArgsEnv,
    // Claude Desktop's file takes local (stdio) servers only; remote ones are added as connectors in the app.
  },
  'claude-code': {
    id: 'claude-code',
    label: 'Claude Code',
    scope: 'project',
    serversKey: 'mcpServers',
    allowsComments: false,
    // Claude Code starts project servers in the folder holding .mcp.json, so "." is the project root.
    projectFolderVariable: '.',
    stdio: entry => ({ type: 'stdio', ...commandArgsEnv(entry) }),
    url: url => ({ type: 'http', url }),
  },
  cursor: {
    id: 'cursor',
    label: 'Cursor',
    scope: 'project',
    serversKey: 'mcpServers',
    allowsComments: false,
    projectFolderVariable: '${workspaceFolder}',
    homeVariable: '${userHome}',
    stdio: commandArgsEnv,
    url: url => ({ url }),
  },
  vscode: {
    id: 'vscode',
    label: 'VS Code',
    scope: 'project',
    serversKey: 'servers',
    allowsComments: true,
    projectFolderVariable: '${workspaceFolder}',
    homeVariable: '${userHome}',
    stdio: entry => ({ type: 'stdio', ...commandArgsEnv(entry) }),
    url: url => ({ type: 'http', url }),
  },
  windsurf: {
    id: 'windsurf',
    label: 'Windsurf',
    scope: 'user',
    serversKey: 'mcpServers',
    allowsComments: false,
    stdio: commandArgsEnv,
    // Windsurf names the remote address `serverUrl`; a Cursor-style `url` does not connect.
    url: serverUrl => ({ serverUrl }),
  },
};

export function isClientId(value: string): value is ClientId {
  return (CLIENT_IDS as readonly string[]).includes(value);
}

export function validateClient(value: unknown): true | string {
  if (typeof value === 'string' && isClientId(value)) return true;
  return `Unknown client "${String(value)}". Choose one of: ${CLIENT_IDS.join(', ')}.`;
}
