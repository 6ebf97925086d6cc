// `yo mcp-python:migrate`: moves a create-mcp-server project or an mcp 1.x FastMCP server onto mcp 2,
// or adopts an mcp 2 server, into the generator's care. Every change is computed first, shown through
// Yeoman's conflict prompt and written whole or not at all; what is uncertain goes to MIGRATION.md.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import chalk from 'chalk';
import { runWasDeclined } from '../lib/commit.js';
import { detectServer, KIND_LABELS, type ServerModule } from '../lib/migrate/detect.js';
import { type MigrationPlan, planMigration } from '../lib/migrate/plan.js';
import { migrationClosing, renderMigrationMarkdown } from '../lib/migrate/report.js';
import { ProjectGenerator, type ProjectGeneratorOptions } from '../lib/project-generator.js';
import { readProjectConfig } from '../lib/project.js';
import { packageFiles, pythonFiles } from '../lib/python/server-finder.js';
import { checkUv, findUv, type InstallOutcome, installWithUv } from '../lib/uv.js';
import { flushLog } from '../lib/yeoman-internals.js';

type MigrateOptions = ProjectGeneratorOptions & Record<string, unknown>;

export default class MigrateGenerator extends ProjectGenerator<MigrateOptions> {
  detected?: ServerModule;
  plan?: MigrationPlan;
  /** What the install step did; undefined with --skip-install. */
  outcome?: InstallOutcome;
  // Stryker disable next-line ArrayDeclaration: equivalent, a name that is no option hides nothing from the help
  override _unlisted = [];

  constructor(args: string[], options: MigrateOptions) {
    super(args, options);
    this._declareOptions([{ name: 'skip-install', type: Boolean, description: 'Skip `uv sync` after the migration' }]);
  }

  async initializing(): Promise<void> {
    const root = await this._enterProject();
    if (readProjectConfig(root, this._files()) !== undefined) {
      this.log(`${root} is already a generator-mcp-python project (.yo-rc.json): nothing to migrate.`);
      return;
    }
    this.detected = detectServer(root);
    this.log(`Found ${KIND_LABELS[this.detected.kind]}: ${this.detected.module}`);
  }

  configuring(): void {
    if (!this.detected) return;
    const root = this.destinationRoot();
    const relativeFiles = (files: string[]) => files.map((file) => relative(root, file).split(sep).join('/'));
    this.plan = planMigration(
      {
        root,
        read: (file) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : undefined),
        render: (template, context, own) =>
          this._render(own === true ? this.templatePath(template) : this.templatePath('../../app/templates', template), context),
        packageFiles: relativeFiles(packageFiles(root)),
        testFiles: relativeFiles(pythonFiles(join(root, 'tests'), true)),
      },
      this.detected,
      {
        server: readFileSync(this.templatePath('create-mcp-server-1.0.5/server.py'), 'utf8'),
        init: readFileSync(this.templatePath('create-mcp-server-1.0.5/__init__.py'), 'utf8'),
      },
    );
  }

  /** Every file into mem-fs; the run's one commit (lib/commit.ts) asks once and writes all or none. */
  writing(): void {
    if (!this.plan) return;
    const { report } = this.plan;
    for (const write of this.plan.writes) this.fs.write(this.destinationPath(write.file), write.content);
    const migration = report.notes.length > 0 || report.changed.length > 0 ? renderMigrationMarkdown(report) : undefined;
    if (migration !== undefined) this.fs.write(this.destinationPath('MIGRATION.md'), migration);
    this.config.set(this.plan.config as unknown as Record<string, unknown>);
  }

  /** Whether the migration reached the disk (not a dry run, not declined at the commit). */
  _written(): boolean {
    return this.plan !== undefined && this._flag('dry-run') !== true && !runWasDeclined(this.env.sharedFs);
  }

  async install(): Promise<void> {
    if (!this._written() || this._flag('skip-install') === true) return;
    this.outcome = await installWithUv(checkUv(findUv()), this.destinationRoot(), false, this.log, 'The project was migrated');
  }

  async end(): Promise<void> {
    if (!this.plan || !this._written()) return;
    const close = migrationClosing(this.plan.report, this.outcome);
    this.log('');
    this.log(close.failure === undefined ? chalk.green(this.plan.report.title) : chalk.yellow(this.plan.report.title));
    for (const line of close.lines) this.log(line);
    // After the whole message: the run ends non-zero, with the one command that finishes the job.
    if (close.failure !== undefined) {
      await flushLog(this.env.adapter);
      throw new Error(close.failure);
    }
  }

  /** A template rendered to a string: copied into mem-fs under a scratch name, read, and dropped again. */
  _render(template: string, context: Record<string, unknown>): string {
    // Stryker disable next-line StringLiteral,MethodExpression: equivalent, any unused name serves (the file is dropped below)
    const scratch = this.destinationPath('.mcp-python-migrate', String(Math.random()).slice(2));
    this.fs.copyTpl(template, scratch, context);
    const rendered = this.fs.read(scratch) ?? '';
    // A file created and deleted in mem-fs is never committed.
    this.fs.delete(scratch);
    return rendered;
  }
}
