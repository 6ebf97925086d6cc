// What yo mcp-python:migrate writes for each kind of project, compared whole with the reviewed files in
// test/fixtures/migrate/expected/<case>/ (`UPDATE_GOLDEN=1` rewrites them after a deliberate change;
// review the diff). Compared: every file the migration changed, MIGRATION.md, .yo-rc.json and the tests
// it computes, plus the list of every file it added; an edited create-mcp-server project's folder holds
// only what differs from the unedited one's. The end-to-end tests run ruff, pyright and pytest on such migrations.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { snapshot } from '../helpers/fixture-project.js';
import { addEchoTool, copyProject, edit, referenceProject, renameServer, runMigrate } from '../fixtures/migrate/projects.js';

const EXPECTED = fileURLToPath(new URL('../fixtures/migrate/expected/', import.meta.url));
const SERVER = 'src/srv/server.py';
const LIST = 'added-files.txt';
const BASE = 'create-mcp-server';

const CASES: Record<string, () => string> = {
  'create-mcp-server': () => referenceProject(),
  'create-mcp-server-echo-tool': () => {
    const project = referenceProject();
    addEchoTool(project);
    return project;
  },
  'create-mcp-server-renamed': () => {
    const project = referenceProject();
    renameServer(project);
    return project;
  },
  'create-mcp-server-other-layout': () => {
    const project = referenceProject();
    edit(project, SERVER, (text) => text.replace('async def handle_list_prompts()', 'async def prompts()').replace(/\n\n@server\./g, '\n\n\n@server.'));
    return project;
  },
  'create-mcp-server-edited-dispatch': () => {
    const project = referenceProject();
    edit(project, SERVER, (text) => text.replace('if uri.scheme != "note":', 'if uri.scheme not in ("note", "memo"):'));
    return project;
  },
  'fastmcp-v1': () => copyProject('fastmcp-v1'),
  'fastmcp-v1-notes': () => copyProject('fastmcp-v1-notes'),
  'mcp2-foreign': () => copyProject('mcp2-foreign'),
};

/** Compared whole: what the migration computes, as opposed to template files it only adds. */
const compared = (file: string, existed: boolean) =>
  existed || /^(MIGRATION\.md|\.yo-rc\.json|tests\/(?!test_http|test_stdio).*\.py)$/.test(file);

/** The files a migration changed or added, each with its text (or undefined when only its presence is compared). */
async function migrated(make: () => string): Promise<Map<string, string | undefined>> {
  const project = make();
  const before = snapshot(project);
  await runMigrate(project, { options: { force: true } });
  const result = new Map<string, string | undefined>();
  for (const [file, content] of snapshot(project)) {
    const old = before.get(file);
    if (old !== undefined && old.equals(content)) continue;
    result.set(file, compared(file, old !== undefined) ? content.toString('utf8') : undefined);
  }
  return result;
}

function ownFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== LIST)
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

/** The reviewed text of `file` for case `name`: its own, else (an edited create-mcp-server project) the base case's. */
function expected(name: string, file: string): string | undefined {
  for (const folder of name.startsWith(`${BASE}-`) ? [name, BASE] : [name]) {
    const path = join(EXPECTED, folder, file);
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  return undefined;
}

describe('yo mcp-python:migrate, compared with reviewed results', () => {
  for (const [name, make] of Object.entries(CASES)) {
    it(name, async () => {
      const files = await migrated(make);
      const folder = join(EXPECTED, name);
      const changed = [...files.keys()].sort();
      const whole = changed.filter((file) => files.get(file) !== undefined);
      if (process.env['UPDATE_GOLDEN'] === '1') {
        rmSync(folder, { recursive: true, force: true });
        for (const file of whole) {
          if (name !== BASE && expected(name, file) === files.get(file)) continue;
          mkdirSync(dirname(join(folder, file)), { recursive: true });
          writeFileSync(join(folder, file), files.get(file) as string);
        }
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, LIST), `${changed.join('\n')}\n`);
      }
      assert.deepEqual(changed, readFileSync(join(folder, LIST), 'utf8').trimEnd().split('\n'), 'the files changed or added');
      for (const file of ownFiles(folder)) assert.ok(whole.includes(file), `${file}: reviewed, but not written`);
      for (const file of whole) assert.equal(files.get(file), expected(name, file), file);
    });
  }
});
