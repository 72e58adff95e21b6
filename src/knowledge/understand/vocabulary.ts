/**
 * The content's understanding words (content/understanding.yaml) in the form the
 * reading code uses: sets and maps for lookups, the cue phrases by their words,
 * the "band three" pattern built from the number words. Built once per words
 * object (WeakMap), so a call is cheap.
 */
import type { UnderstandingWords } from '../../content/model.js';

export type Cue = 'target' | 'from';

export interface Vocabulary {
  /** What people type -> what it means. */
  spellings: Map<string, string>;
  numberWords: Map<string, string>;
  /** "band three" / "level two": the number word is group 2; null when there are no number words. */
  bandNumber: RegExp | null;
  /** Correction targets besides role words (4 letters or more). */
  keywords: string[];
  commonWords: string[];
  common: Set<string>;
  needContext: Set<string>;
  neverAlone: Set<string>;
  /** Jobs with no role whose names hold a role's name, as words ("nursery nurse"). */
  otherJobs: string[][];
  /** Who a personal assistant works for, one word each ("director", "matron"). */
  bossTitles: Set<string>;
  contextBefore: Set<string>;
  contextAfter: Set<string>;
  fieldForms: Map<string, string[]>;
  fillers: Set<string>;
  /** Each cue phrase with its cue (a current cue where a phrase is both), for looking up the words before a role. */
  cueOf: Map<string, Cue>;
  /** The most words in a cue phrase. */
  longestCue: number;
  /** The last word, last two words, and so on, of each cue phrase: words that end otherwise end with no cue. */
  cueEndings: Set<string>;
}

const built = new WeakMap<UnderstandingWords, Vocabulary>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function vocabularyOf(words: UnderstandingWords): Vocabulary {
  const cached = built.get(words);
  if (cached) return cached;
  const numbers = Object.keys(words.numberWords);
  const v: Vocabulary = {
    spellings: new Map(Object.entries(words.spellings)),
    numberWords: new Map(Object.entries(words.numberWords)),
    bandNumber: numbers.length > 0 ? new RegExp(`\\b(band|level) (${numbers.map(escape).join('|')})\\b`, 'g') : null,
    keywords: words.keywords.filter((w) => w.length >= 4),
    commonWords: words.commonWords,
    common: new Set(words.commonWords),
    needContext: new Set(words.abbreviations.needContext),
    neverAlone: new Set(words.abbreviations.neverAlone),
    otherJobs: words.otherJobs.map((j) => j.split(' ')),
    bossTitles: new Set(words.bossTitles),
    contextBefore: new Set(words.roleContext.before),
    contextAfter: new Set(words.roleContext.after),
    fieldForms: new Map(Object.entries(words.fieldForms)),
    fillers: new Set(words.fillerWords),
    cueOf: new Map(),
    longestCue: 0,
    cueEndings: new Set(),
  };
  // Current cues first: a phrase written as both is a current cue.
  const phrases: Array<[string, Cue]> = [...words.cues.current.map((p): [string, Cue] => [p, 'from']), ...words.cues.target.map((p): [string, Cue] => [p, 'target'])];
  for (const [phrase, cue] of phrases) {
    if (!v.cueOf.has(phrase)) v.cueOf.set(phrase, cue);
    v.longestCue = Math.max(v.longestCue, phrase.split(' ').length);
    const parts = phrase.split(' ');
    for (let k = 1; k <= parts.length; k++) v.cueEndings.add(parts.slice(parts.length - k).join(' '));
  }
  built.set(words, v);
  return v;
}

/**
 * The cue phrase that the words end with, the longest (in words) first, and
 * only one that `accept` allows when given; undefined when none does.
 */
export function cueEnding(v: Vocabulary, words: readonly string[], accept?: (phrase: string) => boolean): [string, Cue] | undefined {
  // The words are taken from the last one back, one more at a time, while some cue phrase ends with them:
  // longer endings that no cue has are never joined or looked up. Then the cues found, longest first.
  const found: string[] = [];
  let phrase = '';
  for (let k = 1; k <= Math.min(words.length, v.longestCue); k++) {
    const word = words[words.length - k]!;
    phrase = k === 1 ? word : `${word} ${phrase}`;
    if (!v.cueEndings.has(phrase)) break;
    if (v.cueOf.has(phrase)) found.push(phrase);
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const p = found[i]!;
    if (!accept || accept(p)) return [p, v.cueOf.get(p)!];
  }
  return undefined;
}
