/**
 * A job said of oneself in a part of a sentence of its own, with no cue words: as a heading to the rest
 * ("Senior HCA band 3. Want to do the foundation degree…", "Burnout. Band 6 BMS, 3 staff down"), or after
 * where the writer works ("i am working in kitchen of hospital, catering assistant."). Such a job is the one held.
 */
import type { Mention } from './mentions.js';

const BAND = /^(?:\d|8[a-d])$/;
/** Words that may follow the job and its band in such a part ("Band 4 AP here"). */
const SMALL_AFTER = /^(?:here|now|atm|currently|myself)$/;

/** Whether the job, with its band just before or after it, is the whole first part of its sentence (up to its end or a comma). */
export function jobWithBandOpens(tokens: string[], m: Mention, sentenceStart: number, sentenceEnd: number, clauses: readonly number[]): boolean {
  const end = Math.min(sentenceEnd, clauses.find((c) => c >= m.end && c > sentenceStart) ?? sentenceEnd);
  const head = tokens.slice(sentenceStart, m.start);
  let tail = tokens.slice(m.end, end);
  const bandBefore = head.length === 2 && head[0] === 'band' && BAND.test(head[1]!);
  if (head.length > 0 && !bandBefore) return false;
  const bandAfter = tail[0] === 'band' && BAND.test(tail[1] ?? '');
  if (bandAfter) tail = tail.slice(2);
  const bandNamed = bandBefore || bandAfter || m.phrase.tokens.includes('band');
  return bandNamed && tail.every((t) => SMALL_AFTER.test(t));
}

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
