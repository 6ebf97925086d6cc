// The app generator's closing offer: register the new server with Claude Desktop, as
// create-python-server did, where Claude Desktop's config folder exists. `--yes` never writes into a
// user's global config unless `--claude` asks for it.
import { fileURLToPath } from 'node:url';
import type Generator from 'yeoman-generator';
import type { BaseOptions } from 'yeoman-generator';
import type { PromptQuestions } from 'yeoman-generator';
import ClaudeConfigGenerator from '../claude-config/index.js';
import type { ClientConfigOptions } from '../lib/client-config/client-config-generator.js';
import { claudeDesktopConfigFolderExists } from '../lib/client-config/host.js';
import { CLAUDE_QUESTION } from './options.js';

export interface ClaudeOfferFlags {
  /** `--claude`: register without asking (also with --yes). */
  claude?: boolean;
  yes?: boolean;
}

export type ClaudeOfferDecision = 'register' | 'ask' | 'skip';

export function claudeOfferDecision(flags: ClaudeOfferFlags, folderExists: boolean): ClaudeOfferDecision {
  if (flags.claude === true) return 'register';
  if (flags.yes === true || !folderExists) return 'skip';
  return 'ask';
}

/**
 * Call at the end of the app generator, once .yo-rc.json is on disk. `forward` goes to claude-config as
 * options (tests pass `configPath` so the real Claude Desktop file is never touched).
 */
export async function offerClaudeDesktop(
  generator: Generator<Record<string, unknown>, BaseOptions>,
  flags: ClaudeOfferFlags,
  forward: Partial<ClientConfigOptions> = {},
  folderExists: () => boolean = claudeDesktopConfigFolderExists,
): Promise<void> {
  const decision = claudeOfferDecision(flags, flags.claude === true || flags.yes === true ? false : folderExists());
  if (decision === 'skip') return;
  if (decision === 'ask') {
    const question = {
      type: 'confirm',
      // Named after the flag it stands for (`--claude`), like every question.
      name: 'claude',
      message: CLAUDE_QUESTION,
      // No: a default answer must never edit a user's global config.
      default: false,
      guiOptions: { hint: "Adds an entry to Claude Desktop's config (after a backup); restart Claude Desktop to load it." },
    };
    const answer = await generator.prompt<{ claude: boolean }>([question] as unknown as PromptQuestions<{ claude: boolean }>);
    if (answer.claude !== true) return;
  }
  await generator.composeWith<ClaudeConfigGenerator>(
    { Generator: ClaudeConfigGenerator, path: fileURLToPath(new URL('../claude-config/index.js', import.meta.url)) },
    { projectRoot: generator.destinationRoot(), force: false, ...forward },
  );
}
