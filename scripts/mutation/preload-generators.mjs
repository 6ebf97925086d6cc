// Every generator module imported before the first test. Code at a module's top level (its tables,
// option lists, patterns) runs once, when the module is first imported, so no test can catch a mutant
// there: Stryker calls it static and leaves it out (`ignoreStatic`). A module a test first imported
// lazily (a generator loaded by yeoman-test, or in a before hook) had that code counted as the test's
// instead, and its mutants survived without any test having had a chance. Loaded by stryker.config.mjs
// into the test runner's processes only, after tsx.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../generators/', import.meta.url));
const modules = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.split(/[\\/]/).includes('templates'))
  .sort();
for (const file of modules) await import(new URL(file.replaceAll('\\', '/'), new URL('../../generators/', import.meta.url)).href);
