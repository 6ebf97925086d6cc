// Every `before` hook's coverage credited to its suite's tests (see suite-coverage.mjs). Loaded by
// stryker.config.mjs into the test runner's processes only: it changes Mocha's Suite for the whole process.
import Mocha from 'mocha';
import { creditingHook } from './suite-coverage.mjs';

const beforeAll = Mocha.Suite.prototype.beforeAll;

Mocha.Suite.prototype.beforeAll = function (title, fn) {
  const [name, hook] = typeof title === 'function' ? [title.name, title] : [title, fn];
  return beforeAll.call(this, name, creditingHook(this, hook));
};
