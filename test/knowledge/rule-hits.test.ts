/**
 * Trying only the phrase rules a message's words can start (src/knowledge/understand/rule-hits.ts)
 * gives the same rules, in the same order, as trying every rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/model.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir, packageRoot } from '../../src/paths.js';
import { RULES } from '../../src/knowledge/understand/intents.js';
import { labelledExamples } from '../../src/knowledge/understand/intent-model.js';
import { firstReading } from '../../src/knowledge/understand/reading.js';
import { rulesMatched, wordStarts } from '../../src/knowledge/understand/rule-hits.js';

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
});

describe('the word starts read from a rule pattern', () => {
  it('are the letters after \\b, one per choice of a group, in every branch', () => {
    expect(wordStarts(/\b(?:delete|remove) my data\b/)).toEqual(['delete', 'remove']);
    expect(wordStarts(/\bgdpr\b|\bsubject access\b/)).toEqual(['gdpr', 'subject']);
    expect(wordStarts(/\b(?:what (?:do|does)|how) you\b/)).toEqual(['what', 'how']);
  });

  it('may be digits, and are those after a negative lookbehind opening a branch', () => {
    expect(wordStarts(/\b(?:3|12|three) weeks?\b/)).toEqual(['3', '12', 'three']);
    expect(wordStarts(/(?<!\b(?:say|word)\b.*)\bin (?:welsh|polish)\b|\blanguage\b/)).toEqual(['in', 'language']);
    expect(wordStarts(/(?<=\bi )want\b/)).toBeUndefined();
    expect(wordStarts(/(?<!no )(?:about )?forget me\b/)).toBeUndefined();
  });

  it('stop before a letter made optional or repeatable', () => {
    expect(wordStarts(/\bcourses?\b/)).toEqual(['course']);
    expect(wordStarts(/\b(?:nurses*|ab{2})\b/)).toEqual(['nurse', 'a']);
  });

  it('are none for a pattern that need not start a word with a letter', () => {
    expect(wordStarts(/^(?:hi|hello)$/)).toBeUndefined();
    expect(wordStarts(/\b(?:about )?forget me\b/)).toBeUndefined();
    expect(wordStarts(/\bgdpr\b|_role_ course/)).toBeUndefined();
    expect(wordStarts(/\b(?:a|[0-9]+)\b/)).toBeUndefined();
    expect(wordStarts(/\bs?he\b/)).toBeUndefined();
    expect(wordStarts(/\bhelp\b/i)).toBeUndefined();
  });
});

describe('the rules a message matches', () => {
  const everyRule = (tokens: string[], masked: string[]) => RULES.filter((r) => r.re.test(r.raw ? tokens.join(' ') : masked.join(' ')));

  it('are those of trying every rule, in order, for every example message and every labelled message of the training and dev splits', () => {
    const texts = labelledExamples(content.intentExamples).map((e) => e.text);
    for (const split of ['train', 'dev']) {
      for (const line of readFileSync(join(packageRoot, 'test', 'knowledge', 'corpus', `${split}.jsonl`), 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
    let matched = 0;
    for (const text of texts) {
      const r = firstReading(content, text);
      const all = everyRule(r.tokens, r.masked);
      expect(rulesMatched(r.tokens, r.masked).map((x) => x.label), text).toEqual(all.map((x) => x.label));
      if (all.length > 0) matched++;
    }
    // The comparison is not empty: most messages match some rule.
    expect(matched).toBeGreaterThan(texts.length / 2);
  }, 120_000);
});
