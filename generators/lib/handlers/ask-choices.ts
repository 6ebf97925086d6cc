// `--choices` of `yo mcp-python:resource` and `:prompt`, or the same asked for each argument.
import { type Asker, type OptionDefinition, repeatable } from '../asker.js';
import { refuse } from '../errors.js';
import { parseChoices, validateChoiceList, type Choices } from './completions.js';

export const CHOICES_OPTION: OptionDefinition = {
  name: 'choices',
  type: repeatable,
  description: '`NAME=A,B` (or `A,B` for the only argument), repeatable: values clients may complete for that argument',
  question: 'Values clients may complete for "NAME" (comma-separated; empty for none), for each argument',
};

/** The declared values per argument name; none unless given or answered. */
export async function askChoices(asker: Asker, names: readonly string[], what: string): Promise<Choices> {
  const flags = asker.list('choices');
  if (flags.length > 0) {
    const choices = parseChoices(flags, names, what);
    return typeof choices === 'string' ? refuse(choices) : choices;
  }
  if (asker.yes || names.length === 0) return {};
  const choices: Choices = {};
  for (const name of names) {
    const { choiceList = '' } = await asker.ask([
      {
        name: 'choiceList',
        message: `Values clients may complete for "${name}" (comma-separated; empty for none)`,
        validate: (value) => {
          const values = value.trim() === '' ? [] : validateChoiceList(value);
          return typeof values === 'string' ? values : true;
        },
      },
    ]);
    const values = choiceList.trim() === '' ? undefined : validateChoiceList(choiceList);
    if (Array.isArray(values)) choices[name] = values;
  }
  return choices;
}
