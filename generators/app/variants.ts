// One entry per project variant: which server and test templates it uses and what handlers it serves.
import type { Handlers } from '../lib/project.js';
import type { AppAnswers } from './options.js';

export interface ReadmeItem {
  name: string;
  summary: string;
}

export interface Variant {
  serverTemplate: string;
  testTemplate: string;
  handlers: Handlers;
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
    readme: { tools: [{ name: 'echo', summary: 'return the text unchanged' }], resources: [], prompts: [] },
  },
};
