/**
 * Training shares the reading of its examples with worker threads
 * (src/knowledge/understand/example-features.ts). The workers run the built
 * code (a worker cannot load the TypeScript source), so these tests use dist/,
 * which `npm test` builds first. The model must be the same byte for byte
 * however many workers read, and a worker that cannot start costs only time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/model.js';

type Share = { workers?: number; counts?: { byWorkers: number } };
type Dist = {
  loadContent: (dir: string) => Promise<Content>;
  trainIntentModel: (c: Content, o?: Share) => Promise<{ toBytes(): Buffer }>;
  exampleFeatures: (c: Content, texts: readonly string[], o?: Share) => Promise<Array<Map<string, number>>>;
};

/** A built module, by its path from the package root (a variable path: the type checker does not look for dist/). */
const built = (path: string): Promise<unknown> => import(new URL(`../../${path}`, import.meta.url).href);

/** The shipped content with fewer examples (the first 60 of each kind), so that training takes a moment. */
function smaller(c: Content): Content {
  const cut = (v: unknown): unknown => (Array.isArray(v) ? v.slice(0, 60) : Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, cut(x)])));
  return { ...c, intentExamples: cut(c.intentExamples) as Content['intentExamples'] };
}

describe('training with worker threads', () => {
  let dist: Dist;
  let content: Content;
  let full: Content;
  beforeAll(async () => {
    const load = (await built('dist/src/content/load.js')) as Pick<Dist, 'loadContent'>;
    const model = (await built('dist/src/knowledge/understand/intent-model.js')) as Pick<Dist, 'trainIntentModel'>;
    const features = (await built('dist/src/knowledge/understand/example-features.js')) as Pick<Dist, 'exampleFeatures'>;
    const { defaultContentDir } = await import('../../src/paths.js');
    dist = { ...load, ...model, ...features };
    full = await dist.loadContent(defaultContentDir);
    content = smaller(full);
  }, 60_000);

  it('gives the same model, byte for byte, with no workers, one and two', async () => {
    const alone = (await dist.trainIntentModel(content, { workers: 0 })).toBytes();
    expect(alone.length).toBeGreaterThan(1000);
    expect((await dist.trainIntentModel(content, { workers: 1 })).toBytes().equals(alone)).toBe(true);
    expect((await dist.trainIntentModel(content, { workers: 2 })).toBytes().equals(alone)).toBe(true);
  }, 60_000);

  it('shares the shipped examples with a worker, which reads some of them, and gives the same model as reading alone', async () => {
    const counts = { byWorkers: 0 };
    const shared = (await dist.trainIntentModel(full, { workers: 1, counts })).toBytes();
    expect(counts.byWorkers).toBeGreaterThan(0);
    expect(shared.equals((await dist.trainIntentModel(full, { workers: 0 })).toBytes())).toBe(true);
  }, 120_000);

  it('reads every text once, in order, with what each worker read put back in its place', async () => {
    const texts = ['how do i become a nursing associate', 'delete my data', 'im a band 3 hca what next', 'functional skills maths'];
    const alone = await dist.exampleFeatures(content, texts, { workers: 0 });
    const shared = await dist.exampleFeatures(content, texts, { workers: 2 });
    expect(shared.map((m) => [...m])).toEqual(alone.map((m) => [...m]));
    // Each text's own features: the first has a role feature, the second none.
    expect(alone[0]!.has('role:wanted-cued') || alone[0]!.has('role:wanted')).toBe(true);
    expect(alone[1]!.has('role:wanted') || alone[1]!.has('role:wanted-cued')).toBe(false);
  }, 60_000);

  it('reads here what a worker cannot: content that cannot be sent to one still trains the same model', async () => {
    // A function cannot be copied to a worker, so no worker starts.
    const odd = { ...content, extra: () => 'not copyable' } as Content;
    const alone = (await dist.trainIntentModel(content, { workers: 0 })).toBytes();
    expect((await dist.trainIntentModel(odd, { workers: 2 })).toBytes().equals(alone)).toBe(true);
  }, 60_000);
});
