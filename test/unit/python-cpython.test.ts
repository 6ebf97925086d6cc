// CPython's own verdict on a module (compileWithCPython) and which interpreter gives it (projectPython),
// with the real python3 on PATH and stand-in interpreters for the ways one can fail.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileWithCPython, projectPython } from '../../generators/lib/python/cpython.js';

describe('CPython as the last word on what is Python', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'cpython-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  /** A stand-in interpreter: a shell script that prints `stdout` and exits with `status`. */
  const fake = (name: string, stdout: string, status: number): string => {
    const path = join(root, name);
    writeFileSync(path, `#!/bin/sh\ncat >/dev/null\nprintf '%s' '${stdout}'\nexit ${status}\n`);
    chmodSync(path, 0o755);
    return path;
  };

  it('valid code is valid; a syntax error comes back with its line, column and message', () => {
    assert.deepEqual(compileWithCPython('x = 1\n', ['python3']), { status: 'valid' });
    const verdict = compileWithCPython('x = 1\ndef f(a, a):\n    pass\n', ['python3']);
    assert.equal(verdict.status, 'invalid');
    const { line, column, message } = (verdict as { problem: { line: number; column: number; message: string } }).problem;
    assert.deepEqual([line, message], [2, "duplicate argument 'a' in function definition"]);
    assert.ok(column > 0, `column ${column}: where on the line depends on the Python version`);
  });

  it('an interpreter that is missing, crashes or answers nonsense is passed over for the next', () => {
    const missing = join(root, 'no-such-python');
    const crashing = fake('crashing', '', 1);
    const garbled = fake('garbled', 'not json', 3);
    const answering = fake('answering', '{"line": 4, "column": 2, "message": "bad"}', 3);
    assert.deepEqual(compileWithCPython('x = 1\n', [missing, garbled, 'python3']), { status: 'valid' });
    assert.deepEqual(compileWithCPython('x = 1\n', [missing, crashing, garbled]), { status: 'unavailable' });
    assert.deepEqual(compileWithCPython('x = 1\n', [answering, 'python3']), { status: 'invalid', problem: { line: 4, column: 2, message: 'bad' } });
    assert.deepEqual(compileWithCPython('x = 1\n', []), { status: 'unavailable' });
  });

  it("the project's own interpreter first (POSIX or Windows layout), then python3 on PATH", () => {
    assert.deepEqual(projectPython(root), ['python3']);
    mkdirSync(join(root, '.venv', 'Scripts'), { recursive: true });
    writeFileSync(join(root, '.venv', 'Scripts', 'python.exe'), '');
    assert.deepEqual(projectPython(root), [join(root, '.venv', 'Scripts', 'python.exe'), 'python3']);
    mkdirSync(join(root, '.venv', 'bin'), { recursive: true });
    writeFileSync(join(root, '.venv', 'bin', 'python'), '');
    assert.deepEqual(projectPython(root), [join(root, '.venv', 'bin', 'python'), join(root, '.venv', 'Scripts', 'python.exe'), 'python3']);
  });
});
