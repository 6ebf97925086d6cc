// Choice prompts in two hosts: the terminal's inquirer calls `list` deprecated and prints a warning on
// every use, in favour of `select`; Yeoman UI renders `list` but not `select`. So ask which host this is:
// `yo` wraps a TerminalAdapter in a QueuedAdapter; Yeoman UI brings an adapter of its own.
export type ChoicePromptType = 'select' | 'list';

type MaybeAdapter = { constructor?: { name?: string }; actualAdapter?: unknown } | undefined;

export function choicePromptType(adapter: unknown): ChoicePromptType {
  const candidate = adapter as MaybeAdapter;
  const name = candidate?.constructor?.name;
  if (name === 'QueuedAdapter') return choicePromptType(candidate?.actualAdapter);
  return name === 'TerminalAdapter' ? 'select' : 'list';
}
