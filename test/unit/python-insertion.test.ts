// Where a new handler goes (handlerInsertion) and which server and packages a project has
// (server-finder), called directly on small modules and folders.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdits, insertAt } from '../../generators/lib/python/edits.js';
import { handlerInsertion } from '../../generators/lib/python/insertion.js';
import { DEFAULT_LAYOUT } from '../../generators/lib/python/layout.js';
import { scanModule, type HandlerKind } from '../../generators/lib/python/module-scan.js';
import { parsePython } from '../../generators/lib/python/parse.js';
import {
  findServers, firstPartyPackages, manyServersMessage, noServerMessage, pythonFiles, ruffLineLength,
} from '../../generators/lib/python/server-finder.js';

const HEAD = 'from mcp.server import MCPServer\n\nserver = MCPServer("demo")\n';
const handler = (kind: string, fn: string, variable = 'server') => `\n\n@${variable}.${kind}()\ndef ${fn}() -> str:\n    return ""\n`;

/** `source` with `# NEW` inserted where a new handler of `kind` goes. */
function insert(source: string, kind: HandlerKind = 'tool', variable = 'server', layout = DEFAULT_LAYOUT): string {
  const tree = parsePython(source);
  return applyEdits(source, [handlerInsertion(source, tree, scanModule(source, tree), { kind, variable }, '# NEW', layout)]);
}

describe('where a new handler goes', () => {
  it('after the last handler of its kind, even when one of another kind follows', () => {
    const source = HEAD + handler('tool', 'a') + handler('tool', 'b') + handler('prompt', 'p');
    assert.equal(insert(source), HEAD + handler('tool', 'a') + handler('tool', 'b') + '\n\n# NEW\n' + handler('prompt', 'p'));
  });

  it('after the last handler of any kind when none of its kind, and never after another server\'s or a nested one', () => {
    const other = '\n\nother = MCPServer("other")\n' + handler('tool', 'o', 'other');
    const nested = '\n\ndef register() -> None:\n    @server.tool()\n    def inner() -> str:\n        return ""\n';
    const source = HEAD + handler('prompt', 'p') + other + nested;
    assert.equal(insert(source), HEAD + handler('prompt', 'p') + '\n\n# NEW\n' + other + nested);
  });

  it('before a trailing main guard, whichever quotes and spaces it uses, when there is no handler yet', () => {
    for (const guard of ['if __name__ == "__main__":\n    server.run()\n', "if __name__=='__main__' :\n    server.run()\n"]) {
      assert.equal(insert(`${HEAD}\n\n${guard}`), `${HEAD}\n\n# NEW\n\n\n${guard}`);
    }
    const notLast = `${HEAD}\n\nif __name__ == "__main__":\n    server.run()\n\nx = 1\n`;
    assert.equal(insert(notLast), `${notLast}\n\n# NEW\n`);
    const otherCondition = `${HEAD}\n\nif DEBUG:\n    server.run()\n`;
    assert.equal(insert(otherCondition), `${otherCondition}\n\n# NEW\n`);
  });

  it('a main guard followed by a comment is still the last statement; a one-line handler with a comment is passed whole', () => {
    const guard = `${HEAD}\n\nif __name__ == "__main__":\n    server.run()\n\n# the end\n`;
    assert.equal(insert(guard), `${HEAD}\n\n# NEW\n${guard.slice(HEAD.length)}`);
    const oneLine = `${HEAD}\n\n@server.tool()\ndef a() -> str: return ""  # short\n`;
    const prompt = '\n\n@server.prompt()\ndef p() -> str:\n    return ""\n';
    assert.equal(insert(oneLine + prompt), `${oneLine}\n\n# NEW\n${prompt}`);
    assert.equal(insert(''), '\n\n# NEW\n', 'an empty module gets no line break of its own');
  });

  it('after a handler, a main guard stays last', () => {
    const source = HEAD + handler('tool', 'a') + '\n\nif __name__ == "__main__":\n    server.run()\n';
    assert.equal(insert(source), HEAD + handler('tool', 'a') + '\n\n# NEW\n' + '\n\nif __name__ == "__main__":\n    server.run()\n');
  });

  it('after the whole last line (a trailing comment too); a file without a final line break gets one first', () => {
    assert.equal(insert(`${HEAD}x = 1  # note\n\ny = 2\n`), `${HEAD}x = 1  # note\n\ny = 2\n\n\n# NEW\n`);
    assert.equal(insert(`${HEAD}x = 1  # note`), `${HEAD}x = 1  # note\n\n\n# NEW\n`);
    const crlf = { newline: '\r\n', indent: '    ' } as const;
    assert.equal(insert('from mcp.server import MCPServer\r\n\r\nserver = MCPServer("demo")', 'tool', 'server', crlf),
      'from mcp.server import MCPServer\r\n\r\nserver = MCPServer("demo")\r\n\r\n\r\n# NEW\r\n');
  });
});

describe('finding the server and the packages of a project', () => {
  const roots: string[] = [];
  after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  const project = (files: Record<string, string>): string => {
    const root = mkdtempSync(join(tmpdir(), 'server-finder-'));
    roots.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };

  it('lists Python files, sorted, skipping environments, tests, builds and hidden folders; a missing folder has none', () => {
    const root = project({
      'src/b.py': '', 'src/a/x.py': '', 'src/a/deeper/y.py': '', 'src/a/notes.txt': '', 'src/.venv/v.py': '', 'src/venv/v.py': '', 'src/tests/t.py': '',
      'src/build/b.py': '', 'src/.hidden/h.py': '', 'src/node_modules/n.py': '', 'src/__pycache__/c.py': '', 'top.py': '',
    });
    assert.deepEqual(pythonFiles(join(root, 'src'), true).map((file) => file.slice(root.length + 1)), ['src/a/deeper/y.py', 'src/a/x.py', 'src/b.py']);
    assert.deepEqual(pythonFiles(join(root, 'src'), false).map((file) => file.slice(root.length + 1)), ['src/b.py']);
    assert.deepEqual(pythonFiles(join(root, 'missing'), true), []);
  });

  it('finds every server in src/ and at the top, with its module path, variable and flavor; skips what does not parse', () => {
    const root = project({
      'src/pkg/server.py': HEAD,
      'src/pkg/old.py': 'from mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP("x")\n',
      'src/pkg/broken.py': 'from mcp.server import MCPServer\n\nserver = MCPServer(\n',
      'src/pkg/plain.py': 'x = 1\n',
      'app.py': 'from mcp.server import MCPServer\n\napp = MCPServer("top")\n',
    });
    assert.deepEqual(findServers(root), [
      { module: 'src/pkg/old.py', variable: 'mcp', flavor: 'fastmcp-v1' },
      { module: 'src/pkg/server.py', variable: 'server', flavor: 'mcpserver' },
      { module: 'app.py', variable: 'app', flavor: 'mcpserver' },
    ]);
  });

  it('names the first-party packages: modules and packages with __init__.py, in src/ and at the top', () => {
    const root = project({
      'src/pkg/__init__.py': '', 'src/loose/x.py': '', 'src/.hidden/__init__.py': '', 'tool.py': '', 'README.md': '', 'flat/__init__.py': '',
    });
    assert.deepEqual([...firstPartyPackages(root)].sort(), ['flat', 'pkg', 'tool']);
    assert.deepEqual([...firstPartyPackages(join(root, 'missing'))], []);
  });

  it('takes ruff\'s line length only when it is a positive whole number', () => {
    for (const value of ['0', '-5', '99.5', 'true']) assert.equal(ruffLineLength(`[tool.ruff]\nline-length = ${value}\n`), 88, value);
    assert.equal(ruffLineLength('[tool.ruff]\nline-length = 1\n'), 1);
  });

  it('says what it looked for when there is no server, and lists them when there are several', () => {
    const noServer = noServerMessage('/p');
    assert.match(noServer, /^No MCP server found in \/p: looked in src\/\*\*\/\*\.py and the top-level \*\.py files for `<name> = MCPServer\(\.\.\.\)`/);
    assert.match(noServer, /set "serverModule" and "serverVariable" under "generator-mcp-python" in \.yo-rc\.json\.$/);
    const servers = [{ module: 'a.py', variable: 'x', flavor: 'mcpserver' as const }, { module: 'b.py', variable: 'y', flavor: 'fastmcp' as const }];
    assert.match(manyServersMessage(servers), /^More than one MCP server found: a\.py \(x\), b\.py \(y\)\. Say which one to grow: set "serverModule"/);
  });
});

describe('applying edits together', () => {
  it('back to front, and at one offset the replacement before the insertion, whatever order they come in', () => {
    const insertion = insertAt(5, 'X');
    const replacement = { from: 5, to: 8, text: 'Y' };
    assert.equal(applyEdits('abcdefgh', [insertion, replacement]), 'abcdeXY');
    assert.equal(applyEdits('abcdefgh', [replacement, insertion]), 'abcdeXY');
    assert.equal(applyEdits('abcdefgh', [insertAt(1, '1'), insertAt(7, '7')]), 'a1bcdefg7h');
  });
});
