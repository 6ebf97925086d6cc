// What `yo mcp-python` asks for, each question also a flag, and how each answer is checked; and every
// flag of the app generator, as --help, docs/reference/app.md and the README's table show it.
import { type ArgumentDefinition, type OptionDefinition, repeatable, YES_DESCRIPTION } from '../lib/asker.js';
import { validateDescription } from '../lib/descriptions.js';
import { validateMcpName } from '../lib/handlers/validators.js';
import { validateAuthor, validateChoice, validateEmail, validateProjectName } from '../lib/names.js';
import { EXAMPLES, type Example, LICENSES, type Transport, TRANSPORTS } from '../lib/project.js';
import { PYTHON_VERSIONS } from '../lib/versions.js';
import { PACKAGING_QUESTIONS } from './packaging.js';

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
  /** Shown by `--help` and the docs. */
  description: string;
  /** The default as people read it, where defaultAnswers() has no fixed value for it. */
  defaultText?: string;
  choices?: readonly string[];
  /** Shown under the question in Yeoman UI. */
  hint?: string;
  validate: (value: string) => true | string;
}

export const QUESTIONS: readonly Question[] = [
  {
    key: 'name',
    message: 'Project name (a folder of that name is created; "." for the current, empty folder)',
    description: 'Project name (PEP 508, at most 50 characters); the project is created in `./<name>` (`.` = the current, empty folder)',
    hint:
      'Also the distribution name; the import package and console script are derived from it. ' +
      'A folder of this name is created in the target folder.',
    validate: value => (value === '.' ? true : validateProjectName(value)),
  },
  {
    key: 'description',
    message: 'Description',
    description: 'One-line description, for `pyproject.toml`, the README and the registry entry',
    validate: value => validateDescription(value, 'project'),
  },
  {
    key: 'author',
    message: 'Author name',
    description: 'Author name, for `pyproject.toml` and the licence',
    defaultText: '`git config user.name`, if set',
    validate: validateAuthor,
  },
  {
    key: 'email',
    message: 'Author e-mail',
    description: 'Author e-mail, for `pyproject.toml`',
    defaultText: '`git config user.email`, if set',
    validate: validateEmail,
  },
  {
    key: 'license',
    message: 'License',
    description: `License: ${LICENSES.map(code).join(', ')}`,
    choices: LICENSES,
    validate: value => validateChoice('license', LICENSES, value),
  },
  {
    key: 'python',
    message: 'Lowest supported Python',
    description: `Lowest supported Python (\`requires-python\`): ${code(PYTHON_VERSIONS[0])} … ${code(PYTHON_VERSIONS.at(-1))}`,
    hint: 'requires-python in pyproject.toml; CI tests this one and the newest.',
    choices: PYTHON_VERSIONS,
    validate: value => validateChoice('Python version', PYTHON_VERSIONS, value),
  },
  {
    key: 'transport',
    message: 'Default transport',
    description: `Default transport: ${TRANSPORTS.map(code).join(' or ')} (the server takes the other with its own \`--transport\`)`,
    hint:
      'stdio: the client starts the server. streamable-http: the server runs on its own and clients connect to its URL. ' +
      'The other stays available with --transport.',
    choices: TRANSPORTS,
    validate: value => validateChoice('transport', TRANSPORTS, value),
  },
  {
    key: 'example',
    message: 'Example handlers',
    description: 'Example handlers: `notes` (a tool, a resource template, a prompt) or `minimal` (one tool)',
    hint: 'notes: a tool, a resource template and a prompt to learn from. minimal: one small tool.',
    choices: EXAMPLES,
    validate: value => validateChoice('example', EXAMPLES, value),
  },
];

function code(text: string | undefined): string {
  return `\`${text ?? ''}\``;
}

/** The question after the others in an interactive run without --tool, --resource or --prompt. */
export const FIRST_TOOL_QUESTION = {
  type: 'input',
  name: 'firstTool',
  message: 'Add a first tool of your own? Its name (empty for none)',
  default: '',
  validate: (value: string) => (value === '' ? true : validateMcpName(value, 'tool name')),
};

/** Asked at the end where Claude Desktop is installed, unless --claude or --yes decides. */
export const CLAUDE_QUESTION = 'Claude Desktop is installed. Register this server with it now?';

/** `yo mcp-python <name>`: the project name, as `--name` gives it too. */
export const APP_ARGUMENT: ArgumentDefinition = {
  name: 'name',
  type: String,
  required: false,
  description: 'Project name (also `--name`)',
  question: QUESTIONS[0]?.message ?? '',
};

/** Every flag of `yo mcp-python`, in the order --help lists them. */
export function appOptions(): OptionDefinition[] {
  const defaults: Record<string, string> = { ...defaultAnswers({}) };
  const fromQuestions = QUESTIONS.map((question): OptionDefinition => ({
    name: question.key,
    type: String,
    description: question.description,
    defaultText: question.defaultText ?? code(defaults[question.key]),
    question: question.message,
  }));
  const packaging = PACKAGING_QUESTIONS.map((question): OptionDefinition => ({
    name: question.flag,
    type: question.validate ? String : Boolean,
    description: question.description,
    defaultText: question.defaultText,
    question: question.message,
  }));
  return [
    ...fromQuestions,
    { name: 'yes', alias: 'y', type: Boolean, description: YES_DESCRIPTION },
    {
      name: 'skip-install',
      type: Boolean,
      description: "Skip `uv sync`; `uv.lock` is still written when uv is there, for CI's `uv sync --locked`",
    },
    { name: 'skip-git', type: Boolean, description: 'Skip `git init` and the first commit' },
    ...packaging,
    {
      name: 'claude',
      type: Boolean,
      description:
        'Register the server with Claude Desktop at the end (asked where Claude Desktop is installed; never with `--yes` alone)',
      question: CLAUDE_QUESTION,
    },
    {
      name: 'tool',
      type: repeatable,
      description:
        'Add a tool of this name, repeatable; composed into the same run, so the first commit holds it (asks for the rest unless `--yes`)',
      question: FIRST_TOOL_QUESTION.message,
    },
    { name: 'resource', type: repeatable, description: 'Add a resource at this URI, repeatable, as `--tool` does' },
    { name: 'prompt', type: repeatable, description: 'Add a prompt of this name, repeatable, as `--tool` does' },
  ];
}

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
