/**
 * A child process's part in training the intent model (train-in-processes.ts).
 *
 * A reader reads its share of the examples through the grammar and sends the
 * readings back. The lead reads its own share (skipping those the readings
 * file kept), takes the readers' readings, trains the model on them all and
 * sends back the model's bytes and, when any example was read afresh, the
 * readings to keep. Each gets its input as its first message and ends when it
 * has sent its result, or when the server goes.
 */
import { readFileSync } from 'node:fs';
import type { Content } from '../../content/model.js';
import { readExamples, readingsFromJson, readingsToJson, restoreReading, type StoredReading } from './example-readings.js';
import { addRows, labelledExamples, learn } from './intent-model.js';
import { TrainingRows } from './linear-model.js';
import type { FeatureInput } from './features.js';
import type { TrainingInput, TrainingResult } from './train-in-processes.js';

type Readings = Extract<TrainingResult, { kind: 'readings' }>;

// The server gone, there is no one to train for.
process.on('disconnect', () => process.exit(0));
const messages: unknown[] = [];
let waiting: ((m: unknown) => void) | undefined;
process.on('message', (m) => (waiting ? waiting(m) : messages.push(m)));
/** The next message from the server. */
const next = (): Promise<unknown> => (messages.length > 0 ? Promise.resolve(messages.shift()) : new Promise((resolve) => (waiting = (m) => ((waiting = undefined), resolve(m)))));

const input = (await next()) as TrainingInput;
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

/** Sends the result, then ends. */
function send(result: TrainingResult): void {
  process.send!(result, () => process.disconnect());
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
  const others: Readings[] = [];
  while (others.length < input.readers) others.push((await next()) as Readings);
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
  const readAfresh = own.readAfresh + others.reduce((n, o) => n + o.readAfresh, 0);
  send({ kind: 'model', bytes, readingsJson: readAfresh > 0 ? readingsToJson(all) : null });
}
