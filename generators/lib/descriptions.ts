// How long a description may be, and where it must fit on one line: the project's goes into
// pyproject.toml and the server's instructions; a handler's becomes a docstring clients read.
const RULES = {
  project: { maxLength: 300, oneLine: true },
  handler: { maxLength: 4000, oneLine: false },
} as const;

export type DescriptionOf = keyof typeof RULES;

export function validateDescription(text: string, of: DescriptionOf): true | string {
  const rule = RULES[of];
  if (rule.oneLine && /[\r\n]/.test(text)) return 'The description must fit on one line; remove the line breaks.';
  if (text.length > rule.maxLength) return `The description is ${text.length} characters long; keep it under ${rule.maxLength}.`;
  return true;
}
