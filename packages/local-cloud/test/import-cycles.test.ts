// The local cloud's module graph: no loop of relative value imports in src/, and nothing a started cloud
// loads imports an AWS SDK client (each weighs megabytes; the services load theirs at first use). Type-only
// imports are left out: TypeScript erases them, so they load nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** `import ... from './x.js'` and `export ... from './x.js'`, with whether the whole statement is type-only. */
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s+['"](\.{1,2}\/[^'"]+)['"]/gm;
const SIDE_EFFECT = /^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|mts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `{ type A, type B }` loads nothing either. */
function onlyTypes(clause: string): boolean {
  const braces = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1]
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

/** Static value imports of `@aws-sdk/client-*` packages, by file. */
function sdkClientImports(files: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const pattern = /^\s*import\s+(type\s+)?([^'";]*?)\s*from\s+['"](@aws-sdk\/client-[^'"]+)['"]/gm;
  for (const file of files) {
    const found = [...readFileSync(file, 'utf8').matchAll(pattern)]
      .filter(([, typeOnly, clause]) => !typeOnly && !onlyTypes(clause))
      .map(([, , , pkg]) => pkg);
    if (found.length > 0) out.set(file, found);
  }
  return out;
}

/** Every file reachable from `entry` through value imports. */
function reachable(graph: Map<string, string[]>, entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(graph.get(file) ?? []));
  }
  return seen;
}

function target(from: string, specifier: string): string {
  return resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));
}

function valueImports(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const deps: string[] = [];
    for (const [, typeOnly, clause, specifier] of text.matchAll(IMPORT)) {
      if (!typeOnly && !onlyTypes(clause)) deps.push(target(file, specifier));
    }
    for (const [, specifier] of text.matchAll(SIDE_EFFECT)) deps.push(target(file, specifier));
    graph.set(file, deps);
  }
  return graph;
}

/** Each cycle once, as the path of files that closes it (depth-first, from the first file that reaches it). */
function cycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const found: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const dep of graph.get(file) ?? []) {
      if (!graph.has(dep)) continue;
      if (state.get(dep) === 'open') found.push([...path.slice(path.indexOf(dep)), dep]);
      else if (!state.has(dep)) visit(dep);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the module graph of src/', () => {
  it('has no import cycle', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(100);
    const loops = cycles(valueImports(files)).map((c) => c.map((f) => relative(SRC, f)).join(' -> '));
    expect(loops).toEqual([]);
  });

  it('loads no AWS SDK client when a cloud starts (the services import theirs at first use)', () => {
    const files = sources(SRC);
    const loaded = reachable(valueImports(files), join(SRC, 'server.ts'));
    const eager = [...sdkClientImports(files)]
      .filter(([file]) => loaded.has(file))
      .map(([file, pkgs]) => `${relative(SRC, file)}: ${pkgs.join(', ')}`);
    expect(loaded.size).toBeGreaterThan(100);
    expect(eager).toEqual([]);
  });

  it('finds a cycle where there is one (the walker itself)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
