/**
 * Whether a word is an English word, from the word list of the `word-list`
 * package (about 275,000 words). The typo corrector uses it so that a real
 * word ("supervise", "diabetic", "paternity") is never changed into the role
 * word it looks like ("supervisor", "dietetic", "maternity").
 *
 * The list takes about a tenth of a second to read, so it is read the first
 * time it is needed, or at start-up with warmEnglishWords().
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | null = null;

function load(): Set<string> {
  if (!words) {
    try {
      words = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
    } catch {
      // Without the list the corrector only knows the content's own words.
      words = new Set();
    }
  }
  return words;
}

export function isEnglishWord(word: string): boolean {
  return load().has(word);
}

/** Reads the list now, at start-up, so the first question does not wait for it. */
export function warmEnglishWords(): void {
  load();
}
