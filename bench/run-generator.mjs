// A `yo`-like process: one node process that creates a yeoman-environment, registers one generator
// and runs it to the end (mem-fs commit included), the way `yo <namespace> ...` does after lookup.
// Usage: node bench/run-generator.mjs <generator index.js> <namespace> <cwd> [args...] -- [--flag value...]
import { createEnv } from 'yeoman-environment';

const [generatorPath, namespace, cwd, ...rest] = process.argv.slice(2);
const split = rest.indexOf('--');
const args = split === -1 ? rest : rest.slice(0, split);
const flags = split === -1 ? [] : rest.slice(split + 1);
const options = { force: true, skipInstall: true };
for (let index = 0; index < flags.length; index++) {
  const name = flags[index].replace(/^--/, '').replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
  const next = flags[index + 1];
  if (next === undefined || next.startsWith('--')) options[name] = true;
  else {
    options[name] = options[name] === undefined ? next : [].concat(options[name], next);
    index++;
  }
}

// Peak memory of the whole process, for the benchmark's memory column (kilobytes, from getrusage).
process.on('exit', () => process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`));

process.chdir(cwd);
const env = createEnv({ cwd, skipInstall: true });
env.register(generatorPath, { namespace });
try {
  await env.run([namespace, ...args], options);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
