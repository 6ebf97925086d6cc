// Shell command lines the project's README and the closing message show, right for the project's
// default transport, with their comments lined up.
import { versions } from '../lib/versions.js';
import type { AppAnswers } from './options.js';

type Transport = AppAnswers['transport'];

/** The console script started as a stdio subprocess, as the Inspector and client entries start it. */
export function stdioScriptArgs(scriptName: string, transport: Transport): string[] {
  return transport === 'stdio' ? [scriptName] : [scriptName, '--transport', 'stdio'];
}

/** The Inspector on the server, run from the project folder; the quotes keep a path with spaces whole. */
export function inspectorCommand(scriptName: string, transport: Transport): string {
  return `npx ${versions.inspector} uv run --directory "$PWD" ${stdioScriptArgs(scriptName, transport).join(' ')}`;
}

/** Beyond this, a command would push every comment of its block too far right: its own stays close. */
const MAX_COMMENT_COLUMN = 60;

/**
 * `command  # comment` lines with the comments in one column: two spaces past the longest command
 * that fits under MAX_COMMENT_COLUMN. An empty comment leaves the command alone.
 */
export function alignComments(rows: Array<[command: string, comment: string]>): string[] {
  const widths = rows.filter(([command, comment]) => comment !== '' && command.length + 2 <= MAX_COMMENT_COLUMN);
  const column = Math.max(0, ...widths.map(([command]) => command.length + 2));
  return rows.map(([command, comment]) => {
    if (comment === '') return command;
    return `${command.length + 2 <= column ? command.padEnd(column) : `${command}  `}# ${comment}`;
  });
}
