// The app generator's closing offer to register with Claude Desktop. The user's config folder is a
// temporary XDG_CONFIG_HOME (Linux layout), so no real Claude Desktop file is touched.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGenerator, runGenerator } from '../helpers/generators.js';

async function generateWithConfigHome(options: Record<string, unknown>): Promise<{ cwd: string; configFile: string }> {
  const configHome = mkdtempSync(join(tmpdir(), 'xdg-'));
  mkdirSync(join(configHome, 'Claude'));
  const saved = process.env['XDG_CONFIG_HOME'];
  process.env['XDG_CONFIG_HOME'] = configHome;
  try {
    const result = await runGenerator(await loadGenerator('app'))
      .withArguments(['claude-offer'])
      .withOptions({ yes: true, skipGit: true, skipInstall: true, ...options });
    return { cwd: result.cwd, configFile: join(configHome, 'Claude', 'claude_desktop_config.json') };
  } finally {
    if (saved === undefined) delete process.env['XDG_CONFIG_HOME'];
    else process.env['XDG_CONFIG_HOME'] = saved;
  }
}

describe('yo mcp-python and Claude Desktop', () => {
  it('registers nothing with --yes alone, even where Claude Desktop is installed', async () => {
    const { configFile } = await generateWithConfigHome({});
    assert.ok(!existsSync(configFile));
  });

  it('registers the new server with --yes --claude', async () => {
    const { cwd, configFile } = await generateWithConfigHome({ claude: true });
    const config = JSON.parse(readFileSync(configFile, 'utf8'));
    const entry = config.mcpServers['claude-offer'];
    assert.ok(entry, `no claude-offer entry in ${JSON.stringify(config)}`);
    assert.deepEqual(entry.args.slice(0, 3), ['run', '--directory', join(cwd, 'claude-offer')]);
  });
});
