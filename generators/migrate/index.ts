// `yo mcp-python:migrate`: moves a create-mcp-server project or an mcp 1.x FastMCP server onto mcp 2,
// or adopts an mcp 2 server, into the generator's care. Every change is computed first, shown through
// Yeoman's conflict prompt and written whole or not at all; what is uncertain goes to MIGRATION.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import chalk from 'chalk';
import { runWasDeclined } from '../lib/commit.js';
import { warning } from '../lib/log.js';
import { detectServer, KIND_LABELS, type ServerModule } from '../lib/migrate/detect.js';
import { type MigrationPlan, planMigration } from '../lib/migrate/plan.js';
import { renderMigrationMarkdown, summaryLines } from '../lib/migrate/report.js';
import { ProjectGenerator, type ProjectGeneratorOptions } from '../lib/project-generator.js';
import { readProjectConfig } from '../lib/project.js';
import { packageFiles, pythonFiles } from '../lib/python/server-finder.js';
import { checkUv, findUv } from '../lib/uv.js';

type MigrateOptions = ProjectGeneratorOptions & Record<string, unknown>;

export default class MigrateGenerator extends ProjectGenerator<MigrateOptions> {
  detected?: ServerModule;
  plan?: MigrationPlan;
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

  install(): void {
    if (!this._written() || this._flag('skip-install') === true) return;
    const uv = checkUv(findUv());
    if (uv.problem !== undefined || uv.path === undefined) {
      warning(this.log, `${uv.problem ?? 'uv was not found.'}\nThe project was migrated; install uv, then run \`uv sync\` in it.`);
      return;
    }
    this.log(`Running ${uv.path} sync (uv ${uv.version})`);
    const run = spawnSync(uv.path, ['sync'], { cwd: this.destinationRoot(), stdio: 'inherit' });
    const failed = '`uv sync` failed (see above). The project was migrated; fix the problem, then run `uv sync` in it.';
    if (run.status !== 0) warning(this.log, failed);
  }

  end(): void {
    if (!this.plan || !this._written()) return;
    const lines = summaryLines(this.plan.report);
    this.log('');
    this.log(chalk.green(this.plan.report.title));
    if (lines.length > 0) {
      this.log(`${lines.length} thing${lines.length === 1 ? '' : 's'} to check by hand, listed with what to do in MIGRATION.md:`);
      for (const line of lines) this.log(`  ${line}`);
    }
    if (this._flag('skip-install') === true) this.log('Next: uv sync (it also brings uv.lock up to date), then uv run pytest.');
    else this.log('Next: uv run pytest, then grow it with yo mcp-python:tool, :resource and :prompt.');
  }

  /** A template rendered to a string: copied into mem-fs under a scratch name, read, and dropped again. */
  _render(template: string, context: Record<string, unknown>): string {
    const scratch = this.destinationPath('.mcp-python-migrate', String(Math.random()).slice(2));
    this.fs.copyTpl(template, scratch, context);
    const rendered = this.fs.read(scratch) ?? '';
    // A file created and deleted in mem-fs is never committed.
    this.fs.delete(scratch);
    return rendered;
  }
}
