/**
 * Run at the end of `npm run build` (so by `npm install` and `npm ci`, whose
 * prepare script builds): checks the shipped content in full and trains its
 * intent model, and keeps both in dist/cache. The server reads that folder
 * before the temporary folder, so a fresh install starts without checking the
 * content or training the model (about 2 s saved on the first start).
 *
 * The caches are named by a hash of the content and of the code that reads it,
 * so content a trust has changed does not match them: it is checked and the
 * model trained at its first start, then kept in the temporary folder.
 *
 * Content with problems builds no cache and does not fail the build: the
 * server reports the problems when it starts, as it would without this step.
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadContentCached } from '../content/cache.js';
import { ContentError } from '../content/model.js';
import { prepareIntentModel } from '../knowledge/understand/intent-model.js';
import { wordingSpecs } from '../app/wording.js';
import { defaultContentDir, shippedCacheDir } from '../paths.js';

/** Empties `outDir`, then writes the checked content and the trained model of `contentDir` into it. */
export async function prepareCaches(contentDir: string = defaultContentDir, outDir: string = shippedCacheDir): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  const content = await loadContentCached(contentDir, outDir, { wording: wordingSpecs() }, { shipped: undefined, shared: true });
  await prepareIntentModel(content, outDir, { shipped: undefined, shared: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  prepareCaches().then(
    () => process.stdout.write(`Start-up caches for the shipped content written to ${shippedCacheDir} (${Math.round(performance.now() - started)} ms).\n`),
    (err: unknown) => {
      // Not fatal: the server checks the content (and says what is wrong) when it starts.
      const why = err instanceof ContentError ? 'the content has problems (run "career-companion content check")' : err instanceof Error ? err.message : String(err);
      process.stderr.write(`No start-up caches built: ${why}.\n`);
    },
  );
}
