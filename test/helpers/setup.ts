// Loaded by mocha before every test file (see .mocharc.json and test/e2e/.mocharc.json).
//
// Node 24 works around a test-only fault: yeoman-test's TestAdapter (@yeoman/adapter 4.0.2) gives its
// prompt module two placeholder streams made with Duplex.from(); when the adapter closes, it aborts
// them, and on Node 24 the abort surfaces as an unhandled 'error' event that crashes the test run.
// The real `yo` is not affected (the packed-install tests run it on Node 24). Only AbortError is
// swallowed, and only on those two placeholders: Duplex.from('should not read from input') and
// Duplex.from(async () => {}). Every other stream (mem-fs and the conflicter use Duplex.from too) is
// left exactly as it was.
import { Duplex } from 'node:stream';

const isTestAdapterPlaceholder = (source: unknown) =>
  typeof source === 'string' || (typeof source === 'function' && source.length === 0);

const originalFrom = Duplex.from.bind(Duplex);
Duplex.from = ((source: Parameters<typeof Duplex.from>[0]) => {
  const stream = originalFrom(source);
  if (isTestAdapterPlaceholder(source)) {
    stream.on('error', (error: Error) => {
      if (error.name !== 'AbortError') throw error;
    });
  }
  return stream;
}) as typeof Duplex.from;
