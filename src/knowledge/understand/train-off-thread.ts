/**
 * Training the intent model in worker threads (train-worker.ts), so a start with
 * no model cache uses the machine's cores and the server's heap never holds the
 * examples' readings or the trainer's rows.
 *
 * With no kept readings and two or more cores, the examples are read in two
 * parts at once: a reader reads the second and the lead the first (a little
 * less, as it also makes the trainer's rows for its part meanwhile); the lead
 * then trains on both. With kept readings (a trust changed only examples)
 * the lead alone reads the few new ones and trains. The model is the one the
 * same training in the server's thread makes: the same readings in the same
 * order, the same arithmetic (a test compares their bytes).
 *
 * Returns undefined when workers cannot be used (the code runs from its
 * TypeScript sources, as under the test runner, or a worker fails): the caller
 * then trains in its own thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Content } from '../../content/model.js';
import type { StoredReading } from './example-readings.js';

/** What a worker is given. */
export interface WorkerInput {
  /** The content less its wording. */
  content: Omit<Content, 'wording'>;
  /** Its share of the examples, as places in labelledExamples' order. */
  from: number;
  to: number;
  lead: boolean;
  /** For the lead: how many readers will send readings (none or one, reading the examples after the lead's), and the readings file kept from an earlier training. */
  readers: 0 | 1;
  keptFile: string | undefined;
}

/** What a worker sends back. */
export type WorkerResult =
  | { kind: 'readings'; readings: Array<[string, StoredReading]>; readAfresh: number }
  | { kind: 'model'; bytes: ArrayBuffer; readingsJson: string | null };

/** Fewer examples to read than this are not worth a second worker. */
const SPLIT_FROM = 1000;

/**
 * The lead's share of the examples when they are split: a little under half, as it also
 * makes its share's rows for the trainer while the reader reads (reading an example takes
 * about ten times as long as making its row).
 */
const LEAD_SHARE = 0.47;

function workerUrl(): URL | undefined {
  // Under the test runner this module is TypeScript, which a worker thread cannot load.
  if (!import.meta.url.endsWith('.js')) return undefined;
  return new URL('./train-worker.js', import.meta.url);
}

/** Runs a worker to its result; rejects if it fails or ends without one. */
function run(url: URL, input: WorkerInput, onStart: (w: Worker) => void): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(url, { workerData: input });
    onStart(w);
    let result: WorkerResult | undefined;
    w.once('message', (m: WorkerResult) => (result = m));
    w.once('error', reject);
    w.once('exit', (code) => (result ? resolve(result) : reject(new Error(`The training worker ended with code ${code} and no result.`))));
  });
}

/**
 * Trains the content's model off the server's thread: its bytes (LinearModel.toBytes), and the
 * examples' readings as a file's text when any were read afresh (null when all were kept).
 * `examples` is how many there are; `keptFile` the readings file of an earlier training with the same grammar.
 */
export async function trainOffThread(content: Content, examples: number, keptFile: string | undefined): Promise<{ bytes: Buffer; readingsJson: string | null } | undefined> {
  const url = workerUrl();
  if (!url) return undefined;
  const { wording: _wording, ...shared } = content;
  const split = !keptFile && examples >= SPLIT_FROM && availableParallelism() > 1;
  const half = split ? Math.ceil(examples * LEAD_SHARE) : examples;
  const workers: Worker[] = [];
  const started = (w: Worker) => workers.push(w);
  try {
    const lead = run(url, { content: shared, from: 0, to: half, lead: true, readers: split ? 1 : 0, keptFile }, started);
    // Awaited below; a lead that fails while the reader reads must not be an unhandled rejection meanwhile.
    lead.catch(() => undefined);
    if (split) {
      const reader = run(url, { content: shared, from: half, to: examples, lead: false, readers: 0, keptFile: undefined }, started);
      // The reader's readings go on to the lead; a failed reader fails the whole (the lead would wait for it for ever).
      const readings = await reader;
      workers[0]!.postMessage(readings);
    }
    const result = await lead;
    if (result.kind !== 'model') return undefined;
    return { bytes: Buffer.from(result.bytes), readingsJson: result.readingsJson };
  } catch {
    return undefined;
  } finally {
    for (const w of workers) void w.terminate();
  }
}
