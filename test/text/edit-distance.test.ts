import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/edit-distance.js';

/** Textbook full-matrix distance, to check the two-row version against. */
function reference(a: string, b: string, transpositions: boolean): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

/** Short words over a few letters, so that near misses and swaps are common. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });

describe('editDistance', () => {
  it('is plain Levenshtein by default: a swap of neighbours costs two edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('phsyio', 'physio')).toBe(2);
    expect(editDistance('nurse-adlt', 'nurse-adult')).toBe(1);
    expect(editDistance('nurse', 'nurse')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });

  it('counts a swap of neighbours as one edit with transpositions', () => {
    expect(editDistance('phsyio', 'physio', { transpositions: true })).toBe(1);
    expect(editDistance('assosiate', 'associate', { transpositions: true })).toBe(1);
    expect(editDistance('abc', 'xyz', { transpositions: true })).toBe(3);
    // Optimal string alignment: a swapped pair is not edited again.
    expect(editDistance('ca', 'abc', { transpositions: true })).toBe(3);
  });

  it('gives the exact distance within a limit, and more than the limit past it', () => {
    expect(editDistance('abcdef', 'uvwxyz', { limit: 2 })).toBe(3);
    expect(editDistance('a', 'abcd', { limit: 2 })).toBe(3);
    expect(editDistance('nurse', 'nurses', { limit: 1 })).toBe(1);
    expect(editDistance('phsyio', 'physio', { limit: 1, transpositions: true })).toBe(1);
    expect(editDistance('phsyio', 'physio', { limit: 1 })).toBe(2);
    // Letters that share a count (their codes 128 apart) are still told apart.
    expect(editDistance('a', '\u00e1', { limit: 0 })).toBe(1);
    expect(editDistance('nurse', 'n\u00f5rse', { limit: 1 })).toBe(1);
  });

  it('matches the full-matrix distance, with and without transpositions', () => {
    fc.assert(
      fc.property(word, word, fc.boolean(), (a, b, transpositions) => {
        expect(editDistance(a, b, { transpositions })).toBe(reference(a, b, transpositions));
      }),
      { numRuns: 500 },
    );
  });

  it('with a limit, is exact at or under it and above it otherwise', () => {
    fc.assert(
      fc.property(word, word, fc.boolean(), fc.integer({ min: 0, max: 4 }), (a, b, transpositions, limit) => {
        const exact = reference(a, b, transpositions);
        const d = editDistance(a, b, { limit, transpositions });
        if (exact <= limit) expect(d).toBe(exact);
        else expect(d).toBeGreaterThan(limit);
      }),
      { numRuns: 500 },
    );
  });
});
