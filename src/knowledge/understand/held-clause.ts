/**
 * A job said of oneself after where the writer works, in a part of the sentence of its own, with no cue words
 * ("i am working in kitchen of hospital, catering assistant."), or opening the message before "to" and a goal the
 * bot has no role for ("porter -> chef?"): such a job is the one held. (A job with its band in a part of its own
 * is in own-band.ts.)
 */
import type { Mention } from './mentions.js';
import { BAND, SMALL_AFTER } from './own-band.js';

/** The first part of a sentence saying where the writer works, with no job named ("i am working in kitchen of hospital"). */
const WORK_PLACE = /^(?:(?:hello|hi|hiya|good morning|good afternoon|dear \S+) )?(?:i am|im|i)(?: (?:currently|now|also|still))? (?:working|work|based)(?: (?:here|now|currently))? (?:in|on|at|for)\b/;

/**
 * "i am working in kitchen of hospital, catering assistant. i want to be chef": where the writer works, then after a
 * comma a job on its own (with its band, perhaps) to end the sentence, is the job held there.
 */
export function jobAfterWorkPlace(tokens: string[], m: Mention, sentenceStart: number, sentenceEnd: number, clauses: readonly number[]): boolean {
  const at = /^(?:a|an)$/.test(tokens[m.start - 1] ?? '') ? m.start - 1 : m.start;
  if (!clauses.includes(at) || at <= sentenceStart || !WORK_PLACE.test(tokens.slice(sentenceStart, at).join(' '))) return false;
  const end = Math.min(sentenceEnd, clauses.find((c) => c > m.start) ?? sentenceEnd);
  let tail = tokens.slice(m.end, end);
  if (tail[0] === 'band' && BAND.test(tail[1] ?? '')) tail = tail.slice(2);
  return tail.every((t) => SMALL_AFTER.test(t));
}

/** After "to": words that make it no job ("to be", "to get", "to band 3", "to me"). */
const NOT_A_JOB = /^(?:be|become|do|get|go|work|move|train|retrain|apply|start|stay|leave|progress|step|qualify|study|band|level|the|my|it|this|that|there|me|you|them|him|her|us|what|how|which|where|when|why|and|or|but|if|so|then|now|next|here|a|an)$/;

/**
 * "dental nurse -> dental hygienist?", "porter band 2 to chef": a job opening the message, then "to" (an arrow reads
 * as "to") and a goal in a few words the bot has no role for, ending the sentence: the job named is the one held.
 */
export function jobToUnnamedGoal(tokens: string[], m: Mention, sentenceStart: number, sentenceEnd: number): boolean {
  if (m.start !== 0 || sentenceStart !== 0) return false;
  const at = tokens[m.end] === 'band' && BAND.test(tokens[m.end + 1] ?? '') ? m.end + 2 : m.end;
  if (tokens[at] !== 'to') return false;
  const rest = tokens.slice(at + 1, sentenceEnd);
  return rest.length >= 1 && rest.length <= 3 && !NOT_A_JOB.test(rest[0]!) && !rest.some((t) => /^(?:be|become|do|get|band|level|me|it)$/.test(t));
}

/** After "stay in": words that end the field stayed in ("stay in data or move…"). */
const STAY_END = /^(?:or|and|but|as|because|cos|for|until|till|while|vs|versus|instead|forever|long|longer)$/;

/**
 * "whether to stay in data or move into something patient facing", "should I stay on the wards": a field or place the
 * writer would stay in is where they work now. The number of words of it after "stay in" (at most four), or 0.
 */
export function stayedIn(tokens: string[], i: number): number {
  if (!/^(?:stay|staying|remain|remaining)$/.test(tokens[i]!) || !/^(?:in|on)$/.test(tokens[i + 1] ?? '')) return 0;
  const words = tokens.slice(i + 1, i + 5);
  const end = words.findIndex((w) => STAY_END.test(w));
  return end < 0 ? words.length : end;
}
