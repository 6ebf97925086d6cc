// The text edits of lib/client-config/json-edit.ts, called directly on trees from jsonc-parser: the file's
// style (indent unit, line ending), a value replaced in place, and a property appended in every layout.
import assert from 'node:assert/strict';
import { applyEdits, findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';
import { appendProperty, replaceValue, styleOf } from '../../generators/lib/client-config/json-edit.js';

function tree(text: string): Node {
  const errors: unknown[] = [];
  const root = parseTree(text, errors as never, { allowTrailingComma: true });
  assert.deepEqual(errors, [], `not JSONC: ${text}`);
  return root!;
}

/** Appends `"key": value` to the object at `path`; returns the edits and the edited text. */
function append(text: string, path: string[], key: string, value: unknown) {
  const object = findNodeAtLocation(tree(text), path)!;
  const edits = appendProperty(text, object, key, value, styleOf(text));
  return { edits, text: applyEdits(text, edits) };
}

/** Replaces the value at `path` with `value`; returns the edited text. */
function replace(text: string, path: string[], value: unknown): string {
  return applyEdits(text, [replaceValue(text, findNodeAtLocation(tree(text), path)!, value, styleOf(text))]);
}

describe('client config JSON edits', () => {
  describe('styleOf', () => {
    it('line endings: CRLF when the file has one, else LF', () => {
      assert.equal(styleOf('{\r\n  "a": 1\r\n}\r\n').eol, '\r\n');
      assert.equal(styleOf('{\n  "a": 1\n}\n').eol, '\n');
      assert.equal(styleOf('{}').eol, '\n');
    });

    it('the indent unit is the first indented line\'s; two spaces when no line is indented', () => {
      assert.equal(styleOf('{\n    "a": {\n        "b": 1\n    }\n}').unit, '    ');
      assert.equal(styleOf('{\n\t"a": 1\n}').unit, '\t');
      assert.equal(styleOf('{}').unit, '  ');
      assert.equal(styleOf('{"a": 1}').unit, '  ');
    });

    it('only indentation at the start of a line counts, not a space inside a line', () => {
      assert.equal(styleOf('{ "a": 1 }').unit, '  ');
      assert.equal(styleOf('{ "a": {\n    "b": 1\n  }\n}').unit, '    ');
    });

    it('an indent that starts with a tab is a tab, whatever follows it', () => {
      assert.equal(styleOf('{\n\t  "a": 1\n}').unit, '\t');
      assert.equal(styleOf('{\n  \t"a": 1\n}').unit, '  \t');
    });
  });

  describe('replaceValue', () => {
    it('in a one-line container: the new value on one line, compact', () => {
      const text = '{\n  "mcpServers": {"a": {"command": "x"}, "b": 2}\n}\n';
      assert.equal(replace(text, ['mcpServers', 'a'], { command: 'y', args: ['run'] }), '{\n  "mcpServers": {"a": {"command":"y","args":["run"]}, "b": 2}\n}\n');
    });

    it('in a multi-line container: laid out over lines at the property\'s indentation, even where the old value was on one line', () => {
      const text = '{\n  "mcpServers": {\n    "a": "x",\n    "b": 2\n  }\n}\n';
      assert.equal(replace(text, ['mcpServers', 'a'], { command: 'y' }), '{\n  "mcpServers": {\n    "a": {\n      "command": "y"\n    },\n    "b": 2\n  }\n}\n');
    });

    it('keeps CRLF and tabs in the lines it writes', () => {
      const text = '{\r\n\t"mcpServers": {\r\n\t\t"a": 1\r\n\t}\r\n}\r\n';
      assert.equal(replace(text, ['mcpServers', 'a'], { b: 2 }), '{\r\n\t"mcpServers": {\r\n\t\t"a": {\r\n\t\t\t"b": 2\r\n\t\t}\r\n\t}\r\n}\r\n');
    });

    it('a value without a parent (the whole document) is replaced as it stands', () => {
      const text = '"old"';
      assert.equal(applyEdits(text, [replaceValue(text, tree(text), { a: 1 }, styleOf(text))]), '{"a":1}');
    });
  });

  describe('appendProperty', () => {
    it('a one-line object inside a multi-line file stays on one line', () => {
      const { text } = append('{\n  "servers": {"a": 1}\n}\n', ['servers'], 'w', { b: [1] });
      assert.equal(text, '{\n  "servers": {"a": 1, "w": {"b":[1]}}\n}\n');
    });

    it('an empty object over several lines: the property on its own line before the indented "}"', () => {
      const { edits, text } = append('{\n  "servers": {\n  }\n}\n', ['servers'], 'w', { a: 1 });
      assert.deepEqual(edits, [{ offset: 17, length: 0, content: '    "w": {\n      "a": 1\n    }\n' }]);
      assert.equal(text, '{\n  "servers": {\n    "w": {\n      "a": 1\n    }\n  }\n}\n');
    });

    it('an empty one-line object opens up over lines', () => {
      const { text } = append('{\n  "servers": {}\n}\n', ['servers'], 'w', 1);
      assert.equal(text, '{\n  "servers": {\n    "w": 1\n  }\n}\n');
    });

    it('after a last property that ends its line: the comma and the new line in one edit', () => {
      const { edits, text } = append('{\n  "servers": {\n    "a": 1\n  }\n}\n', ['servers'], 'w', 2);
      assert.deepEqual(edits, [{ offset: 27, length: 0, content: ',\n    "w": 2' }]);
      assert.equal(text, '{\n  "servers": {\n    "a": 1,\n    "w": 2\n  }\n}\n');
    });

    it('"}" on the last property\'s line: the new property goes before it', () => {
      const { text } = append('{\n  "servers": {\n    "a": 1}\n}\n', ['servers'], 'w', 2);
      assert.equal(text, '{\n  "servers": {\n    "a": 1,\n    "w": 2}\n}\n');
    });

    it('a trailing comma (JSONC) is kept and not doubled', () => {
      const { text } = append('{\n  "servers": {\n    "a": 1,\n  }\n}\n', ['servers'], 'w', 2);
      assert.equal(text, '{\n  "servers": {\n    "a": 1,\n    "w": 2\n  }\n}\n');
    });

    it('a trailing comma and a line comment stay on the last property\'s line', () => {
      const { text } = append('{\n  "servers": {\n    "a": 1, // c\n  }\n}\n', ['servers'], 'w', 2);
      assert.equal(text, '{\n  "servers": {\n    "a": 1, // c\n    "w": 2\n  }\n}\n');
    });

    it('a line comment right after the value: the comma goes before it, the property after it', () => {
      const { text } = append('{\n  "servers": {\n    "a": 1// c\n  }\n}\n', ['servers'], 'w', 2);
      assert.equal(text, '{\n  "servers": {\n    "a": 1,// c\n    "w": 2\n  }\n}\n');
    });

    it('a block comment after the value, with or without spaces after it', () => {
      assert.equal(
        append('{\n  "servers": {\n    "a": 1 /* note */\n  }\n}\n', ['servers'], 'w', 2).text,
        '{\n  "servers": {\n    "a": 1, /* note */\n    "w": 2\n  }\n}\n',
      );
      assert.equal(
        append('{\n  "servers": {\n    "a": 1 /* note */ \n  }\n}\n', ['servers'], 'w', 2).text,
        '{\n  "servers": {\n    "a": 1, /* note */ \n    "w": 2\n  }\n}\n',
      );
    });
  });
});
