// The schema of our section of .yo-rc.json, checked every time it is read: a hand-edited or merged file
// is refused with the key at fault and the fix, instead of being trusted (a `"tools": "abc"` spread
// into letters, a `serverModule` outside the project edited, a missing variable written as `@nope.tool()`).
import { isAbsolute, posix } from 'node:path';
import { refuse } from './errors.js';
import { CONFIG_KEY, EXAMPLES, type ProjectConfig, TRANSPORTS } from './project.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const STRING_KEYS = [
  'projectName', 'distributionName', 'packageName', 'scriptName', 'description', 'author', 'email', 'license', 'python',
] as const;
const HANDLER_LISTS = { tools: 'name', resources: 'uri', prompts: 'name' } as const;

function bad(key: string, problem: string): never {
  refuse(`.yo-rc.json: "${key}" ${problem}. Correct it (or restore the file from version control), then run again.`);
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

function checkServerModule(value: unknown): void {
  const key = `${CONFIG_KEY}.serverModule`;
  if (typeof value !== 'string') bad(key, `must be a path such as "src/weather/server.py", not ${typeName(value)}`);
  if (isAbsolute(value) || /^[A-Za-z]:/.test(value) || value.includes('\\')) {
    bad(key, `must be relative to the project root with "/" separators, not "${value}"`);
  }
  const normal = posix.normalize(value);
  if (normal === '..' || normal.startsWith('../')) bad(key, `points outside the project ("${value}"); name a file inside it`);
  if (!normal.endsWith('.py')) bad(key, `must name a Python file (.py), not "${value}"`);
}

function checkHandlers(value: unknown): void {
  const key = `${CONFIG_KEY}.handlers`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    bad(key, `must be an object of tools, resources and prompts, not ${typeName(value)}`);
  }
  for (const [list, keyField] of Object.entries(HANDLER_LISTS)) {
    const records = (value as Record<string, unknown>)[list];
    if (records === undefined) continue;
    if (!Array.isArray(records)) bad(`${key}.${list}`, `must be a list, not ${typeName(records)}`);
    records.forEach((record: unknown, index) => {
      const at = `${key}.${list}[${index}]`;
      if (typeof record !== 'object' || record === null || Array.isArray(record)) bad(at, `must be an object, not ${typeName(record)}`);
      const { function: fn, [keyField]: served } = record as Record<string, unknown>;
      if (typeof fn !== 'string' || !IDENTIFIER.test(fn)) bad(`${at}.function`, 'must be the name of a Python function');
      if (served === undefined) bad(`${at}.${keyField}`, 'is missing');
      if (typeof served !== 'string') bad(`${at}.${keyField}`, `must be a string, not ${typeName(served)}`);
    });
  }
}

/** Our section of .yo-rc.json, checked against the schema; refuses with the key at fault. */
export function checkProjectConfig(value: unknown): Partial<ProjectConfig> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(CONFIG_KEY, `must be an object, not ${typeName(value)}`);
  const config = value as Record<string, unknown>;
  for (const key of STRING_KEYS) {
    const given = config[key];
    if (given !== undefined && typeof given !== 'string') bad(`${CONFIG_KEY}.${key}`, `must be a string, not ${typeName(given)}`);
  }
  const choices = { transport: TRANSPORTS, example: EXAMPLES } as const;
  for (const [key, allowed] of Object.entries(choices)) {
    const given = config[key];
    if (given !== undefined && !(allowed as readonly unknown[]).includes(given)) {
      bad(`${CONFIG_KEY}.${key}`, `must be one of ${allowed.join(', ')}`);
    }
  }
  if (config['serverModule'] !== undefined) checkServerModule(config['serverModule']);
  const variable = config['serverVariable'];
  if (variable !== undefined && (typeof variable !== 'string' || !IDENTIFIER.test(variable))) {
    bad(`${CONFIG_KEY}.serverVariable`, 'must be the name of the module-level variable holding the server, such as "server"');
  }
  if (config['handlers'] !== undefined) checkHandlers(config['handlers']);
  return config as Partial<ProjectConfig>;
}
