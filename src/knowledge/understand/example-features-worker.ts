/**
 * The worker thread of example-features.ts: takes blocks of examples from the
 * shared counter, reads each through the grammar and sends back its features,
 * until none are left; then it ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Content } from '../../content/model.js';
import { featuresOf, type WorkerBlock, type WorkerStart } from './example-features.js';

const { content: copied, texts, next, block } = workerData as WorkerStart;
// The grammar never reads the wording, the one part that stays behind.
const content = copied as Content;
const counter = new Int32Array(next);
for (;;) {
  const start = Atomics.add(counter, 0, block);
  if (start >= texts.length) break;
  const features = texts.slice(start, start + block).map((t) => featuresOf(content, t));
  parentPort?.postMessage({ start, features } satisfies WorkerBlock);
}
