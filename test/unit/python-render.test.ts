import assert from 'node:assert/strict';
import { parseParamSpec, parsePromptArgSpec } from '../../generators/lib/handlers/param-spec.js';
import { parseDefault, parseType } from '../../generators/lib/handlers/param-types.js';
import { renderHandler } from '../../generators/lib/handlers/render-handler.js';
import type { ParamSpec, PromptSpec, ToolSpec } from '../../generators/lib/handlers/specs.js';
import { atom, bracket, chunkString, commented, concat, print, str } from '../../generators/lib/python/pretty.js';
import { firstSyntaxError, parsePython } from '../../generators/lib/python/parse.js';

const options = { lineLength: 40, indent: '    ' };
const param = (spec: string) => parseParamSpec(spec) as ParamSpec;

describe('--param and --arg specs', () => {
  it('reads name, type, default and description, with colons inside quotes and brackets', () => {
    assert.deepEqual(param('city:str'), { name: 'city', type: { scalar: 'str', container: 'none', optional: false } });
    assert.deepEqual(param('sep:str=":":The separator: one char'), { name: 'sep', type: { scalar: 'str', container: 'none', optional: false }, default: { value: ':' }, description: 'The separator: one char' });
    assert.deepEqual(param('tags:list[str]=["a:b", "c"]').default, { value: ['a:b', 'c'] });
    assert.deepEqual(param('opts:dict[str, int]={"k": 1}').default, { value: { entries: [['k', 1]] } });
    assert.deepEqual(param('n:int | None=None').default, { value: null });
    assert.deepEqual(param('greeting:str=hello world').default, { value: 'hello world' });
    assert.deepEqual(param('on:bool=true').default, { value: true });
    assert.deepEqual(parsePromptArgSpec('topic=rust:What to write about'), { name: 'topic', type: { scalar: 'str', container: 'none', optional: false }, default: { value: 'rust' }, description: 'What to write about' });
  });

  it('explains a bad type or default', () => {
    assert.match(parseParamSpec('x') as string, /needs a type/);
    assert.match(parseParamSpec('x:set[str]') as string, /not a supported parameter type/);
    assert.match(parseParamSpec('x:int=1.5') as string, /not a whole number/);
    assert.match(parseParamSpec('x:list[int]=["a"]') as string, /not a number/);
    assert.match(parseParamSpec('x:int=None') as string, /optional type/);
  });

  it('normalises type spellings', () => {
    assert.deepEqual(parseType('Optional[ dict[str,str] ]'), { scalar: 'str', container: 'dict', optional: true });
    assert.deepEqual(parseDefault('  3 ', { scalar: 'float', container: 'none', optional: false }), 3);
  });
});

describe('the printer', () => {
  it('keeps what fits on one line and explodes the rest with trailing commas', () => {
    assert.deepEqual(print(bracket('f(', [atom('a'), atom('b')], ')'), 0, 'x = ', '', options), ['x = f(a, b)']);
    assert.deepEqual(print(bracket('f(', [atom('a'.repeat(20)), atom('b'.repeat(20))], ')'), 0, '', '', options), ['f(', `    ${'a'.repeat(20)},`, `    ${'b'.repeat(20)},`, ')']);
  });

  it('parenthesises a long string, and splits it into chunks when even that does not fit', () => {
    assert.deepEqual(print(str('x'.repeat(31)), 0, 'value = ', '', options), ['value = (', `    "${'x'.repeat(31)}"`, ')']);
    const lines = print(str('word '.repeat(20).trim()), 0, 'value = ', '', options);
    assert.ok(lines.length > 3 && lines.every((line) => line.length <= 40), lines.join('\n'));
    assert.equal(chunkString('a'.repeat(100), 12).join(''), 'a'.repeat(100));
  });

  it('puts a pragma comment at the end of the line where its node starts', () => {
    const node = bracket('def f(', [concat(atom('x: list[str] = '), commented(atom('[]'), '# noqa: B006'))], ')');
    assert.deepEqual(print(node, 0, '', ':', options), ['def f(', '    x: list[str] = [],  # noqa: B006', '):']);
  });
  it('breaks both a long annotation and the long default after it, when breaking one is not enough', () => {
    const annotation = bracket('Annotated[', [atom('str'), concat(atom('Field(description='), str('d'.repeat(60)), atom(')'))], ']');
    const lines = print(concat(atom('p: '), annotation, atom(' = '), str('v'.repeat(60))), 1, '', ',', options);
    const [d, v] = [`"${'d'.repeat(26)}"`, `"${'v'.repeat(30)}"`];
    assert.deepEqual(lines, [
      '    p: Annotated[', '        str,', '        Field(description=(', `            ${d}`, `            ${d}`, `            "${'d'.repeat(8)}"`,
      '        )),', '    ] = (', `        ${v}`, `        ${v}`, '    ),',
    ]);
  });
});

describe('rendered handlers', () => {
  const tool: ToolSpec = {
    kind: 'tool', name: 'do-it', function: 'do_it', description: 'Line one\nline "two"', params: [param('a:int=1'), param('b:str')],
    returns: { scalar: 'str', container: 'none', optional: false }, isAsync: false, context: true, annotations: { destructive: true },
  };

  it('parse as Python, put required parameters first and ctx before defaults', () => {
    const { code, imports } = renderHandler(tool, { variable: 'server', flavor: 'mcpserver', lineLength: 100 });
    assert.equal(firstSyntaxError(parsePython(code)), undefined, code);
    assert.match(code, /async def do_it\(b: str, ctx: Context, a: int = 1\) -> str:/);
    assert.match(code, /description='Line one\\nline "two"'/);
    assert.deepEqual(imports.map((i) => i.name), ['ToolAnnotations', 'Context']);
  });

  it('writes a list or dict default as `X | None = None`, filled in by the body', () => {
    const spec: ToolSpec = { ...tool, context: false, params: [param('b:str'), param('tags:list[str]=["x", "y:z"]'), param('m:dict[str, int]={"k": 1}:A map')] };
    const { code } = renderHandler(spec, { variable: 'server', flavor: 'mcpserver', lineLength: 100 });
    assert.doesNotMatch(code, /noqa/);
    assert.match(code, /^ {4}tags: list\[str\] \| None = None,$/m);
    assert.match(code, /^ {4}m: Annotated\[dict\[str, int\] \| None, Field\(description="A map"\)\] = None,$/m);
    assert.match(code, /-> str:\n {4}if tags is None:\n {8}tags = \["x", "y:z"\]\n {4}if m is None:\n {8}m = \{"k": 1\}\n {4}arguments = /);
  });

  it('uses the mcp 1.x spellings for a FastMCP server', () => {
    const { code, imports } = renderHandler(tool, { variable: 'mcp', flavor: 'fastmcp-v1', lineLength: 100 });
    assert.match(code, /ToolAnnotations\(destructiveHint=True\)/);
    assert.deepEqual(imports[1], { module: 'mcp.server.fastmcp', name: 'Context' });
  });

  it('a prompt puts required arguments first, each group in the order given', () => {
    const prompt: PromptSpec = {
      kind: 'prompt', name: 'p', function: 'p', description: 'A prompt.', args: [param('tone:str=calm'), param('topic:str'), param('n:int=3'), param('who:str')],
    };
    const { code } = renderHandler(prompt, { variable: 'server', flavor: 'mcpserver', lineLength: 100 });
    assert.match(code, /^def p\(topic: str, who: str, tone: str = "calm", n: int = 3\) -> str:$/m);
    assert.equal(firstSyntaxError(parsePython(code)), undefined, code);
  });

  it('a float default typed as an integer is written as a float', () => {
    const spec: ToolSpec = { ...tool, context: false, params: [param('ratio:float=3')] };
    assert.match(renderHandler(spec, { variable: 'server', flavor: 'mcpserver', lineLength: 100 }).code, /ratio: float = 3\.0\)/);
  });
});
