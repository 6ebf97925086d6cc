// `yo mcp-python:migrate`: moves a create-mcp-server project or an mcp 1.x FastMCP server onto mcp 2,
// or adopts an mcp 2 server, into the generator's care. Every change is computed first, shown through
// Yeoman's conflict prompt and written whole or not at all; what is uncertain goes to MIGRATION.md.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import chalk from 'chalk';
import { isTerminalAdapter } from '../lib/prompt-types.js';
import { confirmAll } from '../lib/conflicts.js';
import { warning } from '../lib/log.js';
import { detectServer, KIND_LABELS, type ServerModule } from '../lib/migrate/detect.js';
import { type MigrationPlan, planMigration } from '../lib/migrate/plan.js';
import { renderMigrationMarkdown, summaryLines } from '../lib/migrate/report.js';
import { ProjectGenerator, type ProjectGeneratorOptions } from '../lib/project-generator.js';
import { readProjectConfig } from '../lib/project.js';
import { packageFiles, pythonFiles } from '../lib/python/server-finder.js';
import { checkUv, findUv, uvSync } from '../lib/uv.js';

type MigrateOptions = ProjectGeneratorOptions & Record<string, unknown>;

export default class MigrateGenerator extends ProjectGenerator<MigrateOptions> {
  detected?: ServerModule;
  plan?: MigrationPlan;
  written = false;

  constructor(args: string[], options: MigrateOptions) {
    super(args, options);
    this.option('force', { type: Boolean, description: 'Write every change without asking' });
    this.option('dry-run', { type: Boolean, description: 'Show what would change (as diffs) and write nothing' });
  }

  initializing(): void {
    const root = this._enterProject();
    if (readProjectConfig(root) !== undefined) {
      this.log(`${root} is already a generator-mcp-python project (.yo-rc.json): nothing to migrate.`);
      return;
    }
    try {
      this.detected = detectServer(root);
    } catch (error) {
      const message = (error as Error).message;
      throw new Error(/Nothing was (written|changed)/.test(message) ? message : `${message}\nNothing was written.`);
    }
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
        render: (template, context, own) => this._render(own === true ? this.templatePath(template) : this.templatePath('../../app/templates', template), context),
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

  async writing(): Promise<void> {
    if (!this.plan) return;
    const { report } = this.plan;
    const writes = this.plan.writes.map((write) => ({ path: this.destinationPath(write.file), content: write.content }));
    if (report.notes.length > 0 || report.changed.length > 0) writes.push({ path: this.destinationPath('MIGRATION.md'), content: renderMigrationMarkdown(report) });
    const answer = await this._confirmChanges([...writes, { path: this.destinationPath('.yo-rc.json'), content: this._yoRc() }]);
    if (answer === 'declined') {
      this.log('Nothing was written: the migration goes in whole or not at all.');
      return;
    }
    for (const write of writes) {
      this.fs.write(write.path, write.content);
      if (answer === 'agreed' && existsSync(write.path)) (this.fs.store.get(write.path) as { conflicter?: string }).conflicter = 'force';
    }
    this.config.set(this.plan.config as unknown as Record<string, unknown>);
    const yoRc = this.destinationPath('.yo-rc.json');
    if (answer === 'agreed' && existsSync(yoRc)) (this.fs.store.get(yoRc) as { conflicter?: string }).conflicter = 'force';
    this.written = this._flag('dry-run') !== true;
  }

  install(): void {
    if (!this.written || this._flag('skip-install') === true) return;
    const uv = checkUv(findUv());
    if (uv.problem !== undefined || uv.path === undefined) {
      warning(this.log, `${uv.problem ?? 'uv was not found.'}\nThe project was migrated; install uv, then run \`uv sync\` in it.`);
      return;
    }
    this.log(`Running ${uv.path} sync (uv ${uv.version})`);
    const problem = uvSync(uv.path, this.destinationRoot());
    if (problem !== undefined) warning(this.log, problem);
  }

  end(): void {
    if (!this.plan || !this.written) return;
    const lines = summaryLines(this.plan.report);
    this.log('');
    this.log(chalk.green(this.plan.report.title));
    if (lines.length > 0) {
      this.log(`${lines.length} thing${lines.length === 1 ? '' : 's'} to check by hand, listed with what to do in MIGRATION.md:`);
      for (const line of lines) this.log(`  ${line}`);
    }
    this.log('Next: uv run pytest, then grow it with yo mcp-python:tool, :resource and :prompt.');
  }

  /** The .yo-rc.json the environment will write, for the one question asked about every file. */
  _yoRc(): string {
    const path = this.destinationPath('.yo-rc.json');
    const current = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
    return `${JSON.stringify({ ...current, 'generator-mcp-python': this.plan?.config }, null, 2)}\n`;
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

  /**
   * Agreed to all at once, before any file enters mem-fs (a half-migrated project would import
   * neither mcp 1 nor mcp 2). With --force or --dry-run the environment's commit does what they say.
   */
  async _confirmChanges(writes: Array<{ path: string; content: string }>): Promise<'agreed' | 'declined' | 'environment'> {
    if (this._flag('force') === true || this._flag('dry-run') === true) return 'environment';
    if (isTerminalAdapter(this.env.adapter) && !process.stdin.isTTY) {
      throw new Error(
        'Migrating changes existing files, and there is no terminal to ask on. In a script, pass --dry-run to see the ' +
          'diff first, then --force to write it.\nNothing was written.',
      );
    }
    return (await confirmAll(this.env.adapter, this.destinationRoot(), writes)) ? 'agreed' : 'declined';
  }
}
