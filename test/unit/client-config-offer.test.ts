// The app generator's closing offer to register with Claude Desktop, driven from a stand-in generator
// (the app generator itself is tested by its owner), always into --config-path, never the real file.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Generator from 'yeoman-generator';
import helpers from 'yeoman-test';
import { claudeOfferDecision, offerClaudeDesktop } from '../../generators/app/claude-offer.js';
import { writeProject } from '../fixtures/client-config/project.js';

describe('offering Claude Desktop registration at the end of yo mcp-python', () => {
  it('decides: --claude registers, --yes alone never does, otherwise ask where Claude Desktop is installed', () => {
    assert.equal(claudeOfferDecision({ claude: true, yes: true }, false), 'register');
    assert.equal(claudeOfferDecision({ yes: true }, true), 'skip');
    assert.equal(claudeOfferDecision({}, false), 'skip');
    assert.equal(claudeOfferDecision({}, true), 'ask');
  });

  const folders: string[] = [];
  after(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  /** Runs a stand-in for the app generator whose end() makes the offer, in a fresh project. */
  async function runOffer(flags: { claude?: boolean; yes?: boolean }, installed: boolean, answers: Record<string, unknown> = {}) {
    const root = mkdtempSync(join(tmpdir(), 'offer '));
    folders.push(root);
    writeProject(root);
    const configPath = join(root, 'desktop', 'claude_desktop_config.json');
    class StandIn extends Generator {
      async end(): Promise<void> {
        await offerClaudeDesktop(this, flags, { configPath, uvPath: join(root, 'bin', 'uv') }, () => installed);
      }
    }
    await helpers
      .run(StandIn, { resolved: fileURLToPath(import.meta.url), namespace: 'mcp-python:stand-in' })
      .cd(root)
      .withAnswers(answers);
    return { root, configPath };
  }

  it('--claude composes claude-config, which writes the entry', async () => {
    const { root, configPath } = await runOffer({ claude: true, yes: true }, false);
    const entry = JSON.parse(readFileSync(configPath, 'utf8')).mcpServers['weather-tools'];
    assert.deepEqual(entry.args, ['run', '--directory', root, 'weather-tools', '--transport', 'stdio']);
  });

  it('--yes without --claude writes nothing', async () => {
    const { configPath } = await runOffer({ yes: true }, true);
    assert.equal(existsSync(configPath), false);
  });

  it('asks where Claude Desktop is installed; "no" writes nothing, "yes" registers', async () => {
    assert.equal(existsSync((await runOffer({}, true, { claude: false })).configPath), false);
    assert.equal(existsSync((await runOffer({}, true, { claude: true })).configPath), true);
  });
});
