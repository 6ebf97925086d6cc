// `npm run bench`: the time to add a tool to a server module that already holds 1,000 tools, as a
// whole `yo`-like process, against the same process running a generator that only writes one file.
// Target: at most 1.5x. Prints the numbers; asserts nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const repo = fileURLToPath(new URL('..', import.meta.url));
/** The compiled generators: dist/ after `npm run build`, or another build via BENCH_DIST. */
const dist = resolve(process.env['BENCH_DIST'] ?? join(repo, 'dist'));
const runner = join(repo, 'bench', 'run-generator.mjs');
const toolGenerator = join(dist, 'generators', 'tool', 'index.js');
const oneFileGenerator = join(repo, 'bench', 'one-file-generator', 'index.mjs');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const TOOLS = 1000;

if (!existsSync(toolGenerator)) throw new Error(`${toolGenerator} is missing: run \`npm run build\` first (npm run bench does).`);

/** A server module in the generated style with `count` tools. */
function serverWithTools(count: number): string {
  const tools = Array.from({ length: count }, (_, index) =>
    [
      '',
      '',
      '@server.tool()',
      `def tool_${index}(text: str, count: int = ${index}) -> str:`,
      `    """Tool number ${index}."""`,
      '    arguments = {"text": text, "count": count}',
      `    return f"tool_${index} received {arguments}"`,
    ].join('\n'),
  );
  return ['"""A server with many tools."""', '', 'from mcp.server import MCPServer', '', 'server = MCPServer("bench")', ...tools, ''].join('\n');
}

function freshProject(parent: string, index: number): string {
  const project = join(parent, `project-${index}`);
  cpSync(join(repo, 'test', 'fixtures', 'python', 'fresh'), project, { recursive: true });
  writeFileSync(join(project, 'src', 'demo_server', 'server.py'), serverWithTools(TOOLS));
  return project;
}

interface Measured {
  ms: number;
  maxRssKb: number;
}

function measureProcess(args: string[]): Measured {
  const start = performance.now();
  const ran = spawnSync(process.execPath, [runner, ...args], { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (ran.status !== 0) throw new Error(`${args.join(' ')} failed (${ran.status}):\n${ran.stdout}\n${ran.stderr}`);
  const maxRssKb = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(ran.stderr)?.[1] ?? Number.NaN);
  return { ms, maxRssKb };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const parent = realpathSync(mkdtempSync(join(tmpdir(), 'mcp-python-bench-')));
const appGenerator = join(dist, 'generators', 'app', 'index.js');
const baseline: Measured[] = [];
const addTool: Measured[] = [];
const scaffold: Measured[] = [];
for (let run = 0; run < RUNS; run++) {
  const project = freshProject(parent, run);
  baseline.push(measureProcess([oneFileGenerator, 'bench:one-file', project]));
  addTool.push(measureProcess([toolGenerator, 'mcp-python:tool', project, 'fetch_weather', '--', '--yes', '--param', 'city:str:The city', '--param', 'days:int=3']));
  scaffold.push(measureProcess([appGenerator, 'mcp-python:app', parent, `scaffold-${run}`, '--', '--yes', '--skip-git']));
}

const ms = (values: Measured[]) => values.map(value => value.ms);
const rss = (values: Measured[]) => values.map(value => value.maxRssKb / 1024);
const ratio = median(ms(addTool)) / median(ms(baseline));
const format = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');
const row = (label: string, values: Measured[]) =>
  console.log(`${label.padEnd(28)} median ${median(ms(values)).toFixed(0).padStart(5)} ms (${format(ms(values))})   peak RSS median ${median(rss(values)).toFixed(0)} MiB`);
console.log(`runs: ${RUNS}, server module: ${TOOLS} tools; each row is one whole node process`);
row('one-file generator', baseline);
row(`add a tool (${TOOLS} tools)`, addTool);
row('scaffold a project', scaffold);
console.log(`ratio add-a-tool / one-file  ${ratio.toFixed(2)}x   (target <= 1.50x: ${ratio <= 1.5 ? 'met' : 'NOT met'})`);
