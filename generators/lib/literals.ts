// Text typed by a user, written as a TOML literal: the reader must get back exactly the characters
// that were typed. (Python literals: lib/python/string-literal.ts.)

/** A TOML basic string; TOML's escapes are a subset of JSON's, and JSON.stringify never emits `\/`. */
export function tomlString(text: string): string {
  return JSON.stringify(text).replace(/\u007f/g, '\\u007f');
}
