/**
 * Micro-benchmark for the knowledge layer, for the bench script: content load and
 * validation time; making the understanding ready with no model cache (training
 * the intent model: a cold start) and with one (a warm start), each in a fresh
 * process so nothing is shared; and answer() latency over the labelled messages
 * of the corpus's dev and test splits, 5 times.
 * No assertions here; the caller decides what is fast enough.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../../src/content/load.js';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { defaultContentDir, packageRoot } from '../../src/paths.js';
import { answer } from '../../dialogs/pathway/answer.js';
import { prepareIntentModel } from '../../src/knowledge/understand/intent-model.js';

export interface KnowledgeBench {
  /** Milliseconds to read, validate and cross-check the content folder. */
  loadMs: number;
  /** Milliseconds for the server's content start-up with empty caches: check the content, train the model, save both. */
  coldMs: number;
  /** The same with both caches there: read them. */
  warmMs: number;
  /** The same for content with one intent example added, after the cold start: the content checked in full, the model trained from the other examples' kept readings. */
  examplesChangedMs: number;
  /** The same for content with a resource's link changed, after the cold start: the content checked in full, the model from its cache (the grammar does not read links). */
  linksChangedMs: number;
  /** Median answer() time in microseconds. */
  p50Us: number;
  /** 99th percentile answer() time in microseconds. */
  p99Us: number;
  /** Number of answer() calls measured. */
  questions: number;
}

const ROUNDS = 5;

/** A few questions to use when the labelled phrase set is not shipped (e.g. an installed package). */
const FALLBACK = [
  'how do i become a nursing associate',
  "I'm a band 3 HCA, how do I become an assistant practitioner?",
  'what are my options as a band 2 hca',
  'functional skills maths',
  'wanna be an RN',
  'help me prep for my appraisal',
  'check in',
  'delete my data',
  'hello',
  'how do i become a phsyio',
];

function loadQuestions(): string[] {
  const out: string[] = [];
  for (const split of ['dev', 'test']) {
    const file = join(packageRoot, 'test', 'knowledge', 'corpus', `${split}.jsonl`);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      try {
        const text = (JSON.parse(line) as { text?: unknown }).text;
        if (typeof text === 'string' && text.length > 0) out.push(text);
      } catch {
        // A blank or broken line: skipped.
      }
    }
  }
  return out.length > 0 ? out : FALLBACK;
}

/**
 * The server's start-up work for content, in a fresh process, timed once the code
 * is loaded: the content (from its cache when there is one) and the understanding
 * made ready (the model from its cache, or trained; the word list the typo
 * corrector trusts), with this cache folder for both.
 */
function startTime(contentDir: string, cacheDir: string): number {
  const mod = (p: string) => JSON.stringify(new URL(p, import.meta.url).href);
  const script = `
    const { loadContentCached } = await import(${mod('../../src/content/cache.js')});
    const { wordingSpecs } = await import(${mod('../../src/app/wording.js')});
    const { prepareIntentModel } = await import(${mod('../../src/knowledge/understand/intent-model.js')});
    const t0 = performance.now();
    const content = await loadContentCached(${JSON.stringify(contentDir)}, ${JSON.stringify(cacheDir)}, { wording: wordingSpecs() }, { shipped: undefined });
    await prepareIntentModel(content, ${JSON.stringify(cacheDir)}, { shipped: undefined });
    process.stdout.write(String(performance.now() - t0));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

/** A copy of the content with one more intent example, as a trust teaching a new way of asking would make it. */
export async function editedContent(from: string = defaultContentDir): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cc-bench-content-'));
  await cp(from, dir, { recursive: true });
  const file = join(dir, 'intents.yaml');
  const text = await readFile(file, 'utf8');
  const edited = text.replace(/^  pathway:\n/m, '  pathway:\n    - "how would i get to be a nursing associate"\n');
  if (edited === text) throw new Error('intents.yaml has no pathway: section to add an example to');
  await writeFile(file, edited);
  return dir;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function benchKnowledge(contentDir: string): Promise<KnowledgeBench> {
  const t0 = performance.now();
  const content = await loadContent(contentDir);
  const loadMs = performance.now() - t0;

  const cache = mkdtempSync(join(tmpdir(), 'cc-bench-model-'));
  const edited = await editedContent(contentDir);
  let coldMs: number;
  let warmMs: number;
  let examplesChangedMs: number;
  let linksChangedMs: number;
  const relinked = await linkChangedContent(contentDir);
  try {
    coldMs = startTime(contentDir, cache);
    warmMs = startTime(contentDir, cache);
    examplesChangedMs = startTime(edited, cache);
    linksChangedMs = startTime(relinked, cache);
  } finally {
    rmSync(relinked, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    rmSync(edited, { recursive: true, force: true });
  }
  await prepareIntentModel(content);

  const questions = loadQuestions();
  // One warm-up pass builds the per-content indexes and warms the JIT.
  for (const q of questions) answer(content, q);

  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of questions) {
      const start = process.hrtime.bigint();
      answer(content, q);
      times.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    loadMs: round1(loadMs),
    coldMs: round1(coldMs),
    warmMs: round1(warmMs),
    examplesChangedMs: round1(examplesChangedMs),
    linksChangedMs: round1(linksChangedMs),
    p50Us: round1(percentile(times, 50)),
    p99Us: round1(percentile(times, 99)),
    questions: times.length,
  };
}

/** A copy of the content with a resource's link changed, as a trust keeping its pages up to date would make it. */
async function linkChangedContent(from: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cc-bench-content-'));
  await cp(from, dir, { recursive: true });
  const file = join(dir, 'resources.yaml');
  const text = await readFile(file, 'utf8');
  const edited = text.replace(/^(\s+url: https:\/\/\S+)$/m, '$1?from=intranet');
  if (edited === text) throw new Error('resources.yaml has no url: line to change');
  await writeFile(file, edited);
  return dir;
}
