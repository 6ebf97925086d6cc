// The mutation run's credit for `before` hooks (scripts/mutation/suite-coverage.mjs): what a suite's
// before-all hook covers counts for each test of the suite, so Stryker runs them on a mutant there.
// Stryker's namespace is stood in for by a plain object: it exists only inside a mutation run.
import assert from 'node:assert/strict';
import Mocha from 'mocha';
// @ts-expect-error -- a plain .mjs script without type declarations
import { creditingHook } from '../../scripts/mutation/suite-coverage.mjs';

interface Namespace {
  currentTestId?: string;
  mutantCoverage: { static: Record<string, number>; perTest: Record<string, Record<string, number>> };
}

function suiteWithTests(): Mocha.Suite {
  const outer = new Mocha.Suite('outer');
  outer.addTest(new Mocha.Test('a', () => {}));
  Mocha.Suite.create(outer, 'inner').addTest(new Mocha.Test('b', () => {}));
  return outer;
}

describe('the mutation run: coverage of before hooks', () => {
  const saved = (globalThis as Record<string, unknown>)['__stryker__'];
  let namespace: Namespace;
  beforeEach(() => {
    namespace = { currentTestId: 'previous test', mutantCoverage: { static: {}, perTest: { 'outer a': { 3: 1 } } } };
    (globalThis as Record<string, unknown>)['__stryker__'] = namespace;
  });
  afterEach(() => ((globalThis as Record<string, unknown>)['__stryker__'] = saved));

  /** What a mutated line does as it runs: counts itself under the current test. */
  const cover = (mutant: string) => {
    const into = (namespace.mutantCoverage.perTest[namespace.currentTestId ?? 'none'] ??= {});
    into[mutant] = (into[mutant] ?? 0) + 1;
  };

  it('credits what a promise hook covers to every test of its suite, inner suites too, and not to the test before', async () => {
    const hook = creditingHook(suiteWithTests(), async () => cover('7'));
    assert.equal(hook.length, 0);
    await hook();
    assert.deepEqual(namespace.mutantCoverage.perTest, { 'outer a': { 3: 1, 7: 1 }, 'outer inner b': { 7: 1 } });
    assert.equal(namespace.currentTestId, undefined);
  });

  it('keeps a callback hook a callback hook (Mocha counts its parameters) and credits it when it calls back', async () => {
    const hook = creditingHook(suiteWithTests(), (done: (error?: Error) => void) => {
      cover('8');
      setImmediate(() => done());
    });
    assert.equal(hook.length, 1);
    await new Promise<void>((resolve, reject) => hook((error?: Error) => (error ? reject(error) : resolve())));
    assert.deepEqual(namespace.mutantCoverage.perTest['outer inner b'], { 8: 1 });
  });

  it('credits a hook that throws too, and passes its error on', async () => {
    const hook = creditingHook(suiteWithTests(), async () => {
      cover('9');
      throw new Error('setup failed');
    });
    await assert.rejects(hook(), /setup failed/);
    assert.deepEqual(namespace.mutantCoverage.perTest['outer inner b'], { 9: 1 });
  });

  it('outside a mutation run (no namespace) the hook just runs', async () => {
    (globalThis as Record<string, unknown>)['__stryker__'] = undefined;
    let ran = false;
    await creditingHook(suiteWithTests(), async () => (ran = true))();
    assert.ok(ran);
  });
});
