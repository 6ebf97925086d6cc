// The real machine behind the `Host` interface: the one impure piece of the path logic.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { claudeDesktopConfigFolderExistsOn, type Host } from './config-path.js';

export function nodeHost(): Host {
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    exists: existsSync,
    list(folder) {
      try {
        return readdirSync(folder);
      } catch {
        return [];
      }
    },
  };
}

/**
 * For the app generator: offer to register the new server with Claude Desktop only where Claude
 * Desktop's config folder exists on this machine.
 */
export function claudeDesktopConfigFolderExists(host: Host = nodeHost()): boolean {
  return claudeDesktopConfigFolderExistsOn(host);
}
