// `npm run bench`: speed and memory of whole processes, side by side with the peers, in one run.
// Writes docs/benchmarks.md (machine, versions, exact commands, tables) and docs/benchmarks-scaling.svg.
// Every command runs as a normal user (yo refuses root) from the packed tarball, as users get it.
// Asserts nothing: the targets are stated beside the numbers.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { installPacked } from '../test/helpers/packed.js';
import { run } from '../test/helpers/processes.js';
import { scalingChart } from './chart.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const TOOL_COUNTS = [10, 100, 1000, 5000];

interface Sample {
  ms: number;
  rssMiB: number;
}
interface Row {
  label: string;
  command: string;
  samples: Sample[];
  failed?: string;
}

const packed = installPacked();
const tools = packed.newFolder('tools');
/** A PATH without uv, for "files only": our install step then writes the project and stops. */
const pathWithoutUv = `${join(packed.prefix, 'bin')}:/usr/bin:/bin`;
/** With uv (and no pyenv shims, which resolve through a project's .python-version). */
const pathWithUv = `${join(packed.prefix, 'bin')}:/usr/local/bin:/usr/bin:/bin`;

/** One whole process as the normal user: wall time around it, peak RSS from GNU time (largest process of the tree). */
function measure(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Sample {
  const memory = join(tools, `time-${process.hrtime.bigint()}.txt`);
  writeFileSync(memory, '');
  run('chmod', ['666', memory]);
  const start = performance.now();
  const ran = packed.asUser('/usr/bin/time', ['-o', memory, '-f', '%M', command, ...args], cwd, env);
  const ms = performance.now() - start;
  if (ran.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${ran.status}:\n${ran.stdout.slice(-2000)}\n${ran.stderr.slice(-2000)}`);
  const kb = Number(readFileSync(memory, 'utf8').trim().split('\n').pop());
  return { ms, rssMiB: kb / 1024 };
}

/** `runs` samples of `make(i)` (a command in a fresh folder each time), after one untimed warm-up. */
function series(label: string, command: string, make: (index: number) => { cmd: string; args: string[]; cwd: string; env?: Record<string, string> }): Row {
  const row: Row = { label, command, samples: [] };
  try {
    const warm = make(-1);
    measure(warm.cmd, warm.args, warm.cwd, warm.env);
    for (let index = 0; index < RUNS; index++) {
      const next = make(index);
      row.samples.push(measure(next.cmd, next.args, next.cwd, next.env));
    }
  } catch (error) {
    row.failed = String(error).split('\n').slice(0, 3).join(' ').slice(0, 300);
  }
  console.log(`${label}: ${row.failed ?? summary(row)}`);
  return row;
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] as number;
const ms = (row: Row) => row.samples.map((sample) => sample.ms);
const summary = (row: Row) =>
  `median ${median(ms(row)).toFixed(0)} ms (min ${Math.min(...ms(row)).toFixed(0)}, max ${Math.max(...ms(row)).toFixed(0)}), ` +
  `peak RSS ${median(row.samples.map((sample) => sample.rssMiB)).toFixed(0)} MiB`;

function folder(name: string, index: number): string {
  return packed.newFolder(`${name}-${index + 1}`);
}

// The yo floor: yo running a generator that writes one file, installed like ours.
const floorPackage = join(tools, 'generator-bench-floor');
mkdirSync(join(floorPackage, 'generators', 'app'), { recursive: true });
cpSync(join(repo, 'bench', 'one-file-generator', 'index.mjs'), join(floorPackage, 'generators', 'app', 'index.js'));
const yeomanGenerator = JSON.parse(readFileSync(join(repo, 'node_modules/yeoman-generator/package.json'), 'utf8')) as { version: string };
writeFileSync(
  join(floorPackage, 'package.json'),
  JSON.stringify({ name: 'generator-bench-floor', version: '1.0.0', type: 'module', files: ['generators'], dependencies: { 'yeoman-generator': `^${yeomanGenerator.version}` } }),
);
run('npm', ['install', '--global', '--prefix', packed.prefix, '--no-audit', '--no-fund', '--install-links', floorPackage]);

const scaffold: Row[] = [
  series('mcp-python (direct command)', 'mcp-python srv --yes --skip-install --skip-git', (i) => ({
    cmd: 'mcp-python', args: ['srv', '--yes', '--skip-install', '--skip-git'], cwd: folder('direct', i), env: { PATH: pathWithoutUv },
  })),
  series('yo mcp-python', 'yo mcp-python srv --yes --skip-install --skip-git', (i) => ({
    cmd: 'yo', args: ['mcp-python', 'srv', '--yes', '--skip-install', '--skip-git'], cwd: folder('yo', i), env: { PATH: pathWithoutUv },
  })),
  series('yo floor (one-file generator)', 'yo bench-floor', (i) => ({ cmd: 'yo', args: ['bench-floor'], cwd: folder('floor', i) })),
  series('npx @modelcontextprotocol/create-server', 'npx --yes @modelcontextprotocol/create-server srv --name srv --description d', (i) => ({
    cmd: 'npx', args: ['--yes', '@modelcontextprotocol/create-server', 'srv', '--name', 'srv', '--description', 'd'], cwd: folder('create-server', i),
  })),
  series('uvx create-mcp', 'uvx create-mcp srv --yes --no-install --no-git --no-precommit', (i) => ({
    cmd: 'uv', args: ['tool', 'run', 'create-mcp', 'srv', '--yes', '--no-install', '--no-git', '--no-precommit'], cwd: folder('create-mcp', i), env: { PATH: pathWithUv },
  })),
  series('uvx create-mcp-server@1.0.5', 'uvx create-mcp-server@1.0.5 --path srv --name srv --description d --no-claudeapp', (i) => ({
    cmd: 'uv', args: ['tool', 'run', 'create-mcp-server@1.0.5', '--path', 'srv', '--name', 'srv', '--version', '0.1.0', '--description', 'd', '--no-claudeapp'],
    cwd: folder('create-mcp-server', i), env: { PATH: pathWithUv },
  })),
];

const tested: Row[] = [
  series('mcp-python, then uv run pytest', 'mcp-python srv --yes --skip-git && cd srv && uv run pytest -q', (i) => ({
    cmd: 'sh', args: ['-c', 'mcp-python srv --yes --skip-git && cd srv && uv run pytest -q'], cwd: folder('tested-direct', i), env: { PATH: pathWithUv },
  })),
  series('uvx create-mcp, then uv run pytest', 'uvx create-mcp srv --yes --no-git --no-precommit && cd srv && uv run pytest -q', (i) => ({
    cmd: 'sh', args: ['-c', 'uv tool run create-mcp srv --yes --no-git --no-precommit && cd srv && uv run pytest -q'], cwd: folder('tested-create-mcp', i),
    env: { PATH: pathWithUv },
  })),
];

/** A server module in the generated style with `count` tools. */
function serverWithTools(count: number): string {
  const handlers = Array.from({ length: count }, (_, index) =>
    ['', '', '@server.tool()', `def tool_${index}(text: str, count: int = ${index}) -> str:`, `    """Tool number ${index}."""`, `    return f"{text} {count}"`].join('\n'),
  );
  return ['"""A server with many tools."""', '', 'from mcp.server import MCPServer', '', 'server = MCPServer("bench")', ...handlers, ''].join('\n');
}

const scaling: Row[] = TOOL_COUNTS.map((count) =>
  series(`add a tool to ${count} tools`, 'mcp-python tool fetch_weather --yes --force --param city:str --param days:int=3', (i) => {
    const project = folder(`scale-${count}`, i);
    cpSync(join(repo, 'test/fixtures/python/fresh'), project, { recursive: true });
    writeFileSync(join(project, 'src/demo_server/server.py'), serverWithTools(count));
    run('chown', ['-R', `${65534}:${65534}`, project]);
    return { cmd: 'mcp-python', args: ['tool', 'fetch_weather', '--yes', '--force', '--param', 'city:str', '--param', 'days:int=3'], cwd: project };
  }),
);

/** Spawn → initialize → first tools/list reply, with the official TypeScript client. */
async function firstToolsList(command: string, args: string[], cwd: string): Promise<number> {
  const start = performance.now();
  const client = new Client({ name: 'bench', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command, args, cwd, stderr: 'ignore' }));
  await client.listTools();
  const elapsed = performance.now() - start;
  await client.close();
  return elapsed;
}

const server = folder('startup', 0);
run('mcp-python', ['srv', '--yes', '--skip-git', '--example', 'minimal'], { cwd: server, env: { ...process.env, PATH: pathWithUv } });
const python = join(server, 'srv/.venv/bin/python');
writeFileSync(join(server, 'bare.py'), 'from mcp.server import MCPServer\n\nserver = MCPServer("bare")\n\n\n@server.tool()\ndef echo(text: str) -> str:\n    return text\n\n\nserver.run()\n');
const startup = { generated: [] as number[], bare: [] as number[] };
await firstToolsList(python, ['-m', 'srv'], join(server, 'srv'));
await firstToolsList(python, [join(server, 'bare.py')], server);
for (let index = 0; index < RUNS + 2; index++) {
  startup.generated.push(await firstToolsList(python, ['-m', 'srv'], join(server, 'srv')));
  startup.bare.push(await firstToolsList(python, [join(server, 'bare.py')], server));
}
console.log(`startup: generated ${median(startup.generated).toFixed(0)} ms, bare ${median(startup.bare).toFixed(0)} ms`);

// docs/benchmarks.md
const version = (command: string, args: string[]) => {
  const ran = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, PATH: pathWithUv } });
  return `${ran.stdout}${ran.stderr}`.trim().split('\n')[0] ?? '?';
};
const ratio = (a: Row | undefined, b: Row | undefined) =>
  a === undefined || b === undefined || a.failed !== undefined || b.failed !== undefined ? '—' : `${(median(ms(a)) / median(ms(b))).toFixed(2)}×`;
const table = (rows: Row[], base: Row) => [
  `| run | median | min | max | peak RSS | vs ${base.label} |`,
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((row) =>
    row.failed !== undefined
      ? `| ${row.label} | failed: ${row.failed.replace(/\|/g, '/')} | | | | |`
      : `| ${row.label} | ${median(ms(row)).toFixed(0)} ms | ${Math.min(...ms(row)).toFixed(0)} ms | ${Math.max(...ms(row)).toFixed(0)} ms | ` +
        `${median(row.samples.map((sample) => sample.rssMiB)).toFixed(0)} MiB | ${ratio(row, base)} |`,
  ),
  '',
  'Commands, each in a new empty folder (the tool rows in a copy of the fixture project with that many tools):',
  '',
  ...[...new Set(rows.map((row) => row.command))].map((command) => `- \`${command}\``),
];
const [direct, yo, floor, createServer] = scaffold as [Row, Row, Row, Row];
const verdict = (met: boolean) => (met ? 'met' : '**not met**');
const targets = [
  `- Direct command faster than \`npx @modelcontextprotocol/create-server\`: ${ratio(direct, createServer)} — ` +
    `${verdict(direct.failed === undefined && createServer.failed === undefined && median(ms(direct)) < median(ms(createServer)))}.`,
  `- \`yo mcp-python\` at most 1.1× the yo floor: ${ratio(yo, floor)} — ${verdict(yo.failed === undefined && median(ms(yo)) <= 1.1 * median(ms(floor)))}.`,
  `- Nothing → tested project faster than \`uvx create-mcp\`: ${ratio(tested[0], tested[1])} — ` +
    `${verdict(tested.every((row) => row.failed === undefined) && median(ms(tested[0] as Row)) < median(ms(tested[1] as Row)))}.`,
  `- Adding a tool to 5,000 tools at most 1.5× adding one to 10: ${ratio(scaling[3], scaling[0])} — ` +
    `${verdict(median(ms(scaling[3] as Row)) <= 1.5 * median(ms(scaling[0] as Row)))}.`,
  `- Generated server start-up at most 1.05× the bare \`MCPServer\`: ${(median(startup.generated) / median(startup.bare)).toFixed(2)}× — ` +
    `${verdict(median(startup.generated) <= 1.05 * median(startup.bare))}.`,
];
const lines = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; ${RUNS} timed runs per row after one untimed warm-up, whole`,
  'processes run as a normal user, from the packed tarball installed globally with yo 7. Peak RSS is the largest process of the',
  'command\'s tree (GNU time). Our "files only" rows run with no uv on the PATH (the peers\' "files only" modes run no uv either).',
  '',
  `Machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}; ` +
    `Node ${process.version}; ${version('uv', ['--version'])}; ${version('python3', ['--version'])}.`,
  '',
  '## Targets',
  '',
  ...targets,
  '',
  '## Nothing → generated project (files only)',
  '',
  ...table(scaffold, direct),
  '',
  '## Nothing → installed project whose tests pass',
  '',
  ...table(tested, tested[0] as Row),
  '',
  '## Adding a tool, by the size of the server module',
  '',
  ...table(scaling, scaling[0] as Row),
  '',
  '![add-a-tool time by number of tools](benchmarks-scaling.svg)',
  '',
  '## Generated server start-up: spawn → first `tools/list` reply',
  '',
  'The same virtual environment\'s Python runs the generated minimal server (`python -m srv`) and a bare one-tool `MCPServer`',
  `script; the official TypeScript client connects over stdio and lists the tools (${RUNS + 2} runs each, alternating).`,
  '',
  '| server | median | min | max | vs bare |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...(['generated', 'bare'] as const).map((key) => {
    const values = startup[key];
    return `| ${key} | ${median(values).toFixed(0)} ms | ${Math.min(...values).toFixed(0)} ms | ${Math.max(...values).toFixed(0)} ms | ` +
      `${(median(values) / median(startup.bare)).toFixed(2)}× |`;
  }),
  '',
];
// The analysis below the marker is written by hand and kept from one run to the next.
const output = join(repo, 'docs', 'benchmarks.md');
const MARKER = '<!-- analysis: kept by npm run bench -->';
let analysis = `${MARKER}\n`;
try {
  const previous = readFileSync(output, 'utf8');
  if (previous.includes(MARKER)) analysis = previous.slice(previous.indexOf(MARKER));
} catch {
  // First run: no analysis yet.
}
writeFileSync(output, `${lines.join('\n')}\n${analysis}`);
writeFileSync(join(repo, 'docs', 'benchmarks-scaling.svg'), scalingChart(TOOL_COUNTS.map((count, index) => ({ count, ms: median(ms(scaling[index] as Row)) }))));
rmSync(tools, { recursive: true, force: true });
console.log('wrote docs/benchmarks.md and docs/benchmarks-scaling.svg');
