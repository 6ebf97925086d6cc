// Property-based tests (fast-check): generated names, descriptions, titles, parameter specs and
// defaults from every Unicode plane and every quoting hazard, inside generated valid Python around the
// server; generated JSON(C) client configs. Each case is a clean refusal, or an edit that parses, keeps
// every original line in order, and carries exactly the given text. The seed is printed on every run;
// replay one with FC_SEED=<seed> npm run test:unit. A sample of the accepted modules is compiled by
// CPython (python3) at the end.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseJsonc } from 'jsonc-parser';
import { CLIENTS } from '../../generators/lib/client-config/clients.js';
import { mergeEntry } from '../../generators/lib/client-config/json-merge.js';
import { addHandlerToModule } from '../../generators/lib/handlers/add-to-module.js';
import { addReadmeBullet } from '../../generators/lib/handlers/readme.js';
import { renderTestFile } from '../../generators/lib/handlers/render-test.js';
import { scanModule } from '../../generators/lib/python/module-scan.js';
import { firstSyntaxError, parsePython, textOf } from '../../generators/lib/python/parse.js';
import { decodeStringLiteral } from '../../generators/lib/python/string-literal.js';
import { anyText, identifier, README, SEED, specFrom, toolInput } from '../helpers/tool-properties.js';

const RUNS = Number(process.env['FC_RUNS'] ?? 1000);

/** Every line of `before` appears in `after`, in order. */
function keepsLines(before: string, after: string): boolean {
  const lines = after.split('\n');
  let at = 0;
  for (const line of before.split('\n')) {
    while (at < lines.length && lines[at] !== line) at++;
    if (at === lines.length) return false;
    at++;
  }
  return true;
}

/** The decoded string literals inside the statement defining `fn`. */
function stringsOf(source: string, fn: string): string[] {
  const tree = parsePython(source);
  const handler = scanModule(source, tree).handlers.find((h) => h.function === fn);
  if (handler === undefined) return [];
  const found: string[] = [];
  tree.iterate({
    from: handler.from,
    to: handler.to,
    enter: (node) => {
      if (node.name === 'String') found.push(decodeStringLiteral(textOf(source, node.node)) ?? '');
    },
  });
  return found;
}

/** Whether consecutive literals (a long text is split into implicitly joined pieces) spell `text`. */
function carries(strings: string[], text: string): boolean {
  for (let start = 0; start < strings.length; start++) {
    let joined = '';
    for (let end = start; end < strings.length && joined.length < text.length; end++) {
      joined += strings[end];
      if (joined === text) return true;
    }
  }
  return false;
}

const counts = { cases: 0, refused: 0, edited: 0, compiled: 0 };
const sample: string[] = [];

describe(`properties (fast-check, seed ${SEED}, ${RUNS} runs each)`, () => {
  before(() => console.log(`    property seed ${SEED} (replay: FC_SEED=${SEED} npm run test:unit)`));

  it('a tool is a clean refusal or a whole edit that parses, keeps every line and carries the exact text', function () {
    this.timeout(300_000);
    fc.assert(
      fc.property(toolInput, (input) => {
        counts.cases++;
        assert.equal(firstSyntaxError(parsePython(input.source)), undefined, 'the generated module itself must parse');
        const spec = specFrom(input);
        if (typeof spec === 'string') {
          counts.refused++;
          return;
        }
        let edited: string;
        try {
          edited = addHandlerToModule(input.source, spec, { label: 'server.py', variable: 'server', lineLength: 100, firstParty: new Set() });
        } catch (error) {
          assert.ok(!(error instanceof TypeError), String(error));
          assert.doesNotMatch((error as Error).message, /Internal error/);
          counts.refused++;
          return;
        }
        counts.edited++;
        assert.equal(firstSyntaxError(parsePython(edited)), undefined, 'the edited module parses');
        assert.ok(keepsLines(input.source, edited), 'an original line was changed or lost');
        const scan = scanModule(edited, parsePython(edited));
        assert.ok(scan.handlers.some((h) => h.kind === 'tool' && h.key === spec.name && h.function === spec.function), 'the tool is served');
        if (spec.description !== '') assert.ok(carries(stringsOf(edited, spec.function), spec.description), 'the description is carried exactly');
        const test = renderTestFile(spec, 100);
        assert.equal(firstSyntaxError(parsePython(test)), undefined, 'the test file parses');
        const readme = addReadmeBullet(README, spec) as string;
        assert.ok(keepsLines(README, readme), 'the README lost a line');
        assert.equal(addReadmeBullet(readme, { ...spec, name: 'next_one' })?.split('\n').findIndex((l) => l.includes('`next_one`')),
          readme.split('\n').findIndex((l) => l.trim() === '<!-- mcp-python:tools -->'), 'the next bullet goes right before the needle');
        if (counts.edited % 10 === 1) sample.push(edited, test);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    assert.ok(counts.edited > RUNS / 10, `too few accepted cases to mean anything: ${JSON.stringify(counts)}`);
  });

  it('a sample of the accepted modules and tests compiles with CPython', function () {
    this.timeout(120_000);
    const folder = mkdtempSync(join(tmpdir(), 'properties-'));
    sample.forEach((source, index) => writeFileSync(join(folder, `m${index}.py`), source));
    // PEP 695 generics need Python 3.12: an older python3 skips the files that use them (and says how many).
    const script = [
      'import pathlib, sys',
      'skipped = 0',
      'for p in sorted(pathlib.Path(sys.argv[1]).glob("*.py")):',
      '    source = p.read_bytes()',
      '    if sys.version_info < (3, 12) and b"_first[T]" in source:',
      '        skipped += 1',
      '        continue',
      '    compile(source, str(p), "exec")',
      'print(skipped)',
    ].join('\n');
    const ran = spawnSync('python3', ['-c', script, folder], { encoding: 'utf8' });
    assert.equal(ran.status, 0, ran.stderr);
    const skipped = Number(ran.stdout.trim());
    counts.compiled = sample.length - skipped;
    console.log(
      `    ${counts.cases} tool cases: ${counts.refused} refused cleanly, ${counts.edited} edited; ` +
        `${counts.compiled} files compiled by CPython (${skipped} with PEP 695 left to Python 3.12+)`,
    );
  });

  it('a client config is refused or merged with every other entry and key untouched', function () {
    this.timeout(300_000);
    const json = fc.jsonValue({ maxDepth: 3 });
    const config = fc.record({
      servers: fc.dictionary(fc.oneof(anyText, identifier), json, { maxKeys: 4 }),
      others: fc.dictionary(fc.oneof(anyText, identifier), json, { maxKeys: 3 }),
      name: fc.oneof(identifier, anyText),
      client: fc.constantFrom(...(Object.keys(CLIENTS) as Array<keyof typeof CLIENTS>)),
      indent: fc.constantFrom(2, 4, '\t'),
      bom: fc.boolean(),
      hazard: fc.constantFrom('none', 'none', 'comment', 'trailing-comma', 'repeated-key'),
    });
    let merged = 0;
    let refused = 0;
    fc.assert(
      fc.property(config, (c) => {
        const client = CLIENTS[c.client];
        const whole = { ...c.others, [client.serversKey]: c.servers };
        let text = JSON.stringify(whole, null, c.indent);
        if (c.hazard === 'comment') text = `// mine\n${text}`;
        if (c.hazard === 'trailing-comma') text = text.replace(/\}\s*$/, ',}');
        if (c.hazard === 'repeated-key') text = text.replace('{', '{"same": 1, "same": 2, ');
        if (c.bom) text = `\ufeff${text}`;
        const entry = { command: 'uv', args: ['run', c.name] };
        const result = mergeEntry(text, client, c.name, entry);
        const mustRefuse = c.hazard === 'repeated-key' || ((c.hazard === 'comment' || c.hazard === 'trailing-comma') && !client.allowsComments);
        if (mustRefuse) assert.equal(result.status, 'invalid', `a ${c.hazard} must be refused for ${client.label}`);
        if (result.status === 'invalid') {
          refused++;
          return;
        }
        if (result.status === 'unchanged') return;
        merged++;
        assert.equal(result.content.startsWith('\ufeff'), c.bom, 'the BOM was kept as it was');
        const after = parseJsonc(result.content.replace(/^\ufeff/, '')) as Record<string, Record<string, unknown>>;
        const before = parseJsonc(text.replace(/^\ufeff/, '')) as Record<string, Record<string, unknown>>;
        assert.deepEqual(after[client.serversKey]?.[c.name], entry);
        // Compared as JSON text: a "__proto__" key parses to objects whose prototypes differ, not their content.
        const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
        for (const key of Object.keys(before)) if (key !== client.serversKey) assert.ok(same(after[key], before[key]), `"${key}" changed`);
        for (const [name, value] of Object.entries(before[client.serversKey] ?? {})) {
          if (name !== c.name) assert.ok(same(after[client.serversKey]?.[name], value), `server "${name}" changed`);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    console.log(`    ${RUNS} client-config cases: ${merged} merged, ${refused} refused`);
  });
});

