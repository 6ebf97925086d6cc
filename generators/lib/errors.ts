// How a generator refuses: the problem and its fix, then the promise that nothing changed.

export const NOTHING_WRITTEN = 'Nothing was written.';

/** Throws `message` followed by the promise that nothing was written (every refusal ends so). */
export function refuse(message: string): never {
  throw new Error(`${message}\n${NOTHING_WRITTEN}`);
}
