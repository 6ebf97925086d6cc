// What a client entry needs to know about the project: its name, its console script and its default
// transport. From .yo-rc.json for our projects; from pyproject.toml for a project we did not create.
import type { ProjectConfig, Transport } from '../project.js';
import { parsePyproject, tableAt } from '../pyproject.js';

export interface ServerProject {
  name: string;
  scriptName: string;
  transport: Transport;
  /** Made by this generator: its script accepts `--transport`. */
  ours: boolean;
}

/** `[project] name` and the first `[project.scripts]` key, or why pyproject.toml cannot be read. */
export function readPyproject(text: string): { name?: string; scriptName?: string } | string {
  const doc = parsePyproject(text);
  if (typeof doc === 'string') return doc;
  const name = tableAt(doc, 'project')?.['name'];
  return {
    name: typeof name === 'string' ? name : undefined,
    scriptName: Object.keys(tableAt(doc, 'project', 'scripts') ?? {})[0],
  };
}

export function describeServerProject(
  config: Partial<ProjectConfig>,
  pyprojectText: string | undefined,
): ServerProject | string {
  // .yo-rc.json wins; pyproject.toml is read (and must parse) only for what .yo-rc.json does not say.
  const needed = config.projectName === undefined || config.scriptName === undefined;
  const pyproject = pyprojectText === undefined || !needed ? {} : readPyproject(pyprojectText);
  if (typeof pyproject === 'string') return pyproject;
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
