// A question round for the unit tests: each question takes the next of its queued answers (else its
// default, else ''); an answer its check refuses is recorded and the next one taken, as a user retypes.
import type { AskQuestions } from '../../generators/lib/asker.js';

export function scriptedRound(queues: Record<string, string[]>) {
  const asked: string[] = [];
  const messages: string[] = [];
  const refused: string[] = [];
  const askQuestions: AskQuestions = async (questions) => {
    const result: Record<string, unknown> = {};
    for (const question of questions) {
      const name = question['name'] as string;
      asked.push(`${name}: ${question['message'] as string}`);
      messages.push(question['message'] as string);
      const validate = question['validate'] as (value: string) => true | string;
      for (;;) {
        const answer = queues[name]?.shift() ?? (question['default'] as string | undefined) ?? '';
        const check = validate(answer);
        if (check === true) {
          result[name] = answer;
          break;
        }
        refused.push(check);
      }
    }
    return result;
  };
  return { askQuestions, asked, messages, refused };
}
