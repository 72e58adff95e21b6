/**
 * Is this typed text an answer to the question the bot asked, or something
 * else? The runtime asks before a step that `takes` typed text reads it (see
 * `Takes` in src/core/dialog.ts); the app wiring hands it this check.
 *
 * - A new question: it starts like a question ("how do I…", "what…", "can I…")
 *   or asks one anywhere ("… how long"), and the understanding does not read
 *   it as the kind of question the step takes; or it names two roles and takes
 *   the first back ("paramedic… actually physio") where a role is asked for;
 *   or it only ends in "?" and the understanding is sure it is another kind of
 *   question (for answers in the person's own words).
 * - No meaning in it: no letter or digit at all ("???"), or (for answers in
 *   the person's own words) every word looks
 *   like keys pressed at random ("asdkjh qwe zzz"): not an English word (the
 *   `word-list` package) nor one of the content's own words, and with no vowel,
 *   four consonants in a row, or all its letters on one row of the keyboard;
 *   or a letter three times over ("zzz").
 *
 * The words it looks for are in content/wording/core.yaml (`reading`).
 * Nothing here keeps or logs what people type.
 */
import type { Content } from '../content/model.js';
import type { AnswerCheck, Takes } from '../core/dialog.js';
import { normalise } from '../core/router.js';
import { coreWords } from '../core/words.js';
import { isEnglishWord } from '../text/english-words.js';
import { understand } from './understand.js';
import { analyse } from './understand/reading.js';
import { indexOf } from './understand/roles-index.js';
import { CLARIFY_BELOW } from './understand/understand.js';

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** A word that looks like keys pressed at random (and is not a word the bot knows). */
function mashed(content: Content, word: string): boolean {
  if (/\d/.test(word)) return false;
  const w = word.replace(/'/g, '');
  // A letter three times over ("zzz", "hmmm") carries no meaning, even where the word list has it.
  if (/(.)\1\1/.test(w)) return true;
  if (w === '' || isEnglishWord(w) || indexOf(content).known.has(w)) return false;
  if (w.length <= 2) return true;
  if (!/[aeiouy]/.test(w)) return true;
  if (/[^aeiouy]{4,}/.test(w)) return true;
  return KEYBOARD_ROWS.some((row) => [...w].every((ch) => row.includes(ch)));
}

/** True when the text has nothing in it to read: only punctuation, or only mashed keys. */
export function hasNoMeaning(content: Content, text: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  const words = normalise(text).split(' ').filter((w) => w !== '');
  return words.length === 0 || words.every((w) => mashed(content, w));
}

const lists = new WeakMap<object, { starts: string[]; phrases: string[]; corrections: string[] }>();

function readingWords(content: Content): { starts: string[]; phrases: string[]; corrections: string[] } {
  let l = lists.get(content.wording);
  if (!l) {
    const w = coreWords(content).reading;
    const norm = (xs: readonly string[]) => xs.map(normalise).filter((x) => x !== '');
    l = { starts: norm(w.questionStarts), phrases: norm(w.questionPhrases), corrections: norm(w.corrections) };
    lists.set(content.wording, l);
  }
  return l;
}

const startsWith = (t: string, p: string) => t === p || t.startsWith(`${p} `);
const contains = (t: string, p: string) => ` ${t} `.includes(` ${p} `);

/** Two roles or more, and a word that takes the first back: "paramedic… actually physio". */
function correctsRole(content: Content, t: string, corrections: readonly string[]): boolean {
  if (!corrections.some((c) => contains(t, c))) return false;
  const roles = new Set(analyse(content, t).mentions.map((m) => m.role.id));
  return roles.size >= 2;
}

/** What typed text is, for a step that takes `takes`: a new question, no meaning in it, or (undefined) an answer to read. */
export function checkTypedAnswer(content: Content, text: string, takes: Takes): AnswerCheck {
  // Where a role is asked for, the step's own "I could not match that to a role" (with the closest roles) serves mashing better.
  if (takes.kind === 'role' ? !/[\p{L}\p{N}]/u.test(text) : hasNoMeaning(content, text)) return 'no-meaning';
  const t = normalise(text);
  const words = t.split(' ');
  if (words.length < 2) return undefined;
  const { starts, phrases, corrections } = readingWords(content);
  if (takes.kind === 'role' && correctsRole(content, t, corrections)) return 'new-question';
  const asks = starts.some((p) => startsWith(t, p)) || phrases.some((p) => contains(t, p));
  const marked = /\?\s*$/.test(text);
  if (!asks && !marked) return undefined;
  const u = understand(text, content);
  if (takes.intents?.includes(u.intent)) return undefined;
  if (asks) return 'new-question';
  // Only a question mark: a role with "?" is still an answer; own words are a question when the reading is sure.
  if (takes.kind === 'text' && words.length >= 3 && u.intent !== 'unknown' && u.confidence >= CLARIFY_BELOW) return 'new-question';
  return undefined;
}
