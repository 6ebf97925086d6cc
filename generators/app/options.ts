// What `yo mcp-python` asks for, each question also a flag, and how each answer is checked.
import { validateDescription } from '../lib/descriptions.js';
import { validateAuthor, validateChoice, validateEmail, validateProjectName } from '../lib/names.js';
import { EXAMPLES, type Example, LICENSES, type Transport, TRANSPORTS } from '../lib/project.js';
import { PYTHON_VERSIONS } from '../lib/versions.js';

export interface AppAnswers {
  name: string;
  description: string;
  author: string;
  email: string;
  license: (typeof LICENSES)[number];
  python: (typeof PYTHON_VERSIONS)[number];
  transport: Transport;
  example: Example;
}

export type AnswerKey = keyof AppAnswers;

export interface Question {
  key: AnswerKey;
  message: string;
  /** Shown by `--help`. */
  description: string;
  choices?: readonly string[];
  /** Shown under the question in Yeoman UI. */
  hint?: string;
  validate: (value: string) => true | string;
}

export const QUESTIONS: readonly Question[] = [
  {
    key: 'name',
    message: 'Project name (a folder of that name is created; "." for the current, empty folder)',
    description: 'Project name; the project is created in ./<name> ("." = the current, empty folder)',
    hint:
      'Also the distribution name; the import package and console script are derived from it. ' +
      'A folder of this name is created in the target folder.',
    validate: value => (value === '.' ? true : validateProjectName(value)),
  },
  {
    key: 'description',
    message: 'Description',
    description: 'One-line description',
    validate: value => validateDescription(value, 'project'),
  },
  {
    key: 'author',
    message: 'Author name',
    description: 'Author name for pyproject.toml (default: git config user.name)',
    validate: validateAuthor,
  },
  { key: 'email', message: 'Author e-mail', description: 'Author e-mail (default: git config user.email)', validate: validateEmail },
  {
    key: 'license',
    message: 'License',
    description: `License: ${LICENSES.join(', ')}`,
    choices: LICENSES,
    validate: value => validateChoice('license', LICENSES, value),
  },
  {
    key: 'python',
    message: 'Lowest supported Python',
    description: `Lowest supported Python: ${PYTHON_VERSIONS.join(', ')}`,
    hint: 'requires-python in pyproject.toml; CI tests this one and the newest.',
    choices: PYTHON_VERSIONS,
    validate: value => validateChoice('Python version', PYTHON_VERSIONS, value),
  },
  {
    key: 'transport',
    message: 'Default transport',
    description: `Default transport: ${TRANSPORTS.join(', ')} (the other stays available with --transport)`,
    hint:
      'stdio: the client starts the server. streamable-http: the server runs on its own and clients connect to its URL. ' +
      'The other stays available with --transport.',
    choices: TRANSPORTS,
    validate: value => validateChoice('transport', TRANSPORTS, value),
  },
  {
    key: 'example',
    message: 'Example handlers',
    description: 'notes (a tool, a resource template and a prompt) or minimal (one small tool)',
    hint: 'notes: a tool, a resource template and a prompt to learn from. minimal: one small tool.',
    choices: EXAMPLES,
    validate: value => validateChoice('example', EXAMPLES, value),
  },
];

export interface DefaultSources {
  gitName?: string;
  gitEmail?: string;
}

export function defaultAnswers(sources: DefaultSources): AppAnswers {
  return {
    name: 'mcp-server',
    description: 'An MCP server',
    author: sources.gitName ?? '',
    email: sources.gitEmail ?? '',
    license: 'MIT',
    python: '3.10',
    transport: 'stdio',
    example: 'notes',
  };
}

/** The first problem among the answers given as flags, or undefined. */
export function firstInvalidFlag(given: Partial<Record<AnswerKey, string>>): string | undefined {
  for (const question of QUESTIONS) {
    const value = given[question.key];
    if (value === undefined) continue;
    const verdict = question.validate(value);
    if (verdict !== true) return question.key === 'name' ? verdict : `--${question.key}: ${verdict}`;
  }
  return undefined;
}
