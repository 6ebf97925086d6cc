// Mutation testing (issue 16): `npm run mutation`. Not part of `npm test`.
import { readdirSync, readFileSync } from 'node:fs';
import { EXCLUDED, PARTS, partFiles } from './scripts/mutation/parts.mjs';

// Mocha stops at a mutant's first failing test: the direct, in-process tests go first, so that a mutant
// they kill never waits for the slower ones that run whole generators or child processes.
const UNIT = readdirSync('test/unit').filter((name) => name.endsWith('.test.ts')).map((name) => `test/unit/${name}`).sort();
const SLOW = /yeoman-test|helpers\/(generators|fixture)|spawnSync|execFile|fast-check|run-tool|processes/;
const isSlow = (file) => SLOW.test(readFileSync(file, 'utf8'));
// scripts/mutation/run.mjs runs one part at a time (scripts/mutation/parts.mjs); without one, all in one run.
const part = process.env.MUTATION_PART ?? 'all';
if (part !== 'all' && !(part in PARTS)) throw new Error(`MUTATION_PART: no part ${part}; the parts: ${Object.keys(PARTS).join(', ')}`);
const files = partFiles(part);

export default {
  testRunner: 'mocha',
  mochaOptions: {
    config: '.mocharc.json',
    spec: [...UNIT.filter((file) => !isSlow(file)), ...UNIT.filter(isSlow)],
    // It drives the built dist/ through a third-party generator: the mutated sources never reach it.
    ignore: ['test/unit/compose.test.ts'],
  },
  testRunnerNodeArgs: [
    '--import', 'tsx/esm', '--import', './scripts/mutation/mocha12-cli-paths.mjs', '--import', './scripts/mutation/credit-before-all.mjs',
    '--import', './scripts/mutation/preload-generators.mjs', '--import', './scripts/mutation/temp-per-run.mjs',
  ],
  mutate: [...(part === 'all' ? Object.values(PARTS).flat() : PARTS[part]), ...EXCLUDED],
  coverageAnalysis: 'perTest',
  // A mutant in module-level code runs the whole suite (1-2 minutes here) instead of its own tests.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: files.incremental,
  reporters: ['progress', 'json', 'clear-text'],
  jsonReporter: { fileName: files.report },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
};
