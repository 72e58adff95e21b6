/**
 * Libraries the server needs only now and then are loaded when first needed,
 * not at start-up, so they cost no memory in a server that does not use them:
 * resvg (PNG pictures of a route) when a picture is first drawn, of
 * chrono-node (reading dates) its English alone, when a date is first read,
 * and the YAML reader that knows line numbers only to explain a problem in
 * the wording (a start with the build's caches reads the wording without it).
 * Checked in a process of its own, on the built code, as `npm start` runs it.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultContentDir, packageRoot } from '../../src/paths.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

interface Loaded {
  afterStartup: { resvg: boolean; chronoLocales: string[]; yaml: boolean; roles: number };
  afterDate: { resvg: boolean; chronoLocales: string[]; date: string | undefined };
  afterPicture: { resvg: boolean; png: boolean };
}

function run(tmp: string): Loaded {
  const mod = (p: string) => JSON.stringify(pathToFileURL(join(packageRoot, 'dist', p)).href);
  const script = `
    import { createRequire } from 'node:module';
    const require = createRequire(import.meta.url);
    const loaded = () => {
      const files = Object.keys(require.cache);
      const locales = new Set(files.flatMap((f) => f.match(/chrono-node\\/dist\\/cjs\\/locales\\/([a-z]+)\\//)?.[1] ?? []));
      return { resvg: files.some((f) => f.includes('@resvg')), chronoLocales: [...locales].sort(), yaml: files.some((f) => f.includes('node_modules/yaml/')) };
    };
    // Every module the server loads at start-up, and the content read as it starts (the build's caches, the wording).
    await import(${mod('src/app/app.js')});
    const { loadContentCached } = await import(${mod('src/content/cache.js')});
    const { wordingSpecs } = await import(${mod('src/app/wording.js')});
    const content = await loadContentCached(${JSON.stringify(defaultContentDir)}, process.env.CC_TMP, { wording: wordingSpecs() });
    const afterStartup = { ...loaded(), roles: content.roles.size };
    const { parseDate } = await import(${mod('src/time/parse.js')});
    const date = parseDate('3 March', '2026-12-06', 'start')?.date;
    const { resvg, chronoLocales } = loaded();
    const afterDate = { resvg, chronoLocales, date };
    const { svgToPng } = await import(${mod('src/web/timeline-png.js')});
    const png = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="red"/></svg>', 1);
    const afterPicture = { resvg: loaded().resvg, png: png.subarray(1, 4).toString() === 'PNG' };
    process.stdout.write(JSON.stringify({ afterStartup, afterDate, afterPicture }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, CC_TMP: tmp } })) as Loaded;
}

describe('libraries loaded when first needed', () => {
  it('loads resvg only to draw a picture, only English of the date reader when a date is read, and no line-numbering YAML reader', async () => {
    const tmp = await tempDir();
    let r: Loaded;
    try {
      r = run(tmp);
    } finally {
      await removeDir(tmp);
    }
    expect(r.afterStartup).toEqual({ resvg: false, chronoLocales: [], yaml: false, roles: expect.any(Number) });
    expect(r.afterStartup.roles).toBeGreaterThan(30);
    expect(r.afterDate).toEqual({ resvg: false, chronoLocales: ['en'], date: '2027-03-03' });
    expect(r.afterPicture).toEqual({ resvg: true, png: true });
  }, 60_000);
});
