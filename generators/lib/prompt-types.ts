// Choice prompts in two hosts: the terminal's inquirer calls `list` deprecated and prints a warning on
// every use, in favour of `select`; Yeoman UI renders `list` but not `select`. So ask which host this is:
// `yo` wraps a TerminalAdapter in a QueuedAdapter; Yeoman UI brings an adapter of its own.
export type ChoicePromptType = 'select' | 'list';

type MaybeAdapter = { constructor?: { name?: string }; actualAdapter?: unknown } | undefined;

/** True when prompts go to the terminal `yo` runs in (not Yeoman UI, not a test adapter). */
export function isTerminalAdapter(adapter: unknown): boolean {
  const candidate = adapter as MaybeAdapter;
  const name = candidate?.constructor?.name;
  if (name === 'QueuedAdapter') return isTerminalAdapter(candidate?.actualAdapter);
  return name === 'TerminalAdapter';
}

export function choicePromptType(adapter: unknown): ChoicePromptType {
  return isTerminalAdapter(adapter) ? 'select' : 'list';
}
