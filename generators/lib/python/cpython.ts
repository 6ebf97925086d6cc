// The last word on what is Python: CPython's own compiler. @lezer/python is a fine editor grammar but
// not CPython (it rejects `case int():`, accepts `def f(a, a):`), so a module is checked with the
// project's interpreter (its .venv), else python3 on PATH, both before and after an edit. Without
// either, the lezer parse alone decides.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Reads the module's bytes from stdin and compiles them (the symbol table too: duplicate arguments). */
const COMPILE = [
  'import json, sys',
  'try:',
  "    compile(sys.stdin.buffer.read(), 'module', 'exec', dont_inherit=True)",
  'except SyntaxError as error:',
  "    print(json.dumps({'line': error.lineno or 0, 'column': error.offset or 0, 'message': error.msg}))",
  '    sys.exit(3)',
].join('\n');

export interface CPythonProblem {
  line: number;
  column: number;
  message: string;
}

export type CPythonVerdict = { status: 'valid' } | { status: 'invalid'; problem: CPythonProblem } | { status: 'unavailable' };

/** The project's own interpreter, else python3 on PATH. */
export function projectPython(root: string): string[] {
  const own = [join(root, '.venv', 'bin', 'python'), join(root, '.venv', 'Scripts', 'python.exe')].filter((path) => existsSync(path));
  return [...own, 'python3'];
}

/** What CPython makes of `source`, with the first interpreter of `pythons` that runs. */
export function compileWithCPython(source: string, pythons: readonly string[]): CPythonVerdict {
  for (const python of pythons) {
    // Missing, timed out or killed: no status of 0 or 3, so the next interpreter is tried.
    const ran = spawnSync(python, ['-I', '-c', COMPILE], { input: source, encoding: 'utf8', timeout: 30_000 });
    if (ran.status === 0) return { status: 'valid' };
    if (ran.status === 3) {
      try {
        return { status: 'invalid', problem: JSON.parse(ran.stdout) as CPythonProblem };
      } catch {
        continue;
      }
    }
  }
  return { status: 'unavailable' };
}
