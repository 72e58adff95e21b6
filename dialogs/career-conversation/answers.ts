/**
 * Reading what people type in the career conversation: short answers (the
 * shared yes, no, skip, not sure and none of content/wording/core.yaml, plus
 * each question's own words from career-conversation.yaml), the growth
 * direction, the roadmap areas, a wellbeing rating, a target date; and text
 * that is not an answer at all, or that sounds like distress.
 * Nothing here keeps or logs what people type.
 */
import { message, type Block } from '../../src/core/messages.js';
import { answerText, type Answer, type StepContext } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import { ROADMAP_AREAS, ROADMAP_AREA_TITLES, type RoadmapArea } from '../../src/content/schema.js';
import { detectDistress } from '../../src/content/signposting.js';
import { signpostingBlocks } from '../../src/core/signposting.js';
import { isAnswer, isGreeting } from '../../src/core/words.js';
import { normalise } from '../../src/core/router.js';
import { understand } from '../../src/knowledge/understand.js';
import { parseDate } from '../../src/time/parse.js';
import { asksForPlan } from '../my-plan/request.js';
import type { Growth } from '../my-plan/summary.js';
import { ccWords } from './wording.js';

type Words = Pick<Content, 'wording'>;

/** The answer as one line of text, or undefined when there is none. */
export function clean(input: Answer): string | undefined {
  const t = answerText(input)?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** "Leave this one out": skip words, and in this conversation "not sure", "none" and "nothing" too. */
export function isSkip(content: Words, t: string): boolean {
  return isAnswer(content, t, ['skip', 'notSure', 'none']);
}

/** No, or "that's all", "done" (`finishedWords`). */
export function isNo(content: Words, t: string): boolean {
  return isAnswer(content, t, ['no'], ccWords(content).finishedWords);
}

const patterns = new WeakMap<readonly string[], RegExp | null>();

/** Where each word or phrase of the list is found, as whole words, in normalised text, in order. */
function matchesIn(normalised: string, list: readonly string[]): RegExpMatchArray[] {
  let re = patterns.get(list);
  if (re === undefined) {
    const alternatives = [...new Set(list.map(normalise).filter((x) => x !== ''))]
      .sort((a, b) => b.length - a.length)
      .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu') : null;
    patterns.set(list, re);
  }
  return re ? [...normalised.matchAll(re)] : [];
}

/** Each word or phrase of the list found as whole words in the text, in the order they come in it. */
export function findWords(text: string, list: readonly string[]): string[] {
  return matchesIn(normalise(text), list).map((m) => m[0]);
}

/** True when the text has a word or phrase of the list in it, as whole words. */
export function mentions(text: string, list: readonly string[]): boolean {
  return matchesIn(normalise(text), list).length > 0;
}

/** True when a word of `first` comes before a word of `then` in the text ("send it to my manager"). */
export function mentionsInOrder(text: string, first: readonly string[], then: readonly string[]): boolean {
  const n = normalise(text);
  const start = matchesIn(n, first)[0];
  if (!start) return false;
  const after = start.index! + start[0].length;
  return matchesIn(n, then).some((m) => m.index! >= after);
}

// ---------------------------------------------------------------------------
// Growth direction

export const GROWTH_ORDER: readonly Growth[] = ['depth', 'breadth', 'stretch'];

/** The growth direction a typed answer (or a button's value) names, or undefined. */
export function growthFromText(content: Words, t: string): Growth | 'unsure' | undefined {
  const n = normalise(t);
  if ((GROWTH_ORDER as readonly string[]).includes(n)) return n as Growth;
  if (n === 'unsure' || isAnswer(content, t, ['notSure', 'skip'])) return 'unsure';
  const w = ccWords(content).growth.words;
  if (mentions(n, w.unsure)) return 'unsure';
  return GROWTH_ORDER.find((g) => mentions(n, w[g]));
}

// ---------------------------------------------------------------------------
// Needs (the five roadmap areas)

/** The areas a typed answer names, each with the words that named it ("yes" for a number or a title). */
export function areasFromText(content: Words, t: string): Partial<Record<RoadmapArea, string>> {
  const n = normalise(t);
  const w = ccWords(content).needs.words;
  const out: Partial<Record<RoadmapArea, string>> = {};
  for (const m of n.matchAll(/\b([1-5])\b/g)) out[ROADMAP_AREAS[Number(m[1]) - 1]!] = 'yes';
  for (const area of ROADMAP_AREAS) {
    if (n.includes(normalise(ROADMAP_AREA_TITLES[area].split(':')[0]!))) out[area] = 'yes';
    const found = findWords(n, w[area]);
    if (found.length > 0) out[area] = [...new Set(found)].join(', ');
  }
  return out;
}

// ---------------------------------------------------------------------------
// Wellbeing

/** A rating from 1 to 5: "4", "4/5", "4 out of 5", "four". */
export function readRating(content: Words, t: string): number | undefined {
  const digit = /^\s*([1-5])\b/.exec(t);
  if (digit) return Number(digit[1]);
  const n = normalise(t);
  const numbers = ccWords(content).wellbeing.numbers.slice(0, 5).map(normalise);
  const i = numbers.findIndex((w) => w !== '' && (n === w || n.startsWith(`${w} `)));
  return i >= 0 ? i + 1 : undefined;
}

// ---------------------------------------------------------------------------
// Target dates

export type DueParse =
  | { kind: 'date'; date: string }
  /** The person does not want a date. */
  | { kind: 'none' }
  /** A real date, but before today. */
  | { kind: 'past'; date: string }
  | { kind: 'unknown' };

/**
 * Reads an answer to "by when?", relative to `today` (YYYY-MM-DD, local):
 * a target date (src/time/parse.ts); the skip, not sure, none and no words,
 * or `date.noDateWords`, for no date; or a date that has already passed.
 */
export function readDue(content: Words, text: string, today: string): DueParse {
  if (isAnswer(content, text, ['skip', 'notSure', 'none', 'no'], ccWords(content).date.noDateWords)) return { kind: 'none' };
  const found = parseDate(text, today, 'due');
  if (!found) return { kind: 'unknown' };
  return found.date < today ? { kind: 'past', date: found.date } : { kind: 'date', date: found.date };
}

// ---------------------------------------------------------------------------
// Not an answer

/** Text that is clearly not an answer: a greeting, "my plan", or a question another part of the bot answers. */
export function looksUnrelated(ctx: StepContext, t: string): boolean {
  const content = ctx.services.content;
  if (isGreeting(content, t) || asksForPlan(content, t)) return true;
  if (/\?\s*$/.test(t)) {
    const u = understand(t, content);
    return u.intent !== 'unknown' && u.intent !== 'career_conversation';
  }
  return false;
}

/**
 * If the text sounds like distress, points to help at once (the conversation
 * carries on). The safety check at the start of every turn has usually said it
 * already; then only the word about carrying on is added.
 */
export function signpostIfDistressed(ctx: StepContext, t: string): boolean {
  const content = ctx.services.content;
  if (!detectDistress(t, content.signposting)) return false;
  const blocks: Block[] = ctx.signposted ? [] : signpostingBlocks(content);
  ctx.signposted = true;
  ctx.say(message([...blocks, { type: 'paragraph', text: ccWords(content).wellbeing.afterSignposting, tone: 'muted' }]));
  return true;
}
