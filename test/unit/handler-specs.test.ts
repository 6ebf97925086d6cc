// The command-line forms of parameters (--param, --arg), the README bullet of a new handler and the
// key it is served under, checked directly at their edges: quotes, escapes, brackets, empty parts.
import assert from 'node:assert/strict';
import { defaultEnd, parseParamSpec, parsePromptArgSpec } from '../../generators/lib/handlers/param-spec.js';
import { addReadmeBullet, readmeBullet, readmeNeedle } from '../../generators/lib/handlers/readme.js';
import { type HandlerSpec, servedKey } from '../../generators/lib/handlers/specs.js';

const STR = { scalar: 'str', container: 'none', optional: false };

describe('--param and --arg at their edges', () => {
  it('a default runs to the first colon outside quotes (with escapes) and brackets', () => {
    assert.deepEqual([defaultEnd('ab:c', 0), defaultEnd('"a:b":c', 0), defaultEnd('ab', 0), defaultEnd("'a\\':b':c", 0), defaultEnd('x:y:z', 2)], [2, 5, 2, 7, 3]);
    const cases: Array<[string, unknown]> = [
      ['sep:str=":":The separator', { name: 'sep', type: STR, default: { value: ':' }, description: 'The separator' }],
      ["sep:str=':':d", { name: 'sep', type: STR, default: { value: ':' }, description: 'd' }],
      ['x:str="a\\":b":d', { name: 'x', type: STR, default: { value: 'a":b' }, description: 'd' }],
      ['x:str="a\\\\":desc', { name: 'x', type: STR, default: { value: 'a\\' }, description: 'desc' }],
      ['tags:list[str]=["a:b"]:d', { name: 'tags', type: { ...STR, container: 'list' }, default: { value: ['a:b'] }, description: 'd' }],
      ['d:dict[str, str]={"k": "v:w"}:D', { name: 'd', type: { ...STR, container: 'dict' }, default: { value: { entries: [['k', 'v:w']] } }, description: 'D' }],
      ['x:str=(1:2', { name: 'x', type: STR, default: { value: '(1:2' } }],
      [' x :int', { name: 'x', type: { ...STR, scalar: 'int' } }],
      ['x:int:', { name: 'x', type: { ...STR, scalar: 'int' } }],
      ['x:int=3:', { name: 'x', type: { ...STR, scalar: 'int' }, default: { value: 3 } }],
      ['x:str:a:b', { name: 'x', type: STR, description: 'a:b' }],
    ];
    for (const [spec, param] of cases) assert.deepEqual(parseParamSpec(spec), param, spec);
  });

  it('refuses a --param without a name or type, or with a default of the wrong type, saying how to write one', () => {
    for (const spec of [':str', 'x']) {
      assert.equal(parseParamSpec(spec), `--param "${spec}" needs a type: write NAME:TYPE[=DEFAULT][:DESCRIPTION], for example --param 'city:str'.`);
    }
    assert.equal(parseParamSpec('x:int=:d'), '--param "x:int=:d": the default "" is not a Python value of type int. Give a Python value of type int, ' +
      'for example --param \'count:int=3\' or --param \'tags:list[str]=["a", "b"]\'.');
    assert.equal(parseParamSpec('x:int=1)]:d'), '--param "x:int=1)]:d": the default "1)]" is not a Python value of type int. Give a Python value of type int, ' +
      'for example --param \'count:int=3\' or --param \'tags:list[str]=["a", "b"]\'.');
    assert.match(String(parseParamSpec('x:text')), /^--param "x:text": "text" is not a supported parameter type\./);
  });

  it('a prompt --arg is a string with an optional default and description', () => {
    const cases: Array<[string, unknown]> = [
      ['topic', { name: 'topic', type: STR }], ['topic=AI:About', { name: 'topic', type: STR, default: { value: 'AI' }, description: 'About' }],
      ['topic:About', { name: 'topic', type: STR, description: 'About' }], ['style=":":x', { name: 'style', type: STR, default: { value: ':' }, description: 'x' }],
      [' t =a', { name: 't', type: STR, default: { value: 'a' } }], ['=a', '--arg "=a": The parameter name is empty.'],
      ['a b', '--arg "a b": "a b" is not a Python identifier: use ASCII letters, digits and "_", not starting with a digit.'],
    ];
    for (const [spec, param] of cases) assert.deepEqual(parsePromptArgSpec(spec), param, spec);
  });
});

describe('the README bullet and the served key', () => {
  const tool = (name: string, description: string): HandlerSpec => ({
    kind: 'tool', name, function: 'f', description, params: [], returns: STR as never, isAsync: false, context: false, annotations: {},
  });
  const resource: HandlerSpec = { kind: 'resource', uri: 'note://{name}', function: 'note', description: 'A note.', placeholders: ['name'] };

  it('names the handler in code, with the first line of its description, control characters blanked', () => {
    assert.equal(readmeBullet(tool('add', 'Adds.\nMore.')), '- `add`: Adds.');
    assert.equal(readmeBullet(tool('add', 'One\u2028Two')), '- `add`: One');
    assert.equal(readmeBullet(tool('add', 'Tab\there ')), '- `add`: Tab here');
    assert.equal(readmeBullet(tool('add', '')), '- `add`');
    assert.equal(readmeBullet(tool('a`b', 'D.')), '- ``a`b``: D.');
    assert.equal(readmeBullet(resource), '- `note://{name}`: A note.');
  });

  it('goes just before its kind\'s needle line, in the README\'s newline; no needle, no change', () => {
    assert.deepEqual(['tool', 'resource', 'prompt'].map((kind) => readmeNeedle(kind as HandlerSpec['kind'])),
      ['<!-- mcp-python:tools -->', '<!-- mcp-python:resources -->', '<!-- mcp-python:prompts -->']);
    const readme = '## Tools\r\n\r\n- `a`: A.\r\n<!-- mcp-python:tools -->\r\n';
    assert.equal(addReadmeBullet(readme, tool('b', 'B.')), '## Tools\r\n\r\n- `a`: A.\r\n- `b`: B.\r\n<!-- mcp-python:tools -->\r\n');
    assert.equal(addReadmeBullet('Quoted: <!-- mcp-python:tools --> inline\n', tool('b', 'B.')), undefined);
    assert.equal(addReadmeBullet('## Tools\n', resource), undefined);
  });

  it('a resource is served under its URI, a tool or prompt under its name', () => {
    assert.equal(servedKey(resource), 'note://{name}');
    assert.equal(servedKey(tool('add', 'D.')), 'add');
  });
});
