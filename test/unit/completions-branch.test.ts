// addCompletionBranch called directly: the one completion handler written whole the first time, a
// branch added before its anchor line the next, nothing for a tool or no values, and the refusals.
import assert from 'node:assert/strict';
import { addCompletionBranch } from '../../generators/lib/handlers/completions.js';
import type { PromptSpec, ResourceSpec, ToolSpec } from '../../generators/lib/handlers/specs.js';

const HEAD = 'from mcp.server import MCPServer\n\nserver = MCPServer("demo")\n\n\n@server.prompt()\ndef review(style: str) -> str:\n    return style\n';
const prompt: PromptSpec = { kind: 'prompt', name: 'review', function: 'review', description: 'R.', args: [], choices: { style: ['brief', 'detailed'] } };
const resource: ResourceSpec = { kind: 'resource', uri: 'w://{city}', function: 'w', description: 'W.', placeholders: ['city'], choices: { city: ['paris'] } };
const target = { label: 'server.py', variable: 'server', lineLength: 88 };
const HANDLER = [
  '@server.completion()',
  'async def complete(',
  '    ref: PromptReference | ResourceTemplateReference,',
  '    argument: CompletionArgument,',
  '    context: CompletionContext | None,',
  ') -> Completion:',
  '    """Suggest the declared values of prompt arguments and resource template parameters."""',
  '    # Prompt names never hold ":" and URIs always do, so one key names the handler.',
  '    handler = ref.name if isinstance(ref, PromptReference) else ref.uri',
  '    choices: dict[str, list[str]] = {}',
  '    if handler == "review":',
  '        choices = {"style": ["brief", "detailed"]}',
  '    known = choices.get(argument.name, [])',
  '    return Completion(values=[v for v in known if v.startswith(argument.value)])',
].join('\n');

describe('the completion handler and its branches', () => {
  it('is written whole after the new handler the first time, with the imports it needs', () => {
    const { source, imports } = addCompletionBranch(HEAD, prompt, target);
    assert.equal(source, `${HEAD}\n\n${HANDLER}\n`);
    assert.deepEqual(imports.map((need) => `${need.module}.${need.name}`), [
      'mcp.types.Completion', 'mcp.types.CompletionArgument', 'mcp.types.CompletionContext', 'mcp.types.PromptReference', 'mcp.types.ResourceTemplateReference',
    ]);
  });

  it('gets a branch before its anchor line the next time, keyed by the URI for a resource, with no new imports', () => {
    const once = addCompletionBranch(HEAD, prompt, target).source;
    const { source, imports } = addCompletionBranch(once, resource, target);
    assert.equal(source, once.replace('    known = ', '    if handler == "w://{city}":\n        choices = {"city": ["paris"]}\n    known = '));
    assert.deepEqual(imports, []);
  });

  it('changes nothing for a tool or for a handler without values', () => {
    const tool = { kind: 'tool', name: 't', function: 't' } as ToolSpec;
    assert.deepEqual(addCompletionBranch(HEAD, tool, target), { source: HEAD, imports: [] });
    assert.deepEqual(addCompletionBranch(HEAD, { ...prompt, choices: {} }, target), { source: HEAD, imports: [] });
    assert.deepEqual(addCompletionBranch(HEAD, { ...prompt, choices: undefined } as never, target), { source: HEAD, imports: [] });
  });

  it('refuses a completion handler without its anchor line, and a module that has its own `complete`', () => {
    const noAnchor = `${HEAD}\n\n@server.completion()\nasync def mine(ref, argument, context):\n    return None\n`;
    assert.throws(() => addCompletionBranch(noAnchor, prompt, target),
      /^Error: server\.py has a completion handler that has no `known = choices\.get\(argument\.name, \[\]\)` line to add the values of review\(\) before\. Add its branch there by hand, or leave out --choices\./);
    for (const own of [`${HEAD}\n\ndef complete() -> None:\n    pass\n`, `from x import complete\n${HEAD}`]) {
      assert.throws(() => addCompletionBranch(own, prompt, target),
        /^Error: server\.py already defines `complete`, the name of the completion handler --choices writes\. Rename yours, or leave out --choices\./);
    }
  });

  it('only the target server\'s completion handler counts', () => {
    const other = `${HEAD}\n\nother = MCPServer("o")\n\n\n@other.completion()\nasync def other_complete(ref, argument, context):\n    known = choices.get(argument.name, [])\n`;
    const { source } = addCompletionBranch(other, prompt, target);
    assert.match(source, /@server\.completion\(\)\nasync def complete\(/);
  });
});
