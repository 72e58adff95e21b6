/**
 * The shape of the house, checked from the code's own imports:
 * - no import circles, between files or between the folders of the engine and the features;
 * - the engine in src/ never imports a feature in dialogs/ (only the app wiring and the CLI compose them);
 * - botbuilder only in the Teams adapter, Bolt only in the Slack adapter, no channel code in the core or the features;
 * - the core the terminal chat and the tools build (src/app/core.ts) loads no platform library and no web server;
 * - no file in src/ or dialogs/ over 600 lines.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

const IMPORT = /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The project file a relative import names, or undefined for a package. */
function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const abs = resolve(dirname(from), spec).replace(/\.js$/, '.ts');
  return existsSync(abs) ? abs : undefined;
}

const all = [...files(join(root, 'src')), ...files(join(root, 'dialogs'))];
const rel = (f: string) => relative(root, f);
const graph = new Map<string, string[]>(all.map((f) => [rel(f), importsOf(f).flatMap((s) => resolveImport(f, s) ?? []).map(rel)]));

/** Strongly connected groups of more than one node (or a node that imports itself): the circles. */
export function circles(edges: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (edges.get(v) ?? []).includes(v)) out.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** A file's room: a folder of the engine (src/core, src/store, …) or a feature (dialogs/checkins, …). */
function room(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'dialogs') return parts.length > 2 ? `dialogs/${parts[1]}` : 'dialogs';
  return parts.length > 2 ? `src/${parts[1]}` : file.replace(/\.ts$/, '');
}

function roomGraph(): Map<string, string[]> {
  const rooms = new Map<string, Set<string>>();
  for (const [from, tos] of graph) {
    const a = room(from);
    if (!rooms.has(a)) rooms.set(a, new Set());
    for (const to of tos) if (room(to) !== a) rooms.get(a)!.add(room(to));
  }
  return new Map([...rooms].map(([k, v]) => [k, [...v]]));
}

describe('architecture', () => {
  it('finds the files it checks', () => {
    expect(all.length).toBeGreaterThan(10);
    expect(all.some((f) => f.includes('/src/core/'))).toBe(true);
    expect(all.some((f) => f.includes('/dialogs/'))).toBe(true);
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
  });

  it('finds a circle when there is one', () => {
    const made = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(made)).toEqual([['a', 'b', 'c']]);
    expect(circles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('has no import circle between files', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('has no import circle between the folders of the engine, or between features', () => {
    expect(circles(roomGraph())).toEqual([]);
  });

  it('keeps the engine in src/ free of features: only the app wiring and the CLI import dialogs/', () => {
    const wrong: string[] = [];
    for (const [from, tos] of graph) {
      if (!from.startsWith('src/') || from.startsWith('src/app/') || from.startsWith('src/cli/') || from === 'src/cli.ts') continue;
      for (const to of tos) if (to.startsWith('dialogs/')) wrong.push(`${from} imports ${to}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lets a feature reach another only through its folder, never the feature list', () => {
    const wrong: string[] = [];
    for (const [from, tos] of graph) {
      if (!from.startsWith('dialogs/')) continue;
      for (const to of tos) if (to === 'dialogs/index.ts') wrong.push(`${from} imports the feature list`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps botbuilder inside the Teams adapter and Bolt inside the Slack adapter', () => {
    const wrong: string[] = [];
    for (const f of all) {
      const r = rel(f);
      for (const spec of importsOf(f)) {
        if (/^botbuilder|^botframework/.test(spec) && !r.startsWith('src/channels/teams/')) wrong.push(`${r} imports ${spec}`);
        if (/^@slack\/(bolt|web-api|socket-mode)/.test(spec) && !r.startsWith('src/channels/slack/')) wrong.push(`${r} imports ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the core and the features free of any channel code', () => {
    const wrong: string[] = [];
    for (const f of all) {
      const r = rel(f);
      if (!r.startsWith('src/core/') && !r.startsWith('dialogs/')) continue;
      for (const spec of importsOf(f)) {
        if (/^botbuilder|^botframework|^@slack\/|^restify|channels\//.test(spec)) wrong.push(`${r} imports ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('builds the core for the chat and the tools without loading a platform library or the web server', () => {
    // Only imports that load when the file loads count: a dynamic import() loads on use.
    const STATIC = /^\s*(?:import|export)\s(?!type\s)[^'"]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
    const staticImports = (f: string) => [...readFileSync(join(root, f), 'utf8').matchAll(STATIC)].map((m) => m[1] ?? m[2] ?? '');
    const loaded = new Set<string>();
    const packages = new Set<string>();
    const visit = (f: string) => {
      if (loaded.has(f)) return;
      loaded.add(f);
      for (const spec of staticImports(f)) {
        const file = resolveImport(join(root, f), spec);
        if (file) visit(rel(file));
        else if (!spec.startsWith('.')) packages.add(spec);
      }
    };
    visit('src/app/core.ts');
    expect(loaded.size).toBeGreaterThan(20);
    expect([...packages].filter((p) => /^botbuilder|^botframework|^@slack\/|^restify/.test(p))).toEqual([]);
    expect([...loaded].filter((f) => f.startsWith('src/channels/teams/') || f.startsWith('src/channels/slack/') || f === 'src/server.ts')).toEqual([]);
  });

  it('keeps every file in src/ and dialogs/ to 600 lines or fewer', () => {
    const long = all.map((f) => ({ f: rel(f), n: readFileSync(f, 'utf8').split('\n').length })).filter((x) => x.n > 600);
    expect(long.map((x) => `${x.f}: ${x.n} lines`)).toEqual([]);
  });

  it('never depends on botbuilder-dialogs', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('botbuilder-dialogs');
  });
});
