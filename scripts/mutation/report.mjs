// docs/mutation.md from Stryker's JSON report (reports/mutation.json): the score per folder, the mutants
// marked equivalent in the code (`// Stryker disable next-line <mutator>: <why>`) with their reasons, the
// survivors still to kill, and the date, commit and duration of the run.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const STATIC = /static/i;

/** Counts by folder (and a total row) from the report's files. */
export function tally(files) {
  const rows = new Map();
  const add = (folder, status, reason) => {
    const row = rows.get(folder) ?? { detected: 0, undetected: 0, equivalent: 0, static: 0, invalid: 0 };
    if (DETECTED.has(status)) row.detected += 1;
    else if (UNDETECTED.has(status)) row.undetected += 1;
    else if (status === 'Ignored' && STATIC.test(reason ?? '')) row.static += 1;
    else if (status === 'Ignored') row.equivalent += 1;
    else row.invalid += 1;
    rows.set(folder, row);
  };
  for (const [path, file] of Object.entries(files)) {
    for (const mutant of file.mutants) {
      add(dirname(path), mutant.status, mutant.statusReason);
      add('all', mutant.status, mutant.statusReason);
    }
  }
  return rows;
}

const score = (row) => (row.detected + row.undetected === 0 ? 100 : (100 * row.detected) / (row.detected + row.undetected));

function mutantLines(files, keep) {
  const lines = [];
  for (const [path, file] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    for (const mutant of file.mutants.filter(keep).sort((a, b) => a.location.start.line - b.location.start.line)) {
      const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60);
      const reason = mutant.status === 'Ignored' ? ` — ${mutant.statusReason}` : '';
      lines.push(`- \`${path}:${mutant.location.start.line}\` ${mutant.mutatorName} → \`${replacement.replace(/`/g, "'")}\`${reason}`);
    }
  }
  return lines;
}

export function renderPage({ files, commit, date, seconds, mutate }) {
  const rows = tally(files);
  const folders = [...rows.keys()].filter((folder) => folder !== 'all').sort();
  const table = [...folders, 'all'].map((folder) => {
    const row = rows.get(folder);
    const name = folder === 'all' ? '**all**' : `\`${folder}/\``;
    return `| ${name} | ${score(row).toFixed(1)}% | ${row.detected} | ${row.undetected} | ${row.equivalent} | ${row.static} | ${row.invalid} |`;
  });
  const equivalent = mutantLines(files, (m) => m.status === 'Ignored' && !STATIC.test(m.statusReason ?? ''));
  const survivors = mutantLines(files, (m) => UNDETECTED.has(m.status));
  return [
    '# Mutation testing',
    '',
    'Written by `npm run mutation` (StrykerJS over `generators/`, against the unit tests; see',
    '`stryker.config.mjs`). Do not edit by hand.',
    '',
    `Run: ${date}, commit \`${commit}\`, ${Math.floor(seconds / 60)} min ${seconds % 60} s, ${Object.keys(files).length} files.`,
    mutate === undefined
      ? 'Scope: every file `stryker.config.mjs` mutates.'
      : `Scope: a partial run (\`--mutate ${mutate}\`); incremental mode kept the earlier results of unchanged files. ` +
        `Only these files are measured: ${Object.keys(files).sort().map((path) => `\`${path}\``).join(', ')}.`,
    '',
    'Score = detected / (detected + undetected). Detected: killed or timed out. Undetected: survived or',
    'not covered by any test. Equivalent: marked in the code with the reason (listed below), not counted.',
    'Static: module-level code (tables, patterns) that only the whole suite could test; not run (`ignoreStatic`).',
    'Invalid: the mutant did not compile or crashed on load.',
    '',
    '| folder | score | detected | undetected | equivalent | static | invalid |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...table,
    '',
    '## Equivalent mutants',
    '',
    ...(equivalent.length > 0 ? equivalent : ['None.']),
    '',
    '## Surviving mutants',
    '',
    ...(survivors.length > 0 ? survivors : ['None.']),
    '',
  ].join('\n');
}

export function writeMutationPage({ root, seconds, mutate }) {
  const report = JSON.parse(readFileSync(join(root, 'reports/mutation.json'), 'utf8'));
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const page = join(root, 'docs/mutation.md');
  writeFileSync(page, renderPage({ files: report.files, commit, date, seconds, mutate }));
  return page;
}
