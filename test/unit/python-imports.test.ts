// Where a new import goes and how it is written, at the boundaries: the line limit, sections, aliases,
// comments, and the order of names (isort's, as ruff's I001 checks it).
import assert from 'node:assert/strict';
import { applyEdits } from '../../generators/lib/python/edits.js';
import { planImport, renderFromImport, type ImportNeed } from '../../generators/lib/python/imports.js';
import { DEFAULT_LAYOUT, detectLayout } from '../../generators/lib/python/layout.js';
import { scanModule } from '../../generators/lib/python/module-scan.js';
import { parsePython } from '../../generators/lib/python/parse.js';

function addImport(source: string, need: ImportNeed, lineLength = 100): string {
  const context = { source, scan: scanModule(source, parsePython(source)), layout: detectLayout(source), lineLength, firstParty: new Set(['demo']) };
  const edit = planImport(need, context);
  return edit ? applyEdits(source, [edit]) : source;
}

describe('python imports', () => {
  it('renderFromImport keeps a statement exactly at the line limit on one line, and wraps one column more', () => {
    const names = [{ bound: 'alpha', name: 'alpha' }, { bound: 'beta', name: 'beta' }];
    const oneLine = 'from module import alpha, beta';
    assert.equal(renderFromImport('module', names, DEFAULT_LAYOUT, oneLine.length), oneLine);
    assert.equal(renderFromImport('module', names, DEFAULT_LAYOUT, oneLine.length - 1), 'from module import (\n    alpha,\n    beta,\n)');
  });

  it('orders names as isort does: CONSTANTS, then Classes, then the rest, each case-insensitively', () => {
    const names = ['zeta', 'Beta', 'ALPHA', 'alpha', 'A', 'Zed'].map((name) => ({ bound: name, name }));
    assert.equal(renderFromImport('m', names, DEFAULT_LAYOUT, 100), 'from m import ALPHA, A, Beta, Zed, alpha, zeta');
  });

  it('wraps with the file\'s own indentation and newline', () => {
    const names = [{ bound: 'a', name: 'a' }, { bound: 'b', name: 'b', alias: 'c' }];
    assert.equal(renderFromImport('m', names, { newline: '\r\n', indent: '\t' }, 10), 'from m import (\r\n\ta,\r\n\tb as c,\r\n)');
  });

  it('merges into `from x import ...` that has room, and changes nothing else', () => {
    const source = 'import os\nfrom typing import Any\n\nx = 1\n';
    assert.equal(addImport(source, { module: 'typing', name: 'Annotated' }), 'import os\nfrom typing import Annotated, Any\n\nx = 1\n');
  });

  it('never drops a comment: an import that carries one keeps it, and the new name is still imported', () => {
    const source = 'from typing import Any  # the only one we need\n\nx = 1\n';
    const result = addImport(source, { module: 'typing', name: 'Annotated' });
    assert.match(result, /# the only one we need/);
    assert.ok(scanModule(result, parsePython(result)).importedNames.has('Annotated'), result);
    assert.ok(result.endsWith('\nx = 1\n'));
  });

  it('keeps an aliased import in a statement of its own, beside the others in name order', () => {
    const source = 'from pydantic import BaseModel as Model\n\nx = 1\n';
    assert.equal(addImport(source, { module: 'pydantic', name: 'Field' }), 'from pydantic import BaseModel as Model\nfrom pydantic import Field\n\nx = 1\n');
    assert.equal(addImport(source, { module: 'pydantic', name: 'AnyUrl' }), 'from pydantic import AnyUrl\nfrom pydantic import BaseModel as Model\n\nx = 1\n');
  });

  it('puts a new module in its section, in order: stdlib, third-party, first-party, local', () => {
    const source = 'import json\n\nimport httpx\n\nfrom demo import util\n\nx = 1\n';
    assert.equal(addImport(source, { module: 'typing', name: 'Any' }), 'import json\nfrom typing import Any\n\nimport httpx\n\nfrom demo import util\n\nx = 1\n');
    assert.equal(addImport(source, { module: 'anyio', name: 'run' }), 'import json\n\nimport httpx\nfrom anyio import run\n\nfrom demo import util\n\nx = 1\n');
    assert.equal(addImport(source, { module: 'demo.extra', name: 'f' }), 'import json\n\nimport httpx\n\nfrom demo import util\nfrom demo.extra import f\n\nx = 1\n');
    assert.equal(addImport('import json\n\nx = 1\n', { module: 'httpx', name: 'get' }), 'import json\n\nfrom httpx import get\n\nx = 1\n');
    assert.equal(addImport('import httpx\n\nx = 1\n', { module: 'os', name: 'path' }), 'from os import path\n\nimport httpx\n\nx = 1\n');
  });

  it('starts an import block in a module without one, and imports a plain module by its first part', () => {
    assert.equal(addImport('x = 1\n', { module: 'typing', name: 'Any' }), 'from typing import Any\n\nx = 1\n');
    assert.equal(addImport('import json', { module: 'os', name: 'path' }), 'import json\nfrom os import path\n');
    assert.equal(addImport('import os.path\n\nx = 1\n', { module: 'os', name: 'os', plain: true }), 'import os.path\n\nx = 1\n');
  });

  it('leaves an imported name alone, and refuses one the module defines itself', () => {
    assert.equal(addImport('from typing import Any\n', { module: 'typing', name: 'Any' }), 'from typing import Any\n');
    assert.throws(() => addImport('Field = 1\n', { module: 'pydantic', name: 'Field' }), /defines its own `Field`.*Rename/);
  });
});
