// The layout the README describes, held by the code itself: no file imports another that imports
// it back (type-only imports count: each marks a type in the wrong home), and the stages of
// load → parse → select → render → write never call each other; only the orchestrators do.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/run.js';

const src = join(root, 'src');

/** One import: the file it names (relative to src/), and whether it only brings in types. */
interface Import {
  readonly target: string;
  readonly typeOnly: boolean;
}

/** Every src/ file's imports of other src/ files: static, type-only, re-exports and import(). */
function importGraph(): Map<string, Import[]> {
  const graph = new Map<string, Import[]>();
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
    const text = readFileSync(join(src, file), 'utf8');
    const imports: Import[] = [];
    for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'(\.[^']+)'|import\('(\.[^']+)'\)/gm)) {
      const spec = (m[3] ?? m[4])!;
      // `import { type A, type B }` brings in only types too.
      const braces = /\{([^}]*)\}/.exec(m[0])?.[1];
      const allTyped = braces !== undefined && braces.split(',').every((name) => name.trim() === '' || name.trim().startsWith('type '));
      const target = relative(src, join(dirname(join(src, file)), spec.replace(/\.js$/, '.ts')));
      imports.push({ target, typeOnly: m[2] !== undefined || (m[1] === 'import' && allTyped && m[4] === undefined) });
    }
    graph.set(file, imports);
  }
  return graph;
}

/** The import cycles of a graph, each as the files around it (Tarjan's strongly connected components). */
function cycles(graph: Map<string, Import[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const { target: w } of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).some((i) => i.target === v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

const STAGES = ['load', 'parse', 'select', 'render', 'write'];

describe('the layout of src/', () => {
  const graph = importGraph();

  it('reads every import (a check that reads nothing would pass on any layout)', () => {
    expect(graph.get('main.ts')?.length).toBeGreaterThan(20);
    expect(graph.get('render/plain.ts')).toContainEqual({ target: 'select/select.ts', typeOnly: true });
    expect(graph.get('main.ts')).toContainEqual({ target: 'render/styled.ts', typeOnly: false });
  });

  it('has no import cycles, type-only imports included', () => {
    expect(cycles(graph)).toEqual([]);
    expect(cycles(new Map([['a.ts', [{ target: 'b.ts', typeOnly: true }]], ['b.ts', [{ target: 'a.ts', typeOnly: false }]]]))).toEqual([['a.ts', 'b.ts']]);
  });

  it('keeps the stages apart: a stage uses another only for its types', () => {
    const crossings: string[] = [];
    for (const [file, imports] of graph) {
      const stage = file.split('/')[0]!;
      if (!STAGES.includes(stage)) continue;
      for (const i of imports) {
        const other = i.target.split('/')[0]!;
        if (STAGES.includes(other) && other !== stage && !i.typeOnly) crossings.push(`${file} -> ${i.target}`);
      }
    }
    expect(crossings).toEqual([]);
  });
});
