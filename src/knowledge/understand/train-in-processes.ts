/**
 * Training the intent model in child processes (train-process.ts), so a start
 * with no model cache uses the machine's cores, and the server's own memory
 * never holds the examples' readings or the trainer's rows: what training
 * used goes back to the system when the process ends, so a server that
 * trained at start-up idles in what one that read the model from its cache
 * does.
 *
 * With no kept readings and two or more cores, the examples are read in two
 * parts at once: a reader reads the second and the lead the first (a little
 * less, as it also makes the trainer's rows for its part meanwhile); the lead
 * then trains on both. With kept readings (a trust changed only examples) the
 * lead alone reads the few new ones and trains. The model is the one the same
 * training in the server's process makes: the same readings in the same order,
 * the same arithmetic (a test compares their bytes).
 *
 * Returns undefined when this cannot be done (the code runs from its
 * TypeScript sources, as under the test runner, or a process fails): the
 * caller then trains in its own thread.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Content } from '../../content/model.js';
import type { StoredReading } from './example-readings.js';

/** What a training process is given. */
export interface TrainingInput {
  /** The content less its wording (which the grammar does not read and which holds functions). */
  content: Omit<Content, 'wording'>;
  /** Its share of the examples, as places in labelledExamples' order. */
  from: number;
  to: number;
  lead: boolean;
  /** For the lead: how many readers will send readings (none or one, reading the examples after the lead's), and the readings file kept from an earlier training. */
  readers: 0 | 1;
  keptFile: string | undefined;
}

/** What a training process sends back. */
export type TrainingResult =
  | { kind: 'readings'; readings: Array<[string, StoredReading]>; readAfresh: number }
  | { kind: 'model'; bytes: Uint8Array; readingsJson: string | null };

/** Fewer examples to read than this are not worth a second process. */
const SPLIT_FROM = 1000;

/**
 * The lead's share of the examples when they are split: a little under half, as it also
 * makes its share's rows for the trainer while the reader reads (reading an example takes
 * about ten times as long as making its row).
 */
const LEAD_SHARE = 0.47;

function processScript(): string | undefined {
  // Under the test runner this module is TypeScript, which a plain Node process cannot load.
  if (!import.meta.url.endsWith('.js')) return undefined;
  return fileURLToPath(new URL('./train-process.js', import.meta.url));
}

/** Starts a training process on its input and runs it to its result; rejects if it fails or ends without one. */
function run(script: string, input: TrainingInput, onStart: (c: ChildProcess) => void): Promise<TrainingResult> {
  return new Promise((resolve, reject) => {
    // No flags of the server's own (a profiler, a heap limit): the process only trains.
    const child = fork(script, [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    onStart(child);
    let result: TrainingResult | undefined;
    child.once('message', (m: TrainingResult) => (result = m));
    child.once('error', reject);
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`The training process ended with code ${code} and no result.`))));
    child.send(input, (err) => err && reject(err));
  });
}

/**
 * Trains the content's model in child processes: its bytes (LinearModel.toBytes), and the
 * examples' readings as a file's text when any were read afresh (null when all were kept).
 * `examples` is how many there are; `keptFile` the readings file of an earlier training with the same grammar.
 */
export async function trainInProcesses(content: Content, examples: number, keptFile: string | undefined): Promise<{ bytes: Buffer; readingsJson: string | null } | undefined> {
  const script = processScript();
  if (!script) return undefined;
  const { wording: _wording, ...shared } = content;
  const split = !keptFile && examples >= SPLIT_FROM && availableParallelism() > 1;
  const part = split ? Math.ceil(examples * LEAD_SHARE) : examples;
  const children: ChildProcess[] = [];
  const started = (c: ChildProcess) => children.push(c);
  try {
    const lead = run(script, { content: shared, from: 0, to: part, lead: true, readers: split ? 1 : 0, keptFile }, started);
    // Awaited below; a lead that fails while the reader reads must not be an unhandled rejection meanwhile.
    lead.catch(() => undefined);
    if (split) {
      const reader = run(script, { content: shared, from: part, to: examples, lead: false, readers: 0, keptFile: undefined }, started);
      // The reader's readings go on to the lead; a failed reader fails the whole (the lead would wait for it for ever).
      children[0]!.send(await reader);
    }
    const result = await lead;
    if (result.kind !== 'model') return undefined;
    return { bytes: Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength), readingsJson: result.readingsJson };
  } catch {
    return undefined;
  } finally {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill();
  }
}
