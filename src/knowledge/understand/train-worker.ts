/**
 * A worker thread's part in training the intent model (train-off-thread.ts).
 *
 * A reader reads its share of the examples through the grammar and sends the
 * readings back. The lead reads its own share (skipping those the readings
 * file kept), takes the readers' readings, trains the model on them all and
 * sends back the model's bytes and, when any example was read afresh, the
 * readings to keep. Its heap goes when it ends, so the server's own stays as
 * small as a start from the cache leaves it.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Content } from '../../content/model.js';
import { readExamples, readingsFromJson, readingsToJson, restoreReading, type StoredReading } from './example-readings.js';
import { addRows, labelledExamples, learn } from './intent-model.js';
import { TrainingRows } from './linear-model.js';
import type { FeatureInput } from './features.js';
import type { WorkerInput, WorkerResult } from './train-off-thread.js';

const input = workerData as WorkerInput;
// The content as the server has it, less its wording (which the grammar does not read and which holds functions).
const content = input.content as unknown as Content;
const labelled = labelledExamples(content.intentExamples);
const mine = labelled.slice(input.from, input.to);
const texts = mine.map((e) => e.text);

function keptReadings(): Map<string, StoredReading> {
  if (!input.keptFile) return new Map();
  try {
    return readingsFromJson(readFileSync(input.keptFile, 'utf8'));
  } catch {
    // A file that went or cannot be read: every example is read afresh.
    return new Map();
  }
}

function send(result: WorkerResult, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(result, transfer);
}

if (!input.lead) {
  const { out, readAfresh } = readExamples(content, texts, new Map());
  // One an example, in order (an example written twice is there twice), so the lead can line them up with its labels.
  send({ kind: 'readings', readings: texts.map((t) => [t, out.get(t)!]), readAfresh });
} else {
  const kept = keptReadings();
  const own = readExamples(content, texts, kept);
  // The lead's share comes first in the examples' order, so its rows are made while the readers still read.
  const rows = new TrainingRows();
  addRows(rows, mine, own.readings);
  const others = await new Promise<Extract<WorkerResult, { kind: 'readings' }>[]>((resolve) => {
    const got: Extract<WorkerResult, { kind: 'readings' }>[] = [];
    if (input.readers === 0) return resolve(got);
    const take = (m: Extract<WorkerResult, { kind: 'readings' }>) => {
      got.push(m);
      if (got.length < input.readers) return;
      parentPort!.off('message', take);
      resolve(got);
    };
    parentPort!.on('message', take);
  });
  const all = new Map(own.out);
  for (const o of others) {
    // A reader's readings come in its share's order, which follows the lead's.
    const rest = labelled.slice(input.to, input.to + o.readings.length);
    const restored = o.readings.map(([text, r]) => {
      all.set(text, r);
      const back = restoreReading(content, r);
      if (!back) throw new Error(`A reader's reading of "${text}" names a role or rule this content lacks.`);
      return back;
    });
    addRows(rows, rest, restored satisfies FeatureInput[]);
  }
  const bytes = learn(rows).toBytes();
  // An array buffer of its own, so it moves to the server's thread without a copy.
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const readAfresh = own.readAfresh + others.reduce((n, o) => n + o.readAfresh, 0);
  send({ kind: 'model', bytes: buffer, readingsJson: readAfresh > 0 ? readingsToJson(all) : null }, [buffer]);
}
