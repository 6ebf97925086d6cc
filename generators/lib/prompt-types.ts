// Choice prompts in two hosts: the terminal's inquirer calls `list` deprecated and prints a warning on
// every use, in favour of `select`; Yeoman UI renders `list` but not `select`.
import { isTerminalAdapter } from './yeoman-internals.js';

export type ChoicePromptType = 'select' | 'list';

export function choicePromptType(adapter: unknown): ChoicePromptType {
  return isTerminalAdapter(adapter) ? 'select' : 'list';
}
