// The tests make projects in temporary folders and leave them there (to inspect when one fails). A
// mutation run runs them for every mutant, tens of thousands of projects: it filled a 250 GB disk once.
// In Stryker's test processes only: temporary folders go under one of the process's own, and what a
// run of the tests made there is removed when the run ends (what existed before the first run, such
// as the tests' home folder made as they load, stays).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Mocha from 'mocha';

const base = mkdtempSync(join(tmpdir(), 'mutation-tests-'));
process.env['TMPDIR'] = base;
// A test may leave the process in a folder it made (yeoman-test's cd): the next run starts where the first did.
const start = process.cwd();
let kept;
const run = Mocha.prototype.run;
Mocha.prototype.run = function (done) {
  kept ??= new Set(readdirSync(base));
  return run.call(this, (failures) => {
    process.chdir(start);
    for (const entry of readdirSync(base)) if (!kept.has(entry)) rmSync(join(base, entry), { recursive: true, force: true });
    done?.(failures);
  });
};
process.once('exit', () => rmSync(base, { recursive: true, force: true }));
