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

/**
 * The list as the file's one string and where each word starts: about 4 MB,
 * where a Set of the words took about 35 MB of the server's memory. The file is
 * in sorted order, so a word is found by binary search; the few words out of
 * order in it are kept in a small set instead.
 */
interface WordList {
  text: string;
  /** Start of each word, in sorted order. */
  starts: Int32Array;
  count: number;
  outOfOrder: Set<string>;
}

let list: WordList | null = null;

/** Compares text[from, to) with `word` as JavaScript compares strings. */
function compareAt(text: string, from: number, to: number, word: string): number {
  const n = Math.min(to - from, word.length);
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(from + i) - word.charCodeAt(i);
    if (d !== 0) return d;
  }
  return to - from - word.length;
}

function index(text: string): WordList {
  const starts = new Int32Array(text.length / 2 + 2);
  const ends = new Int32Array(starts.length);
  const outOfOrder = new Set<string>();
  let count = 0;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    if (to > from) {
      const prev = count - 1;
      // Kept in the sorted index only when after the last word kept, so the index stays sorted.
      if (prev < 0 || compareAt(text, from, to, text.slice(starts[prev]!, ends[prev]!)) > 0) {
        starts[count] = from;
        ends[count] = to;
        count++;
      } else outOfOrder.add(text.slice(from, to));
    }
    from = to + 1;
  }
  // Words end at a newline or the end of the text, so the ends need not be kept.
  return { text, starts: starts.slice(0, count), count, outOfOrder };
}

function load(): WordList {
  if (!list) {
    try {
      list = index(readFileSync(wordListPath, 'utf8'));
    } catch {
      // Without the list the corrector only knows the content's own words.
      list = { text: '', starts: new Int32Array(1), count: 0, outOfOrder: new Set() };
    }
  }
  return list;
}

export function isEnglishWord(word: string): boolean {
  const { text, starts, count, outOfOrder } = load();
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const from = starts[mid]!;
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    const c = compareAt(text, from, to, word);
    if (c === 0) return word !== '';
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return outOfOrder.has(word);
}

/** Reads the list now, at start-up, so the first question does not wait for it. */
export function warmEnglishWords(): void {
  load();
}
