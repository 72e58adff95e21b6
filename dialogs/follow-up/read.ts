/**
 * Which part of a route a short message asks about: how long it takes, the
 * band, who pays, what is needed first, or what comes next. The words for each
 * are in content/wording/follow-up.yaml (`words`); the longest phrase found
 * wins, then the kind with more phrases found.
 */
import type { Content, Role } from '../../src/content/model.js';
import { normalise } from '../../src/core/router.js';
import { understand } from '../../src/knowledge/understand.js';
import { CLARIFY_BELOW } from '../../src/knowledge/understand/understand.js';
import { followUpWords } from './wording.js';

export const ASPECTS = ['needs', 'funding', 'next', 'band', 'duration'] as const;
export type Aspect = (typeof ASPECTS)[number];

export function isAspect(x: unknown): x is Aspect {
  return typeof x === 'string' && (ASPECTS as readonly string[]).includes(x);
}

/** A follow-up is a short message; longer ones are new questions. */
const MAX_WORDS = 14;

/** Kinds of question that a follow-up word in them does not make a follow-up ("is there funding for maths courses?"). */
const OTHER_QUESTIONS = new Set(['resources', 'privacy', 'profile', 'checkin', 'career_conversation']);

/** A phrase as looked for: with a space either side, so only whole words match; how many words it has, and its first. */
interface Phrase {
  padded: string;
  words: number;
  first: string;
}

const phrases = new WeakMap<object, Record<Aspect, Phrase[]>>();

function phrasesOf(content: Pick<Content, 'wording'>): Record<Aspect, Phrase[]> {
  let p = phrases.get(content.wording);
  if (!p) {
    const w = followUpWords(content).words;
    const norm = (xs: readonly string[]) =>
      [...new Set(xs.map(normalise).filter((x) => x !== ''))].map((x) => ({ padded: ` ${x} `, words: x.split(' ').length, first: x.split(' ')[0]! }));
    p = { needs: norm(w.needs), funding: norm(w.funding), next: norm(w.next), band: norm(w.band), duration: norm(w.duration) };
    phrases.set(content.wording, p);
  }
  return p;
}

/** The part of a route the text asks about, by its words alone; undefined when none. */
export function aspectOf(content: Pick<Content, 'wording'>, text: string): Aspect | undefined {
  const norm = normalise(text);
  const t = ` ${norm} `;
  // A phrase can be in the text only if its first word is one of the text's words: most are not looked for at all.
  const present = new Set(norm.split(' '));
  const p = phrasesOf(content);
  let best: { aspect: Aspect; longest: number; count: number } | undefined;
  for (const aspect of ASPECTS) {
    let longest = 0;
    let count = 0;
    for (const ph of p[aspect]) {
      if (ph.first !== '' && !present.has(ph.first)) continue;
      if (!t.includes(ph.padded)) continue;
      count++;
      longest = Math.max(longest, ph.words);
    }
    if (count === 0) continue;
    if (!best || longest > best.longest || (longest === best.longest && count > best.count)) best = { aspect, longest, count };
  }
  return best?.aspect;
}

export interface FollowUpReading {
  aspect: Aspect;
  /** The roles the message names, if any. */
  roles: Role[];
}

/**
 * The text read as a follow-up: a short message with a follow-up word, and
 * not a question the understanding is sure is of another kind. Undefined when
 * it is not one.
 */
export function readFollowUp(content: Content, text: string): FollowUpReading | undefined {
  const t = normalise(text);
  if (t === '' || t.split(' ').length > MAX_WORDS) return undefined;
  const aspect = aspectOf(content, text);
  if (!aspect) return undefined;
  const u = understand(text, content);
  if (OTHER_QUESTIONS.has(u.intent) && u.confidence >= CLARIFY_BELOW) return undefined;
  const roles = [u.role, u.from, ...u.alsoWanted].filter((r): r is Role => !!r);
  // "how long is preceptorship?": about a resource topic, not a route's length.
  if (roles.length === 0 && u.intent !== 'unknown' && u.topic) return undefined;
  return { aspect, roles: [...new Map(roles.map((r) => [r.id, r])).values()] };
}
