import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

const IMPORT = /(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

describe('architecture', () => {
  const all = [...files(join(root, 'src')), ...files(join(root, 'dialogs'))];

  it('finds the files it checks', () => {
    expect(all.length).toBeGreaterThan(10);
    expect(all.some((f) => f.includes('/src/core/'))).toBe(true);
    expect(all.some((f) => f.includes('/dialogs/'))).toBe(true);
  });

  it('keeps botbuilder inside the Teams adapter and Bolt inside the Slack adapter', () => {
    const wrong: string[] = [];
    for (const f of all) {
      const rel = relative(root, f);
      for (const spec of importsOf(f)) {
        if (/^botbuilder|^botframework/.test(spec) && !rel.startsWith('src/channels/teams/')) wrong.push(`${rel} imports ${spec}`);
        if (/^@slack\/(bolt|web-api|socket-mode)/.test(spec) && !rel.startsWith('src/channels/slack/')) wrong.push(`${rel} imports ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the core and the dialogs free of any channel code', () => {
    const wrong: string[] = [];
    for (const f of all) {
      const rel = relative(root, f);
      if (!rel.startsWith('src/core/') && !rel.startsWith('dialogs/')) continue;
      for (const spec of importsOf(f)) {
        if (/^botbuilder|^botframework|^@slack\/|^restify|channels\//.test(spec)) wrong.push(`${rel} imports ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never depends on botbuilder-dialogs', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('botbuilder-dialogs');
  });
});
