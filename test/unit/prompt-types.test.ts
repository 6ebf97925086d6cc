import assert from 'node:assert/strict';
import { QueuedAdapter, TerminalAdapter } from '@yeoman/adapter';
import { choicePromptType } from '../../generators/lib/prompt-types.js';
import { isTerminalAdapter } from '../../generators/lib/yeoman-internals.js';

describe('choice prompt type', () => {
  it('is select in the terminal, where inquirer warns that list is deprecated', () => {
    assert.equal(choicePromptType(new TerminalAdapter()), 'select');
    assert.equal(choicePromptType(new QueuedAdapter()), 'select'); // what `yo` hands its generators
  });

  it('is list in any other host, such as Yeoman UI, which does not render select', () => {
    class YeomanUiAdapter {}
    assert.equal(choicePromptType(new YeomanUiAdapter()), 'list');
    assert.equal(choicePromptType(undefined), 'list');
    assert.equal(choicePromptType(new QueuedAdapter({ adapter: new YeomanUiAdapter() as never })), 'list');
  });

  it('tells the terminal from other hosts, for the no-terminal check before a conflict prompt', () => {
    assert.equal(isTerminalAdapter(new QueuedAdapter()), true);
    assert.equal(isTerminalAdapter({}), false);
  });
});
