import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContentCached, loaderModules } from '../../src/content/cache.js';
import { loadContent } from '../../src/content/load.js';
import { ContentError } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

describe('content cache', () => {
  let dir: string;
  let content: string;
  let cache: string;
  beforeEach(async () => {
    dir = await tempDir();
    content = join(dir, 'content');
    cache = join(dir, 'cache');
    await cp(defaultContentDir, content, { recursive: true });
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('gives exactly what a full check gives, first and second time', async () => {
    const fresh = await loadContent(content);
    const first = await loadContentCached(content, cache);
    expect((await readdir(cache)).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const second = await loadContentCached(content, cache);
    for (const c of [first, second]) {
      expect([...c.roles]).toEqual([...fresh.roles]);
      expect([...c.requirements]).toEqual([...fresh.requirements]);
      expect([...c.programmes]).toEqual([...fresh.programmes]);
      expect(c.routes).toEqual(fresh.routes);
      expect(c.resources).toEqual(fresh.resources);
      expect(c.notes).toEqual(fresh.notes);
      expect(c.signposting).toEqual(fresh.signposting);
      expect([...c.bankHolidays]).toEqual([...fresh.bankHolidays]);
    }
  });

  it('checks again when a content file changes, and still refuses broken content', async () => {
    await loadContentCached(content, cache);
    const file = join(content, 'notes.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}\n  - id: Not An Id\n`);
    await expect(loadContentCached(content, cache)).rejects.toThrow(ContentError);
  });

  it('ignores a damaged cache file', async () => {
    await loadContentCached(content, cache);
    const [name] = (await readdir(cache)).filter((f) => f.endsWith('.json'));
    await writeFile(join(cache, name!), '{"format":1,"roles":');
    const c = await loadContentCached(content, cache);
    expect(c.roles.size).toBeGreaterThan(30);
  });

  it('works when the cache folder cannot be written', async () => {
    await mkdir(join(dir, 'blocked'));
    await writeFile(join(dir, 'blocked', 'cache'), 'a file, not a folder');
    const c = await loadContentCached(content, join(dir, 'blocked', 'cache'));
    expect(c.roles.size).toBeGreaterThan(30);
  });

  it('hashes every module of the loader, so a change to any of them re-checks the content', async () => {
    const names = (await loaderModules()).map((f) => basename(f));
    for (const m of ['load.ts', 'schema.ts', 'yaml.ts', 'validate.ts', 'problems.ts', 'cross-check.ts', 'programme-check.ts', 'normalise.ts']) {
      expect(names).toContain(m);
    }
    expect(names).toEqual([...names].sort());
  });
});
