/**
 * Reading a message for follow-up words and stated facts looks only at the
 * phrases whose first word the message has. That must find exactly what
 * looking for every phrase finds: checked here on every message of the
 * corpus, and on messages made of the phrases themselves.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load.js';
import type { Content } from '../../../src/content/model.js';
import { defaultContentDir } from '../../../src/paths.js';
import { normalise } from '../../../src/core/router.js';
import { ASPECTS, aspectOf, type Aspect } from '../../../dialogs/follow-up/read.js';
import { followUpWords } from '../../../dialogs/follow-up/wording.js';

let content: Content;
let texts: string[];
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
  const corpus = ['test', 'dev', 'holdout'].flatMap((f) =>
    readFileSync(new URL(`../../knowledge/corpus/${f}.jsonl`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  const w = followUpWords(content).words;
  const phrases = ASPECTS.flatMap((a) => w[a]);
  texts = [...corpus, ...phrases, ...phrases.map((p) => `how about ${p} for a nurse?`), ...phrases.map((p, i) => `${p} and ${phrases[(i + 7) % phrases.length]}`)];
});

/** The reading before the index: every phrase looked for in the whole text. */
function everyPhrase(text: string): Aspect | undefined {
  const t = ` ${normalise(text)} `;
  const w = followUpWords(content).words;
  let best: { aspect: Aspect; longest: number; count: number } | undefined;
  for (const aspect of ASPECTS) {
    let longest = 0;
    let count = 0;
    for (const x of new Set(w[aspect].map((p) => normalise(p)).filter((p) => p !== ''))) {
      if (!t.includes(` ${x} `)) continue;
      count++;
      longest = Math.max(longest, x.split(' ').length);
    }
    if (count === 0) continue;
    if (!best || longest > best.longest || (longest === best.longest && count > best.count)) best = { aspect, longest, count };
  }
  return best?.aspect;
}

describe('follow-up words, looked for by first word', () => {
  it('finds what looking for every phrase finds, on every corpus message and on the phrases themselves', () => {
    expect(texts.length).toBeGreaterThan(5_000);
    let found = 0;
    for (const text of texts) {
      const want = everyPhrase(text);
      if (want) found++;
      expect(aspectOf(content, text), text).toBe(want);
    }
    // The check means something only if many messages have a follow-up word.
    expect(found).toBeGreaterThan(500);
  });
});
