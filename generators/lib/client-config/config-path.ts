// Where each client keeps its config file, on each OS. Pure: the OS, the environment, the home folder
// and the file-system probes come in as a `Host`, so every OS's rules are tested on any machine.
import { posix, win32 } from 'node:path';
import type { ClientDefinition } from './clients.js';

export interface Host {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  exists(path: string): boolean;
  /** The names in a folder; empty when it does not exist. */
  list(folder: string): string[];
}

export const CLAUDE_DESKTOP_FILE = 'claude_desktop_config.json';

/** The path functions of the simulated OS, so Windows paths come out with backslashes on Linux too. */
export function pathFor(platform: NodeJS.Platform): typeof posix {
  return platform === 'win32' ? win32 : posix;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

/**
 * The Microsoft Store (MSIX) build of Claude Desktop reads a private copy of %APPDATA% under its package
 * folder; once that copy exists, the app no longer sees the ordinary %APPDATA%\Claude file.
 */
function claudeDesktopStoreFolder(host: Host): string | undefined {
  const path = win32;
  const localAppData = nonEmpty(host.env['LOCALAPPDATA']) ?? path.join(host.home, 'AppData', 'Local');
  const packages = path.join(localAppData, 'Packages');
  const candidates = host
    .list(packages)
    .filter(name => name.startsWith('Claude_'))
    .sort()
    .map(name => path.join(packages, name, 'LocalCache', 'Roaming', 'Claude'))
    .filter(folder => host.exists(folder));
  // With several package folders (reinstalls), the one already holding a config is the live one.
  return candidates.find(folder => host.exists(path.join(folder, CLAUDE_DESKTOP_FILE))) ?? candidates[0];
}

/** The folder Claude Desktop reads its config from on this host. */
export function claudeDesktopFolder(host: Host): string {
  const path = pathFor(host.platform);
  switch (host.platform) {
    case 'darwin':
      return path.join(host.home, 'Library', 'Application Support', 'Claude');
    case 'win32':
      return (
        claudeDesktopStoreFolder(host) ??
        path.join(nonEmpty(host.env['APPDATA']) ?? path.join(host.home, 'AppData', 'Roaming'), 'Claude')
      );
    default: {
      // XDG says a relative $XDG_CONFIG_HOME is invalid and must be ignored.
      const xdg = nonEmpty(host.env['XDG_CONFIG_HOME']);
      return path.join(xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.join(host.home, '.config'), 'Claude');
    }
  }
}

/** The client's config file: in the home folder for user-scoped clients, in the project for the others. */
export function defaultConfigPath(client: ClientDefinition, host: Host, projectRoot: string): string {
  const path = pathFor(host.platform);
  switch (client.id) {
    case 'claude-desktop':
      return path.join(claudeDesktopFolder(host), CLAUDE_DESKTOP_FILE);
    case 'claude-code':
      return path.join(projectRoot, '.mcp.json');
    case 'cursor':
      return path.join(projectRoot, '.cursor', 'mcp.json');
    case 'vscode':
      return path.join(projectRoot, '.vscode', 'mcp.json');
    case 'windsurf':
      return path.join(host.home, '.codeium', 'windsurf', 'mcp_config.json');
  }
}

/** `--config-path` wins over the default location; a relative one is taken from the current folder. */
export function configPath(
  client: ClientDefinition,
  host: Host,
  projectRoot: string,
  override: string | undefined,
  cwd: string,
): string {
  if (override === undefined || override === '') return defaultConfigPath(client, host, projectRoot);
  return pathFor(host.platform).resolve(cwd, override);
}

/** True when Claude Desktop looks installed: the folder its config lives in exists. */
export function claudeDesktopConfigFolderExistsOn(host: Host): boolean {
  return host.exists(claudeDesktopFolder(host));
}

/** True when `file` is inside `folder` (then workspace variables can stand for the project folder). */
export function isInside(file: string, folder: string, platform: NodeJS.Platform): boolean {
  const path = pathFor(platform);
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
