// What the data-list scripts share: the layout of a generated TypeScript list, and running a tool.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/** The widest line a generated file has (the lists were laid out to this width before the scripts). */
const WIDTH = 109;

/** `// ` comment lines holding `text`, wrapped at word boundaries. */
export function commentLines(text) {
  return wrap(text.split(' '), '// ', ' ');
}

/** Quoted items, comma-separated, as many to a two-space-indented line as fit. */
export function itemLines(items) {
  return wrap(items.map(item => `'${item}',`), '  ', ' ');
}

function wrap(words, prefix, separator) {
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && prefix.length + line.length + separator.length + word.length > WIDTH) {
      lines.push(prefix + line);
      line = word;
    } else line = line === '' ? word : line + separator + word;
  }
  if (line !== '') lines.push(prefix + line);
  return lines;
}

/** Runs a command to completion and returns its stdout; exits with its output when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.error !== undefined || result.status !== 0) {
    process.stderr.write(result.stderr ?? '');
    console.error(`\`${command} ${args.join(' ')}\` failed: ${result.error?.message ?? `exit ${result.status}`}`);
    process.exit(1);
  }
  return result.stdout;
}

export function writeGenerated(url, lines) {
  writeFileSync(url, `${lines.join('\n')}\n`);
  console.log(`wrote ${url.pathname}`);
}
