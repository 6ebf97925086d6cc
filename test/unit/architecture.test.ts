// The layering docs/ARCHITECTURE.md draws, checked: generators/lib never imports a generator, a
// generator never imports another generator's files (it composes it through Yeoman instead; the app's
// compositions by class are listed), and no module imports itself back in a cycle.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { repoRoot } from '../helpers/generators.js';

const GENERATORS = join(repoRoot, 'generators');

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'templates' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Each source file (relative to generators/, POSIX) and the project files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(GENERATORS)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map((match) =>
      relative(GENERATORS, resolve(dirname(file), (match[1] as string).replace(/\.js$/, '.ts'))).split(sep).join('/'),
    );
    graph.set(relative(GENERATORS, file).split(sep).join('/'), targets);
  }
  return graph;
}

/** The app composes these generators by class (so tests can run them from source). */
const COMPOSED_BY_CLASS: ReadonlyArray<[string, string]> = [
  ['app/claude-offer.ts', 'claude-config/index.ts'],
  ['app/compose-handlers.ts', 'tool/index.ts'],
  ['app/compose-handlers.ts', 'resource/index.ts'],
  ['app/compose-handlers.ts', 'prompt/index.ts'],
];

const layerOf = (file: string): string => (file.startsWith('lib/') ? 'lib' : (file.split('/')[0] as string));

describe('architecture', () => {
  const graph = importGraph();

  it('finds the generators and their imports', () => {
    assert.ok(graph.size > 40, `read ${graph.size} files`);
    assert.ok(graph.get('tool/index.ts')?.includes('lib/handlers/handler-generator.ts'));
  });

  it('generators/lib imports nothing from a generator', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      layerOf(file) === 'lib' ? targets.filter((target) => layerOf(target) !== 'lib').map((target) => `${file} -> ${target}`) : [],
    );
    assert.deepEqual(upward, []);
  });

  it('a generator imports only its own files and lib (the app composes some by class)', () => {
    const sideways = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => layerOf(target) !== 'lib' && layerOf(target) !== layerOf(file))
        .filter((target) => !COMPOSED_BY_CLASS.some(([from, to]) => file === from && target === to))
        .map((target) => `${file} -> ${target}`),
    );
    assert.deepEqual(sideways, []);
  });

  it('has no import cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    assert.deepEqual(cycles, []);
  });
});
