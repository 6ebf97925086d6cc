// One entry per project variant: which server and test templates it uses and what handlers it serves.
import { atom } from '../lib/python/pretty.js';
import { choicesNode, type CompletionBranch } from '../lib/handlers/completions.js';
import type { Handlers } from '../lib/project.js';
import type { AppAnswers } from './options.js';

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

export const VARIANTS: Record<AppAnswers['example'], Variant> = {
  notes: {
    serverTemplate: 'src/package/server.notes.py.ejs',
    testTemplate: 'tests/test_server.notes.py.ejs',
    handlers: {
      tools: [{ name: 'add_note', function: 'add_note' }],
      resources: [{ uri: 'note://internal/{name}', function: 'read_note' }],
      prompts: [{ name: 'summarize_notes', function: 'summarize_notes' }],
    },
    completions: [
      { key: 'note://internal/{name}', choices: atom('{"name": sorted(notes)}') },
      { key: 'summarize_notes', choices: choicesNode({ style: ['brief', 'detailed'] }) },
    ],
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
