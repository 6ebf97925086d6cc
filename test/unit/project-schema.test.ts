// Our section of .yo-rc.json checked against its schema (lib/project-schema.ts), called directly: each
// key at fault named with its problem and the fix; a valid section comes back as it is.
import assert from 'node:assert/strict';
import { checkProjectConfig } from '../../generators/lib/project-schema.js';

const refusal = (value: unknown): string => {
  try {
    checkProjectConfig(value);
  } catch (error) {
    return (error as Error).message.replace(/\. Correct it \(or restore the file from version control\), then run again\.\nNothing was written\.$/, '');
  }
  return assert.fail(`accepted ${JSON.stringify(value)}`);
};
const KEY = '.yo-rc.json: "generator-mcp-python';

describe('.yo-rc.json, checked against the schema', () => {
  it('accepts a whole valid section and returns it as it is', () => {
    const config = {
      projectName: 'weather', serverModule: 'src/weather/server.py', serverVariable: 'mcp', transport: 'stdio', example: 'notes',
      handlers: { tools: [{ name: 'a', function: 'a' }], resources: [{ uri: 'x://y', function: 'y' }], prompts: [] },
    };
    assert.equal(checkProjectConfig(config), config);
    assert.deepEqual(checkProjectConfig({}), {});
  });

  it('names the key at fault and what it must be', () => {
    const cases: Array<[unknown, string]> = [
      [null, `${KEY}" must be an object, not null`],
      [[], `${KEY}" must be an object, not a list`],
      ['x', `${KEY}" must be an object, not a string`],
      [{ author: 3 }, `${KEY}.author" must be a string, not a number`],
      [{ python: false }, `${KEY}.python" must be a string, not a boolean`],
      [{ transport: 'sse' }, `${KEY}.transport" must be one of stdio, streamable-http`],
      [{ example: 'todo' }, `${KEY}.example" must be one of notes, minimal`],
      [{ serverModule: 7 }, `${KEY}.serverModule" must be a path such as "src/weather/server.py", not a number`],
      [{ serverModule: '/abs/server.py' }, `${KEY}.serverModule" must be relative to the project root with "/" separators, not "/abs/server.py"`],
      [{ serverModule: 'C:server.py' }, `${KEY}.serverModule" must be relative to the project root with "/" separators, not "C:server.py"`],
      [{ serverModule: 'src\\server.py' }, `${KEY}.serverModule" must be relative to the project root with "/" separators, not "src\\server.py"`],
      [{ serverModule: 'src/../../server.py' }, `${KEY}.serverModule" points outside the project ("src/../../server.py"); name a file inside it`],
      [{ serverModule: '..' }, `${KEY}.serverModule" points outside the project (".."); name a file inside it`],
      [{ serverModule: 'src/server.txt' }, `${KEY}.serverModule" must name a Python file (.py), not "src/server.txt"`],
      [{ serverVariable: 'my server' }, `${KEY}.serverVariable" must be the name of the module-level variable holding the server, such as "server"`],
      [{ serverVariable: 1 }, `${KEY}.serverVariable" must be the name of the module-level variable holding the server, such as "server"`],
      [{ handlers: [] }, `${KEY}.handlers" must be an object of tools, resources and prompts, not a list`],
      [{ handlers: null }, `${KEY}.handlers" must be an object of tools, resources and prompts, not null`],
      [{ handlers: { tools: 'abc' } }, `${KEY}.handlers.tools" must be a list, not a string`],
      [{ handlers: { prompts: [3] } }, `${KEY}.handlers.prompts[0]" must be an object, not a number`],
      [{ handlers: { tools: [{ name: 'a', function: 'a' }, null] } }, `${KEY}.handlers.tools[1]" must be an object, not null`],
      [{ handlers: { tools: [{ name: 'a', function: 'not valid' }] } }, `${KEY}.handlers.tools[0].function" must be the name of a Python function`],
      [{ handlers: { resources: [{ function: 'f' }] } }, `${KEY}.handlers.resources[0].uri" is missing`],
      [{ handlers: { prompts: [{ name: ['p'], function: 'f' }] } }, `${KEY}.handlers.prompts[0].name" must be a string, not a list`],
    ];
    for (const [value, message] of cases) assert.equal(refusal(value), message, JSON.stringify(value));
  });
});
