// The mutation run in parts, one Stryker run each with its own incremental file and report: the whole
// scope takes hours on a small machine, so it is measured a part at a time, each part's last report
// is kept for docs/mutation.md, and a rerun after a change redoes only what the change touched.
export const EXCLUDED = [
  '!generators/**/templates/**',
  // Data tables written by scripts/generate-*.mjs, not logic (see docs/mutation.md).
  '!generators/lib/python/confusables.ts',
  '!generators/lib/python/stdlib-modules.ts',
];

export const PARTS = {
  python: ['generators/lib/python/*.ts'],
  handlers: ['generators/lib/handlers/*.ts'],
  migrate: ['generators/lib/migrate/*.ts'],
  'client-config': ['generators/lib/client-config/*.ts', 'generators/client-config/*.ts', 'generators/claude-config/*.ts'],
  lib: ['generators/lib/*.ts', 'generators/lib/cli/*.ts'],
  app: ['generators/app/*.ts'],
  'sub-generators': ['generators/{tool,resource,prompt,migrate}/*.ts'],
};

/** Where a part keeps its incremental file, its JSON report and the facts of its last run. */
export const partFiles = (part) => ({
  incremental: `reports/parts/${part}.incremental.json`,
  report: `reports/parts/${part}.json`,
  run: `reports/parts/${part}.run.json`,
});
