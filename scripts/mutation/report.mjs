// docs/mutation.md from the last Stryker report of every part (scripts/mutation/parts.mjs): the score per
// folder, the mutants marked equivalent in the code (`// Stryker disable next-line <mutator>: <why>`) with
// their reasons, the survivors still to kill, and the date, commit and duration of each part's run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PARTS, partFiles } from './parts.mjs';

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

const duration = (seconds) => `${Math.floor(seconds / 60)} min ${seconds % 60} s`;

/** `parts`: each measured part's name, run facts (commit, date, seconds) and report files; `unmeasured`: names. */
export function renderPage({ parts, unmeasured }) {
  const files = Object.assign({}, ...parts.map((part) => part.files));
  const rows = tally(files);
  const folders = [...rows.keys()].filter((folder) => folder !== 'all').sort();
  const table = [...folders, 'all'].map((folder) => {
    const row = rows.get(folder) ?? { detected: 0, undetected: 0, equivalent: 0, static: 0, invalid: 0 };
    const name = folder === 'all' ? '**all**' : `\`${folder}/\``;
    return `| ${name} | ${score(row).toFixed(1)}% | ${row.detected} | ${row.undetected} | ${row.equivalent} | ${row.static} | ${row.invalid} |`;
  });
  const runs = parts.map((part) => {
    const row = tally(part.files).get('all') ?? { detected: 0, undetected: 0 };
    const when = `${part.date.slice(0, 16).replace('T', ' ')} UTC`;
    return `| ${part.name} | ${Object.keys(part.files).length} | ${when} | \`${part.commit}\` | ${duration(part.seconds)} | ${score(row).toFixed(1)}% |`;
  });
  const equivalent = mutantLines(files, (m) => m.status === 'Ignored' && !STATIC.test(m.statusReason ?? ''));
  const survivors = mutantLines(files, (m) => UNDETECTED.has(m.status));
  const total = parts.reduce((sum, part) => sum + part.seconds, 0);
  return [
    '# Mutation testing',
    '',
    'Written by `npm run mutation` (StrykerJS over `generators/`, against the unit tests; see',
    '`stryker.config.mjs` and the parts in `scripts/mutation/parts.mjs`). Do not edit by hand.',
    '',
    unmeasured.length === 0
      ? `Scope: every part, ${Object.keys(files).length} files; the parts' last runs took ${duration(total)} in all.`
      : `Scope: ${parts.length} of ${parts.length + unmeasured.length} parts, ${Object.keys(files).length} files. ` +
        `Not measured yet: ${unmeasured.join(', ')} (\`npm run mutation -- ${unmeasured.join(' ')}\`).`,
    '',
    '| part | files | last run | commit | took | score |',
    '| --- | ---: | --- | --- | ---: | ---: |',
    ...runs,
    '',
    'Score = detected / (detected + undetected). Detected: killed or timed out. Undetected: survived or',
    'not covered by any test. Equivalent: marked in the code with the reason (listed below), not counted.',
    'Static: module-level code (tables, patterns) that only the whole suite could test; not run (`ignoreStatic`).',
    'Invalid: the mutant did not compile or crashed on load.',
    'A mutant runs the tests that covered it; what a `before` hook covers counts for every test of its suite',
    '(`scripts/mutation/suite-coverage.mjs`), so one project generated for several tests is examined by all of them.',
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

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** docs/mutation.md from the parts measured so far; returns its path. */
export function writeMutationPage(root) {
  const names = Object.keys(PARTS);
  const measured = names.filter((name) => existsSync(join(root, partFiles(name).run)));
  const parts = measured.map((name) => ({
    name, ...readJson(join(root, partFiles(name).run)), files: readJson(join(root, partFiles(name).report)).files,
  }));
  const page = join(root, 'docs/mutation.md');
  writeFileSync(page, renderPage({ parts, unmeasured: names.filter((name) => !measured.includes(name)) }));
  return page;
}
