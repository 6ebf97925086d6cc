// `npm run docs:reference`: writes docs/reference/*.md and the README's flag table from the generators'
// own definitions (scripts/reference/pages.ts). test/unit/docs-reference.test.ts fails when they differ.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { referenceFiles } from './reference/pages.js';

let changed = 0;
for (const [path, content] of await referenceFiles()) {
  let before: string | undefined;
  try {
    before = readFileSync(path, 'utf8');
  } catch {
    before = undefined;
  }
  if (before === content) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  changed++;
  console.log(`wrote ${relative(fileURLToPath(new URL('..', import.meta.url)), path)}`);
}
console.log(changed === 0 ? 'docs/reference and README.md were up to date' : `${changed} file(s) written`);
