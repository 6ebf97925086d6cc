// Questions shared by the three handler generators: the handler's name and function, its
// description, and the loop that asks for parameters one at a time.
import { validatePythonName } from '../python/identifiers.js';
import type { HandlerGenerator } from './handler-generator.js';
import { parseDefault, parseType, TYPE_CHOICES, type ParamType } from './param-types.js';
import type { ParamSpec } from './specs.js';
import { defaultFunctionName, validateDescription, validateMcpName, validateParamName } from './validators.js';

/** `fetch_weather` -> `Fetch weather.`: a description to start from. */
export function defaultDescription(functionName: string): string {
  const words = functionName.replace(/_+/g, ' ').trim();
  return words === '' ? '' : `${words[0]?.toUpperCase()}${words.slice(1)}.`;
}

/** True, or why `key` (a name or URI) is already served by the module. */
export function notServed(generator: HandlerGenerator, kind: 'tool' | 'resource' | 'prompt', key: string): true | string {
  const served = generator.server.scan.handlers.find((handler) => handler.kind === kind && handler.key === key);
  if (served === undefined) return true;
  const what = kind === 'resource' ? `A resource with the URI "${key}"` : `A ${kind} named "${key}"`;
  return `${what} is already served by ${served.function}() in ${generator.server.module}; choose another ${kind === 'resource' ? 'URI' : 'name'}.`;
}

/** True, or why `name` cannot be a new function in the module. */
export function functionAvailable(generator: HandlerGenerator, name: string): true | string {
  const check = validatePythonName(name, 'The function name');
  if (check !== true) return check;
  const { scan, module } = generator.server;
  if (scan.importedNames.has(name)) return `\`${name}\` is imported by ${module}; a function of that name would shadow it. Choose another.`;
  if (scan.definedNames.has(name)) return `${module} already defines \`${name}\`; choose another name.`;
  return true;
}

/** The MCP name: the positional argument, or asked for (Yeoman UI runs without arguments). */
export async function askName(generator: HandlerGenerator, kind: 'tool' | 'prompt'): Promise<string> {
  const validate = (value: string): true | string => {
    const check = validateMcpName(value, `${kind} name`);
    return check === true ? notServed(generator, kind, value) : check;
  };
  const given = generator._stringFlag('name');
  if (given === undefined && generator._yes()) generator._refuse(`Give the ${kind} a name: yo mcp-python:${kind} <name>.`);
  const check = given === undefined ? true : validate(given);
  if (check !== true) generator._refuse(check);
  const { name } = await generator._askFor([{ name: 'name', message: `${kind[0]?.toUpperCase()}${kind.slice(1)} name (as clients see it)`, validate }]);
  return name as string;
}

/** The Python function: the name in snake_case, asked for only when that differs from the name. */
export async function askFunction(generator: HandlerGenerator, name: string, kind: string): Promise<string> {
  const suggested = defaultFunctionName(name, kind);
  const validate = (value: string): true | string => functionAvailable(generator, value);
  if (suggested === name && generator._stringFlag('function') === undefined) {
    const check = validate(name);
    if (check !== true) generator._refuse(`${check} The ${kind}'s MCP name can stay "${name}": give the function another name with --function.`);
    return name;
  }
  const answers = await generator._askFor([{ name: 'function', message: `Python function name (the ${kind} keeps the name "${name}")`, default: suggested, validate }]);
  return answers['function'] as string;
}

export async function askDescription(generator: HandlerGenerator, functionName: string): Promise<string> {
  const answers = await generator._askFor([
    { name: 'description', message: 'Description (what clients and models read)', default: defaultDescription(functionName), validate: validateDescription },
  ]);
  return answers['description'] as string;
}

/** Parameters one at a time, until an empty name. */
export async function askParams(generator: HandlerGenerator, options: { typed: boolean; reserved: string[] }): Promise<ParamSpec[]> {
  const params: ParamSpec[] = [];
  for (;;) {
    const taken = new Set([...options.reserved, ...params.map((param) => param.name)]);
    // Question names differ from the handler's own (`name`...): answers are keyed by them.
    const { paramName: name } = await generator._prompt([
      {
        name: 'paramName',
        message: params.length === 0 ? 'Parameter name (empty for none)' : 'Another parameter (empty when done)',
        validate: (value) => (value === '' ? true : taken.has(value) ? `"${value}" is already taken; choose another.` : validateParamName(value)),
      },
    ]);
    if (!name) return params;
    let type: ParamType = { scalar: 'str', container: 'none', optional: false };
    if (options.typed) {
      const answer = await generator._prompt([{ name: 'paramType', message: `Type of ${name}`, choices: TYPE_CHOICES, default: 'str', validate: () => true }]);
      type = parseType(answer['paramType'] as string) as ParamType;
    }
    const answers = await generator._prompt([
      {
        name: 'paramDefault',
        message: `Default of ${name} (a Python value; empty: required)`,
        validate: (value) => {
          if (value === '') return true;
          const parsed = parseDefault(value, type);
          return typeof parsed === 'object' && parsed !== null && 'error' in parsed ? `The default ${parsed.error}.` : true;
        },
      },
      { name: 'paramDescription', message: `Description of ${name} (optional)`, validate: validateDescription },
    ]);
    const param: ParamSpec = { name, type };
    if (answers['paramDefault']) param.default = { value: parseDefault(answers['paramDefault'], type) as never };
    if (answers['paramDescription']) param.description = answers['paramDescription'];
    params.push(param);
  }
}

/** Refuses parameters that repeat a name or take a reserved one. */
export function checkParamNames(generator: HandlerGenerator, params: ParamSpec[], reserved: string[], flag: string): void {
  const seen = new Set(reserved);
  for (const param of params) {
    if (seen.has(param.name)) generator._refuse(`${flag} ${param.name}: the name "${param.name}" is ${reserved.includes(param.name) ? 'reserved' : 'given twice'}; choose another.`);
    seen.add(param.name);
  }
}
