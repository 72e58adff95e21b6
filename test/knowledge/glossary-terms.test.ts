/**
 * Finding the glossary's words in a text (glossaryTermsIn) looks names up by
 * their first word instead of trying every name at every word: it must find
 * exactly what trying every name finds, in the same order, on the shipped
 * glossary and on texts made of its own words, plurals and other words.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { Content, GlossaryEntry } from '../../src/content/model.js';
import { glossaryTermsIn } from '../../src/knowledge/glossary.js';
import { normalise } from '../../src/core/router.js';
import { defaultContentDir } from '../../src/paths.js';

/** The plain reading: at each word, the first of all names (longest first) that fits. */
function reference(content: Content, text: string): GlossaryEntry[] {
  const words = normalise(text).split(' ');
  const list = content.glossary
    .flatMap((entry) => [entry.term, ...entry.also].map((w) => ({ words: normalise(w), entry })))
    .filter((n) => n.words !== '')
    .sort((a, b) => b.words.length - a.words.length)
    .map((n) => ({ entry: n.entry, words: n.words.split(' ') }));
  const same = (typed: string, name: string, last: boolean) => typed === name || (last && (typed === `${name}s` || typed === `${name}es`));
  const found: GlossaryEntry[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = list.find((n) => n.words.every((w, k) => i + k < words.length && same(words[i + k]!, w, k === n.words.length - 1)));
    if (!hit) {
      i++;
      continue;
    }
    if (!found.includes(hit.entry)) found.push(hit.entry);
    i += hit.words.length;
  }
  return found;
}

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
});

describe('glossary words in a text', () => {
  it('finds what trying every name finds, on texts of glossary words, plurals and other words', () => {
    const nameWords = [...new Set(content.glossary.flatMap((g) => [g.term, ...g.also]).flatMap((n) => normalise(n).split(' ')))];
    expect(nameWords.length).toBeGreaterThan(20);
    const word = fc.oneof(
      fc.constantFrom(...nameWords),
      fc.constantFrom(...nameWords).map((w) => `${w}s`),
      fc.constantFrom(...nameWords).map((w) => `${w}es`),
      fc.constantFrom('the', 'a', 'band', 'nurse', 'and', 'of', 'training', 'degree', 'levels', 'T', 'NHS'),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (ws) => {
        const text = ws.join(' ');
        expect(glossaryTermsIn(content, text).map((e) => e.id)).toEqual(reference(content, text).map((e) => e.id));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the longest name at each place, and a plural on its last word', () => {
    const found = glossaryTermsIn(content, 'A foundation degree apprenticeship, then Preceptors and T Levels.').map((e) => e.id);
    expect(found).toEqual(reference(content, 'A foundation degree apprenticeship, then Preceptors and T Levels.').map((e) => e.id));
    expect(found.length).toBeGreaterThan(0);
  });
});
