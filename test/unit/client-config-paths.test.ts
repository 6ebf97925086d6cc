// Where each client's config file is, on every OS. The OS is simulated: platform, environment, home
// folder and file-system probes are injected, so the macOS and Windows rules run on this Linux box too.
import assert from 'node:assert/strict';
import { CLIENTS } from '../../generators/lib/client-config/clients.js';
import {
  claudeDesktopConfigFolderExistsOn,
  configPath,
  defaultConfigPath,
  type Host,
  isInside,
  pathFor,
} from '../../generators/lib/client-config/config-path.js';

/** A simulated machine: `existing` lists every file and folder that exists on it. */
function simulatedHost(platform: NodeJS.Platform, home: string, env: Record<string, string> = {}, existing: string[] = []): Host {
  const path = pathFor(platform);
  const all = new Set<string>();
  for (const entry of existing) {
    for (let p = entry; p !== path.dirname(p); p = path.dirname(p)) all.add(p);
  }
  return {
    platform,
    env,
    home,
    exists: p => all.has(p),
    list: folder => [...all].filter(p => path.dirname(p) === folder).map(p => path.basename(p)),
  };
}

const MAC_HOME = '/Users/ada';
const WIN_HOME = 'C:\\Users\\Ada Lovelace';
const LINUX_HOME = '/home/ada';
const WIN_ENV = { APPDATA: `${WIN_HOME}\\AppData\\Roaming`, LOCALAPPDATA: `${WIN_HOME}\\AppData\\Local` };

describe('client config paths (OS simulated)', () => {
  describe('Claude Desktop', () => {
    const desktop = CLIENTS['claude-desktop'];

    it('macOS: ~/Library/Application Support/Claude', () => {
      assert.equal(
        defaultConfigPath(desktop, simulatedHost('darwin', MAC_HOME), '/proj'),
        '/Users/ada/Library/Application Support/Claude/claude_desktop_config.json',
      );
    });

    it('Windows: %APPDATA%\\Claude', () => {
      assert.equal(
        defaultConfigPath(desktop, simulatedHost('win32', WIN_HOME, WIN_ENV), 'C:\\proj'),
        'C:\\Users\\Ada Lovelace\\AppData\\Roaming\\Claude\\claude_desktop_config.json',
      );
    });

    it('Windows without APPDATA set: the profile\'s AppData\\Roaming', () => {
      assert.equal(
        defaultConfigPath(desktop, simulatedHost('win32', WIN_HOME, {}), 'C:\\proj'),
        'C:\\Users\\Ada Lovelace\\AppData\\Roaming\\Claude\\claude_desktop_config.json',
      );
    });

    it('Windows, Microsoft Store install present: its LocalCache\\Roaming\\Claude', () => {
      const store = `${WIN_HOME}\\AppData\\Local\\Packages\\Claude_pzs8sxrjxfjjc\\LocalCache\\Roaming\\Claude`;
      const host = simulatedHost('win32', WIN_HOME, WIN_ENV, [store, `${WIN_HOME}\\AppData\\Roaming\\Claude`]);
      assert.equal(defaultConfigPath(desktop, host, 'C:\\proj'), `${store}\\claude_desktop_config.json`);
    });

    it('Windows, Store package without its Claude folder: the ordinary %APPDATA% file', () => {
      const host = simulatedHost('win32', WIN_HOME, WIN_ENV, [`${WIN_HOME}\\AppData\\Local\\Packages\\Claude_pzs8sxrjxfjjc\\Settings`]);
      assert.equal(
        defaultConfigPath(desktop, host, 'C:\\proj'),
        'C:\\Users\\Ada Lovelace\\AppData\\Roaming\\Claude\\claude_desktop_config.json',
      );
    });

    it('Windows, two Store packages: the one that already holds a config', () => {
      const packages = `${WIN_HOME}\\AppData\\Local\\Packages`;
      const live = `${packages}\\Claude_zzz\\LocalCache\\Roaming\\Claude`;
      const host = simulatedHost('win32', WIN_HOME, WIN_ENV, [
        `${packages}\\Claude_aaa\\LocalCache\\Roaming\\Claude`,
        `${live}\\claude_desktop_config.json`,
        `${packages}\\NotClaude_x\\LocalCache\\Roaming\\Claude\\claude_desktop_config.json`,
      ]);
      assert.equal(defaultConfigPath(desktop, host, 'C:\\proj'), `${live}\\claude_desktop_config.json`);
    });

    it('Windows, %APPDATA% and %LOCALAPPDATA% elsewhere than the profile: those folders', () => {
      const env = { APPDATA: 'D:\\Roaming', LOCALAPPDATA: 'D:\\Local' };
      assert.equal(defaultConfigPath(desktop, simulatedHost('win32', WIN_HOME, env), 'C:\\proj'), 'D:\\Roaming\\Claude\\claude_desktop_config.json');
      const store = 'D:\\Local\\Packages\\Claude_pzs8sxrjxfjjc\\LocalCache\\Roaming\\Claude';
      assert.equal(defaultConfigPath(desktop, simulatedHost('win32', WIN_HOME, env, [store]), 'C:\\proj'), `${store}\\claude_desktop_config.json`);
    });

    it('Windows, %APPDATA% and %LOCALAPPDATA% unset, empty or blank: the profile\'s AppData folders, Store install included', () => {
      const store = `${WIN_HOME}\\AppData\\Local\\Packages\\Claude_pzs8sxrjxfjjc\\LocalCache\\Roaming\\Claude`;
      for (const env of [{}, { APPDATA: '', LOCALAPPDATA: '' }, { APPDATA: '  ', LOCALAPPDATA: ' \t' }] as Array<Record<string, string>>) {
        assert.equal(
          defaultConfigPath(desktop, simulatedHost('win32', WIN_HOME, env), 'C:\\proj'),
          'C:\\Users\\Ada Lovelace\\AppData\\Roaming\\Claude\\claude_desktop_config.json',
        );
        assert.equal(defaultConfigPath(desktop, simulatedHost('win32', WIN_HOME, env, [store]), 'C:\\proj'), `${store}\\claude_desktop_config.json`);
      }
    });

    it('Windows, several Store packages and none holding a config yet: the first by name; other packages never count', () => {
      const packages = `${WIN_HOME}\\AppData\\Local\\Packages`;
      const host = simulatedHost('win32', WIN_HOME, WIN_ENV, [
        `${packages}\\Claude_zzz\\LocalCache\\Roaming\\Claude`,
        `${packages}\\Claude_aaa\\LocalCache\\Roaming\\Claude`,
        `${packages}\\Anthropic.Other_x\\LocalCache\\Roaming\\Claude\\claude_desktop_config.json`,
      ]);
      assert.equal(defaultConfigPath(desktop, host, 'C:\\proj'), `${packages}\\Claude_aaa\\LocalCache\\Roaming\\Claude\\claude_desktop_config.json`);
    });

    it('Linux: $XDG_CONFIG_HOME/Claude', () => {
      const host = simulatedHost('linux', LINUX_HOME, { XDG_CONFIG_HOME: '/xdg/config' });
      assert.equal(defaultConfigPath(desktop, host, '/proj'), '/xdg/config/Claude/claude_desktop_config.json');
    });

    it('Linux without $XDG_CONFIG_HOME, or with a relative one (invalid per XDG): ~/.config/Claude', () => {
      for (const env of [{}, { XDG_CONFIG_HOME: '' }, { XDG_CONFIG_HOME: 'relative/config' }] as Array<Record<string, string>>) {
        assert.equal(
          defaultConfigPath(desktop, simulatedHost('linux', LINUX_HOME, env), '/proj'),
          '/home/ada/.config/Claude/claude_desktop_config.json',
        );
      }
    });

    it('tells whether Claude Desktop\'s config folder exists (for the app generator\'s offer)', () => {
      assert.equal(claudeDesktopConfigFolderExistsOn(simulatedHost('linux', LINUX_HOME)), false);
      assert.equal(claudeDesktopConfigFolderExistsOn(simulatedHost('linux', LINUX_HOME, {}, ['/home/ada/.config/Claude'])), true);
      assert.equal(
        claudeDesktopConfigFolderExistsOn(simulatedHost('darwin', MAC_HOME, {}, ['/Users/ada/Library/Application Support/Claude'])),
        true,
      );
      const store = `${WIN_HOME}\\AppData\\Local\\Packages\\Claude_pzs8sxrjxfjjc\\LocalCache\\Roaming\\Claude`;
      assert.equal(claudeDesktopConfigFolderExistsOn(simulatedHost('win32', WIN_HOME, WIN_ENV, [store])), true);
      assert.equal(claudeDesktopConfigFolderExistsOn(simulatedHost('win32', WIN_HOME, WIN_ENV)), false);
    });
  });

  describe('project-scoped clients: a file in the project, on every OS', () => {
    const cases: Array<[NodeJS.Platform, string, string]> = [
      ['linux', '/home/ada/my proj', '/'],
      ['darwin', '/Users/ada/my proj', '/'],
      ['win32', 'C:\\work\\my proj', '\\'],
    ];
    for (const [platform, root, sep] of cases) {
      it(`${platform}: .mcp.json, .cursor/mcp.json, .vscode/mcp.json`, () => {
        const host = simulatedHost(platform, platform === 'win32' ? WIN_HOME : LINUX_HOME);
        assert.equal(defaultConfigPath(CLIENTS['claude-code'], host, root), `${root}${sep}.mcp.json`);
        assert.equal(defaultConfigPath(CLIENTS.cursor, host, root), `${root}${sep}.cursor${sep}mcp.json`);
        assert.equal(defaultConfigPath(CLIENTS.vscode, host, root), `${root}${sep}.vscode${sep}mcp.json`);
      });
    }
  });

  describe('Windsurf: ~/.codeium/windsurf/mcp_config.json', () => {
    it('on Linux, macOS and Windows', () => {
      assert.equal(defaultConfigPath(CLIENTS.windsurf, simulatedHost('linux', LINUX_HOME), '/p'), '/home/ada/.codeium/windsurf/mcp_config.json');
      assert.equal(defaultConfigPath(CLIENTS.windsurf, simulatedHost('darwin', MAC_HOME), '/p'), '/Users/ada/.codeium/windsurf/mcp_config.json');
      assert.equal(
        defaultConfigPath(CLIENTS.windsurf, simulatedHost('win32', WIN_HOME, WIN_ENV), 'C:\\p'),
        'C:\\Users\\Ada Lovelace\\.codeium\\windsurf\\mcp_config.json',
      );
    });
  });

  describe('--config-path', () => {
    it('overrides the location; a relative path is taken from the current folder', () => {
      const host = simulatedHost('linux', LINUX_HOME);
      assert.equal(configPath(CLIENTS['claude-desktop'], host, '/p', '/tmp/x.json', '/cwd'), '/tmp/x.json');
      assert.equal(configPath(CLIENTS.cursor, host, '/p', 'conf/x.json', '/cwd'), '/cwd/conf/x.json');
      assert.equal(configPath(CLIENTS.cursor, host, '/p', undefined, '/cwd'), '/p/.cursor/mcp.json');
      assert.equal(configPath(CLIENTS.cursor, host, '/p', '', '/cwd'), '/p/.cursor/mcp.json');
      const windows = simulatedHost('win32', WIN_HOME, WIN_ENV);
      assert.equal(configPath(CLIENTS.vscode, windows, 'C:\\p', 'x.json', 'D:\\cwd'), 'D:\\cwd\\x.json');
    });
  });

  describe('isInside', () => {
    it('tells a file inside the project from one elsewhere', () => {
      assert.equal(isInside('/p/.vscode/mcp.json', '/p', 'linux'), true);
      assert.equal(isInside('/tmp/mcp.json', '/p', 'linux'), false);
      assert.equal(isInside('/p', '/p', 'linux'), false);
      assert.equal(isInside('/pp/x.json', '/p', 'linux'), false);
      assert.equal(isInside('C:\\p\\.mcp.json', 'C:\\p', 'win32'), true);
      assert.equal(isInside('D:\\p\\.mcp.json', 'C:\\p', 'win32'), false);
    });
  });
});
