/**
 * Start-up shortcut: content that passed every check is kept, normalised, in
 * a cache file named by a hash of the content files' paths and bytes and of
 * the loader's own code. The next start with the same content and the same
 * version reads that file instead of parsing and checking the YAML again.
 * Any change to a content file, or to the loader, gives a new hash, so the
 * full check runs again; a damaged or unreadable cache is ignored.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listYamlFiles } from './files.js';
import type { LoadOptions } from './load.js';
import { checkWording, readWording } from './wording.js';
import { ContentError, type ContentProblem } from './model.js';
import type { Content } from './model.js';

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

/** Like loadContent, but reuses the checked result of identical content. */
export async function loadContentCached(dir: string, cacheDir: string = defaultCacheDir(), opts: LoadOptions = {}): Promise<Content> {
  const root = resolve(dir);
  const hash = await contentHash(root).catch(() => undefined);
  const file = hash ? join(cacheDir, `${hash}.json`) : undefined;
  if (file) {
    try {
      const c = JSON.parse(await readFile(file, 'utf8')) as Cached;
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
  if (file) {
    try {
      await mkdir(cacheDir, { recursive: true, mode: 0o700 });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(flatten(content)), { mode: 0o600 });
      await rename(tmp, file);
    } catch {
      // A read-only temporary folder only costs the shortcut.
    }
  }
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
