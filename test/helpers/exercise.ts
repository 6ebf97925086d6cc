// What a real MCP client checks on each example server: every handler listed and called.
import assert from 'node:assert/strict';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { firstText } from './mcp-client.js';

export async function exerciseNotes(client: Client): Promise<void> {
  const tools = await client.listTools();
  assert.deepEqual(tools.tools.map(tool => tool.name), ['add_note']);
  const added = await client.callTool({ name: 'add_note', arguments: { name: 'todo', content: 'buy milk' } });
  assert.equal(added.isError ?? false, false);
  assert.equal(firstText(added), "Added note 'todo' with content: buy milk");

  const templates = await client.listResourceTemplates();
  assert.deepEqual(templates.resourceTemplates.map(template => template.uriTemplate), ['note://internal/{name}']);
  const note = await client.readResource({ uri: 'note://internal/todo' });
  assert.equal(firstText(note.contents[0]), 'buy milk');
  await assert.rejects(client.readResource({ uri: 'note://internal/missing' }), /Unknown note: 'missing'/);

  const prompts = await client.listPrompts();
  assert.deepEqual(prompts.prompts.map(prompt => prompt.name), ['summarize_notes']);
  const prompt = await client.getPrompt({ name: 'summarize_notes', arguments: { style: 'detailed' } });
  assert.match(firstText(prompt.messages[0]), /extensive details[\s\S]*- todo: buy milk/);

  const names = await client.complete({ ref: { type: 'ref/resource', uri: 'note://internal/{name}' }, argument: { name: 'name', value: 'to' } });
  assert.deepEqual(names.completion.values, ['todo']);
  const styles = await client.complete({ ref: { type: 'ref/prompt', name: 'summarize_notes' }, argument: { name: 'style', value: '' } });
  assert.deepEqual(styles.completion.values, ['brief', 'detailed']);
}

export async function exerciseMinimal(client: Client): Promise<void> {
  const tools = await client.listTools();
  assert.deepEqual(tools.tools.map(tool => tool.name), ['echo']);
  const echoed = await client.callTool({ name: 'echo', arguments: { text: 'héllo "world"' } });
  assert.equal(firstText(echoed), 'héllo "world"');
  // Nothing declared, nothing to complete: the minimal server has no completion handler.
  assert.equal(client.getServerCapabilities()?.completions, undefined);
}
