// One entry per project variant (the app writes them; migrate renders the notes one too): which server and test templates it uses and what handlers it serves.
import { choicesNode, type CompletionBranch } from './handlers/completions.js';
import type { Example, Handlers } from './project.js';
import { atom } from './python/pretty.js';

/** ruff's `line-length` in the generated pyproject.toml. */
export const LINE_LENGTH = 100;

export interface ReadmeItem {
  name: string;
  summary: string;
}

export interface Variant {
  serverTemplate: string;
  testTemplate: string;
  handlers: Handlers;
  /** The branches of the server's completion handler; none, and the server has no such handler. */
  completions: CompletionBranch[];
  readme: { tools: ReadmeItem[]; resources: ReadmeItem[]; prompts: ReadmeItem[] };
}

/** The notes example's completions: note names for its resource, the style of its prompt (named `prompt`). */
export function notesCompletions(prompt: string): CompletionBranch[] {
  return [
    { key: 'note://internal/{name}', choices: atom('{"name": sorted(notes)}') },
    { key: prompt, choices: choicesNode({ style: ['brief', 'detailed'] }) },
  ];
}

export const VARIANTS: Record<Example, Variant> = {
  notes: {
    serverTemplate: 'src/package/server.notes.py.ejs',
    testTemplate: 'tests/test_server.notes.py.ejs',
    handlers: {
      tools: [{ name: 'add_note', function: 'add_note' }],
      resources: [{ uri: 'note://internal/{name}', function: 'read_note' }],
      prompts: [{ name: 'summarize_notes', function: 'summarize_notes' }],
    },
    completions: notesCompletions('summarize_notes'),
    readme: {
      tools: [{ name: 'add_note', summary: 'add a note, or replace the note of the same name' }],
      resources: [{ name: 'note://internal/{name}', summary: 'the content of one note' }],
      prompts: [{ name: 'summarize_notes', summary: 'summarize all notes (`style`: brief or detailed)' }],
    },
  },
  minimal: {
    serverTemplate: 'src/package/server.minimal.py.ejs',
    testTemplate: 'tests/test_server.minimal.py.ejs',
    handlers: { tools: [{ name: 'echo', function: 'echo' }], resources: [], prompts: [] },
    completions: [],
    readme: { tools: [{ name: 'echo', summary: 'return the text unchanged' }], resources: [], prompts: [] },
  },
};
