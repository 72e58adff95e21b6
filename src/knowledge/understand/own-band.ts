/**
 * "Senior HCA band 3. Want to do the foundation degree…", "Burnout. Band 6 BMS, 3 staff down": a job with its
 * band, making up the whole of the first part of a sentence (up to its end or a comma), is how people say
 * what they are, as a heading to the rest. Such a job is the one held.
 */
import type { Mention } from './mentions.js';

const BAND = /^(?:\d|8[a-d])$/;
/** Words that may follow the job and its band in such a part ("Band 4 AP here"). */
const SMALL_AFTER = /^(?:here|now|atm|currently|myself)$/;

/** Whether the job, with its band just before or after it, is the whole first part of its sentence. */
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
