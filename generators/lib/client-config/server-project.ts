// What a client entry needs to know about the project: its name, its console script and its default
// transport. From .yo-rc.json for our projects; from pyproject.toml for a project we did not create.
import type { ProjectConfig, Transport } from '../project.js';

export interface ServerProject {
  name: string;
  scriptName: string;
  transport: Transport;
  /** Made by this generator: its script accepts `--transport`. */
  ours: boolean;
}

/** The body of one `[table]` of a TOML file (up to the next table header). */
function tomlTable(text: string, table: string): string | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex(line => line.trim() === `[${table}]`);
  if (start < 0) return undefined;
  const end = lines.findIndex((line, index) => index > start && /^\s*\[/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

function tomlKeys(body: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const match of body.matchAll(/^\s*("[^"]+"|[A-Za-z0-9_.-]+)\s*=\s*"([^"]*)"/gm)) {
    pairs.push([match[1]!.replace(/^"|"$/g, ''), match[2]!]);
  }
  return pairs;
}

/**
 * Just enough TOML for `[project] name` and the first `[project.scripts]` key: a full parser would be a
 * dependency for two strings.
 */
export function readPyproject(text: string): { name?: string; scriptName?: string } {
  const project = tomlTable(text, 'project');
  const scripts = tomlTable(text, 'project.scripts');
  return {
    name: project === undefined ? undefined : tomlKeys(project).find(([key]) => key === 'name')?.[1],
    scriptName: scripts === undefined ? undefined : tomlKeys(scripts)[0]?.[0],
  };
}

export function describeServerProject(
  config: Partial<ProjectConfig>,
  pyprojectText: string | undefined,
): ServerProject | string {
  const pyproject = pyprojectText === undefined ? {} : readPyproject(pyprojectText);
  const name = config.projectName ?? pyproject.name;
  const scriptName = config.scriptName ?? pyproject.scriptName;
  if (name === undefined || scriptName === undefined) {
    return (
      'Cannot tell how to start this server: neither .yo-rc.json nor pyproject.toml names ' +
      (name === undefined ? 'the project ([project] name)' : 'a console script ([project.scripts])') +
      '. Add it to pyproject.toml, or run this inside a project made by `yo mcp-python`.'
    );
  }
  const ours = config.scriptName !== undefined;
  return { name, scriptName, transport: config.transport ?? 'stdio', ours };
}
