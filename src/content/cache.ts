/**
 * Start-up shortcut: content that passed every check is kept, normalised, in
 * a cache file named by a hash of the content files' paths and bytes and of
 * the loader's own code. The next start with the same content and the same
 * version reads that file instead of parsing and checking the YAML again.
 * Any change to a content file, or to the loader, gives a new hash, so the
 * full check runs again; a damaged or unreadable cache is ignored.
 *
 * The build (`npm run build`, which `npm install` runs) writes the caches for
 * the shipped content into `dist/cache` (src/cli/prepare-caches.ts), so a fresh
 * install starts as fast as a restart. That folder is only read: content a
 * trust has changed has another hash, is checked in full and cached in the
 * temporary folder.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listYamlFiles } from './files.js';
import type { LoadOptions } from './load.js';
import { checkWording, readWording } from './wording.js';
import { ContentError, type ContentProblem } from './model.js';
import type { Content } from './model.js';
import { shippedCacheDir } from '../paths.js';
import { readCacheFile, writeCacheFile } from '../cache-files.js';

const FORMAT = 3;

interface Cached {
  format: number;
  roles: Array<[string, unknown]>;
  requirements: Array<[string, unknown]>;
  programmes: Array<[string, unknown]>;
  routes: unknown[];
  resources: unknown[];
  notes: unknown[];
  signposting: unknown;
  bankHolidays: string[];
  understanding: unknown;
  intentExamples: unknown;
  outOfScope: unknown;
  glossary: unknown;
}

async function contentHash(root: string): Promise<string | undefined> {
  const files = await listYamlFiles(root, []);
  if (!files) return undefined;
  const h = createHash('sha256');
  h.update(`format ${FORMAT}\n`);
  // The loader's own code: a new version re-checks even unchanged content.
  for (const f of await loaderModules()) {
    h.update(`\n${basename(f)}\n`);
    h.update(await readFile(f));
  }
  for (const f of files) {
    h.update(`\n${relative(root, f).split(sep).join('/')}\n`);
    h.update(await readFile(f));
  }
  return h.digest('hex');
}

/**
 * The loader's modules (every module of this folder: the schema, the checks,
 * the normalisation), sorted, so a change to any of them re-checks the content.
 * Modules outside it (the edit distance) only shape the suggestions in
 * problems, and content with problems is never cached.
 */
export async function loaderModules(): Promise<string[]> {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const names = (await readdir(dir)).filter((n) => n.endsWith(ext) && !n.endsWith('.d.ts')).sort();
  return names.map((n) => join(dir, n));
}

export function defaultCacheDir(): string {
  return join(tmpdir(), 'career-companion-content-cache');
}

export interface CacheOptions {
  /** A folder of caches to read first and never write: by default the one the build made (dist/cache). */
  shipped?: string | undefined;
  /** Files and folders written readable by all (the build's); otherwise by this user only. */
  shared?: boolean;
}

/** Like loadContent, but reuses the checked result of identical content. */
export async function loadContentCached(dir: string, cacheDir: string = defaultCacheDir(), opts: LoadOptions = {}, cache: CacheOptions = {}): Promise<Content> {
  const root = resolve(dir);
  const hash = await contentHash(root).catch(() => undefined);
  const name = hash ? `${hash}.json` : undefined;
  const shipped = 'shipped' in cache ? cache.shipped : shippedCacheDir;
  if (name) {
    try {
      const text = await readCacheFile([shipped, cacheDir], name);
      if (text === undefined) throw new Error('No cache yet');
      const c = JSON.parse(text) as Cached;
      if (c.format === FORMAT) {
        // The wording is small and read afresh, so that it is always checked against this version's specs.
        const problems: ContentProblem[] = [];
        const wording = await readWording(root, problems);
        if (opts.wording) problems.push(...checkWording(wording, opts.wording));
        if (problems.length > 0) throw new ContentError(root, problems);
        return revive(root, c, wording);
      }
    } catch {
      // No cache yet, or a damaged one: check the content in full.
    }
  }
  // The loader (both YAML parsers and every check) is imported only now, so a
  // start with a usable cache does not load it at all.
  const { loadContent } = await import('./load.js');
  const content = await loadContent(root, opts);
  if (name) await writeCacheFile(cacheDir, name, JSON.stringify(flatten(content)), cache.shared);
  return content;
}

function flatten(c: Content): Cached {
  return {
    format: FORMAT,
    roles: [...c.roles],
    requirements: [...c.requirements],
    programmes: [...c.programmes],
    routes: c.routes,
    resources: c.resources,
    notes: c.notes,
    signposting: c.signposting,
    bankHolidays: [...c.bankHolidays],
    understanding: c.understanding,
    intentExamples: c.intentExamples,
    outOfScope: c.outOfScope,
    glossary: c.glossary,
  };
}

function revive(dir: string, c: Cached, wording: Content['wording']): Content {
  return {
    dir,
    roles: new Map(c.roles) as Content['roles'],
    requirements: new Map(c.requirements) as Content['requirements'],
    programmes: new Map(c.programmes) as Content['programmes'],
    routes: c.routes as Content['routes'],
    resources: c.resources as Content['resources'],
    notes: c.notes as Content['notes'],
    signposting: c.signposting as Content['signposting'],
    bankHolidays: new Set(c.bankHolidays),
    understanding: c.understanding as Content['understanding'],
    intentExamples: c.intentExamples as Content['intentExamples'],
    outOfScope: c.outOfScope as Content['outOfScope'],
    glossary: c.glossary as Content['glossary'],
    wording,
  };
}
