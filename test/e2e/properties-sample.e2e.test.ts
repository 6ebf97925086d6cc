// A seeded sample of the property test's tool cases (test/helpers/tool-properties.ts) through the real
// generator, then the project's own checks (ruff check, ruff format --check, pyright, pytest) and a real
// MCP client over stdio that lists the tool and calls it. The unit property test covers thousands of
// cases through the edit functions; this proves a few of them, chosen afresh each run, against the real
// tools. FC_SEED replays a run (the seed is printed), FC_SAMPLE changes the sample's size.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { addHandlerToModule } from '../../generators/lib/handlers/add-to-module.js';
import type { ToolSpec } from '../../generators/lib/handlers/specs.js';
import { copyFixture, runHandler, snapshot } from '../helpers/fixture-project.js';
import { connectStdio } from '../helpers/mcp-client.js';
import { requireUv, run } from '../helpers/processes.js';
import { COMMENTED_IMPORTS } from '../fixtures/python/commented-imports.js';
import { SEED, specFrom, toolInput, type ToolInput } from '../helpers/tool-properties.js';

const SIZE = Number(process.env['FC_SAMPLE'] ?? 6);
const SERVER = 'src/demo_server/server.py';

interface JsonSchema {
  type?: string;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

/** A value of the type a parameter's JSON schema names, for calling the tool. */
function valueFor(schema: JsonSchema): unknown {
  const type = schema.type ?? schema.anyOf?.find((option) => option.type !== 'null')?.type;
  const values: Record<string, unknown> = { string: 'x', integer: 1, number: 1.5, boolean: true, array: [], object: {} };
  return type === undefined ? null : values[type];
}

/** Puts the project back as it was before any case: same files, same bytes (the .venv is kept). */
function restore(project: string, pristine: Map<string, Buffer>): void {
  for (const file of snapshot(project).keys()) if (!pristine.has(file)) rmSync(join(project, file));
  for (const [file, content] of pristine) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    writeFileSync(join(project, file), content);
  }
}

describe(`a sample of the property cases through ruff, pyright, pytest and a real MCP client (seed ${SEED}, ${SIZE} cases)`, () => {
  let uv = '';
  let project = '';
  let pristine: Map<string, Buffer>;

  before(function () {
    this.timeout(300_000);
    console.log(`    property sample seed ${SEED} (replay: FC_SEED=${SEED} npm run test:e2e -- --grep "sample of the property")`);
    uv = requireUv();
    project = copyFixture('fresh');
    run(uv, ['sync', '--quiet'], { cwd: project });
    pristine = snapshot(project);
  });

  /** Whether ruff finds the module clean as it is, before any edit (the user's own code is not ours to judge). */
  function ruffClean(source: string): boolean {
    return [['check', '--quiet'], ['format', '--check', '--quiet']].every(
      (args) => spawnSync(uv, ['run', '--quiet', 'ruff', ...args, '--stdin-filename', SERVER, '-'], { cwd: project, input: source }).status === 0,
    );
  }

  /** The next `SIZE` cases the edit functions accept, in a module that passes ruff and targets Python 3.10 (no PEP 695). */
  function accepted(): Array<{ input: ToolInput; spec: ToolSpec }> {
    const picked: Array<{ input: ToolInput; spec: ToolSpec }> = [];
    for (const input of fc.sample(toolInput, { seed: SEED, numRuns: 5000 })) {
      if (picked.length === SIZE) break;
      const spec = specFrom(input);
      if (typeof spec === 'string' || /\[T\]\(/.test(input.source)) continue;
      try {
        addHandlerToModule(input.source, spec, { label: 'server.py', variable: 'server', lineLength: 100, firstParty: new Set(['demo_server']) });
      } catch {
        continue;
      }
      if (ruffClean(input.source)) picked.push({ input, spec });
    }
    assert.equal(picked.length, SIZE, 'too few accepted cases in 5000');
    return picked;
  }

  it('each accepted edit passes ruff check, ruff format --check, pyright and pytest, and its tool is listed and called over stdio', async function () {
    this.timeout(1_200_000);
    const timings: string[] = [];
    for (const { input, spec } of accepted()) {
      const started = Date.now();
      const label = `tool ${JSON.stringify(input.name)} (FC_SEED=${SEED})`;
      console.log(`    case ${timings.length + 1}: ${label}, ${input.params.length} parameter(s)${input.context ? ', with Context' : ''}`);
      restore(project, pristine);
      writeFileSync(join(project, SERVER), input.source);
      // As an option, not a positional argument: a name may begin with "-" (`yo mcp-python:tool -- -x` on a command line).
      await runHandler('tool', project, [], {
        name: input.name, yes: true, force: true, description: input.description, param: [...input.params], async: input.isAsync, context: input.context,
        ...(spec.title === undefined ? {} : { title: spec.title }),
      });
      for (const args of [['ruff', 'check'], ['ruff', 'format', '--check'], ['pyright'], ['pytest', '-q']]) {
        const ran = spawnSync(uv, ['run', '--quiet', ...args], { cwd: project, encoding: 'utf8' });
        assert.equal(ran.status, 0, `${args.join(' ')} failed for ${label}:\n${ran.stdout}${ran.stderr}`);
      }
      // The fixture has no console script: its server module is run as it stands, over stdio.
      const serve = 'from demo_server.server import server; server.run()';
      const client = await connectStdio({ command: uv, args: ['run', '--quiet', '--directory', project, 'python', '-c', serve] });
      try {
        const tool = (await client.listTools()).tools.find((listed) => listed.name === input.name);
        assert.ok(tool !== undefined, `${label} is not listed`);
        if (spec.description !== '') assert.equal(tool.description, spec.description, label);
        if (spec.title !== undefined) assert.equal(tool.title, spec.title, label);
        const schema = tool.inputSchema as JsonSchema;
        const args = Object.fromEntries((schema.required ?? []).map((name) => [name, valueFor(schema.properties?.[name] ?? {})]));
        const result = await client.callTool({ name: input.name, arguments: args });
        assert.notEqual(result.isError, true, `${label} failed when called: ${JSON.stringify(result.content)}`);
      } finally {
        await client.close();
      }
      timings.push(`${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    console.log(`    ${SIZE} sampled cases checked (${timings.join(', ')})`);
  });

  // The generator's results for imports carrying comments (the unit test checks it writes exactly these).
  it('an import added beside comments or an `as` import passes the real ruff: isort (I001) and format', () => {
    for (const { what, expected } of COMMENTED_IMPORTS) {
      for (const args of [['check', '--select', 'I'], ['format', '--check']]) {
        const ran = spawnSync(uv, ['run', '--quiet', 'ruff', ...args, '--stdin-filename', 'src/demo_server/imports.py', '-'], { cwd: project, input: expected, encoding: 'utf8' });
        assert.equal(ran.status, 0, `ruff ${args.join(' ')} on "${what}":\n${expected}\n${ran.stdout}${ran.stderr}`);
      }
    }
  });
});
