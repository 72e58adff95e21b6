/**
 * The features of the content's example messages, for training the intent
 * model. Reading thousands of examples is most of the time training takes, so
 * on a machine with more than one core the reading is shared with worker
 * threads (features-worker.ts): each side takes the next example from one
 * shared counter until none is left, and the workers send back what they read.
 * Reading an example gives the same features wherever it is done, so the model
 * is the same as one trained on a single thread (a test holds it to that).
 * Anything a worker could not do (it failed to start, or stopped) is done here.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Content } from '../../content/model.js';
import { questionFeatures } from './features.js';
import { parseQuestion } from './parse.js';

/** What a worker sends back: for each example it read, its index and its features. */
export interface WorkerResult {
  read: Array<{ i: number; keys: string[]; values: number[] }>;
}

/** What a worker is given: the content (all but the wording, which cannot be copied and which reading does not use), the texts and the shared counter. */
export interface WorkerInput {
  content: Omit<Content, 'wording'>;
  texts: string[];
  next: SharedArrayBuffer;
}

export function featuresOf(content: Content, text: string): Map<string, number> {
  return questionFeatures(parseQuestion(content, text), text);
}

/** Fewer examples than this are read on this thread alone: starting a worker would cost more than it saves. */
const WORTH_SHARING = 1500;

/** Workers to start: one fewer than the cores, at most three; none where the code runs from its TypeScript source (tests), which a worker cannot load. */
function workersWanted(count: number, workers: number | undefined): number {
  if (workers !== undefined) return workers;
  if (count < WORTH_SHARING || import.meta.url.endsWith('.ts')) return 0;
  return Math.max(0, Math.min(3, availableParallelism() - 1));
}

export interface ShareOptions {
  /** How many worker threads share the reading (default: by the cores, see workersWanted). */
  workers?: number;
  /** Filled in with how many texts the workers read. */
  counts?: { byWorkers: number };
}

/** The features of each text, in order. */
export async function exampleFeatures(content: Content, texts: readonly string[], opts: ShareOptions = {}): Promise<Array<Map<string, number>>> {
  const out: Array<Map<string, number> | undefined> = new Array(texts.length);
  const n = workersWanted(texts.length, opts.workers);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const replies: Array<Promise<WorkerResult | undefined>> = [];
  if (n > 0) {
    const { wording: _wording, ...copyable } = content;
    const input: WorkerInput = { content: copyable, texts: [...texts], next: next.buffer as SharedArrayBuffer };
    for (let k = 0; k < n; k++) replies.push(startWorker(input));
  }
  for (let i = Atomics.add(next, 0, 1); i < texts.length; i = Atomics.add(next, 0, 1)) out[i] = featuresOf(content, texts[i]!);
  let byWorkers = 0;
  for (const reply of await Promise.all(replies)) {
    for (const r of reply?.read ?? []) out[r.i] = new Map(r.keys.map((key, j) => [key, r.values[j]!]));
    byWorkers += reply?.read.length ?? 0;
  }
  if (opts.counts) opts.counts.byWorkers = byWorkers;
  // Examples a worker took but did not send back (it stopped): read here.
  return out.map((f, i) => f ?? featuresOf(content, texts[i]!));
}

/** One worker's reply, or undefined if it failed in any way (its examples are then read on this thread). */
function startWorker(input: WorkerInput): Promise<WorkerResult | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./features-worker.js', import.meta.url), { workerData: input });
    } catch {
      resolve(undefined);
      return;
    }
    worker.once('message', (m: WorkerResult) => resolve(m));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}
