// How the generated server ships: PyPI, the MCP Registry, an MCP Bundle, a container, Kubernetes.
// Each question is also a flag; with --yes (or no terminal) the defaults below apply.

import type { Packaging } from '../lib/project.js';
import { versions } from '../lib/versions.js';

/** githubOwner names `io.github.<owner>/<name>` in the registry and the image's path. */
export type PackagingAnswers = Packaging;

export type PackagingKey = keyof PackagingAnswers;
type Flags = Partial<PackagingAnswers>;

/** Written when nothing tells the owner: valid for every schema, and the README says to replace it. */
export const PLACEHOLDER_OWNER = 'your-github-user';

export interface PackagingQuestion {
  key: PackagingKey;
  /** The flag's name, as typed after `--`. */
  flag: string;
  message: string;
  description: string;
  /** What `default` decides, as people read it. */
  defaultText: string;
  /** The default, from the answers before it (given or asked). */
  default: (answers: Flags & { transport: string; remoteOwner?: string }) => boolean | string;
  /** Whether to ask at all, given the answers before it. */
  when?: (answers: Flags & { transport: string }) => boolean;
  validate?: (value: string) => true | string;
}

/** GitHub's rule for user and organisation names. */
export function validateGitHubOwner(value: string): true | string {
  if (/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/.test(value)) return true;
  return `"${value}" is not a GitHub user or organisation name: up to 39 letters, digits and single hyphens, not at either end.`;
}

/** The owner of a GitHub remote URL (https, ssh or scp-like), or undefined for any other host. */
export function gitHubOwnerOf(remoteUrl: string | undefined): string | undefined {
  const match = /^(?:https:\/\/(?:[^@/]+@)?github\.com\/|ssh:\/\/git@github\.com\/|git@github\.com:)([^/]+)\//.exec(remoteUrl?.trim() ?? '');
  const owner = match?.[1];
  return owner !== undefined && validateGitHubOwner(owner) === true ? owner : undefined;
}

const HTTP = 'streamable-http';

/** `2025-12-11`, the date in the registry schema's URL. */
function schemaDate(): string {
  return /\/schemas\/([^/]+)\//.exec(versions.registrySchema)?.[1] ?? versions.registrySchema;
}

export const PACKAGING_QUESTIONS: readonly PackagingQuestion[] = [
  {
    key: 'publish',
    flag: 'publish',
    message: 'Publish to PyPI from GitHub releases (trusted publishing, no token)?',
    description:
      'Write `.github/workflows/publish.yml`: each GitHub release goes to PyPI with trusted publishing (no token) and, ' +
      'with `--registry`, to the MCP Registry (`--no-publish` to leave it out)',
    defaultText: 'on',
    default: () => true,
  },
  {
    key: 'registry',
    flag: 'registry',
    message: 'List it in the MCP Registry (server.json)?',
    description:
      `Write \`server.json\` for the MCP Registry (schema ${schemaDate()}, as registry ${versions.mcpRegistry} validates) ` +
      "and the README's `mcp-name` marker (`--no-registry` to leave them out)",
    defaultText: 'on',
    default: () => true,
  },
  {
    key: 'mcpb',
    flag: 'mcpb',
    message: 'Add an MCP Bundle manifest for Claude Desktop (manifest.json)?',
    description: 'Write `manifest.json` for an MCP Bundle (Claude Desktop, run by uv), valid for `mcpb validate`',
    defaultText: 'off',
    default: () => false,
  },
  {
    key: 'docker',
    flag: 'docker',
    message: 'Add a Dockerfile (multi-stage, uv, non-root)?',
    description:
      'Write a multi-stage `Dockerfile` (uv, locked, no dev dependencies, non-root, `/health` check) and `.dockerignore`, ' +
      'serving streamable HTTP',
    defaultText: 'on for `--transport streamable-http`',
    default: answers => answers.transport === HTTP,
  },
  {
    key: 'k8s',
    flag: 'k8s',
    message: 'Add a Kubernetes Deployment and Service?',
    description: 'Write `k8s/deployment.yaml`: a Deployment (two replicas, probes) and a Service; implies `--docker`',
    defaultText: 'off',
    default: () => false,
    when: answers => answers.docker === true,
  },
  {
    key: 'stateless',
    flag: 'stateless',
    message: 'Serve HTTP statelessly, so that any number of replicas can share the load?',
    description: 'Serve streamable HTTP without sessions (`stateless_http`, JSON responses), so replicas scale out',
    defaultText: 'on with `--docker`',
    default: answers => answers.docker === true || answers.k8s === true,
    when: answers => answers.transport === HTTP || answers.docker === true || answers.k8s === true,
  },
  {
    key: 'githubOwner',
    flag: 'github-owner',
    message: 'GitHub user or organisation that will host the repository',
    description: 'GitHub user or organisation: the registry name `io.github.<owner>/<name>`, the repository and image paths',
    defaultText: `git's \`origin\` remote, else \`${PLACEHOLDER_OWNER}\``,
    default: answers => answers.remoteOwner ?? PLACEHOLDER_OWNER,
    when: answers => answers.registry === true || answers.mcpb === true || answers.docker === true || answers.k8s === true,
    validate: validateGitHubOwner,
  },
];

type Context = { transport: string; remoteOwner?: string };

/** The packaging flags given on the command line (Yeoman's camel-cased options); --k8s implies --docker. */
export function givenPackaging(options: Record<string, unknown>): Flags {
  const given: Record<string, unknown> = {};
  for (const question of PACKAGING_QUESTIONS) {
    const value = options[question.key];
    if (value !== undefined && value !== null) given[question.key] = question.validate ? String(value) : value === true;
  }
  if (given['k8s'] === true) given['docker'] = true;
  return given as Flags;
}

/** Inquirer questions (terminal and Yeoman UI alike) for what the flags left open. */
export function packagingPrompts(given: Flags, context: Context): Array<Record<string, unknown>> {
  const known = (asked: Flags) => ({ ...context, ...given, ...asked });
  return PACKAGING_QUESTIONS.filter(question => given[question.key] === undefined).map(question => ({
    type: question.validate ? 'input' : 'confirm',
    name: question.key,
    message: question.message,
    default: (asked: Flags) => question.default(known(asked)),
    when: (asked: Flags) => question.when?.(known(asked)) ?? true,
    validate: question.validate,
  }));
}

/** The first problem among the packaging flags, or undefined. */
export function firstInvalidPackagingFlag(given: Flags): string | undefined {
  for (const question of PACKAGING_QUESTIONS) {
    const value = given[question.key];
    if (typeof value !== 'string' || question.validate === undefined) continue;
    const verdict = question.validate(value);
    if (verdict !== true) return `--${question.flag}: ${verdict}`;
  }
  return undefined;
}

/**
 * The answers with every gap filled by its default, in question order, and the rules between them
 * applied: Kubernetes runs the container image, so --k8s brings the Dockerfile along.
 */
export function completePackaging(answers: Flags, context: Context): PackagingAnswers {
  const filled: Flags & Context = { ...context, ...answers };
  if (filled.k8s === true) filled.docker = true;
  for (const question of PACKAGING_QUESTIONS) {
    if (filled[question.key] === undefined) (filled as Record<string, unknown>)[question.key] = question.default(filled);
  }
  const { transport: _transport, remoteOwner: _remote, ...complete } = filled;
  return complete as PackagingAnswers;
}
