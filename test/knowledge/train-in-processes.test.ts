/**
 * Training the intent model in child processes (train-in-processes.ts): the
 * model and the readings kept are byte for byte those of training in the
 * server's own, with the examples read in two parts at once or with a readings file
 * kept from an earlier training; and a worker that cannot start leaves the
 * caller to train in its own thread.
 *
 * The training processes run the built JavaScript, so this test uses the build's
 * modules (`npm test` builds first) for both sides of each comparison.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/model.js';
import { packageRoot } from '../../src/paths.js';

const built = <T>(path: string): Promise<T> => import(pathToFileURL(join(packageRoot, 'dist', 'src', path)).href) as Promise<T>;

type Training = typeof import('../../src/knowledge/understand/train-in-processes.js');
type IntentModel = typeof import('../../src/knowledge/understand/intent-model.js');
type Readings = typeof import('../../src/knowledge/understand/example-readings.js');
type Load = typeof import('../../src/content/load.js');

let training: Training;
let im: IntentModel;
let er: Readings;
let content: Content;
let dir: string;

/** The content with the first `n` examples of each kind: enough (over a thousand in all) for the examples to be read in two halves. */
function withExamples(n: number, extra: string[] = []): Content {
  const e = content.intentExamples;
  const few = (xs: string[] | undefined) => (xs ?? []).slice(0, n);
  return {
    ...content,
    intentExamples: {
      pathway: [...few(e.pathway), ...extra],
      options: few(e.options),
      career_conversation: few(e.career_conversation),
      resources: Object.fromEntries(Object.entries(e.resources).map(([area, xs]) => [area, few(xs)])),
      checkin: few(e.checkin),
      profile: few(e.profile),
      help: few(e.help),
      privacy: few(e.privacy),
      unknown: few(e.unknown),
    } as Content['intentExamples'],
  };
}

const count = (c: Content) => im.labelledExamples(c.intentExamples).length;

beforeAll(async () => {
  [training, im, er] = await Promise.all([built<Training>('knowledge/understand/train-in-processes.js'), built<IntentModel>('knowledge/understand/intent-model.js'), built<Readings>('knowledge/understand/example-readings.js')]);
  const { loadContent } = await built<Load>('content/load.js');
  content = await loadContent(join(packageRoot, 'content'));
  dir = await mkdtemp(join(tmpdir(), 'cc-train-processes-'));
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('training the intent model in child processes', () => {
  it('reads the examples in two parts and trains the model the server thread trains, with the same readings to keep', async () => {
    const base = withExamples(110);
    // An example written twice in the reader's part, and also in the lead's: the rows still line up with their labels.
    const twice = base.intentExamples.pathway[0]!;
    const c = { ...base, intentExamples: { ...base.intentExamples, unknown: [...base.intentExamples.unknown, twice, twice] } };
    expect(count(c)).toBeGreaterThan(1000);
    const here = im.trainIntentModel(c);
    const there = await training.trainInProcesses(c, count(c), undefined);
    expect(there).toBeDefined();
    expect(there!.bytes.equals(here.model.toBytes())).toBe(true);
    expect(there!.readingsJson).toBe(er.readingsToJson(here.readings));
  }, 60_000);

  it('with a readings file from an earlier training, reads only the new examples and trains the same model', async () => {
    const first = im.trainIntentModel(withExamples(40));
    const file = join(dir, 'readings.json');
    await writeFile(file, er.readingsToJson(first.readings));
    const added = 'could a porter on nights train to be an operating department practitioner';
    const c = withExamples(40, [added]);
    const here = im.trainIntentModel(c);
    const there = await training.trainInProcesses(c, count(c), file);
    expect(there!.bytes.equals(here.model.toBytes())).toBe(true);
    // The new example's reading is kept with the others.
    expect(er.readingsFromJson(there!.readingsJson!).has(added)).toBe(true);
    expect(er.readingsFromJson(there!.readingsJson!).size).toBe(first.readings.size + 1);
    // With every example's reading kept, there is nothing new to keep.
    const again = await training.trainInProcesses(withExamples(40), count(withExamples(40)), file);
    expect(again!.readingsJson).toBeNull();
    expect(again!.bytes.equals(first.model.toBytes())).toBe(true);
  }, 60_000);

  it('a readings file that cannot be read costs only the shortcut', async () => {
    const c = withExamples(20);
    const there = await training.trainInProcesses(c, count(c), join(dir, 'gone.json'));
    expect(there!.bytes.equals(im.trainIntentModel(c).model.toBytes())).toBe(true);
    expect(there!.readingsJson).not.toBeNull();
  }, 60_000);

  it('gives nothing back when a training process cannot be given its work, so the caller trains in its own thread', async () => {
    // Content a process cannot be sent (a function where data belongs).
    const c = { ...withExamples(5), notes: [() => 1] } as unknown as Content;
    await expect(training.trainInProcesses(c, count(c), undefined)).resolves.toBeUndefined();
  });
});
