// The entry each client gets, and the validators for what the user types.
import assert from 'node:assert/strict';
import { CLIENT_IDS, CLIENTS, validateClient, type ClientId } from '../../generators/lib/client-config/clients.js';
import {
  buildEntry,
  entryKind,
  type EntryInput,
  parseEnvPairs,
  validateEntryName,
  validateEnvPair,
  validateScope,
  validateUvPath,
} from '../../generators/lib/client-config/entry.js';
import { describeServerProject, readPyproject } from '../../generators/lib/client-config/server-project.js';

function input(client: ClientId, overrides: Partial<EntryInput> = {}): EntryInput {
  return {
    client: CLIENTS[client],
    uvCommand: '/home/ada/.local/bin/uv',
    projectRoot: '/home/ada/code/weather tools',
    scriptName: 'weather-tools',
    transport: 'stdio',
    acceptsTransportFlag: true,
    env: {},
    portable: false,
    platform: 'linux',
    home: '/home/ada',
    ...overrides,
  };
}

const ABSOLUTE_ARGS = ['run', '--directory', '/home/ada/code/weather tools', 'weather-tools', '--transport', 'stdio'];

describe('client entries', () => {
  describe('stdio server, absolute paths (user-scoped file or --config-path outside the project)', () => {
    it('Claude Desktop, Cursor, Windsurf: command/args', () => {
      for (const client of ['claude-desktop', 'cursor', 'windsurf'] as const) {
        const built = buildEntry(input(client));
        assert.equal(built.kind, 'stdio');
        assert.deepEqual(built.value, { command: '/home/ada/.local/bin/uv', args: ABSOLUTE_ARGS }, client);
      }
    });

    it('Claude Code and VS Code also say type: stdio', () => {
      for (const client of ['claude-code', 'vscode'] as const) {
        assert.deepEqual(
          buildEntry(input(client)).value,
          { type: 'stdio', command: '/home/ada/.local/bin/uv', args: ABSOLUTE_ARGS },
          client,
        );
      }
    });

    it('--env pairs become env', () => {
      const built = buildEntry(input('claude-desktop', { env: { API_KEY: 'a=b c', DEBUG: '1' } }));
      assert.deepEqual(built.value['env'], { API_KEY: 'a=b c', DEBUG: '1' });
    });

    it('a project not made by this generator gets no --transport flag', () => {
      const built = buildEntry(input('claude-desktop', { acceptsTransportFlag: false }));
      assert.deepEqual(built.value['args'], ['run', '--directory', '/home/ada/code/weather tools', 'weather-tools']);
    });

    it('Windows paths are kept as they are (JSON escaping happens when the file is written)', () => {
      const built = buildEntry(
        input('claude-desktop', {
          platform: 'win32',
          home: 'C:\\Users\\Ada',
          uvCommand: 'C:\\Users\\Ada\\.local\\bin\\uv.exe',
          projectRoot: 'C:\\Users\\Ada\\My Projects\\weather',
        }),
      );
      assert.equal(built.value['command'], 'C:\\Users\\Ada\\.local\\bin\\uv.exe');
      assert.equal((built.value['args'] as string[])[2], 'C:\\Users\\Ada\\My Projects\\weather');
    });
  });

  describe('stdio server, committed project files: the client\'s own variables', () => {
    it('Claude Code: the project folder is "." (it starts servers in the folder of .mcp.json)', () => {
      const built = buildEntry(input('claude-code', { portable: true }));
      assert.deepEqual(built.value, {
        type: 'stdio',
        command: '/home/ada/.local/bin/uv',
        args: ['run', '--directory', '.', 'weather-tools', '--transport', 'stdio'],
      });
    });

    it('Cursor and VS Code: ${workspaceFolder}, and ${userHome} for a uv under the home folder', () => {
      for (const client of ['cursor', 'vscode'] as const) {
        const built = buildEntry(input(client, { portable: true }));
        assert.equal(built.value['command'], '${userHome}/.local/bin/uv');
        assert.deepEqual(built.value['args'], ['run', '--directory', '${workspaceFolder}', 'weather-tools', '--transport', 'stdio']);
      }
    });

    it('a uv outside the home folder stays absolute; Windows keeps its separators', () => {
      assert.equal(buildEntry(input('vscode', { portable: true, uvCommand: '/usr/local/bin/uv' })).value['command'], '/usr/local/bin/uv');
      const windows = buildEntry(
        input('cursor', { portable: true, platform: 'win32', home: 'C:\\Users\\Ada', uvCommand: 'C:\\Users\\Ada\\.local\\bin\\uv.exe' }),
      );
      assert.equal(windows.value['command'], '${userHome}\\.local\\bin\\uv.exe');
    });

    it('a client without variables (Claude Desktop, Windsurf) keeps absolute paths even in a portable file', () => {
      for (const client of ['claude-desktop', 'windsurf'] as const) {
        assert.deepEqual(buildEntry(input(client, { portable: true })).value, { command: '/home/ada/.local/bin/uv', args: ABSOLUTE_ARGS }, client);
      }
    });

    it('a bare --uv-path (PATH lookup chosen by the user) is written as given', () => {
      assert.equal(buildEntry(input('cursor', { portable: true, uvCommand: 'uv' })).value['command'], 'uv');
    });
  });

  describe('streamable-HTTP server', () => {
    const http = { transport: 'streamable-http' as const };
    it('a URL entry in each client\'s dialect', () => {
      assert.deepEqual(buildEntry(input('claude-code', http)).value, { type: 'http', url: 'http://127.0.0.1:8000/mcp' });
      assert.deepEqual(buildEntry(input('vscode', http)).value, { type: 'http', url: 'http://127.0.0.1:8000/mcp' });
      assert.deepEqual(buildEntry(input('cursor', http)).value, { url: 'http://127.0.0.1:8000/mcp' });
      assert.deepEqual(buildEntry(input('windsurf', http)).value, { serverUrl: 'http://127.0.0.1:8000/mcp' });
      for (const client of ['claude-code', 'vscode', 'cursor', 'windsurf'] as const) {
        assert.equal(buildEntry(input(client, http)).kind, 'url');
      }
    });

    it('Claude Desktop, whose file takes no URL: the stdio entry, forced to stdio, with a note', () => {
      const built = buildEntry(input('claude-desktop', http));
      assert.equal(built.kind, 'stdio');
      assert.deepEqual(built.value['args'], ABSOLUTE_ARGS);
      assert.match(built.notes.join('\n'), /cannot connect to a URL/);
    });

    it('entryKind: a URL only for streamable HTTP and a client whose file takes one', () => {
      for (const client of ['claude-code', 'vscode', 'cursor', 'windsurf'] as const) {
        assert.equal(entryKind(CLIENTS[client], 'streamable-http'), 'url', client);
        assert.equal(entryKind(CLIENTS[client], 'stdio'), 'stdio', client);
      }
      assert.equal(entryKind(CLIENTS['claude-desktop'], 'streamable-http'), 'stdio');
      assert.equal(entryKind(CLIENTS['claude-desktop'], 'stdio'), 'stdio');
    });

    it('a URL entry without --env has nothing to note', () => {
      assert.deepEqual(buildEntry(input('cursor', http)).notes, []);
    });

    it('--env with a URL entry is noted, not silently dropped', () => {
      const built = buildEntry(input('cursor', { ...http, env: { A: '1' } }));
      assert.equal(built.value['env'], undefined);
      assert.match(built.notes.join('\n'), /--env is not written/);
    });
  });

  describe('validators', () => {
    it('client', () => {
      for (const id of CLIENT_IDS) assert.equal(validateClient(id), true);
      assert.match(String(validateClient('claude')), /Choose one of: claude-desktop, claude-code, cursor, vscode, windsurf/);
    });

    it('scope', () => {
      assert.equal(validateScope('user'), true);
      assert.equal(validateScope('project'), true);
      assert.match(String(validateScope('global')), /"user".*"project"/);
    });

    it('entry name', () => {
      assert.equal(validateEntryName('weather-tools'), true);
      assert.equal(validateEntryName('weather_tools.v2'), true);
      assert.match(String(validateEntryName('')), /empty/);
      assert.match(String(validateEntryName('my server')), /not a usable server name/);
      assert.match(String(validateEntryName('x'.repeat(65))), /at most 64/);
      assert.equal(
        validateEntryName('my server'),
        '"my server" is not a usable server name: clients put it into tool names, so use ASCII letters, digits, ' +
          '"-", "_" and ".", starting with a letter or digit (for example "weather-tools").',
      );
    });

    it('--env KEY=VALUE', () => {
      assert.equal(validateEnvPair('API_KEY=a=b'), true);
      assert.equal(validateEnvPair('EMPTY='), true);
      assert.match(String(validateEnvPair('NOEQUALS')), /not KEY=VALUE/);
      assert.match(String(validateEnvPair('=x')), /not KEY=VALUE/);
      assert.match(String(validateEnvPair('1BAD=x')), /not a valid variable name/);
      assert.deepEqual(parseEnvPairs(['A=1', 'B=x=y', 'A=2', 'C=']), { A: '2', B: 'x=y', C: '' });
    });

    it('--uv-path: a bare name is allowed, a path must be a file', () => {
      const files = new Set(['/opt/uv/bin/uv']);
      const isFile = (p: string) => files.has(p);
      assert.equal(validateUvPath('uv', isFile), true);
      assert.equal(validateUvPath('/opt/uv/bin/uv', isFile), true);
      assert.match(String(validateUvPath('/nope/uv', isFile)), /is not a file/);
      assert.match(String(validateUvPath('', isFile)), /empty/);
      for (const value of ['   ', undefined, 42]) {
        assert.equal(validateUvPath(value, isFile), '--uv-path is empty. Pass the path of the uv executable.', String(value));
      }
    });
  });

  describe('the project behind the entry', () => {
    it('from .yo-rc.json', () => {
      assert.deepEqual(
        describeServerProject({ projectName: 'weather', scriptName: 'weather-srv', transport: 'streamable-http' }, undefined),
        { name: 'weather', scriptName: 'weather-srv', transport: 'streamable-http', ours: true },
      );
    });

    it('from pyproject.toml for a project we did not create', () => {
      const toml = '[project]\nname = "foreign"\nversion = "1"\n\n[project.scripts]\n"foreign-server" = "foreign:main"\nother = "x:y"\n\n[tool.x]\nname = "no"\n';
      assert.deepEqual(readPyproject(toml), { name: 'foreign', scriptName: 'foreign-server' });
      assert.deepEqual(describeServerProject({}, toml), { name: 'foreign', scriptName: 'foreign-server', transport: 'stdio', ours: false });
    });

    it('a pyproject.toml without a [project] table, or with a name that is not a string: no name', () => {
      assert.deepEqual(readPyproject('[tool.x]\nname = "no"\n'), { name: undefined, scriptName: undefined });
      assert.deepEqual(readPyproject('[project]\nname = 42\n[project.scripts]\nsrv = "s:main"\n'), { name: undefined, scriptName: 'srv' });
    });

    it('says what is missing when there is no console script', () => {
      assert.match(String(describeServerProject({}, '[project]\nname = "x"\n')), /\[project\.scripts\]/);
      assert.match(String(describeServerProject({}, undefined)), /\[project\] name/);
      assert.equal(
        describeServerProject({}, '[project]\nname = "x"\n'),
        'Cannot tell how to start this server: neither .yo-rc.json nor pyproject.toml names a console script ([project.scripts]). ' +
          'Add it to pyproject.toml, or run this inside a project made by `yo mcp-python`.',
      );
    });
  });
});
