// Base class of `yo mcp-python:tool`, `:resource` and `:prompt`: finds the server module, asks for
// what the flags did not give, and grows the project in Yeoman's mem-fs. Composed into one run any
// number of times (by the app, or by another generator), each sees the others' changes, and the run's
// one commit writes them all or nothing. Every refusal is thrown before the first write.
import { existsSync } from 'node:fs';
import { refuse } from '../errors.js';
import { readUtf8 } from '../text-file.js';
import { warning } from '../log.js';
import { ProjectGenerator, type ProjectGeneratorOptions } from '../project-generator.js';
import { emptyHandlers, type HandlerRecord, type Handlers } from '../project.js';
import { applyLayout, detectLayout } from '../python/layout.js';
import { type ModuleScan, scanModule } from '../python/module-scan.js';
import { compileWithCPython, projectPython } from '../python/cpython.js';
import { parseModuleOrThrow, parsePython, type Tree } from '../python/parse.js';
import { findServers, firstPartyPackages, manyServersMessage, noServerMessage, ruffLineLength } from '../python/server-finder.js';
import { addHandlerToModule, withImports } from './add-to-module.js';
import { addCompletionBranch } from './completions.js';
import { addReadmeBullet, readmeNeedle } from './readme.js';
import { renderTestFile, testFileName } from './render-test.js';
import { type HandlerSpec } from './specs.js';

export type HandlerGeneratorOptions = ProjectGeneratorOptions & Record<string, unknown>;

export interface ServerTarget {
  /** Relative to the project root, POSIX separators. */
  module: string;
  variable: string;
  source: string;
  tree: Tree;
  scan: ModuleScan;
  lineLength: number;
  firstParty: ReadonlySet<string>;
}

const HANDLER_LISTS: Record<HandlerSpec['kind'], keyof Handlers> = { tool: 'tools', resource: 'resources', prompt: 'prompts' };

/**
 * The module's syntax tree, CPython deciding what is valid: a module it compiles is accepted even
 * where lezer recovered from an error; one it rejects is refused even when lezer parsed it.
 */
function parseAsCPythonDoes(source: string, label: string, pythons: readonly string[]): Tree {
  const verdict = compileWithCPython(source, pythons);
  if (verdict.status === 'unavailable') return parseModuleOrThrow(source, label);
  if (verdict.status === 'valid') return parsePython(source);
  const { line, column, message } = verdict.problem;
  refuse(
    `${label} does not parse as Python (syntax error near line ${line}, column ${column}: ${message}). ` +
      `Fix the file (for example with \`uv run python -m py_compile ${label}\`) and run the command again.`,
  );
}

/** A generated edit that CPython would not compile is a bug here: refused, with a request to report it. */
function assertCompiles(label: string, source: string, pythons: readonly string[]): void {
  const verdict = compileWithCPython(source, pythons);
  if (verdict.status !== 'invalid') return;
  const { line, message } = verdict.problem;
  refuse(
    `Internal error: the edited ${label} would not compile (line ${line}: ${message}). ` +
      'This is a bug in the generator; please report it.',
  );
}

export abstract class HandlerGenerator extends ProjectGenerator<HandlerGeneratorOptions> {
  server!: ServerTarget;

  /**
   * Reads the server module of the project entered at initializing (through mem-fs, so a module an
   * earlier generator of this run wrote or changed is seen as it now is); refuses a missing or broken one.
   */
  _locateServer(): ServerTarget {
    const root = this.destinationRoot();
    const config = this._projectConfig();
    let module = config.serverModule;
    let variable = config.serverVariable;
    if (module === undefined || variable === undefined) {
      const servers = findServers(root);
      if (servers.length === 0) refuse(noServerMessage(root));
      if (servers.length > 1) refuse(manyServersMessage(servers));
      module = servers[0]?.module as string;
      variable = servers[0]?.variable as string;
    }
    const path = this.destinationPath(module);
    if (!this.fs.exists(path)) {
      refuse(`The server module ${module} named in .yo-rc.json does not exist. Restore it, or correct "serverModule" in .yo-rc.json.`);
    }
    // mem-fs decodes an invalid UTF-8 byte as U+FFFD, which the edit would then store: refused instead.
    if (existsSync(path)) readUtf8(path);
    const source = this.fs.read(path) ?? '';
    const tree = parseAsCPythonDoes(source, module, projectPython(root));
    const scan = scanModule(source, tree);
    const known = scan.servers.some((server) => server.variable === variable) || scan.definedNames.has(variable);
    if (!known && !scan.importedNames.has(variable)) {
      refuse(
        `.yo-rc.json names "${variable}" as the server variable, but ${module} defines no such name. ` +
          'Correct "serverVariable" in .yo-rc.json (or remove it, and the server is found by itself).',
      );
    }
    const pyprojectPath = this.destinationPath('pyproject.toml');
    const pyproject = this.fs.exists(pyprojectPath) ? (this.fs.read(pyprojectPath) ?? undefined) : undefined;
    const firstParty = firstPartyPackages(root);
    // In a run that creates the project, its package is still only in mem-fs.
    if (config.packageName !== undefined) firstParty.add(config.packageName);
    this.server = { module, variable, source, tree, scan, lineLength: ruffLineLength(pyproject), firstParty };
    return this.server;
  }

  /** Whether tests/conftest.py provides the `client` fixture the generated test relies on. */
  _hasClientFixture(): boolean {
    const conftest = this.destinationPath('tests/conftest.py');
    if (!this.fs.exists(conftest)) return false;
    const source = this.fs.read(conftest) ?? '';
    return scanModule(source, parsePython(source)).definedNames.has('client');
  }

  /**
   * Puts the handler, its test and its README line into mem-fs, refusing before any of it. The module is
   * read again here: another generator of the same run may have changed it since the questions. The
   * run's commit (lib/commit.ts) asks about and writes everything at once.
   */
  _grow(spec: HandlerSpec): void {
    const { module, source, variable, lineLength, firstParty, tree, scan } = this._locateServer();
    const target = { label: module, variable, lineLength, firstParty };
    const withHandler = addHandlerToModule(source, spec, target, { tree, scan });
    const completed = addCompletionBranch(withHandler, spec, target);
    const newSource = withImports(completed.source, completed.imports, target);
    const testPath = testFileName(spec);
    if (this.fs.exists(this.destinationPath(testPath))) {
      refuse(`${testPath} already exists. Choose another function name, or move that file away first.`);
    }
    const testSource = this._hasClientFixture() ? applyLayout(renderTestFile(spec, lineLength), detectLayout(source)) : undefined;
    const readmePath = this.destinationPath('README.md');
    const readme = this.fs.exists(readmePath) ? (this.fs.read(readmePath) ?? undefined) : undefined;
    const newReadme = readme === undefined ? undefined : addReadmeBullet(readme, spec);

    const pythons = projectPython(this.destinationRoot());
    assertCompiles(module, newSource, pythons);
    if (testSource !== undefined) assertCompiles(testPath, testSource, pythons);
    this.fs.write(this.destinationPath(module), newSource);
    if (testSource !== undefined) this.fs.write(this.destinationPath(testPath), testSource);
    else warning(this.log, `tests/conftest.py has no \`client\` fixture, so no test was written for ${spec.function}(); add one by hand.`);
    if (newReadme !== undefined) this.fs.write(readmePath, newReadme);
    else if (readme !== undefined) warning(this.log, `README.md has no ${readmeNeedle(spec.kind)} line, so it was left as it is.`);
    this._record(spec);
  }

  /** Remembers the handler (and, in a foreign project, where its server is) in .yo-rc.json. */
  _record(spec: HandlerSpec): void {
    const config = this._projectConfig();
    const handlers: Handlers = { ...emptyHandlers(), ...config.handlers };
    const record: HandlerRecord =
      spec.kind === 'resource' ? { uri: spec.uri, function: spec.function } : { name: spec.name, function: spec.function };
    const list = HANDLER_LISTS[spec.kind];
    handlers[list] = [...handlers[list], record];
    if (config.serverModule === undefined) this.config.set('serverModule', this.server.module);
    if (config.serverVariable === undefined) this.config.set('serverVariable', this.server.variable);
    this.config.set('handlers', handlers);
  }

  _logAdded(spec: HandlerSpec, what: string): void {
    this.log(`Adding ${what} to ${this.server.module} as ${spec.function}()`);
  }
}
