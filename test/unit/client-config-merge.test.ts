// Putting one entry into a client's file without losing a line of anything else.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'jsonc-parser';
import { CLIENTS } from '../../generators/lib/client-config/clients.js';
import { mergeEntry, type MergeResult } from '../../generators/lib/client-config/json-merge.js';
import { positionAt } from '../../generators/lib/text.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/client-config/${name}`, import.meta.url), 'utf8');
const ENTRY = { command: '/home/ada/.local/bin/uv', args: ['run', '--directory', '/home/ada/weather', 'weather-tools'] };

function contentOf(result: MergeResult): string {
  assert.ok(result.status === 'add' || result.status === 'replace', `expected a write, got ${JSON.stringify(result)}`);
  return result.content;
}

/**
 * Every line of `before` is still in `after`, in the same order (new lines may sit in between, and the
 * line before them may gain the comma that separates them).
 */
function assertKeepsEveryLine(before: string, after: string): void {
  const withoutSeparator = (line: string) => line.replace(/,(\s*(?:\/\/.*)?)$/, '$1');
  const afterLines = after.split(/\r?\n/).map(withoutSeparator);
  let at = 0;
  for (const line of before.split(/\r?\n/).map(withoutSeparator)) {
    const found = afterLines.indexOf(line, at);
    assert.ok(found >= 0, `line lost or moved: ${JSON.stringify(line)}\n--- after ---\n${after}`);
    at = found + 1;
  }
}

describe('merging an entry into a client config', () => {
  it('a missing file: the servers key and the entry, two-space JSON with a final newline', () => {
    const content = contentOf(mergeEntry(undefined, CLIENTS['claude-desktop'], 'weather', ENTRY));
    assert.deepEqual(JSON.parse(content), { mcpServers: { weather: ENTRY } });
    assert.ok(content.endsWith('}\n'));
    assert.ok(content.startsWith('{\n  "mcpServers": {\n    "weather": {'));
  });

  it('VS Code\'s new file uses its "servers" key', () => {
    assert.deepEqual(JSON.parse(contentOf(mergeEntry(undefined, CLIENTS.vscode, 'w', ENTRY))), { servers: { w: ENTRY } });
  });

  it('an empty or whitespace-only file is written as new', () => {
    for (const text of ['', '  \n']) {
      assert.deepEqual(JSON.parse(contentOf(mergeEntry(text, CLIENTS.cursor, 'w', ENTRY))), { mcpServers: { w: ENTRY } });
    }
  });

  it('keeps every other server and every unknown key, in order, each line as it was', () => {
    const before = fixture('claude_desktop_config.others.json');
    const result = mergeEntry(before, CLIENTS['claude-desktop'], 'weather', ENTRY);
    assert.equal(result.status, 'add');
    const after = contentOf(result);
    assertKeepsEveryLine(before, after);
    const parsed = JSON.parse(after) as { mcpServers: Record<string, unknown>; preferences: unknown };
    assert.deepEqual(Object.keys(parsed), ['globalShortcut', 'mcpServers', 'preferences']);
    assert.deepEqual(Object.keys(parsed.mcpServers), ['filesystem', 'weather-tools', 'github', 'weather']);
    assert.deepEqual(parsed.mcpServers['weather'], ENTRY);
    assert.deepEqual(parsed.preferences, { menuBarEnabled: false, unknownFutureKey: [1, 2, { nested: null }] });
    // The new entry follows the file's four-space indentation.
    assert.match(after, /\n {8}"weather": \{\n {12}"command": "\/home\/ada\/.local\/bin\/uv",/);
  });

  it('adds the servers key when the file has none, keeping the rest', () => {
    const before = '{\n  "globalShortcut": "Alt+Space"\n}\n';
    const after = contentOf(mergeEntry(before, CLIENTS['claude-desktop'], 'w', ENTRY));
    assertKeepsEveryLine('{\n  "globalShortcut": "Alt+Space"', after);
    assert.deepEqual(JSON.parse(after), { globalShortcut: 'Alt+Space', mcpServers: { w: ENTRY } });
  });

  it('fills an empty servers object, in tabs when the file uses tabs', () => {
    const after = contentOf(mergeEntry('{\n\t"mcpServers": {}\n}\n', CLIENTS.windsurf, 'w', ENTRY));
    assert.deepEqual(JSON.parse(after), { mcpServers: { w: ENTRY } });
    assert.match(after, /^\{\n\t"mcpServers": \{\n\t\t"w": \{\n\t\t\t"command"/);
  });

  it('keeps a one-line file on one line, and CRLF line endings as CRLF', () => {
    const oneLine = contentOf(mergeEntry('{"mcpServers": {"a": {"command": "x"}}}', CLIENTS.cursor, 'w', ENTRY));
    assert.equal(oneLine.includes('\n'), false);
    assert.deepEqual(Object.keys((JSON.parse(oneLine) as { mcpServers: object }).mcpServers), ['a', 'w']);
    const crlf = contentOf(mergeEntry('{\r\n  "mcpServers": {\r\n    "a": {}\r\n  }\r\n}\r\n', CLIENTS.cursor, 'w', ENTRY));
    assert.equal(crlf.replace(/\r\n/g, '').includes('\n'), false, 'a bare LF crept in');
    assert.deepEqual(JSON.parse(crlf), { mcpServers: { a: {}, w: ENTRY } });
  });

  it('keeps a byte-order mark', () => {
    const after = contentOf(mergeEntry('\uFEFF{"mcpServers": {}}', CLIENTS['claude-desktop'], 'w', ENTRY));
    assert.ok(after.startsWith('\uFEFF{'));
    assert.deepEqual(JSON.parse(after.slice(1)), { mcpServers: { w: ENTRY } });
  });

  describe('an entry of the same name', () => {
    it('holding the same thing: unchanged, nothing to write', () => {
      const text = JSON.stringify({ mcpServers: { w: ENTRY } }, null, 2);
      assert.deepEqual(mergeEntry(text, CLIENTS['claude-desktop'], 'w', ENTRY), { status: 'unchanged' });
    });

    it('holding something else: a replacement to confirm, with the old entry, the rest untouched', () => {
      const before = fixture('claude_desktop_config.others.json');
      const result = mergeEntry(before, CLIENTS['claude-desktop'], 'weather-tools', ENTRY);
      assert.equal(result.status, 'replace');
      assert.deepEqual(result.status === 'replace' && result.previous, { command: '/old/uv', args: ['run', 'old'] });
      const after = contentOf(result);
      const parsed = JSON.parse(after) as { mcpServers: Record<string, unknown> };
      assert.deepEqual(Object.keys(parsed.mcpServers), ['filesystem', 'weather-tools', 'github']);
      assert.deepEqual(parsed.mcpServers['weather-tools'], ENTRY);
      // Only the replaced entry's lines differ.
      const changed = before.split('\n').filter(line => !after.split('\n').includes(line));
      assert.deepEqual(changed, ['            "command": "/old/uv",', '            "args": ["run", "old"]']);
    });
  });

  describe('VS Code\'s JSONC', () => {
    it('keeps every comment and trailing comma, and adds the entry to "servers"', () => {
      const before = fixture('vscode-mcp.comments.jsonc');
      const entry = { type: 'stdio', command: '/uv', args: ['run'] };
      const after = contentOf(mergeEntry(before, CLIENTS.vscode, 'weather', entry));
      assertKeepsEveryLine(before, after);
      for (const comment of ['// Team MCP servers', '/* Secrets are prompted', '// The docs server', '// staging:', '// keep this one first']) {
        assert.ok(after.includes(comment), `lost comment ${comment}`);
      }
      const parsed = parse(after, [], { allowTrailingComma: true }) as { servers: Record<string, unknown>; inputs: unknown[] };
      assert.deepEqual(Object.keys(parsed.servers), ['docs', 'weather']);
      assert.deepEqual(parsed.servers['weather'], entry);
      assert.equal(parsed.inputs.length, 1);
    });

    it('a comment after the last server stays on that server\'s line', () => {
      const before = '{\n  "servers": {\n    "a": {} // first\n  }\n}\n';
      const after = contentOf(mergeEntry(before, CLIENTS.vscode, 'b', { type: 'stdio', command: 'x', args: [] }));
      assert.ok(after.includes('    "a": {}, // first\n    "b": {'), after);
    });
  });

  describe('a file the client would not accept: refused with the position, nothing to write', () => {
    const refuse = (text: string, client = CLIENTS['claude-desktop']) => {
      const result = mergeEntry(text, client, 'w', ENTRY);
      assert.equal(result.status, 'invalid');
      return result.status === 'invalid' ? result.problem : assert.fail();
    };

    it('a trailing comma in strict JSON', () => {
      const problem = refuse(fixture('trailing-comma.json'));
      assert.deepEqual([problem.line, problem.column], [4, 3]);
      assert.match(problem.message, /strict JSON|Expected/);
    });

    it('a comma next to the error is not taken for a trailing comma unless a bracket closes right after it', () => {
      assert.deepEqual(refuse('{"a": 1,, "b": 2}'), { message: 'PropertyNameExpected', line: 1, column: 9 });
      assert.deepEqual(refuse('{"a": }'), { message: 'ValueExpected', line: 1, column: 7 });
      assert.deepEqual(refuse('{"mcpServers": {"a": 1, "b": }}'), { message: 'ValueExpected', line: 1, column: 30 });
    });

    it('a missing comma', () => {
      const problem = refuse(fixture('missing-comma.json'));
      assert.deepEqual([problem.line, problem.column], [5, 3]);
      assert.match(problem.message, /CommaExpected/);
    });

    it('a comment in a file whose client reads strict JSON', () => {
      const problem = refuse('{\n  // note\n  "mcpServers": {}\n}\n', CLIENTS.cursor);
      assert.deepEqual([problem.line, problem.column], [2, 3]);
      assert.match(problem.message, /Cursor reads this file as strict JSON/);
    });

    it('servers that are not an object', () => {
      const problem = refuse(fixture('servers-array.json'));
      assert.deepEqual([problem.line, problem.column], [2, 17]);
      assert.match(problem.message, /"mcpServers" must be an object of servers, not an array/);
      assert.match(refuse('{"mcpServers": null}').message, /not a null/);
    });

    it('a top level that is not an object', () => {
      assert.match(refuse('[]').message, /must hold a JSON object, not an array/);
      assert.match(refuse('"text"').message, /not a string/);
    });

    it('an unterminated file', () => {
      const problem = refuse('{\n  "mcpServers": {\n');
      assert.equal(problem.line, 3);
    });
  });

  it('escapes Windows backslashes, spaces and quotes, and reads back exactly', () => {
    const entry = {
      command: 'C:\\Users\\Ada Lovelace\\.local\\bin\\uv.exe',
      args: ['run', '--directory', 'C:\\Users\\Ada Lovelace\\My "Projects"\\weather tools', 'weather'],
      env: { NOTE: 'tab\there, newline\nthere, unicode é' },
    };
    for (const before of [undefined, fixture('claude_desktop_config.others.json'), '{"mcpServers": {}}']) {
      const after = contentOf(mergeEntry(before, CLIENTS['claude-desktop'], 'w', entry));
      assert.ok(after.includes('"C:\\\\Users\\\\Ada Lovelace\\\\.local\\\\bin\\\\uv.exe"'));
      assert.ok(after.includes('My \\"Projects\\"'));
      assert.deepEqual((JSON.parse(after) as { mcpServers: { w: unknown } }).mcpServers.w, entry);
    }
  });

  it('positionAt counts from 1 and ignores a CR before the LF', () => {
    assert.deepEqual(positionAt('ab\r\ncd', 5), { line: 2, column: 2 });
    assert.deepEqual(positionAt('x', 0), { line: 1, column: 1 });
  });
});
