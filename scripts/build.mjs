// Compile the generators with tsc, then copy what tsc leaves behind: each generator's templates/ and its
// USAGE file (the examples --help prints; Yeoman looks for it beside the generator's module).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
for (const name of readdirSync(join(root, 'generators'))) {
  const templates = join(root, 'generators', name, 'templates');
  if (existsSync(templates)) {
    cpSync(templates, join(root, 'dist', 'generators', name, 'templates'), { recursive: true });
  }
  const usage = join(root, 'generators', name, 'USAGE');
  if (existsSync(usage)) cpSync(usage, join(root, 'dist', 'generators', name, 'USAGE'));
}
