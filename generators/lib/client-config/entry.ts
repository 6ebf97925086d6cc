// The server entry written into a client's file, and the validators for what the user passes in.
import type { ClientDefinition } from './clients.js';
import type { Transport } from '../project.js';
import { pathFor } from './config-path.js';

/** Where the generated server listens over streamable HTTP by default (`--host`/`--port` in __main__.py). */
export const DEFAULT_HTTP_URL = 'http://127.0.0.1:8000/mcp';

export interface EntryInput {
  client: ClientDefinition;
  /** Absolute path of uv (or a bare command name the user chose with --uv-path). */
  uvCommand: string;
  projectRoot: string;
  scriptName: string;
  transport: Transport;
  /** The project was made by this generator, so its script takes `--transport`. */
  acceptsTransportFlag: boolean;
  env: Record<string, string>;
  /** The config file lives in the project and will be committed: use the client's variables. */
  portable: boolean;
  platform: NodeJS.Platform;
  home: string;
  url?: string;
}

export interface BuiltEntry {
  kind: 'stdio' | 'url';
  value: Record<string, unknown>;
  /** Things the user should know (an option that does not apply, a fallback taken). */
  notes: string[];
}

/** `home/.local/bin/uv` → `${userHome}/.local/bin/uv` where the client has such a variable. */
function portableCommand(input: EntryInput): string {
  const variable = input.client.homeVariable;
  if (!input.portable || variable === undefined) return input.uvCommand;
  const path = pathFor(input.platform);
  const relative = path.relative(input.home, input.uvCommand);
  if (!path.isAbsolute(input.uvCommand) || relative.startsWith('..') || path.isAbsolute(relative)) {
    return input.uvCommand;
  }
  return `${variable}${path.sep}${relative}`;
}

function projectFolder(input: EntryInput): string {
  const variable = input.client.projectFolderVariable;
  return input.portable && variable !== undefined ? variable : input.projectRoot;
}

/** A URL entry where the server speaks streamable HTTP and the client's file can hold a URL. */
export function entryKind(client: ClientDefinition, transport: Transport): BuiltEntry['kind'] {
  return transport === 'streamable-http' && client.url !== undefined ? 'url' : 'stdio';
}

export function buildEntry(input: EntryInput): BuiltEntry {
  const notes: string[] = [];
  if (input.transport === 'streamable-http') {
    if (input.client.url !== undefined) {
      if (Object.keys(input.env).length > 0) {
        notes.push('--env is not written for a URL entry: set those variables where you start the server.');
      }
      return { kind: 'url', value: input.client.url(input.url ?? DEFAULT_HTTP_URL), notes };
    }
    notes.push(`${input.client.label} cannot connect to a URL from its config file, so it will start the server over stdio.`);
  }
  // `uv run --directory` makes the entry independent of the folder the client starts it from, and runs
  // the server in its project folder; `--transport stdio` pins stdio whatever the project's default is.
  const args = ['run', '--directory', projectFolder(input), input.scriptName];
  if (input.acceptsTransportFlag) args.push('--transport', 'stdio');
  return { kind: 'stdio', value: input.client.stdio({ command: portableCommand(input), args, env: input.env }), notes };
}

const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function validateEnvPair(pair: string): true | string {
  const equals = pair.indexOf('=');
  if (equals <= 0) return `--env "${pair}" is not KEY=VALUE. Write it as --env API_KEY=secret.`;
  const key = pair.slice(0, equals);
  if (!ENV_KEY.test(key)) {
    return `--env "${pair}": "${key}" is not a valid variable name. Use letters, digits and "_", not starting with a digit.`;
  }
  return true;
}

/** KEY=VALUE pairs into an object; the value may itself hold "="; a later pair wins. */
export function parseEnvPairs(pairs: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    env[pair.slice(0, equals)] = pair.slice(equals + 1);
  }
  return env;
}

const ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export function validateEntryName(name: unknown): true | string {
  if (typeof name !== 'string' || name.trim() === '') return 'The entry name is empty. Pass --name my-server.';
  if (name.length > 64) return `The entry name is ${name.length} characters long; use at most 64.`;
  if (!ENTRY_NAME.test(name)) {
    return (
      `"${name}" is not a usable server name: clients put it into tool names, so use ASCII letters, digits, ` +
      '"-", "_" and ".", starting with a letter or digit (for example "weather-tools").'
    );
  }
  return true;
}

export function validateScope(scope: unknown): true | string {
  if (scope === 'user' || scope === 'project') return true;
  return `--scope must be "user" (Claude Desktop) or "project" (Claude Code's .mcp.json), not "${String(scope)}".`;
}

/**
 * A bare name ("uv") is taken as the user's choice to rely on the client's PATH; anything with a folder
 * in it must be an existing file.
 */
export function validateUvPath(value: unknown, isFile: (path: string) => boolean): true | string {
  if (typeof value !== 'string' || value.trim() === '') return '--uv-path is empty. Pass the path of the uv executable.';
  if (!/[\\/]/.test(value)) return true;
  if (!isFile(value)) return `--uv-path ${value} is not a file. Pass the path of the uv executable (see \`which uv\`).`;
  return true;
}
