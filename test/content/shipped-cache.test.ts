/**
 * The start-up caches the build makes for the shipped content (dist/cache):
 * used when the content and code match, never when a trust has changed what
 * they were made from, never written to, and ignored when damaged.
 */
import { execFileSync } from 'node:child_process';
import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentCached } from '../../src/content/cache.js';
import { prepareCaches } from '../../src/cli/prepare-caches.js';
import { wordingSpecs } from '../../src/app/wording.js';
import { intentModel, prepareIntentModel } from '../../src/knowledge/understand/intent-model.js';
import { LinearModel } from '../../src/knowledge/understand/linear-model.js';
import { readingsFromJson } from '../../src/knowledge/understand/example-readings.js';
import { defaultContentDir, packageRoot, shippedCacheDir } from '../../src/paths.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

const listing = async (d: string) => (await readdir(d).catch(() => [] as string[])).sort();
const modelFile = async (d: string) => (await listing(d)).find((f) => f.startsWith('intent-model-'));
const readingsFile = async (d: string) => (await listing(d)).find((f) => f.startsWith('intent-readings-'));

describe("the build's start-up caches", () => {
  let dir: string;
  let content: string;
  let shipped: string;
  let shippedFiles: string[];
  beforeAll(async () => {
    dir = await tempDir();
    content = join(dir, 'content');
    shipped = join(dir, 'shipped');
    await cp(defaultContentDir, content, { recursive: true });
    await prepareCaches(content, shipped);
    shippedFiles = await listing(shipped);
  }, 60_000);
  afterAll(async () => {
    await removeDir(dir);
  });

  /** Loads the content and makes its understanding ready as the server does, with an empty temporary folder. */
  async function start(contentDir: string, tmp: string, from = shipped) {
    const c = await loadContentCached(contentDir, tmp, { wording: wordingSpecs() }, { shipped: from });
    await prepareIntentModel(c, tmp, { shipped: from });
    return c;
  }

  it("holds the checked content, the trained model and the examples' readings, readable by every user", async () => {
    expect(shippedFiles).toHaveLength(3);
    expect(shippedFiles.filter((f) => f.startsWith('intent-model-'))).toHaveLength(1);
    expect(shippedFiles.filter((f) => f.startsWith('intent-readings-'))).toHaveLength(1);
    for (const f of shippedFiles) expect((await stat(join(shipped, f))).mode & 0o444).toBe(0o444);
  });

  it('is used for the same content: nothing is checked, trained or written at start-up', async () => {
    const tmp = join(dir, 'tmp-same');
    const c = await start(content, tmp);
    expect(await listing(tmp)).toEqual([]);
    const stored = LinearModel.fromBytes(await readFile(join(shipped, (await modelFile(shipped))!)));
    expect(intentModel(c).store()).toEqual(stored.store());
  });

  it('is not used for content with an intent example added: the content is checked and the model trained, in the temporary folder', async () => {
    const edited = join(dir, 'content-edited');
    await cp(content, edited, { recursive: true });
    const file = join(edited, 'intents.yaml');
    const text = await readFile(file, 'utf8');
    const changed = text.replace(/^ {2}pathway:\n/m, '  pathway:\n    - "what would a plumber need to become a nursing associate"\n');
    expect(changed).not.toBe(text);
    await writeFile(file, changed);
    const tmp = join(dir, 'tmp-edited');
    const c = await start(edited, tmp);
    expect(c.intentExamples.pathway).toContain('what would a plumber need to become a nursing associate');
    const written = await modelFile(tmp);
    expect(written).toBeDefined();
    expect(written).not.toBe(await modelFile(shipped));
    expect(intentModel(c).store()).toEqual(LinearModel.fromBytes(await readFile(join(tmp, written!))).store());
    // The grammar is the same, so the other examples' readings came from the build's folder; the new one is kept beside them.
    const readings = await readingsFile(tmp);
    expect(readings).toBe(await readingsFile(shipped));
    const kept = readingsFromJson(await readFile(join(tmp, readings!), 'utf8'));
    expect(kept.has('what would a plumber need to become a nursing associate')).toBe(true);
    expect(kept.size).toBe(readingsFromJson(await readFile(join(shipped, readings!), 'utf8')).size + 1);
    // The model trained from kept readings is the one a start with no cache at all trains.
    const none = join(dir, 'no-build-cache');
    const fresh = await start(edited, join(dir, 'tmp-edited-fresh'), none);
    expect(intentModel(fresh).store()).toEqual(intentModel(c).store());
    // The build's folder is only read.
    expect(await listing(shipped)).toEqual(shippedFiles);
  }, 60_000);

  it('is not used for content with a job described in new words: the grammar reads them while training, so the model is trained afresh', async () => {
    const edited = join(dir, 'content-described');
    await cp(content, edited, { recursive: true });
    const file = join(edited, 'roles', 'allied-health-more.yaml');
    const text = await readFile(file, 'utf8');
    const changed = text.replace('describedBy: ["use art to help people express feelings"', 'describedBy: ["help people heal through painting", "use art to help people express feelings"');
    expect(changed).not.toBe(text);
    await writeFile(file, changed);
    const tmp = join(dir, 'tmp-described');
    await start(edited, tmp);
    const written = await modelFile(tmp);
    expect(written).toBeDefined();
    expect(written).not.toBe(await modelFile(shipped));
    // Every example was read again: the readings are kept under the new grammar's name.
    expect(await readingsFile(tmp)).toBeDefined();
    expect(await readingsFile(tmp)).not.toBe(await readingsFile(shipped));
  }, 60_000);

  it('gives the model, but not the checked content, for content changed only where the model does not look', async () => {
    const edited = join(dir, 'content-comment');
    await cp(content, edited, { recursive: true });
    const file = join(edited, 'notes.yaml');
    await writeFile(file, `# A comment a trust added.\n${await readFile(file, 'utf8')}`);
    const tmp = join(dir, 'tmp-comment');
    await start(edited, tmp);
    const files = await listing(tmp);
    expect(files).toHaveLength(1);
    expect(files[0]).not.toMatch(/^intent-model-/);
  });

  it('is ignored when damaged: the model is trained and kept in the temporary folder', async () => {
    const damaged = join(dir, 'damaged');
    await cp(shipped, damaged, { recursive: true });
    const name = (await modelFile(shipped))!;
    const whole = await readFile(join(shipped, name));
    await writeFile(join(damaged, name), whole.subarray(0, whole.length - 8));
    const tmp = join(dir, 'tmp-damaged');
    const c = await start(content, tmp, damaged);
    expect(await modelFile(tmp)).toBe(await modelFile(shipped));
    expect(intentModel(c).labels.length).toBeGreaterThan(5);
  }, 60_000);

  it("reads every example afresh when the kept readings are damaged, and trains the same model", async () => {
    const damaged = join(dir, 'damaged-readings');
    await cp(shipped, damaged, { recursive: true });
    await rm(join(damaged, (await modelFile(shipped))!));
    const name = (await readingsFile(shipped))!;
    const whole = await readFile(join(shipped, name), 'utf8');
    await writeFile(join(damaged, name), whole.slice(0, whole.length / 2));
    const tmp = join(dir, 'tmp-damaged-readings');
    const c = await start(content, tmp, damaged);
    expect(await readFile(join(tmp, name), 'utf8')).toBe(whole);
    expect(intentModel(c).store()).toEqual(LinearModel.fromBytes(await readFile(join(shipped, (await modelFile(shipped))!))).store());
  }, 60_000);
});

describe('npm run build', () => {
  let tmp: string;
  afterAll(async () => {
    await removeDir(tmp);
  });

  it('leaves caches in dist/cache that the built server uses for the shipped content', async () => {
    tmp = await tempDir();
    expect((await listing(shippedCacheDir)).length).toBeGreaterThanOrEqual(2);
    // The built code, in a process of its own, as `npm start` runs it, with an empty temporary folder.
    const mod = (p: string) => JSON.stringify(pathToFileURL(join(packageRoot, 'dist', p)).href);
    const script = `
      const { loadContentCached } = await import(${mod('src/content/cache.js')});
      const { wordingSpecs } = await import(${mod('src/app/wording.js')});
      const { prepareIntentModel } = await import(${mod('src/knowledge/understand/intent-model.js')});
      const content = await loadContentCached(${JSON.stringify(defaultContentDir)}, ${JSON.stringify(tmp)}, { wording: wordingSpecs() });
      await prepareIntentModel(content, ${JSON.stringify(tmp)});`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(await listing(tmp)).toEqual([]);
  }, 60_000);
});
