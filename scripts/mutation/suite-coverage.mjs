// Stryker's mocha runner credits what code runs to the test its root beforeEach named last. A `before`
// hook runs ahead of its suite's first beforeEach, so the work it does (a project migrated once for a
// describe's tests to examine) was credited to the previous test, in some other file; a mutant there ran
// only that test and survived whatever the suite asserts. This credits a before-all hook's coverage to
// every test of its suite instead (scripts/mutation/credit-before-all.mjs puts it in place).
const NAMESPACE = '__stryker__';

/** Moves the coverage counted under `marker` to each test of `suite` and the suites inside it. */
export function creditSuite(coverage, marker, suite) {
  const counts = coverage.perTest[marker];
  delete coverage.perTest[marker];
  if (counts === undefined) return;
  const credit = (inner) => {
    for (const test of inner.tests) {
      const into = (coverage.perTest[test.fullTitle()] ??= {});
      for (const [mutant, count] of Object.entries(counts)) into[mutant] = (into[mutant] ?? 0) + count;
    }
    inner.suites.forEach(credit);
  };
  credit(suite);
}

/** `fn` run with coverage counted under a marker of its own, then credited to `suite`'s tests. */
export function creditingHook(suite, fn) {
  const marker = `before all: ${suite.fullTitle()}`;
  const start = () => {
    const namespace = globalThis[NAMESPACE];
    if (namespace !== undefined) namespace.currentTestId = marker;
  };
  const finish = () => {
    const namespace = globalThis[NAMESPACE];
    if (namespace?.mutantCoverage === undefined || namespace.currentTestId !== marker) return;
    namespace.currentTestId = undefined;
    creditSuite(namespace.mutantCoverage, marker, suite);
  };
  // Mocha tells callback hooks from promise hooks by the number of parameters: keep it.
  if (fn.length > 0) {
    return function (done) {
      start();
      return fn.call(this, (error) => {
        finish();
        done(error);
      });
    };
  }
  return async function () {
    start();
    try {
      return await fn.call(this);
    } finally {
      finish();
    }
  };
}
