// Mutation testing (issue 16): `npm run mutation`. Not part of `npm test`.
import { readdirSync, readFileSync } from 'node:fs';

// Mocha stops at a mutant's first failing test: the direct, in-process tests go first, so that a mutant
// they kill never waits for the slower ones that run whole generators or child processes.
const UNIT = readdirSync('test/unit').filter((name) => name.endsWith('.test.ts')).map((name) => `test/unit/${name}`).sort();
const SLOW = /yeoman-test|helpers\/(generators|fixture)|spawnSync|execFile|fast-check|run-tool|processes/;
const isSlow = (file) => SLOW.test(readFileSync(file, 'utf8'));

export default {
  testRunner: 'mocha',
  mochaOptions: {
    config: '.mocharc.json',
    spec: [...UNIT.filter((file) => !isSlow(file)), ...UNIT.filter(isSlow)],
    // It drives the built dist/ through a third-party generator: the mutated sources never reach it.
    ignore: ['test/unit/compose.test.ts'],
  },
  testRunnerNodeArgs: ['--import', 'tsx/esm', '--import', './scripts/mutation/mocha12-cli-paths.mjs'],
  mutate: [
    'generators/**/*.ts',
    '!generators/**/templates/**',
    // Data tables written by scripts/generate-*.mjs, not logic (see docs/mutation.md).
    '!generators/lib/python/confusables.ts',
    '!generators/lib/python/stdlib-modules.ts',
  ],
  coverageAnalysis: 'perTest',
  // A mutant in module-level code runs the whole suite (1-2 minutes here) instead of its own tests.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['progress', 'json', 'clear-text'],
  jsonReporter: { fileName: 'reports/mutation.json' },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
};
