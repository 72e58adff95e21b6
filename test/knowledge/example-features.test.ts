/**
 * Reading the intent examples in two threads (example-features.ts) gives the
 * same features, in the same order, as reading them in one, so the model is the
 * same byte for byte; and a worker that stops part way loses nothing. Run on the
 * build in dist/, since a worker thread cannot load TypeScript sources.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/model.js';
import { defaultContentDir, packageRoot } from '../../src/paths.js';

type Built = {
  load: typeof import('../../src/content/load.js');
  features: typeof import('../../src/knowledge/understand/example-features.js');
  model: typeof import('../../src/knowledge/understand/intent-model.js');
};
const built = async (): Promise<Built> => {
  const at = (p: string) => import(pathToFileURL(join(packageRoot, 'dist', 'src', p)).href);
  return { load: await at('content/load.js'), features: await at('knowledge/understand/example-features.js'), model: await at('knowledge/understand/intent-model.js') };
};
const entries = (fs: ReadonlyArray<Map<string, number>>) => fs.map((f) => [...f.entries()]);

describe('reading the intent examples in two threads', () => {
  let b: Built;
  let content: Content;
  beforeAll(async () => {
    b = await built();
    content = await b.load.loadContent(defaultContentDir);
  }, 60_000);

  it('trains the same model, byte for byte, as one thread', async () => {
    const shared = await b.model.trainIntentModelShared(content, { threads: 2 });
    const single = b.model.trainIntentModel(content);
    expect(Buffer.compare(shared.toBytes(), single.toBytes())).toBe(0);
  }, 120_000);

  it('reads here what a worker took but did not send back', async () => {
    const texts = b.model.labelledExamples(content.intentExamples).slice(0, 1600).map((e) => e.text);
    const worker = pathToFileURL(join(packageRoot, 'test', 'fixtures', 'worker-stops.mjs'));
    const shared = await b.features.exampleFeaturesShared(content, texts, { threads: 2, worker });
    expect(shared).toHaveLength(texts.length);
    expect(entries(shared)).toEqual(entries(b.features.exampleFeatures(content, texts)));
  }, 60_000);
});
