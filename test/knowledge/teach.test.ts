/**
 * Teaching the bot new words by editing content, as the README shows: a job
 * title in a role's synonyms, a way of asking in content/intents.yaml, a topic
 * in content/out-of-scope.yaml. Each edit is made on a copy of the shipped
 * content and checked to change what the bot reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/model.js';
import { understand } from '../../src/knowledge/understand.js';
import { editedContent } from '../helpers/content.js';
import { removeDir, tempDir } from '../helpers/tmp.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import { wordingSpecs } from '../../src/app/wording.js';

describe('teaching the bot by editing content', () => {
  let shipped: Content;
  let taught: Content;
  let dir: string;
  beforeAll(async () => {
    shipped = await loadContent(defaultContentDir, { wording: wordingSpecs() });
    dir = await tempDir('cc-teach-');
    taught = await editedContent(dir, {
      'roles/non-clinical.yaml': [['"med secretary", ', '"med secretary", "MSec", "consultants\' PA", ']],
      'intents.yaml': [['  options:\n', '  options:\n    - "I want to climb a rung"\n    - "how can I climb a rung from here"\n    - "time I climbed a rung at work"\n']],
      'out-of-scope.yaml': [['words: [parking, car park,', 'words: [bike shed, bike sheds, parking, car park,']],
    });
  });
  afterAll(() => removeDir(dir));

  it('reads a new job title from a role\'s synonyms', () => {
    expect(understand('how do I become an MSec', shipped).role?.id).not.toBe('medical-secretary');
    const u = understand('how do I become an MSec', taught);
    expect(u.intent).toBe('pathway');
    expect(u.role?.id).toBe('medical-secretary');
    expect(understand("I'm a consultants' PA, what are my options?", taught).from?.id).toBe('medical-secretary');
  });

  it('reads a job from what it does (describedBy), as shipped', () => {
    const u = understand("I'm the one who does the clinic letters on ortho, what could I move on to?", shipped);
    expect(u.intent).toBe('options');
    expect(u.from?.id).toBe('medical-secretary');
  });

  it('learns a new way of asking from an example', () => {
    const text = 'climb a rung';
    const before = understand(text, shipped);
    expect(before.intent === 'options' && before.clarify === null).toBe(false);
    const after = understand(text, taught);
    expect(after.intent).toBe('options');
    expect(after.clarify).toBeNull();
  });

  it('sends a new out-of-scope topic elsewhere', () => {
    expect(understand('where are the bike sheds', shipped).topic).not.toBe('facilities');
    expect(understand('where are the bike sheds', taught).topic).toBe('facilities');
  });
});
