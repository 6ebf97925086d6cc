// Questions shared by the three handler generators: the handler's name and function, its
// description, and the loop that asks for parameters one at a time. Each takes the asker and the
// scanned server module as data, so it runs the same under yo, Yeoman UI and the unit tests.
import type { Asker } from '../asker.js';
import { validateDescription } from '../descriptions.js';
import { refuse } from '../errors.js';
import type { HandlerKind, ModuleScan } from '../python/module-scan.js';
import { functionAvailable, functionFlag, notServed } from './availability.js';
import { parseDefault, parseType, TYPE_CHOICES, type ParamType } from './param-types.js';
import type { ParamSpec } from './specs.js';
import { defaultFunctionName, validateMcpName, validateParamName } from './validators.js';

/** The server module the handler goes into, as the questions need it. */
export interface ScannedModule {
  /** Shown in messages, e.g. `src/weather/server.py`. */
  module: string;
  scan: ModuleScan;
}

const validateHandlerDescription = (text: string): true | string => validateDescription(text, 'handler');

/** The question for `--description` of every handler generator. */
export const DESCRIPTION_QUESTION = 'Description (what clients and models read)';
/** The first question of the loop that stands for `--param` and `--arg`. */
export const PARAMETER_QUESTION = 'Parameter name (empty for none)';
/** The default of `--description`, as the docs state it (defaultDescription below). */
export const DESCRIPTION_DEFAULT = 'the function name as a sentence, e.g. "Fetch weather." for `fetch_weather`';

/** `fetch_weather` -> `Fetch weather.`: a description to start from. */
export function defaultDescription(functionName: string): string {
  const words = functionName.replace(/_+/g, ' ').trim();
  return words === '' ? '' : `${words[0]?.toUpperCase()}${words.slice(1)}.`;
}

/** Validates a handler's key (name or URI) by its own rule, then against what the module serves. */
export function keyValidator(server: ScannedModule, kind: HandlerKind, rule: (value: string) => true | string) {
  return (value: string): true | string => {
    const check = rule(value);
    return check === true ? notServed(server.scan, server.module, kind, value) : check;
  };
}

/** The handler's key from its positional argument or flag (refused when invalid), else asked for. */
export async function askKey(
  asker: Asker,
  key: 'name' | 'uri',
  message: string,
  validate: (value: string) => true | string,
  missing: string,
): Promise<string> {
  const given = asker.string(key);
  if (given === undefined && asker.yes) refuse(missing);
  const check = given === undefined ? true : validate(given);
  if (check !== true) refuse(check);
  const answers = await asker.askFor([{ name: key, message, validate }]);
  return answers[key] as string;
}

/** The MCP name: the positional argument, or asked for with `message` (Yeoman UI runs without arguments). */
export async function askName(asker: Asker, server: ScannedModule, kind: 'tool' | 'prompt', message: string): Promise<string> {
  const validate = keyValidator(server, kind, (value) => validateMcpName(value, `${kind} name`));
  return askKey(asker, 'name', message, validate, `Give the ${kind} a name: yo mcp-python:${kind} <name>.`);
}

/** The Python function: the name in snake_case, asked for only when that differs from the name. */
export async function askFunction(asker: Asker, server: ScannedModule, name: string, kind: 'tool' | 'prompt'): Promise<string> {
  const suggested = defaultFunctionName(name, kind);
  const validate = (value: string): true | string => functionAvailable(server.scan, server.module, value);
  if (suggested === name && asker.string('function') === undefined) {
    const check = validate(name);
    if (check !== true) {
      refuse(`${check} The ${kind}'s MCP name can stay "${name}": give the function another name with ${functionFlag(kind)}.`);
    }
    return name;
  }
  const message = `Python function name (the ${kind} keeps the name "${name}")`;
  const answers = await asker.askFor([{ name: 'function', message, default: suggested, validate }]);
  return answers['function'] as string;
}

export async function askDescription(asker: Asker, functionName: string): Promise<string> {
  const answers = await asker.askFor([
    {
      name: 'description',
      message: DESCRIPTION_QUESTION,
      hint: 'Becomes the docstring: models read it to decide when to use this.',
      default: defaultDescription(functionName),
      validate: validateHandlerDescription,
    },
  ]);
  return answers['description'] as string;
}

/** Parameters one at a time, until an empty name. */
export async function askParams(asker: Asker, options: { typed: boolean; reserved: string[] }): Promise<ParamSpec[]> {
  const params: ParamSpec[] = [];
  for (;;) {
    const taken = new Set([...options.reserved, ...params.map((param) => param.name)]);
    // Question names differ from the handler's own (`name`...): answers are keyed by them.
    const { paramName: name } = await asker.ask([
      {
        name: 'paramName',
        message: params.length === 0 ? PARAMETER_QUESTION : 'Another parameter (empty when done)',
        hint: 'One parameter at a time: its type, default and description come next. Leave it empty when there are no more.',
        validate: (value) => {
          if (value === '') return true;
          return taken.has(value) ? `"${value}" is already taken; choose another.` : validateParamName(value);
        },
      },
    ]);
    if (!name) return params;
    let type: ParamType = { scalar: 'str', container: 'none', optional: false };
    if (options.typed) {
      const answer = await asker.ask([
        { name: 'paramType', message: `Type of ${name}`, choices: TYPE_CHOICES, default: 'str', validate: () => true },
      ]);
      type = parseType(answer['paramType'] as string) as ParamType;
    }
    const answers = await asker.ask([
      {
        name: 'paramDefault',
        message: `Default of ${name} (a Python value; empty: required)`,
        validate: (value) => {
          if (value === '') return true;
          const parsed = parseDefault(value, type);
          return typeof parsed === 'object' && parsed !== null && 'error' in parsed ? `The default ${parsed.error}.` : true;
        },
      },
      { name: 'paramDescription', message: `Description of ${name} (optional)`, validate: validateHandlerDescription },
    ]);
    const param: ParamSpec = { name, type };
    if (answers['paramDefault']) param.default = { value: parseDefault(answers['paramDefault'], type) as never };
    if (answers['paramDescription']) param.description = answers['paramDescription'];
    params.push(param);
  }
}

/**
 * Parameters from a repeatable flag (each parsed by `parse`), or asked for one at a time when the flag
 * is not given; refuses names that repeat or take a reserved one.
 */
export async function askParamsOrTakeFlags(
  asker: Asker,
  flag: 'param' | 'arg',
  parse: (spec: string) => ParamSpec | string,
  options: { typed: boolean; reserved: string[] },
): Promise<ParamSpec[]> {
  const specs = asker.list(flag);
  if (specs.length === 0 && !asker.yes) return askParams(asker, options);
  const params = specs.map((spec) => {
    const param = parse(spec);
    return typeof param === 'string' ? refuse(param) : param;
  });
  const seen = new Set(options.reserved);
  for (const param of params) {
    if (seen.has(param.name)) {
      const why = options.reserved.includes(param.name) ? 'reserved' : 'given twice';
      refuse(`--${flag} ${param.name}: the name "${param.name}" is ${why}; choose another.`);
    }
    seen.add(param.name);
  }
  return params;
}
