/**
 * A worker thread that reads example messages for training (example-features.ts):
 * it takes the next example from the shared counter until none is left, then
 * sends back the features of those it read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Content } from '../../content/model.js';
import { warmEnglishWords } from '../../text/english-words.js';
import { featuresOf, type WorkerInput, type WorkerResult } from './example-features.js';

const input = workerData as WorkerInput;
// Reading does not use the wording; the type wants one.
const content: Content = { ...input.content, wording: { files: new Map() } };
const next = new Int32Array(input.next);
warmEnglishWords();
const read: WorkerResult['read'] = [];
for (let i = Atomics.add(next, 0, 1); i < input.texts.length; i = Atomics.add(next, 0, 1)) {
  const f = featuresOf(content, input.texts[i]!);
  read.push({ i, keys: [...f.keys()], values: [...f.values()] });
}
parentPort?.postMessage({ read } satisfies WorkerResult);
