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

  it('scores detected / (detected + undetected), lists equivalents with reasons and survivors, and names a partial scope', () => {
    const page = renderPage({ files, commit: 'abc1234', date: '2026-11-29 12:00 UTC', seconds: 75, mutate: 'generators/lib/a.ts' }) as string;
    assert.match(page, /^\| `generators\/lib\/` \| 66\.7% \| 2 \| 1 \| 1 \| 0 \| 0 \|$/m);
    assert.match(page, /^\| `generators\/app\/` \| 0\.0% \| 0 \| 1 \| 0 \| 1 \| 1 \|$/m);
    assert.match(page, /^\| \*\*all\*\* \| 50\.0% \|/m);
    assert.match(page, /- `generators\/lib\/a\.ts:4` EqualityOperator → `a < b` — same output: both sides empty/);
    assert.match(page, /## Surviving mutants\n\n- `generators\/app\/b\.ts:5`[^\n]*\n- `generators\/lib\/a\.ts:3`/);
    assert.match(page, /1 min 15 s, 2 files\.\nScope: a partial run \(`--mutate generators\/lib\/a\.ts`\);.*measured: `generators\/app\/b\.ts`, `generators\/lib\/a\.ts`\./);
  });
});
