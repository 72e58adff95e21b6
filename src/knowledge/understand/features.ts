/**
 * What the intent model sees of a question: its words and word pairs (with each
 * role name as `_role_`), pieces of words (so a typo still shares most of its
 * pieces with the word meant), which of the hand-written phrase rules match,
 * and what the earlier steps found (a role wanted, a role held, a band).
 */
import type { Parsed } from './parse.js';
import { AREA_TESTS, type Intent } from './intents.js';

const CHAR_WEIGHT = 0.25;

/** What the features are made from: the parts of a reading (parse.ts) they read. */
export type FeatureInput = Pick<Parsed, 'masked' | 'hits' | 'role' | 'from' | 'band' | 'bandTarget' | 'targetCued' | 'optionsLike'>;

export function questionFeatures(p: FeatureInput, raw: string): Map<string, number> {
  const f = new Map<string, number>();
  const add = (k: string, v = 1) => f.set(k, (f.get(k) ?? 0) + v);
  const words = p.masked;
  for (const w of words) add(featuresOfWord(w).word);
  for (let i = 0; i + 1 < words.length; i++) add(`b:${words[i]}_${words[i + 1]}`);
  if (words[0]) add(`first:${words[0]}`);
  if (words.length > 1) add(`first2:${words[0]}_${words[1]}`);
  for (const w of words) for (const piece of featuresOfWord(w).pieces) add(piece, CHAR_WEIGHT);
  for (const rule of p.hits) add(`rule:${rule.intent}:${rule.label}`);
  const masked = words.join(' ');
  // Each learning area's words are looked for once: the scores below need only whether any were found.
  const areas = AREA_TESTS.filter((a) => a.re.test(masked));
  const { scores } = scoresOf(p, areas.length > 0);
  for (const [intent, score] of scores) add(`score:${intent}`, Math.min(score, 12) / 6);
  for (const a of areas) add(`area:${a.area}`);
  if (p.role) add(p.targetCued ? 'role:wanted-cued' : 'role:wanted');
  if (p.from) add('role:held');
  if (p.band) add('band');
  if (p.bandTarget) add('band:goal');
  if (p.optionsLike) add('options-words');
  if (/\?\s*$/.test(raw)) add('question-mark');
  add(`length:${Math.min(5, Math.floor(words.length / 5))}`);
  // Scale so that long and short messages weigh alike.
  let norm = 0;
  for (const v of f.values()) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (const [k, v] of f) f.set(k, v / norm);
  return f;
}

/** A word's own feature and those of its pieces (none for a role or a short word), kept as words come again; a bounded store. */
let wordFeatures = new Map<string, { word: string; pieces: readonly string[] }>();
const WORD_FEATURES_SIZE = 20_000;

function featuresOfWord(w: string): { word: string; pieces: readonly string[] } {
  let out = wordFeatures.get(w);
  if (out === undefined) {
    const pieces: string[] = [];
    if (w !== '_role_' && w.length >= 4) {
      const s = `<${w}>`;
      for (let i = 0; i + 4 <= s.length; i++) pieces.push(`c:${s.slice(i, i + 4)}`);
    }
    out = { word: `w:${w}`, pieces };
    if (wordFeatures.size >= WORD_FEATURES_SIZE) wordFeatures = new Map();
    wordFeatures.set(w, out);
  }
  return out;
}

/** Step 5 by the rules alone: weighted phrase rules, with the roles found. */
export function ruleScores(p: FeatureInput): { scores: Map<Intent, number>; why: Map<Intent, string[]> } {
  const maskedText = p.masked.join(' ');
  return scoresOf(p, AREA_TESTS.some((a) => a.re.test(maskedText)));
}

function scoresOf(p: FeatureInput, areaWords: boolean): { scores: Map<Intent, number>; why: Map<Intent, string[]> } {
  const scores = new Map<Intent, number>();
  const why = new Map<Intent, string[]>();
  const bump = (intent: Intent, w: number, label: string) => {
    scores.set(intent, (scores.get(intent) ?? 0) + w);
    let list = why.get(intent);
    if (!list) why.set(intent, (list = []));
    list.push(label);
  };
  for (const rule of p.hits) bump(rule.intent, rule.weight, rule.label);
  if (areaWords) bump('resources', 2, 'a learning area word');
  if (p.role) bump('pathway', p.targetCued ? 3 : 1.5, p.targetCued ? 'a role named as a goal' : 'a role named');
  else if (p.from) bump('options', 1, 'only a current role named');
  return { scores, why };
}
