// What CPython itself makes of Python literals: the unit tests check the generator's string and value
// writers against the real interpreter, not against the project's own (more lenient) reader. Warnings
// are errors, so an invalid escape such as `"\s"` (ruff's W605) fails here too. python3 on PATH is a
// prerequisite of the test suite (README), so a missing interpreter fails the test rather than skips it.
import { spawnSync } from 'node:child_process';

const EVALUATE = [
  'import ast, json, sys, warnings',
  'warnings.simplefilter("error")',
  'out = []',
  'for literal in json.loads(sys.stdin.buffer.read().decode("utf-8")):',
  '    try:',
  '        value = ast.literal_eval(literal)',
  '        out.append({"value": value, "type": type(value).__name__})',
  '    except (SyntaxError, ValueError, Warning) as error:',
  '        out.append({"error": f"{type(error).__name__}: {error}"})',
  'sys.stdout.write(json.dumps(out))',
].join('\n');

export type Evaluated = { value: unknown; type: string } | { error: string };

/** `ast.literal_eval` of each literal, in one CPython process. */
export function literalEval(literals: readonly string[]): Evaluated[] {
  const ran = spawnSync('python3', ['-I', '-c', EVALUATE], { input: JSON.stringify(literals), encoding: 'utf8', timeout: 60_000 });
  if (ran.error) throw new Error(`python3 could not run (${ran.error.message}); the tests need Python 3.10+ on PATH.`);
  if (ran.status !== 0) throw new Error(`python3 failed: ${ran.stderr}`);
  return JSON.parse(ran.stdout) as Evaluated[];
}
