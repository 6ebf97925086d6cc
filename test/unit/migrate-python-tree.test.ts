// The syntax-tree helpers of generators/lib/migrate/python-tree.ts on small inline sources: fingerprint,
// literalValue, keywordArgument, positionalArguments, namesUsed, eachNode, lineOf and renamedText.
import assert from 'node:assert/strict';
import {
  eachNode,
  fingerprint,
  keywordArgument,
  lineOf,
  literalValue,
  namesUsed,
  positionalArguments,
  renamedText,
} from '../../generators/lib/migrate/python-tree.js';
import { parsePython, type SyntaxNode, textOf } from '../../generators/lib/python/parse.js';

/** The `index`-th node named `name` in `source`, in source order. */
function nodeOf(source: string, name: string, index = 0): SyntaxNode {
  const found: SyntaxNode[] = [];
  parsePython(source).iterate({
    enter(node) {
      if (node.name === name) found.push(node.node);
    },
  });
  const node = found[index];
  if (!node) throw new Error(`no ${name} #${index} in ${source}`);
  return node;
}

const print = (source: string, variable = 'mcp', skip: SyntaxNode[] = []): string =>
  fingerprint(source, parsePython(source).topNode, variable, skip);

/** The literal value of the right-hand side of `x = <expression>`. */
const literal = (expression: string) => {
  const source = `x = ${expression}\n`;
  return literalValue(source, nodeOf(source, 'AssignStatement').lastChild);
};

const texts = (source: string, nodes: SyntaxNode[]): string[] => nodes.map((node) => textOf(source, node));

describe('migrate python-tree: fingerprint', () => {
  it('lists the tokens without commas, the server variable spelled server', () => {
    assert.equal(print('mcp.tool(a, b)\n'), 'server . tool ( a b )');
    assert.equal(print('app = f(x)\n', 'app'), 'server = f ( x )');
  });

  it('keeps string and f-string literals whole, as written', () => {
    assert.equal(print('f("a\\tb", f"x{mcp}y")\n'), 'f ( "a\\tb" f"x{mcp}y" )');
  });

  it('drops comments', () => {
    assert.equal(print('# top\nx = 1  # trailing\n'), 'x = 1');
  });

  it('drops the docstring of a module, even after a comment, and of a function', () => {
    assert.equal(print('# licence\n"""Module doc."""\nx = 1\n'), 'x = 1');
    assert.equal(print('def g():\n    """Doc."""\n    return 1\n'), 'def g ( ) : return 1');
    assert.equal(print('def g():\n    # lead\n    """Doc."""\n    return 1\n'), 'def g ( ) : return 1');
  });

  it('keeps a string statement that is not the first of its body', () => {
    assert.equal(print('def g():\n    x = 1\n    "late"\n'), 'def g ( ) : x = 1 "late"');
  });

  it('keeps a first statement that is not a lone string', () => {
    assert.equal(print('def g():\n    f()\n'), 'def g ( ) : f ( )');
    assert.equal(print('"a" + b\n'), '"a" + b');
    assert.equal(print('"a", "b"\n'), '"a" "b"');
  });

  it('gives the same fingerprint to code that differs only in layout, comments and docstrings', () => {
    const compact = 'def g(a, b):\n    return h(a, b)\n';
    const loose = 'def g(\n    a,\n    b,\n):\n    """Doc."""\n    # why\n    return h(\n        a,\n        b,\n    )\n';
    assert.equal(print(compact), print(loose));
    assert.notEqual(print(compact), print('def g(a, b):\n    return h(b, a)\n'));
  });

  it('keeps the empty parameter list of a lambda out of the tokens', () => {
    assert.equal(print('key = lambda: 1\n'), 'key = lambda : 1');
  });

  it('is empty for a blank module', () => {
    assert.equal(print('\n  \n'), '');
  });

  it('leaves out exactly the skipped nodes, not the ones that start or end where they do', () => {
    const source = 'x = a + 1\n';
    assert.equal(print(source, 'mcp', [nodeOf(source, 'Number')]), 'x = a +');
    assert.equal(print(source, 'mcp', [nodeOf(source, 'VariableName')]), '= a + 1');
  });
});

describe('migrate python-tree: literalValue', () => {
  it('reads strings, numbers, booleans and None', () => {
    assert.equal(literal('"a\\tb"'), 'a\tb');
    assert.equal(literal('1_000'), 1000);
    assert.equal(literal('2.5'), 2.5);
    assert.equal(literal('True'), true);
    assert.equal(literal('False'), false);
    assert.equal(literal('None'), null);
  });

  it('reads a negative number, and nothing else with a sign', () => {
    assert.equal(literal('-2'), -2);
    assert.equal(literal('+2'), undefined);
    assert.equal(literal('-x'), undefined);
  });

  it('gives undefined for a number JavaScript cannot hold or read', () => {
    assert.equal(literal('1e400'), undefined);
    assert.equal(literal('2j'), undefined);
  });

  it('reads lists, tuples and dicts with string keys, nested', () => {
    assert.deepEqual(literal('[1, "a", None]'), [1, 'a', null]);
    assert.deepEqual(literal('(1, 2)'), [1, 2]);
    assert.deepEqual(literal('{"a": [1, {"b": False}], "c": (True,)}  # note'), { a: [1, { b: false }], c: [true] });
    assert.deepEqual(literal('{\n    "a": 1,  # one\n    "b": 2,\n}'), { a: 1, b: 2 });
  });

  it('gives undefined for a container holding anything but literals', () => {
    assert.equal(literal('[1, y]'), undefined);
    assert.equal(literal('(y, 1)'), undefined);
    assert.equal(literal('{"a": y}'), undefined);
    assert.equal(literal('{1: 2}'), undefined);
    assert.equal(literal('{"a": 1, **rest}'), undefined);
  });

  it('gives undefined for names, calls and a missing node', () => {
    assert.equal(literal('y'), undefined);
    assert.equal(literal('f(1)'), undefined);
    assert.equal(literalValue('', null), undefined);
    assert.equal(literalValue('', undefined), undefined);
  });
});

describe('migrate python-tree: call arguments', () => {
  const source = 'f(name, a, size=1, name="x", *rest, **extra)\n';
  const args = nodeOf(source, 'ArgList');

  it('finds a keyword argument by its keyword, not a positional argument of that name', () => {
    assert.equal(textOf(source, keywordArgument(args, source, 'name') as SyntaxNode), '"x"');
    assert.equal(textOf(source, keywordArgument(args, source, 'size') as SyntaxNode), '1');
    assert.equal(keywordArgument(args, source, 'a'), undefined);
    assert.equal(keywordArgument(args, source, 'missing'), undefined);
    assert.equal(keywordArgument(null, source, 'name'), undefined);
  });

  it('lists the positional arguments, skipping keyword arguments and comments', () => {
    assert.deepEqual(texts(source, positionalArguments(args)), ['name', 'a', '*', 'rest', '**', 'extra']);
    const spaced = 'f(\n    a,  # first\n    k=[1, 2],\n    b,\n)\n';
    assert.deepEqual(texts(spaced, positionalArguments(nodeOf(spaced, 'ArgList'))), ['a', 'b']);
    assert.deepEqual(positionalArguments(null), []);
  });
});

describe('migrate python-tree: walking and names', () => {
  it('visits every node in source order', () => {
    const source = 'a.b(c)';
    const visited: string[] = [];
    eachNode(nodeOf(source, 'CallExpression'), (node) => visited.push(`${node.name}:${textOf(source, node)}`));
    assert.deepEqual(visited, [
      'CallExpression:a.b(c)',
      'MemberExpression:a.b',
      'VariableName:a',
      '.:.',
      'PropertyName:b',
      'ArgList:(c)',
      '(:(',
      'VariableName:c',
      '):)',
    ]);
  });

  it('namesUsed gives the identifiers read or bound, not attribute names', () => {
    const source = 'x = a.b + c(a)\n';
    assert.deepEqual([...namesUsed(source, nodeOf(source, 'AssignStatement'))], ['x', 'a', 'c']);
  });

  it('lineOf gives the 1-based line of an offset', () => {
    assert.equal(lineOf('a\nb\nc', 0), 1);
    assert.equal(lineOf('a\nb\nc', 4), 3);
  });
});

describe('migrate python-tree: renamedText', () => {
  it('renames identifiers, never an attribute, inside a node that does not start the file', () => {
    const source = 'pass\nx.x = x + y.x\n';
    const node = nodeOf(source, 'AssignStatement');
    assert.equal(renamedText(source, node, new Map([['x', 'server']])), 'server.x = server + y.x');
    assert.equal(renamedText(source, node, new Map()), 'x.x = x + y.x');
  });

  it('applies the extra edits and renames nothing inside them', () => {
    const source = 'pass\nx + x + x\n';
    const node = nodeOf(source, 'ExpressionStatement');
    const middle = source.indexOf('x', source.indexOf('+'));
    const renames = new Map([['x', 'y']]);
    assert.equal(renamedText(source, node, renames, [{ from: middle, to: middle + 1, text: 'z' }]), 'y + z + y');
    assert.equal(renamedText(source, node, renames, [{ from: middle - 2, to: middle + 3, text: '-' }]), 'y - y');
    assert.equal(renamedText(source, node, renames, [{ from: middle - 2, to: middle - 1, text: '*' }]), 'y * y + y');
  });
});
