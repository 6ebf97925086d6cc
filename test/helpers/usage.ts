// The example commands of a generator's USAGE file (lines starting `  yo mcp-python`), split into words
// as a shell would split them (double quotes group), for the tests that check and run them.

export interface UsageExample {
  /** The line as written, without its indentation. */
  line: string;
  /** The generator: `app` for `yo mcp-python`, `tool` for `yo mcp-python:tool`. */
  command: string;
  /** The words after the generator's name. */
  args: string[];
}

export function usageExamples(usage: string): UsageExample[] {
  return usage
    .split('\n')
    .filter((line) => /^ {2}yo mcp-python/.test(line))
    .map((line) => {
      const words = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
      const [, namespace = '', ...args] = words;
      return { line: line.trim(), command: namespace.split(':')[1] ?? 'app', args };
    });
}
