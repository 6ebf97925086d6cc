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

  it('a name goes on its own line into a commented import written one name per line, above the comments of the next name', () => {
    const source = 'from mcp.server.mcpserver import (\n    Context,  # the request context\n    # icons for tools\n    Icon,\n)\n\nx = 1\n';
    const withName = (name: string, lines: string[]) => assert.equal(
      addImport(source, { module: 'mcp.server.mcpserver', name }), ['from mcp.server.mcpserver import (', ...lines, ')', '', 'x = 1', ''].join('\n'), name,
    );
    withName('Image', ['    Context,  # the request context', '    # icons for tools', '    Icon,', '    Image,']);
    withName('Annotation', ['    Annotation,', '    Context,  # the request context', '    # icons for tools', '    Icon,']);
    withName('Field', ['    Context,  # the request context', '    Field,', '    # icons for tools', '    Icon,']);
    withName('ICON_SIZE', ['    ICON_SIZE,', '    Context,  # the request context', '    # icons for tools', '    Icon,']);
    assert.equal(addImport('from m import (  # names\n    b,  # the b\n)\n', { module: 'm', name: 'a' }), 'from m import (  # names\n    a,\n    b,  # the b\n)\n');
    assert.equal(addImport('from m import (\n    # only a comment\n    a,  # x\n)\n', { module: 'm', name: '_' }), 'from m import (\n    _,\n    # only a comment\n    a,  # x\n)\n');
    assert.equal(addImport('from m import (\n    b,  # x\n    )\n', { module: 'm', name: 'a' }), 'from m import (\n    a,\n    b,  # x\n    )\n');
    // An alias is never merged: a statement of its own beside the commented one.
    assert.equal(addImport('from m import (\n    b,  # x\n)\n', { module: 'm', name: 'c', alias: 'd' }), 'from m import (\n    b,  # x\n)\nfrom m import c as d\n');
  });

  it('a plain import comes before the from-imports of its section; a line after an unterminated last line', () => {
    assert.equal(addImport('from os import path\n\nx = 1\n', { module: 'sys', name: 'sys', plain: true }), 'import sys\nfrom os import path\n\nx = 1\n');
    assert.equal(addImport('import os\nx = 1', { module: 'sys', name: 'sys', plain: true }), 'import os\nimport sys\nx = 1');
  });

  it('a commented import of any other shape is left as it is, and the name gets a statement of its own after it', () => {
    const shapes = [
      'from m import (a,  # first\n    b,\n)\n', 'from m import (\n    a, b,  # two\n)\n', 'from m import (\n    a,  # x\n  b,\n)\n', 'from m import (\n    a,  # x\n    b)\n',
      'from m import (\n    a,  # x\n    b, d,\n)\n', 'from m import (a,  # see (\n    b,\n)\n',
    ];
    for (const source of shapes) assert.equal(addImport(source, { module: 'm', name: 'c' }), `${source}from m import c\n`, source);
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
    // A section of its own after the others: first-party after third-party, local after first-party.
    assert.equal(addImport('import json\n\nimport httpx\n\nx = 1\n', { module: 'demo', name: 'util' }), 'import json\n\nimport httpx\n\nfrom demo import util\n\nx = 1\n');
    assert.equal(addImport('import json\n\nfrom demo import util\n\nx = 1\n', { module: '.sibling', name: 'f' }), 'import json\n\nfrom demo import util\n\nfrom .sibling import f\n\nx = 1\n');
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

  it('orders by lower-case name, so `_` sorts before letters, and only a leading capital makes a class', () => {
    const names = ['ac', 'a_b', 'aB', 'Zed', 'b'].map((name) => ({ bound: name, name }));
    assert.equal(renderFromImport('m', names, DEFAULT_LAYOUT, 100), 'from m import Zed, a_b, aB, ac, b');
    assert.equal(addImport('import ab\n', { module: 'a_b', name: 'a_b', plain: true }), 'import a_b\nimport ab\n');
  });

  it('keeps `from __future__` first and relative imports last', () => {
    const source = 'from __future__ import annotations\n\nimport os\n\nimport httpx\n\nfrom demo import util\n';
    assert.equal(addImport(source, { module: 'typing', name: 'Any' }), source.replace('import os\n', 'import os\nfrom typing import Any\n'));
    assert.equal(addImport(source, { module: 'anyio', name: 'run' }), source.replace('import httpx\n', 'import httpx\nfrom anyio import run\n'));
    assert.equal(addImport(source, { module: '.models', name: 'Note' }), `${source}\nfrom .models import Note\n`);
    assert.equal(addImport('import os\n', { module: '__future__', name: 'annotations' }), 'from __future__ import annotations\n\nimport os\n');
  });

  it('the leading import block runs over blank, blank-looking and comment lines, and stops at code', () => {
    const commented = 'import os\n  \n# why sys\nimport sys\n\nx = 1\n';
    assert.equal(addImport(commented, { module: 'typing', name: 'Any' }), commented.replace('import sys\n', 'import sys\nfrom typing import Any\n'));
    const crlf = 'import os\r\n# why sys\r\nimport sys\r\n\r\nx = 1\r\n';
    assert.equal(addImport(crlf, { module: 'typing', name: 'Any' }), crlf.replace('import sys\r\n', 'import sys\r\nfrom typing import Any\r\n'));
    const split = 'import os\n\nx = 1\n\nimport sys\n';
    assert.equal(addImport(split, { module: 'typing', name: 'Any' }), 'import os\nfrom typing import Any\n\nx = 1\n\nimport sys\n');
  });

  it('adds after an import block that ends the file, terminated or not', () => {
    assert.equal(addImport('import json\n', { module: 'os', name: 'path' }), 'import json\nfrom os import path\n');
    assert.equal(addImport('import json\n', { module: 'httpx', name: 'get' }), 'import json\n\nfrom httpx import get\n');
    assert.equal(addImport('import json', { module: 'httpx', name: 'get' }), 'import json\n\nfrom httpx import get\n');
  });

  it('writes aliases: `import numpy as np`, and `from x import A as B` in a statement of its own', () => {
    assert.equal(addImport('import os\n', { module: 'numpy', name: 'numpy', alias: 'np', plain: true }), 'import os\n\nimport numpy as np\n');
    assert.equal(addImport('import os\n', { module: 'json', name: 'json', plain: true }), 'import json\nimport os\n');
    const source = 'from pydantic import Field\n';
    assert.equal(addImport(source, { module: 'pydantic', name: 'BaseModel', alias: 'Model' }), 'from pydantic import BaseModel as Model\nfrom pydantic import Field\n');
    assert.equal(addImport(source, { module: 'pydantic', name: 'Json', alias: 'J' }), 'from pydantic import Field\nfrom pydantic import Json as J\n');
    const mixed = 'from pydantic import AnyUrl, BaseModel as Model\n';
    assert.equal(addImport(mixed, { module: 'pydantic', name: 'Field' }), 'from pydantic import AnyUrl, BaseModel as Model\nfrom pydantic import Field\n');
  });
});

