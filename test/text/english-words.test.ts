import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../src/text/english-words.js';

describe('English word list', () => {
  const words = readFileSync(wordListPath, 'utf8').split('\n').filter((w) => w !== '');

  it('finds every word of the list, those out of order in the file too', () => {
    const missing = words.filter((w) => !isEnglishWord(w));
    expect(missing).toEqual([]);
    expect(isEnglishWord('manlihood')).toBe(true);
    expect(isEnglishWord('sharrowed')).toBe(true);
  });

  it('finds no word that is not in the list', () => {
    const all = new Set(words);
    const others = ['', 'physio', 'hca', 'nmc', 'zzzzz', 'aaaaaaa', 'supervisorz', 'nursing associate', 'Nurse', 'a ', ...words.slice(0, 500).map((w) => `${w}q`), ...words.slice(-500).map((w) => `${w}zz`)];
    for (const w of others) expect(isEnglishWord(w), w).toBe(all.has(w));
  });
});
