// The Yeoman side shared by `claude-config` and `client-config`: options, the plan, the write and the
// report. The two generators differ only in how they choose the client.
import chalk from 'chalk';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { warning } from '../log.js';
import { ProjectGenerator, type ProjectGeneratorOptions } from '../project-generator.js';
import { CLIENTS, type ClientDefinition, type ClientId } from './clients.js';
import { configPath, isInside } from './config-path.js';
import { buildEntry, type BuiltEntry, entryKind, parseEnvPairs, validateEntryName, validateEnvPair, validateUvPath } from './entry.js';
import { nodeHost } from './host.js';
import { mergeEntry, type MergeResult } from './json-merge.js';
import { backupFile, writeFileAtomic } from './safe-write.js';
import { describeServerProject, type ServerProject } from './server-project.js';
import { findUvCommand, nodeUvLookup } from './uv-command.js';
import { envPairsFromCommandLine } from '../command-line.js';
import { canReachUser, type OptionDefinition, repeatable } from '../asker.js';
import { refuse } from '../errors.js';
import { confirmOverwrite } from '../conflicts.js';
import { runWasDeclined } from '../commit.js';
import { checkWritable } from '../transaction.js';
import { readUtf8 } from '../text-file.js';
import { acquireLockSync, configLockOf, releaseLock } from '../lock.js';

export type ClientConfigOptions = ProjectGeneratorOptions & {
  name?: string;
  envVar?: string[];
  uvPath?: string;
  configPath?: string;
  dryRun?: boolean;
  force?: boolean;
  projectRoot?: string;
};

export interface Plan {
  client: ClientDefinition;
  project: ServerProject;
  name: string;
  file: string;
  entry: BuiltEntry;
}

/** The flags of claude-config and client-config. */
const CLIENT_OPTIONS: readonly OptionDefinition[] = [
  { name: 'name', type: String, description: 'Name of the server entry', defaultText: 'the project name' },
  // `env` cannot be a Yeoman option name: Yeoman passes its environment object under that key. So
  // `--env KEY=VALUE` is read from the command line (see _envPairs), and `--env-var` is the option.
  {
    name: 'env-var',
    type: repeatable,
    description: '`KEY=VALUE` for the server, repeatable (on the command line, `--env KEY=VALUE` works too)',
  },
  { name: 'uv-path', type: String, description: 'uv executable to write into the entry', defaultText: 'found on the PATH' },
  { name: 'config-path', type: String, description: "Write this file instead of the client's own config", defaultText: "the client's own" },
];

export abstract class ClientRegistrationGenerator extends ProjectGenerator<ClientConfigOptions> {
  _plan!: Plan;
  _outcome = '';
  _written = false;
  /** The file's new content once decided, and what it held before (undefined: no file yet). */
  _pending?: { before: string | undefined; content: string };

  constructor(args: string[], options: ClientConfigOptions) {
    super(args, options);
    this._declareOptions(CLIENT_OPTIONS);
  }

  _envPairs(): string[] {
    return [...repeatable(this._flag('env-var') ?? []), ...envPairsFromCommandLine(this.options.namespace)];
  }

  /** The project root (from --project-root, else by walking up), and every flag checked before any work. */
  async _enterAndCheck(): Promise<void> {
    await this._enterProject();
    const uvPath = this._flag('uv-path') as string | undefined;
    const problems = [
      ...this._envPairs().map(validateEnvPair),
      this.options.name === undefined ? true : validateEntryName(this.options.name),
      uvPath === undefined ? true : validateUvPath(uvPath, path => this._isFile(path)),
    ].filter((result): result is string => result !== true);
    if (problems.length > 0) refuse(problems.join('\n'));
  }

  /** What will be written where: the file, the entry, and its name. */
  _makePlan(clientId: ClientId): void {
    const client = CLIENTS[clientId];
    const root = this.destinationRoot();
    const pyproject = join(root, 'pyproject.toml');
    const project = describeServerProject(this._projectConfig(), existsSync(pyproject) ? readFileSync(pyproject, 'utf8') : undefined);
    if (typeof project === 'string') refuse(project);
    const name = this.options.name ?? project.name;
    const nameProblem = validateEntryName(name);
    if (nameProblem !== true) refuse(nameProblem);
    const host = nodeHost();
    const start = this._startFolder ?? this.destinationRoot();
    const file = configPath(client, host, root, this._flag('config-path') as string | undefined, start);
    const entry = buildEntry({
      client,
      uvCommand: entryKind(client, project.transport) === 'stdio' ? this._uvCommand() : '',
      projectRoot: root,
      scriptName: project.scriptName,
      transport: project.transport,
      acceptsTransportFlag: project.ours,
      env: parseEnvPairs(this._envPairs()),
      // Workspace variables only mean something in the project's own copy of the file.
      portable: client.scope === 'project' && isInside(file, root, host.platform),
      platform: host.platform,
      home: host.home,
    });
    this._plan = { client, project, name, file, entry };
    // A read-only file, a folder, a dangling link: refused now, before the question about the entry.
    checkWritable(file);
    // One registration at a time per config file, from here (the file is read) to the write: two runs
    // at once would each merge into the same old content, and the later write would drop the other entry.
    acquireLockSync(configLockOf(file), { what: file });
    // Refuse a broken file now, before anything else happens; _register reads it again to write.
    this._merge();
  }

  /** Relative paths count from the folder yo was started in, like every other path option. */
  _isFile(path: string): boolean {
    const absolute = this._fromStart(path);
    return existsSync(absolute) && statSync(absolute).isFile();
  }

  _uvCommand(): string {
    const given = this._flag('uv-path') as string | undefined;
    if (given !== undefined) return /[\\/]/.test(given) ? this._fromStart(given) : given;
    const found = findUvCommand(nodeUvLookup(nodeHost()));
    if (found === undefined) {
      refuse(
        'uv was not found on PATH nor where its installers put it. ' +
          'Install uv (https://docs.astral.sh/uv/), or pass --uv-path /path/to/uv.',
      );
    }
    return found;
  }

  /** The file's current text and the result of merging the entry into it; throws for a broken file. */
  _merge(): { before: string | undefined; merged: Exclude<MergeResult, { status: 'invalid' }> } {
    const { client, name, file, entry } = this._plan;
    const before = existsSync(file) ? readUtf8(file) : undefined;
    const merged = mergeEntry(before, client, name, entry.value);
    if (merged.status === 'invalid') {
      const { line, column, message } = merged.problem;
      throw new Error(
        `${file}:${line}:${column}: ${message}.\n${client.label} would not read this file either. ` +
          'Fix it (or move it away), then run this again. The file was not changed.',
      );
    }
    return { before, merged };
  }

  /**
   * Decides what to write: the merged file, after the conflict prompt for a same-name entry. The write
   * itself waits for the run's commit (_write, at the install step), so a run that writes nothing else
   * (declined, refused, failed) leaves the client's file alone too.
   */
  async _decide(): Promise<void> {
    const { client, name, file, entry } = this._plan;
    const dryRun = this._flag('dry-run') === true;
    for (const note of entry.notes) warning(this.log, note);
    const { before, merged } = this._merge();
    if (merged.status === 'unchanged') {
      this._outcome = `${client.label} already has "${name}" exactly like this in ${file}; nothing to do.`;
      return;
    }
    if (merged.status === 'replace') {
      this.log(`${file} already has a server named "${name}":`);
      this.log(JSON.stringify(merged.previous, null, 2));
      if (!this._writeWithoutAsking() && !dryRun && !canReachUser(this.env.adapter)) {
        refuse(`Replacing it asks first, and there is no terminal to answer on: pass --force to replace it, or --name to add another.`);
      }
      const agreed = await confirmOverwrite(this.env.adapter, file, merged.content, { force: this._writeWithoutAsking(), dryRun });
      if (!agreed) {
        this._outcome = dryRun
          ? `Dry run: "${name}" in ${file} would be replaced as shown.`
          : `Kept the existing "${name}" in ${file}; nothing was written.`;
        return;
      }
    }
    if (dryRun) {
      this._outcome = `Dry run: ${before === undefined ? 'would create' : 'would update'} ${file} with:\n${merged.content}`;
      return;
    }
    this._pending = { before, content: merged.content };
  }

  /** Merges the entry into the file: backup, then atomic write; then lets go of the file's lock. */
  _write(): void {
    try {
      this._writePending();
    } finally {
      releaseLock(configLockOf(this._plan.file));
    }
  }

  _writePending(): void {
    if (this._pending === undefined) return;
    const { client, name, file } = this._plan;
    if (runWasDeclined(this.env.sharedFs)) {
      this._outcome = `The run's other changes were declined, so "${name}" was not added to ${file} either.`;
      return;
    }
    const backup = this._pending.before === undefined ? undefined : backupFile(file, new Date());
    writeFileAtomic(file, this._pending.content);
    this._written = true;
    this._outcome =
      `Registered "${name}" with ${client.label} in ${file}` +
      (backup === undefined ? '.' : `\n  (the previous file is saved as ${backup})`);
  }

  /** What happened, and what the user does next. */
  _report(): void {
    const { client, project, file, entry } = this._plan;
    this.log(chalk.green(this._outcome));
    if (!this._written) return;
    if (entry.kind === 'url') {
      this.log(`The entry points at a running server: start it with \`uv run ${project.scriptName}\` in ${this.destinationRoot()}.`);
    }
    if (client.scope === 'project' && isInside(file, this.destinationRoot(), process.platform)) {
      this.log(`Commit ${relative(this.destinationRoot(), file)} to share the server with your team.`);
    }
    if (client.id === 'claude-desktop') this.log('Restart Claude Desktop to load the server.');
  }
}
