/**
 * Wording as content: specs, the checks on the files, and filling placeholders.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkWording, defineWording, fill, list, readWording, text, WordingError } from '../../src/content/wording.js';
import type { ContentProblem } from '../../src/content/model.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

const W = defineWording('sample', {
  heading: text(),
  greeting: text('name'),
  examples: list(),
  steps: { first: text(), more: text('max') },
});

describe('wording', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('cc-wording-');
    await mkdir(join(dir, 'wording'));
  });
  afterEach(async () => removeDir(dir));

  const write = (name: string, yaml: string) => writeFile(join(dir, 'wording', name), yaml);
  const read = async () => {
    const problems: ContentProblem[] = [];
    const source = await readWording(dir, problems);
    return { source, problems };
  };

  const GOOD = [
    'heading: Hello',
    'greeting: "Hello {name}, nice to meet you"',
    'examples:',
    '  - one',
    '  - two',
    'steps:',
    '  first: First step',
    '  more: You can add up to {max}.',
    '',
  ].join('\n');

  it('gives strings, lists and functions of the placeholders', async () => {
    await write('sample.yaml', GOOD);
    const { source, problems } = await read();
    expect(problems).toEqual([]);
    expect(checkWording(source, [W])).toEqual([]);
    const w = W.of({ wording: source });
    expect(w.heading).toBe('Hello');
    expect(w.greeting({ name: 'Sam' })).toBe('Hello Sam, nice to meet you');
    expect(w.examples).toEqual(['one', 'two']);
    expect(w.steps.more({ max: 3 })).toBe('You can add up to 3.');
  });

  it('reports a missing key with its file, line and a fix', async () => {
    await write('sample.yaml', GOOD.replace('  first: First step\n', ''));
    const { source } = await read();
    const problems = checkWording(source, [W]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'wording/sample.yaml', path: 'steps.first', message: 'is missing', line: 6, fix: expect.stringContaining('add "first:"') }),
    ]);
    expect(() => W.of({ wording: source })).toThrow(WordingError);
  });

  it('reports a misspelt key, suggesting the right one', async () => {
    await write('sample.yaml', GOOD.replace('heading:', 'haeding:'));
    const problems = checkWording((await read()).source, [W]);
    expect(problems).toContainEqual(expect.objectContaining({ path: 'haeding', line: 1, fix: expect.stringContaining('did you mean "heading"') }));
    expect(problems).toContainEqual(expect.objectContaining({ path: 'heading', message: 'is missing' }));
  });

  it('reports a placeholder the sentence does not have, and a brace that does not close', async () => {
    await write('sample.yaml', GOOD.replace('Hello {name}, nice', 'Hello {nmae}, nice').replace('up to {max}.', 'up to {max.'));
    const problems = checkWording((await read()).source, [W]);
    expect(problems).toContainEqual(expect.objectContaining({ path: 'greeting', line: 2, message: expect.stringContaining('uses {nmae}, which this sentence does not have (it can use {name})') }));
    expect(problems).toContainEqual(expect.objectContaining({ path: 'steps.more', line: 8, message: 'has a { or } that does not close' }));
  });

  it('reports a list where a sentence belongs, an empty sentence, and an empty list', async () => {
    await write('sample.yaml', GOOD.replace('heading: Hello', 'heading:\n  - Hello').replace('first: First step', 'first: ""').replace('examples:\n  - one\n  - two', 'examples: []'));
    const problems = checkWording((await read()).source, [W]);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'heading: should be one sentence, not a list',
      'examples: should be a list with at least one entry',
      'steps.first: is empty',
    ]);
  });

  it('reports a missing file, a file nobody uses, and YAML that does not parse', async () => {
    await write('other.yaml', 'a: b\n');
    await write('broken.yaml', 'a: [b\n');
    const { source, problems } = await read();
    expect(problems).toEqual([expect.objectContaining({ file: 'wording/broken.yaml', message: expect.stringContaining('is not valid YAML') })]);
    const found = checkWording(source, [W]);
    expect(found).toContainEqual(expect.objectContaining({ file: 'wording/sample.yaml', message: expect.stringContaining('is missing') }));
    expect(found).toContainEqual(expect.objectContaining({ file: 'wording/other.yaml', message: 'is not a wording file the bot uses' }));
  });

  it('fills placeholders, keeps unknown ones, and reads doubled braces as braces', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(fill('{{literal}} {a}', { a: 'x' })).toBe('{literal} x');
  });
});
