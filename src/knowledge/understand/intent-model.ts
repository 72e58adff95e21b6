/**
 * The learned part of question understanding: a model of which kind of question
 * a message is, trained on the content's example messages (content/intents.yaml)
 * over the features of features.ts.
 *
 * Training takes a few seconds, so the trained model is kept in a cache file
 * named by a hash of everything it depends on (the examples, the understanding
 * words, the roles, the other content whose words the grammar reads, and this
 * code); a start with the same content reads it instead. Training has no randomness: the same content gives the same model.
 * Beside it, the examples' readings are kept under a hash of the grammar alone
 * (example-readings.ts), so content with only its examples changed trains
 * without reading the others through the grammar again.
 * The build writes both for the shipped content into dist/cache
 * (src/cli/prepare-caches.ts), which is read first and never written.
 * Training runs in child processes where it can (train-in-processes.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordListPath from 'word-list';
import type { Content, IntentExamples, Role } from '../../content/model.js';
import { ROADMAP_AREAS, type RoadmapArea } from '../../content/schema.js';
import type { Intent } from './intents.js';
import { LinearModel, TrainingRows } from './linear-model.js';
import { questionFeatures, type FeatureInput } from './features.js';
import { warmEnglishWords } from '../../text/english-words.js';
import { readExamples, readingsFromJson, readingsToJson, type StoredReading } from './example-readings.js';
import { roleLike } from './similar.js';
import { textWords } from './roles-index.js';
import { findCacheFile, readCacheBytes, readCacheFile, writeCacheFile } from '../../cache-files.js';
import { trainInProcesses } from './train-in-processes.js';
import { shippedCacheDir } from '../../paths.js';

/** A model label: an intent, or `resources:<area>` for learning in one area. */
export function labelOf(intent: Intent, area: RoadmapArea | null): string {
  return intent === 'resources' && area ? `resources:${area}` : intent;
}

export function readLabel(label: string): { intent: Intent; area: RoadmapArea | null } {
  const [intent, area] = label.split(':') as [Intent, RoadmapArea | undefined];
  return { intent, area: area && (ROADMAP_AREAS as readonly string[]).includes(area) ? area : null };
}

/** Every example with its label, in the order written. */
export function labelledExamples(examples: IntentExamples): Array<{ text: string; label: string }> {
  const out: Array<{ text: string; label: string }> = [];
  for (const [intent, value] of Object.entries(examples)) {
    if (Array.isArray(value)) for (const text of value) out.push({ text, label: intent });
    else for (const [area, texts] of Object.entries(value as Record<string, string[] | undefined>)) for (const text of texts ?? []) out.push({ text, label: area === 'any' ? 'resources' : `resources:${area}` });
  }
  return out;
}

const models = new WeakMap<Content, LinearModel>();

/** Passes over the examples: chosen on the dev split (96.9% intent at 10, 96.6% at 12, 96.3% at 8), the fewest that lose nothing there. */
const EPOCHS = 10;

/**
 * Trains the model on the content's examples. Each example is read through the
 * grammar, unless `kept` holds its reading already (example-readings.ts: same
 * grammar, same reading); the readings used come back in `readings`.
 */
export function trainIntentModel(content: Content, kept: ReadonlyMap<string, StoredReading> = new Map()): { model: LinearModel; readings: Map<string, StoredReading>; readAfresh: number } {
  const labelled = labelledExamples(content.intentExamples);
  const { readings, out, readAfresh } = readExamples(content, labelled.map((e) => e.text), kept);
  const rows = new TrainingRows();
  addRows(rows, labelled, readings);
  return { model: learn(rows), readings: out, readAfresh };
}

/** Each example's features into the trainer's rows, in order, as they are made, so the maps do not all wait for training. */
export function addRows(rows: TrainingRows, labelled: ReadonlyArray<{ text: string; label: string }>, readings: readonly FeatureInput[]): void {
  labelled.forEach((e, i) => rows.add(questionFeatures(readings[i]!, e.text), e.label));
}

/** The model from the examples' rows (all of them, in the order written). */
export function learn(rows: TrainingRows): LinearModel {
  return LinearModel.trainOn(rows, { epochs: EPOCHS });
}

/** The model for this content: already made, or trained now (a few seconds). */
export function intentModel(content: Content): LinearModel {
  let m = models.get(content);
  if (!m) {
    m = trainIntentModel(content).model;
    models.set(content, m);
  }
  return m;
}

/** The code the model depends on, read once: a new version of it trains afresh. */
let codeHash: string | undefined;
function ownCode(): string {
  if (!codeHash) {
    // Every file of the understanding: any of them can change what the model is trained on.
    const h = createHash('sha256');
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    const dir = fileURLToPath(new URL('.', import.meta.url));
    for (const f of readdirSync(dir).filter((n) => n.endsWith(ext)).sort()) h.update(f).update(readFileSync(join(dir, f)));
    // And the word list the typo corrector trusts.
    h.update(readFileSync(wordListPath));
    codeHash = h.digest('hex');
  }
  return codeHash;
}

/**
 * Everything the grammar reads besides the message: the same key, the same reading
 * of every example (example-readings.ts). Of the roles, what the grammar reads of
 * them (their caveats only as known words); of routes, requirements, resources and
 * notes, only the words their texts add to the typo corrector's known words
 * (roles-index.ts). So a trust that changes a link, a source, a duration or a
 * sum of money keeps the model it has; a new word, or a changed role, trains afresh.
 */
export function grammarKey(content: Content): string {
  const h = createHash('sha256');
  h.update(ownCode());
  h.update(JSON.stringify(content.understanding));
  h.update(JSON.stringify([...content.roles.values()].map(grammarPart)));
  // (Not words with a digit in them, "£5,000" or "18 months": the typo corrector never looks one up.)
  h.update(JSON.stringify([...textWords(content)].filter((w) => !/\d/.test(w)).sort()));
  return h.digest('hex');
}

/** A role less what the grammar never reads: its sources, entry requirements, pay framework, whether its band varies or is unconfirmed, the regulator's name and address (only whether there is one), and its caveats (whose words are in textWords). */
function grammarPart(role: Role): unknown {
  const { sources: _s, entry: _e, payFramework: _p, bandVaries: _v, bandsUnconfirmed: _u, caveats: _c, regulator, ...read } = role;
  return { ...read, regulated: regulator !== null };
}

/** The grammar and the examples: everything the model is trained from, so a cached model is the one this content trains. */
function modelKey(content: Content, grammar: string): string {
  return createHash('sha256').update(grammar).update(JSON.stringify(content.intentExamples)).digest('hex');
}

export function defaultModelCacheDir(): string {
  return join(tmpdir(), 'career-companion-content-cache');
}

/**
 * Makes the understanding ready before the first question. The model comes from
 * a cache file when the content and code are the same (the build's first, then
 * the temporary folder's), otherwise it is trained now and saved in `cacheDir`
 * for next time. A cache that cannot be read or written only costs the shortcut.
 */
export async function prepareIntentModel(content: Content, cacheDir: string = defaultModelCacheDir(), opts: { shipped?: string | undefined; shared?: boolean } = {}): Promise<void> {
  // The typo corrector's word list and the roles' texts too, so the first question does not wait for them.
  warmEnglishWords();
  roleLike(content, []);
  if (models.has(content)) return;
  const grammar = grammarKey(content);
  // Bytes rather than JSON: it loads in a few milliseconds and leaves almost nothing to collect.
  const name = `intent-model-${modelKey(content, grammar)}.bin`;
  const shipped = 'shipped' in opts ? opts.shipped : shippedCacheDir;
  const dirs = [shipped, cacheDir];
  try {
    const bytes = await readCacheBytes(dirs, name);
    if (bytes !== undefined) {
      models.set(content, LinearModel.fromBytes(bytes));
      return;
    }
  } catch {
    // A damaged cache file: train afresh.
  }
  // The examples' readings from an earlier training with the same grammar (a trust changed only examples): only new ones are read.
  const readingsName = `intent-readings-${grammar}.json`;
  const off = await trainInProcesses(content, labelledExamples(content.intentExamples).length, await findCacheFile(dirs, readingsName));
  if (off) {
    models.set(content, LinearModel.fromBytes(off.bytes));
    await writeCacheFile(cacheDir, name, off.bytes, opts.shared);
    if (off.readingsJson !== null) await writeCacheFile(cacheDir, readingsName, off.readingsJson, opts.shared);
    return;
  }
  const kept = readingsFromJson((await readCacheFile(dirs, readingsName)) ?? '');
  const { model, readings, readAfresh } = trainIntentModel(content, kept);
  const bytes = model.toBytes();
  // The model as its cache file holds it, so this start answers as the next start (from the cache) will.
  models.set(content, LinearModel.fromBytes(bytes));
  await writeCacheFile(cacheDir, name, bytes, opts.shared);
  if (readAfresh > 0) await writeCacheFile(cacheDir, readingsName, readingsToJson(readings), opts.shared);
}
