/**
 * Step 1 of reading a question: lower case, curly quotes, contractions and slang
 * ("im", "wanna", "can't"), US to UK spellings, punctuation to spaces, bands
 * ("b3", "band three" -> "band 3") and levels ("l2" -> "level 2"). The words
 * (spellings, number words) are the content's; the patterns are here.
 */
import type { UnderstandingWords } from '../../content/model.js';
import { readUnderstandingFile } from '../../content/understanding.js';
import { defaultContentDir } from '../../paths.js';
import { editDistance } from '../../text/edit-distance.js';
import { recentlyAsked } from '../../text/recent.js';
import { vocabularyOf } from './vocabulary.js';
import { putBackTo } from './missing-to.js';

/** "cant" is "cannot" with or without its apostrophe; the other short forms only with one. */
const CANT = /\bcan'?t\b/g;
const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/\bi'm\b/g, 'i am'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/\bi'd\b/g, 'i would'],
  [/\blet's\b/g, 'let us'],
  [/\b(it|that|what|there|where|how|who|he|she)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
];

let shipped: UnderstandingWords | undefined;

/**
 * The shipped content's words (content/understanding.yaml), read once on first use:
 * for text normalised without a Content, such as short answers ("im a band 3").
 */
function shippedWords(): UnderstandingWords {
  return (shipped ??= readUnderstandingFile(defaultContentDir));
}

/**
 * Lower-cased, de-punctuated, expanded text with single spaces. Questions are
 * normalised with the content's words (`content.understanding`); without them,
 * the shipped words are used.
 */
export function normalise(text: string, words: UnderstandingWords = shippedWords()): string {
  let memo = normalisedBy.get(words);
  if (!memo) normalisedBy.set(words, (memo = recentlyAsked((t) => normaliseNow(t, words))));
  return memo(text);
}

const normalisedBy = new WeakMap<UnderstandingWords, (text: string) => string>();

function normaliseNow(text: string, words: UnderstandingWords): string {
  const v = vocabularyOf(words);
  // "ID checks", "my ID badge": "ID" in capitals, in a message not all in capitals, is identity, not "I'd".
  let s = (/[a-z]/.test(text) && text.includes('ID') ? text.replace(/\bID\b/g, 'identity') : text).toLowerCase();
  // (Text all in plain ASCII is already in its normal form.)
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFKC');
  // Each rewrite below only where its characters are in the text: most messages have none of them.
  if (/[\u2018\u2019\u02bc`´\u2013\u2014]/.test(s)) s = s.replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u2013\u2014]/g, ' ');
  if (s.includes('&') || s.includes('+')) s = s.replace(/&/g, ' and ').replace(/\+/g, ' plus ');
  // "AP -> NA", "HCA => TNA", "band 2 → band 3": an arrow reads as "to".
  if (/[>\u2192\u27a1]/.test(s)) s = s.replace(/\s*(?:-+>|=+>|>+|\u2192|\u27a1\ufe0f?)\s*/g, ' to ');
  if (s.includes('can')) s = s.replace(CANT, 'cannot');
  if (s.includes("'")) for (const [re, rep] of CONTRACTIONS) s = s.replace(re, rep);
  if (s.includes('learning')) s = s.replace(/\be[- ]learning\b/g, 'elearning');
  if (s.includes('lfh')) s = s.replace(/\be-lfh\b/g, 'elfh');
  // "well-being" is one word, as "wellbeing" ("psychological well-being practitioner").
  if (s.includes('well-being')) s = s.replace(/\bwell-being\b/g, 'wellbeing');
  if (s.includes('w/')) s = s.replace(/\bw\/o\b/g, 'without').replace(/\bw\/(?=\s|[a-z])/g, 'with ');
  // (Text of plain words and single spaces is left as it is: the pattern would match each space only to put it back.)
  if (/[^a-z0-9 ]| {2}/.test(s)) s = s.replace(/[^a-z0-9]+/g, ' ');
  // Bands and levels (each pattern but the number words' needs a digit: most messages have none).
  if (/\d/.test(s)) {
    s = s.replace(/\bband(\d)/g, 'band $1');
    s = s.replace(/\bb([2-9]|8[a-d])\b/g, 'band $1');
    // "AfC 5", "afc band 4", "afc4": a band of Agenda for Change.
    s = s.replace(/\bafc(?: band)? ?(\d|8[a-d])\b/g, 'band $1');
    // "band 8 a" is band 8a; only band 8 has lettered bands ("is HCA band 3 a good job": "a" is a word).
    s = s.replace(/\bband 8 ([a-d])\b/g, 'band 8$1');
    // "service manager 8a", "get to 8b/8c": a band of 8 with its letter is a band, said or not.
    s = s.replace(/(?<!\bband )\b(8[a-d])\b/g, 'band $1');
  }
  if (v.bandNumber && (s.includes('band') || s.includes('level'))) s = s.replace(v.bandNumber, (_m, w: string, n: string) => `${w} ${v.numberWords.get(n)}`);
  if (/\d/.test(s)) {
    s = s.replace(/\b(?:l|lvl|lv|level)\s?([1-8])\b/g, 'level $1');
    // "hca2 to hca3", "options after HCSW 3": a support worker's band written onto or just after the short name (not "HCA 2 years").
    s = s.replace(/\b(hca|hcsw|csw)([2-4])\b/g, 'band $2 $1').replace(/\b(hca|hcsw|csw) ([2-4])\b(?! (?:years?|yrs?|y|months?|mths?|weeks?|days?|hours?|hrs?|b|be|become|get|do|go|me|you|a|an|the|my|of|or|and|to|x|times|shifts?|nights?)\b)/g, 'band $2 $1');
  }
  const tokens = s.split(' ').filter((w) => w.length > 0);
  const out: string[] = [];
  for (const w of tokens) {
    const mapped = v.spellings.get(w);
    if (mapped !== undefined) out.push(mapped);
    // "bnd4": a short spelling of "band" written onto its number.
    else if (/^[a-z]+\d[a-d]?$/.test(w) && v.spellings.get(w.replace(/\d[a-d]?$/, '')) === 'band') out.push(`band ${w.replace(/^[a-z]+/, '')}`);
    else if (w.length > 6 && /i(z|s)(e|es|ed|ing|ation|ations)$/.test(w) && w.includes('iz')) out.push(w.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1'));
    else out.push(w);
  }
  const joined = out.join(' ');
  // (Only where a spelling put in spaces of its own, or none at all, is there anything to tidy.)
  return putBackTo(textSpeak(/\s\s|^\s|\s$|[^\S ]/.test(joined) ? joined.replace(/\s+/g, ' ').trim() : joined));
}

/** After these, "2" is "to" ("how 2 get", "need 2 be"); before these, "4" is "for" ("wat quals 4 nursing"). */
const TWO_AFTER = /\b(how|need|needs|want|wants|wanted|wanting|going|hoping|trying|able|way|ought|have|has|got|like|love|plan|planning|aim|aiming) 2 (?=(?:b|be|become|becoming|get|do|go|move|train|apply|qualify|start|work|sort|progress|step|switch|make|know|find|study|talk|stay|learn|top|retrain|join|see|try)\b)/g;
const FOUR_FOR = /\b(there|options|what|need|needed|qualifications|requirements|route|routes|stuff|anything|something|courses?|training|apply|applying|go|going|ready|looking|eligible|funding|jobs|is) 4 (?=(?:me|you|a|an|the|my|her|him|them|us|[a-z]+ing)\b)/g;

/** Text-speak numbers and letters for words: "how 2 b a NA" is "how to be a na", "anything 4 me" is "anything for me". */
function textSpeak(s: string): string {
  if (!/\b[24b]\b/.test(s)) return s;
  return s.replace(TWO_AFTER, '$1 to ').replace(FOUR_FOR, '$1 for ').replace(/\bto b\b/g, 'to be');
}

const names = new WeakMap<UnderstandingWords, Map<string, string>>();

/**
 * `normalise` for the content's own words (role titles and synonyms, descriptions,
 * topic words), kept per content: the same names are read for every question.
 * Only for content, never for what people type, so the store stays the size of the content.
 */
export function normaliseName(text: string, words: UnderstandingWords): string {
  let memo = names.get(words);
  if (!memo) names.set(words, (memo = new Map()));
  let out = memo.get(text);
  if (out === undefined) memo.set(text, (out = normalise(text, words)));
  return out;
}

/** Optimal string alignment (restricted Damerau-Levenshtein) distance, stopping early past `limit`. */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  return editDistance(a, b, { limit, transpositions: true });
}

/** Typo tolerance for a word of this length. */
export function tolerance(len: number): number {
  return len >= 8 ? 2 : len >= 4 ? 1 : 0;
}

/** Words written in capitals ("PA", "SALT", "APs"), lower-cased; none when the whole message is in capitals. */
export function capitalsOf(text: string): Set<string> {
  const out = new Set<string>();
  if (!/[a-z]/.test(text)) return out;
  for (const m of text.matchAll(/\b([A-Z]{2,})(s?)\b/g)) {
    out.add(m[1]!.toLowerCase());
    if (m[2]) out.add(`${m[1]!.toLowerCase()}s`);
  }
  return out;
}
