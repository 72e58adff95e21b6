/**
 * Spotting distress in what someone types, so the bot can answer kindly and point
 * to help (999, NHS 111 option 2, GP, NHS Talking Therapies, the trust's own
 * staff wellbeing service) before anything else.
 *
 * The phrases live in the content (`signposting.distress.phrases`). Matching is on
 * whole words and whole phrases only, after normalising the text: lower case,
 * curly apostrophes made straight, hyphens and other punctuation made spaces. So
 * "Self-harm" matches "self harm", "I CAN’T COPE" matches "can't cope", and
 * "can't" in a phrase also matches "cant"; but "cope" alone matches nothing, and
 * "no point" would not match "no pointers".
 *
 * Pure and fast: one regular expression per phrase list, built on first
 * use and kept in a WeakMap.
 */
import type { Signposting } from './model.js';
import { recentlyAsked } from '../text/recent.js';

/**
 * Normalise text (or a phrase) for matching: lower case; curly and other
 * apostrophe-like marks to a straight apostrophe, kept only inside words
 * ("can't", not quotes); everything else that is not a letter or digit to a
 * single space.
 */
export const normaliseDistressText = recentlyAsked((text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u02bc\u2032\u00b4`]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .replace(/(^|[^a-z0-9])'+|'+(?=[^a-z0-9]|$)/g, '$1 ')
    .replace(/\s+/g, ' ')
    .trim(),
);

interface Matcher {
  regex: RegExp;
  /** The original phrase for each capture group, in the order of the alternatives. */
  phrases: string[];
}

const matchers = new WeakMap<readonly string[], Matcher | null>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matcherFor(phrases: readonly string[]): Matcher | null {
  const cached = matchers.get(phrases);
  if (cached !== undefined) return cached;
  const entries = phrases
    .map((phrase) => ({ phrase, norm: normaliseDistressText(phrase) }))
    .filter((e) => e.norm !== '')
    // Longest first, so "can't go on" wins over a shorter phrase at the same place.
    .sort((a, b) => b.norm.length - a.norm.length);
  if (entries.length === 0) {
    matchers.set(phrases, null);
    return null;
  }
  const alternatives = entries.map(
    // Words are separated by one space after normalising; an apostrophe is optional ("cant").
    (e) => `(${e.norm.split(' ').map((w) => escape(w).replace(/'/g, "'?")).join(' ')})`,
  );
  const matcher: Matcher = {
    regex: new RegExp(`(?<![a-z0-9'])(?:${alternatives.join('|')})(?![a-z0-9'])`),
    phrases: entries.map((e) => e.phrase),
  };
  matchers.set(phrases, matcher);
  return matcher;
}

/**
 * The distress phrase found in `text`, or undefined when there is none. When
 * several match, the one that starts earliest in the text (then the longest) is returned.
 */
export function detectDistress(text: string, signposting: Signposting): string | undefined {
  return detectPhrase(text, signposting.distress.phrases);
}

/**
 * The stress phrase found in `text` ("I feel overwhelmed every shift"), or
 * undefined when there is none or when the text also has a crisis phrase:
 * a crisis always wins.
 */
export function detectStress(text: string, signposting: Signposting): string | undefined {
  if (detectDistress(text, signposting) !== undefined) return undefined;
  return detectPhrase(text, signposting.stress.phrases);
}

/** The first of `phrases` found in `text`, matched as `detectDistress` does. */
export function detectPhrase(text: string, phrases: readonly string[]): string | undefined {
  const matcher = matcherFor(phrases);
  if (!matcher) return undefined;
  const m = matcher.regex.exec(normaliseDistressText(text));
  if (!m) return undefined;
  const group = m.findIndex((g, i) => i > 0 && g !== undefined);
  return group > 0 ? matcher.phrases[group - 1] : undefined;
}
