/**
 * A job said of oneself after where the writer works, in a part of the sentence of its own, with no cue words
 * ("i am working in kitchen of hospital, catering assistant."): such a job is the one held. (A job with its band
 * in a part of its own is in own-band.ts.)
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
