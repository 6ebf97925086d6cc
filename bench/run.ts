// `npm run bench`: the time to add a tool to a server module that already holds 1,000 tools, as a
// whole `yo`-like process, against the same process running a generator that only writes one file.
// Target: at most 1.5x. Prints the numbers; asserts nothing.
import { execFileSync } from 'node:child_process';
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

function timeProcess(args: string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, [runner, ...args], { stdio: 'pipe' }); // throws with the output on failure
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const parent = realpathSync(mkdtempSync(join(tmpdir(), 'mcp-python-bench-')));
const baseline: number[] = [];
const addTool: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const project = freshProject(parent, run);
  baseline.push(timeProcess([oneFileGenerator, 'bench:one-file', project]));
  addTool.push(timeProcess([toolGenerator, 'mcp-python:tool', project, 'fetch_weather', '--', '--yes', '--param', 'city:str:The city', '--param', 'days:int=3']));
}

const ratio = median(addTool) / median(baseline);
const format = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');
console.log(`runs: ${RUNS}, server module: ${TOOLS} tools`);
console.log(`one-file generator   median ${median(baseline).toFixed(0)} ms   (${format(baseline)})`);
console.log(`add a tool           median ${median(addTool).toFixed(0)} ms   (${format(addTool)})`);
console.log(`ratio                ${ratio.toFixed(2)}x   (target <= 1.50x: ${ratio <= 1.5 ? 'met' : 'NOT met'})`);
