// Loaded by mocha before the unit tests (.mocharc.json): the user's home folder is the one thing these
// tests must never write to (Claude Desktop's config lives there), so HOME and the per-OS config roots
// point into a fresh temporary folder for the whole run. A test that wants a particular layout sets
// its own on top of this.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const home = mkdtempSync(join(tmpdir(), 'mcp-python-home-'));
for (const folder of ['.config', 'AppData/Roaming', 'AppData/Local']) mkdirSync(join(home, folder), { recursive: true });
process.env['HOME'] = home;
process.env['XDG_CONFIG_HOME'] = join(home, '.config');
process.env['APPDATA'] = join(home, 'AppData/Roaming');
process.env['LOCALAPPDATA'] = join(home, 'AppData/Local');
