// docs/mutation.md is written from Stryker's report: the score per folder counts only what a test could
// detect, and every mutant judged equivalent is listed with its reason.
import assert from 'node:assert/strict';
// @ts-expect-error -- a plain .mjs script without type declarations
import { renderPage, tally } from '../../scripts/mutation/report.mjs';

const mutant = (status: string, line: number, statusReason?: string) => ({
  status, statusReason, mutatorName: 'EqualityOperator', replacement: 'a < b', location: { start: { line, column: 1 } },
});
const files = {
  'generators/lib/a.ts': { mutants: [mutant('Killed', 1), mutant('Timeout', 2), mutant('Survived', 3), mutant('Ignored', 4, 'same output: both sides empty')] },
  'generators/app/b.ts': { mutants: [mutant('NoCoverage', 5), mutant('Ignored', 6, 'Static mutant (and "ignoreStatic" was enabled)'), mutant('CompileError', 7)] },
};

describe('the mutation report page', () => {
  it('tallies detected, undetected, equivalent, static and invalid mutants per folder and in all', () => {
    const rows = tally(files) as Map<string, Record<string, number>>;
    assert.deepEqual(rows.get('generators/lib'), { detected: 2, undetected: 1, equivalent: 1, static: 0, invalid: 0 });
    assert.deepEqual(rows.get('generators/app'), { detected: 0, undetected: 1, equivalent: 0, static: 1, invalid: 1 });
    assert.deepEqual(rows.get('all'), { detected: 2, undetected: 2, equivalent: 1, static: 1, invalid: 1 });
  });

  it('scores detected / (detected + undetected), lists equivalents with reasons and survivors, and the run of each part', () => {
    const parts = [
      { name: 'lib', commit: 'abc1234', date: '2026-11-29T12:00:05.000Z', seconds: 75, files: { 'generators/lib/a.ts': files['generators/lib/a.ts'] } },
      { name: 'app', commit: 'def5678', date: '2026-11-29T13:30:00.000Z', seconds: 3600, files: { 'generators/app/b.ts': files['generators/app/b.ts'] } },
    ];
    const page = renderPage({ parts, unmeasured: [] }) as string;
    assert.match(page, /^\| `generators\/lib\/` \| 66\.7% \| 2 \| 1 \| 1 \| 0 \| 0 \|$/m);
    assert.match(page, /^\| `generators\/app\/` \| 0\.0% \| 0 \| 1 \| 0 \| 1 \| 1 \|$/m);
    assert.match(page, /^\| \*\*all\*\* \| 50\.0% \|/m);
    assert.match(page, /^\| lib \| 1 \| 2026-11-29 12:00 UTC \| `abc1234` \| 1 min 15 s \| 66\.7% \|$/m);
    assert.match(page, /^\| app \| 1 \| 2026-11-29 13:30 UTC \| `def5678` \| 60 min 0 s \| 0\.0% \|$/m);
    assert.match(page, /Scope: every part, 2 files; the parts' last runs took 61 min 15 s in all\./);
    assert.match(page, /- `generators\/lib\/a\.ts:4` EqualityOperator → `a < b` — same output: both sides empty/);
    assert.match(page, /## Surviving mutants\n\n- `generators\/app\/b\.ts:5`[^\n]*\n- `generators\/lib\/a\.ts:3`/);
  });

  it('names the parts not measured yet and the command that measures them', () => {
    const parts = [{ name: 'lib', commit: 'abc1234', date: '2026-11-29T12:00:05.000Z', seconds: 75, files }];
    const page = renderPage({ parts, unmeasured: ['app', 'migrate'] }) as string;
    assert.match(page, /Scope: 1 of 3 parts, 2 files\. Not measured yet: app, migrate \(`npm run mutation -- app migrate`\)\./);
  });
});
