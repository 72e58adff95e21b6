/**
 * What the intent model learns from: each example message read through the
 * grammar and turned into features. Reading the examples is most of a cold
 * start's work, so where the machine has a second core it is shared with a
 * worker thread (example-features-worker.ts): both take the next block of
 * examples from one shared counter until none are left. Each message's
 * features are the same whoever reads it, so the model is the same byte for
 * byte as one trained in a single thread (test/knowledge/example-features.test.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Content } from '../../content/model.js';
import { questionFeatures } from './features.js';
import { parseQuestion } from './parse.js';

export type Features = Map<string, number>;

/** Examples a block: small enough that neither thread waits long for the other at the end. */
const BLOCK = 48;

/** Fewer examples than this are read in one thread: starting a worker would cost more than it saves. */
const WORTH_A_WORKER = 1500;

/** What the worker is sent: the content without what cannot be copied between threads (the wording, which the grammar does not read). */
export interface WorkerStart {
  content: Omit<Content, 'wording'>;
  texts: string[];
  /** One Int32: the first example no thread has taken yet. */
  next: SharedArrayBuffer;
  block: number;
}

/** What the worker sends back: the features of one block, from `start`. */
export interface WorkerBlock {
  start: number;
  features: Features[];
}

export function featuresOf(content: Content, text: string): Features {
  return questionFeatures(parseQuestion(content, text), text);
}

/** Reads the examples in this thread alone. */
export function exampleFeatures(content: Content, texts: readonly string[]): Features[] {
  return texts.map((t) => featuresOf(content, t));
}

/** The worker's code, beside this file: none when running from TypeScript sources (a worker cannot load them under Node 20). */
function workerUrl(): URL | undefined {
  return import.meta.url.endsWith('.js') ? new URL('./example-features-worker.js', import.meta.url) : undefined;
}

/**
 * Reads the examples with a worker thread sharing the work when that is worth it,
 * in this thread alone otherwise. Anything the worker fails to read (it could not
 * start, or stopped) is read here, so the result is always whole.
 */
export async function exampleFeaturesShared(content: Content, texts: readonly string[], opts: { threads?: number; worker?: URL } = {}): Promise<Features[]> {
  const url = opts.worker ?? workerUrl();
  const threads = opts.threads ?? availableParallelism();
  if (!url || threads < 2 || texts.length < WORTH_A_WORKER) return exampleFeatures(content, texts);

  const out: Array<Features | undefined> = new Array(texts.length);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  let worker: Worker | undefined;
  let finished: Promise<void> = Promise.resolve();
  try {
    const { wording: _wording, ...copyable } = content;
    const start: WorkerStart = { content: copyable, texts: [...texts], next, block: BLOCK };
    worker = new Worker(url, { workerData: start });
    const w = worker;
    finished = new Promise<void>((resolve) => {
      w.on('message', (m: WorkerBlock) => m.features.forEach((f, i) => (out[m.start + i] = f)));
      w.once('error', () => resolve());
      w.once('exit', () => resolve());
    });
  } catch {
    // No worker: this thread reads them all below.
  }
  for (;;) {
    const from = Atomics.add(counter, 0, BLOCK);
    if (from >= texts.length) break;
    for (let i = from; i < Math.min(from + BLOCK, texts.length); i++) out[i] = featuresOf(content, texts[i]!);
  }
  await finished;
  // A block the worker took but did not send back (it failed part way): read it here.
  for (let i = 0; i < texts.length; i++) out[i] ??= featuresOf(content, texts[i]!);
  return out as Features[];
}
