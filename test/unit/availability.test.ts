import assert from 'node:assert/strict';
import { functionAvailable, notServed } from '../../generators/lib/handlers/availability.js';
import { addHandlerToModule, refusalFor } from '../../generators/lib/handlers/add-to-module.js';
import type { ToolSpec } from '../../generators/lib/handlers/specs.js';
import { parsePython } from '../../generators/lib/python/parse.js';
import { scanModule } from '../../generators/lib/python/module-scan.js';

const MODULE = `from mcp.server import MCPServer
from json import dumps

server = MCPServer("demo")
helper = 1


@server.tool(name="add-note")
def add_note() -> str:
    return dumps({})


@server.resource("note://{name}")
def read_note(name: str) -> str:
    return name
`;
// Scanned inside each test, never at load: a mutation run must see each mutant's own scan.
const scanOf = () => scanModule(MODULE, parsePython(MODULE));
const target = { label: 'server.py', variable: 'server', lineLength: 88, firstParty: new Set<string>() };
const tool = (name: string, fn: string): ToolSpec => ({
  kind: 'tool', name, function: fn, description: 'D', params: [], returns: { scalar: 'str', container: 'none', optional: false },
  isAsync: false, context: false, annotations: {},
});

describe('handler availability: the one rule for served names and free functions', () => {
  it('a served name or URI, and only that', () => {
    const scan = scanOf();
    assert.match(String(notServed(scan, 'server.py', 'tool', 'add-note')), /^A tool named "add-note" is already served by add_note\(\) in server\.py\. Choose another name, or edit add_note\(\) instead\.$/);
    assert.match(String(notServed(scan, 'server.py', 'resource', 'note://{name}')), /^A resource with the URI "note:\/\/\{name\}" is already served by read_note\(\) in server\.py\. Choose another URI, or edit read_note\(\) instead\.$/);
    assert.equal(notServed(scan, 'server.py', 'prompt', 'add-note'), true);
    assert.equal(notServed(scan, 'server.py', 'tool', 'add_note'), true);
  });

  it('a function name that is imported, defined, a handler, a keyword or a built-in', () => {
    const scan = scanOf();
    assert.match(String(functionAvailable(scan, 'server.py', 'dumps')), /`dumps` is imported by server\.py/);
    assert.match(String(functionAvailable(scan, 'server.py', 'helper')), /server\.py already defines `helper`/);
    assert.match(String(functionAvailable(scan, 'server.py', 'read_note')), /already defines `read_note`/);
    assert.match(String(functionAvailable(scan, 'server.py', 'match')), /is a Python keyword/);
    assert.match(String(functionAvailable(scan, 'server.py', 'len')), /built-in `len`/);
    assert.equal(functionAvailable(scan, 'server.py', 'fresh_name'), true);
  });

  it('a handler nested in a function takes its name too, though the module does not define it at the top', () => {
    const nested = `${MODULE}\n\ndef register() -> None:\n    @server.tool()\n    def nested_tool() -> str:\n        return ""\n`;
    const nestedScan = scanModule(nested, parsePython(nested));
    assert.equal(nestedScan.definedNames.has('nested_tool'), false);
    assert.match(String(functionAvailable(nestedScan, 'server.py', 'nested_tool')), /^server\.py already defines `nested_tool`; choose another name\.$/);
  });

  it('addHandlerToModule refuses a taken name itself, with the flag that fixes it, and leaves the source alone', () => {
    const scan = scanOf();
    assert.match(refusalFor(tool('dumps', 'dumps'), scan, target) ?? '', /imported by server\.py.*--function/s);
    assert.throws(() => addHandlerToModule(MODULE, tool('add-note', 'other'), target), /already served by add_note\(\)/);
    assert.throws(() => addHandlerToModule(MODULE, tool('helper', 'helper'), target), /already defines `helper`.*give the function another name with --function/s);
    const resource = { kind: 'resource' as const, uri: 'x://y', function: 'dumps', description: 'D', placeholders: [] };
    assert.throws(() => addHandlerToModule(MODULE, resource, target), /--name/);
    assert.equal(refusalFor(tool('fresh', 'fresh'), scan, target), undefined);
  });
});
