// The proof that a written entry works: generate a project, `uv sync` it, run claude-config into a
// temporary config file, then start exactly the command, arguments and environment of the written entry
// from an unrelated folder, the way a GUI client would (its own minimal environment, a PATH without uv),
// with the official TypeScript MCP client, and list the server's tools. A missing uv fails, never skips.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { generateProject, loadGenerator, runGenerator } from '../helpers/generators.js';
import { requireUv, run } from '../helpers/processes.js';

interface StdioEntry {
  command: string;
  args: string[];
  env?: Record<string, string>;
}

/** A client's environment: the SDK's safe defaults, with a PATH that does not lead to uv. */
function clientEnvironment(uv: string, entryEnv: Record<string, string> = {}): Record<string, string> {
  const path = (process.env['PATH'] ?? '')
    .split(':')
    .filter(folder => folder !== '' && folder !== dirname(uv) && !existsSync(join(folder, 'uv')))
    .join(':');
  return { ...getDefaultEnvironment(), PATH: path, ...entryEnv };
}

async function listToolsWith(entry: StdioEntry, cwd: string, env: Record<string, string>): Promise<string[]> {
  const client = new Client({ name: 'client-config-e2e', version: '1.0.0' });
  const transport = new StdioClientTransport({ command: entry.command, args: entry.args, env, cwd, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', chunk => (stderr += String(chunk)));
  try {
    await client.connect(transport);
    const { tools } = await client.listTools();
    return tools.map(tool => tool.name);
  } catch (error) {
    throw new Error(`${String(error)}\n--- server stderr\n${stderr}`, { cause: error });
  } finally {
    await client.close();
  }
}

describe('claude-config entries start the server, end to end', () => {
  let uv = '';
  let parent = '';
  let elsewhere = '';

  before(() => {
    uv = requireUv();
    parent = mkdtempSync(join(tmpdir(), 'client config e2e '));
    elsewhere = mkdtempSync(join(tmpdir(), 'some other folder '));
  });
  after(() => {
    for (const folder of [parent, elsewhere]) if (folder !== '') rmSync(folder, { recursive: true, force: true });
  });

  const cases = [
    { example: 'minimal', transport: 'stdio', tools: ['echo'] },
    // Claude Desktop cannot take a URL: the stdio entry must override the project's HTTP default.
    { example: 'notes', transport: 'streamable-http', tools: ['add_note'] },
  ] as const;

  for (const { example, transport, tools } of cases) {
    describe(`${example} × ${transport}`, () => {
      let project = '';
      const name = `cc-${example}-${transport}`;

      before(async () => {
        project = await generateProject(parent, { name, example, transport });
        run(uv, ['sync'], { cwd: project });
      });

      it('Claude Desktop (user scope): the written entry, started from another folder, lists the tools', async () => {
        const configFile = join(parent, `${name} desktop`, 'claude_desktop_config.json');
        await runGenerator(await loadGenerator('claude-config'))
          .cd(project)
          .withOptions({ configPath: configFile, envVar: ['CLIENT_CONFIG_E2E=a value with spaces'], force: false });
        const config = JSON.parse(readFileSync(configFile, 'utf8')) as { mcpServers: Record<string, StdioEntry> };
        const entry = config.mcpServers[name];
        assert.ok(entry !== undefined, `no "${name}" entry in ${JSON.stringify(config)}`);
        assert.ok(isAbsolute(entry.command) && existsSync(entry.command), `command is not an absolute path to uv: ${entry.command}`);
        assert.equal(/[\\/]shims[\\/]/.test(entry.command), false, `a version-manager shim was written: ${entry.command}`);
        assert.deepEqual(entry.args, ['run', '--directory', project, name, '--transport', 'stdio']);
        assert.deepEqual(entry.env, { CLIENT_CONFIG_E2E: 'a value with spaces' });

        assert.deepEqual(await listToolsWith(entry, elsewhere, clientEnvironment(uv, entry.env)), tools);
      });

      if (transport === 'stdio') {
        it('Claude Code (project scope): .mcp.json, started in the project folder as Claude Code does, lists the tools', async () => {
          await runGenerator(await loadGenerator('claude-config')).cd(project).withOptions({ scope: 'project', force: false });
          const entry = (JSON.parse(readFileSync(join(project, '.mcp.json'), 'utf8')) as { mcpServers: Record<string, StdioEntry & { type: string }> }).mcpServers[name]!;
          assert.equal(entry.type, 'stdio');
          assert.deepEqual(entry.args, ['run', '--directory', '.', name, '--transport', 'stdio']);
          assert.deepEqual(await listToolsWith(entry, project, clientEnvironment(uv, entry.env)), tools);
        });
      }
    });
  }
});
