/**
 * The understanding measured on the test split of the corpus
 * (test/knowledge/corpus/test.jsonl), which is never used to tune anything:
 * these tests print the figures and fail below the floors, and never print the
 * messages themselves (so the split stays unseen). Also the evaluation command.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { defaultContentDir, packageRoot } from '../../src/paths.js';
import { wordingSpecs } from '../../src/app/wording.js';
import { evaluate, readLabelled, type EvalReport } from '../../src/knowledge/understand/evaluate.js';
import { prepareIntentModel } from '../../src/knowledge/understand/intent-model.js';
import { run } from '../../src/cli/eval.js';
import type { CliIO } from '../../src/cli/io.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

const corpus = (split: string) => join(packageRoot, 'test/knowledge/corpus', `${split}.jsonl`);
const pct = (n: number, d: number) => (n / d) * 100;

describe('understanding on the unseen test split', () => {
  let report: EvalReport;
  beforeAll(async () => {
    const content = await loadContent(defaultContentDir, { wording: wordingSpecs() });
    await prepareIntentModel(content);
    const { rows, problems } = readLabelled(await readFile(corpus('test'), 'utf8'));
    expect(problems).toEqual([]);
    report = evaluate(content, rows);
    const line = (label: string, n: number, d: number) => `${label} ${pct(n, d).toFixed(1)}% of ${d}`;
    console.log(
      `Test split: ${line('intent', report.intentCorrect, report.total)}; ${line('role wanted', report.role.correct, report.role.total)}; ` +
        `${line('role held', report.from.correct, report.from.total)}; confidently wrong ${pct(report.confidentWrong, report.total).toFixed(1)}%; ` +
        `would ask ${pct(report.asked, report.total).toFixed(1)}%`,
    );
  });

  it('holds at least 400 messages over all nine intents', () => {
    expect(report.total).toBeGreaterThanOrEqual(400);
    expect(Object.keys(report.perIntent).sort()).toEqual(['career_conversation', 'checkin', 'help', 'options', 'pathway', 'privacy', 'profile', 'resources', 'unknown']);
  });

  it('reads the intent right at least 95% of the time', () => {
    expect(pct(report.intentCorrect, report.total)).toBeGreaterThanOrEqual(95);
  });

  it('is confidently wrong at most 2% of the time', () => {
    expect(pct(report.confidentWrong, report.total)).toBeLessThanOrEqual(2);
  });

  it('keeps the roles it reads from falling back (regression floors, below the figures in the README)', () => {
    expect(pct(report.role.correct, report.role.total)).toBeGreaterThanOrEqual(85);
    expect(pct(report.from.correct, report.from.total)).toBeGreaterThanOrEqual(85);
  });
});

describe('understanding on the held-out role sets', () => {
  // Four later batches of role questions (holdout.jsonl), written by people who had not seen the
  // code, never tuned on: like the test split, only the figures are printed.
  it('reads the roles of messages nobody tuned on', async () => {
    const content = await loadContent(defaultContentDir, { wording: wordingSpecs() });
    await prepareIntentModel(content);
    const { rows, problems } = readLabelled(await readFile(corpus('holdout'), 'utf8'));
    expect(problems).toEqual([]);
    const r = evaluate(content, rows);
    console.log(
      `Held-out role sets: intent ${pct(r.intentCorrect, r.total).toFixed(1)}% of ${r.total}; role wanted ${pct(r.role.correct, r.role.total).toFixed(1)}% of ${r.role.total}; ` +
        `role held ${pct(r.from.correct, r.from.total).toFixed(1)}% of ${r.from.total}; confidently wrong ${pct(r.confidentWrong, r.total).toFixed(1)}%`,
    );
    expect(r.total).toBeGreaterThanOrEqual(300);
    // Regression floors, below the figures in the corpus README.
    expect(pct(r.intentCorrect, r.total)).toBeGreaterThanOrEqual(93);
    expect(pct(r.role.correct, r.role.total)).toBeGreaterThanOrEqual(85);
    expect(pct(r.from.correct, r.from.total)).toBeGreaterThanOrEqual(85);
    expect(pct(r.confidentWrong, r.total)).toBeLessThanOrEqual(2);
  });
});

describe('the corpus', () => {
  it('has train, dev, test and held-out sets that share no message', async () => {
    const splits = await Promise.all(['train', 'dev', 'test', 'holdout'].map(async (s) => readLabelled(await readFile(corpus(s), 'utf8'))));
    for (const s of splits) expect(s.problems).toEqual([]);
    const [train, dev, test, holdout] = splits.map((s) => new Set(s.rows.map((r) => r.text.trim().toLowerCase())));
    expect(train!.size + dev!.size + test!.size).toBeGreaterThanOrEqual(2000);
    for (const t of [...test!, ...holdout!]) {
      expect(train!.has(t)).toBe(false);
      expect(dev!.has(t)).toBe(false);
    }
    for (const t of holdout!) expect(test!.has(t)).toBe(false);
    for (const t of dev!) expect(train!.has(t)).toBe(false);
  });
});

interface Captured {
  io: CliIO;
  out: () => string;
  err: () => string;
}

function capture(): Captured {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  return { io: { stdin: new PassThrough(), stdout, stderr, env: { CONTENT_DIR: defaultContentDir } }, out: () => out, err: () => err };
}

describe('career-companion eval understanding', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await tempDir('cc-eval-');
    file = join(dir, 'set.jsonl');
    await writeFile(
      file,
      [
        { text: 'how do I become a nursing associate', intent: 'pathway', role: 'nursing-associate' },
        { text: "I'm a band 3 HCA, what are my options?", intent: 'options', from: 'hcsw-band-3' },
        { text: 'is this confidential?', intent: 'privacy' },
        // Labelled wrongly on purpose: the bot reads this as a route question.
        { text: 'how do I become a physio', intent: 'privacy' },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n') + '\n',
    );
    return () => removeDir(dir);
  });

  it('prints the figures, the confusion table and the misses', async () => {
    const c = capture();
    expect(await run(['understanding', file], c.io)).toBe(0);
    expect(c.out()).toContain('Intent: 75.0% of 4 messages');
    expect(c.out()).toContain('Role wanted: 100.0% of 1 that name one');
    expect(c.out()).toContain('Role held: 100.0% of 1 that name one');
    expect(c.out()).toMatch(/Confidently wrong: 25\.0% \(1\)/);
    expect(c.out()).toMatch(/Per intent:\n {2}pathway +100\.0% of 1/);
    expect(c.out()).toMatch(/Confusion \(rows: labelled, columns: read as\):/);
    // Columns pathway, options, privacy: one privacy message read as a route question.
    expect(c.out()).toMatch(/\n {2}privacy +1 +0 +1\n/);
    expect(c.out()).toMatch(/Per intent:[\s\S]* {2}privacy +50\.0% of 2/);
    expect(c.out()).toContain('[intent] wanted privacy, got pathway');
    expect(c.out()).toContain('how do I become a physio');
  });

  it('leaves out the misses with --quiet', async () => {
    const c = capture();
    expect(await run(['understanding', file, '--quiet'], c.io)).toBe(0);
    expect(c.out()).toContain('Intent: 75.0%');
    expect(c.out()).not.toContain('Misses:');
    expect(c.out()).not.toContain('how do I become a physio');
  });

  it('exits 1 when a figure is outside the limits given', async () => {
    const below = capture();
    expect(await run(['understanding', file, '--min-accuracy', '80'], below.io)).toBe(1);
    expect(below.err()).toContain('Intent accuracy 75.0% is below 80%');
    const wrong = capture();
    expect(await run(['understanding', file, '--max-confident-wrong', '10'], wrong.io)).toBe(1);
    expect(wrong.err()).toContain('Confidently wrong 25.0% is above 10%');
    const within = capture();
    expect(await run(['understanding', file, '--min-accuracy', '75', '--max-confident-wrong', '25'], within.io)).toBe(0);
  });

  it('names the line of a file that is not labelled messages', async () => {
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, '{"text": "hi", "intent": "help"}\nnot json\n{"text": "x", "intent": "dance"}\n');
    const c = capture();
    expect(await run(['understanding', bad], c.io)).toBe(2);
    expect(c.err()).toContain('bad.jsonl: line 2: not JSON');
    expect(c.err()).toContain('bad.jsonl: line 3: "intent" must be one of');
    expect(c.out()).toBe('');
  });

  it('answers a wrong command line with the usage', async () => {
    const what = capture();
    expect(await run(['roles', file], what.io)).toBe(2);
    expect(what.err()).toContain('Unknown thing to evaluate "roles"');
    expect(what.err()).toContain('Usage: career-companion eval understanding');
    const missing = capture();
    expect(await run(['understanding', join(dir, 'nope.jsonl')], missing.io)).toBe(2);
    expect(missing.err()).toContain('Could not read');
    const limit = capture();
    expect(await run(['understanding', file, '--min-accuracy', 'lots'], limit.io)).toBe(2);
    expect(limit.err()).toContain('--min-accuracy needs a percentage from 0 to 100.');
  });
});
