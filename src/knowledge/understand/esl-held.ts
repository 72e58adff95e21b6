/**
 * The job held, said in few words, as some writers with English as a second language put it:
 * - "Me HCSW band 2. Mental health nurse. How?", "hello sir, me porter": "me" opening a sentence,
 *   then a job, says "I am".
 * - "I do HCA job in ward 5", "I do the porter work": "I do", then a job and "job" or "work",
 *   says "I work as".
 */
import type { Mention } from './mentions.js';

/** From the start of the sentence to the job: a greeting at most, then "me", then a word saying now at most. */
const ME_OPENS = /^(?:(?:hi|hello|hey|hiya|dear|sir|madam|mam|maam|ok|okay|so|good morning|good afternoon|good evening) )*(?:me|myself)(?: (?:is|am|also|too|now|currently|already|just|only|still))?(?: (?:a|an))?$/;

/** The words before the job, within its sentence, are "me" and nothing of a wish or a question. */
export function meOpens(tokens: readonly string[], m: Mention, sentenceStart: number): boolean {
  if (m.start - sentenceStart < 1 || m.start - sentenceStart > 6) return false;
  return ME_OPENS.test(tokens.slice(sentenceStart, m.start).join(' '));
}

/** Just before the job: "I do" or "I am doing" (with "the", "a" or "an"), not after a question word or a wish ("how I do", "want to do"). */
const DO_BEFORE = /(?:^| )(?<!\b(?:how|can|could|should|would|will|where|what|when|why|if|to|then|and|or|must|might|shall) )i (?:do|am doing|am also doing|also do|still do)(?: (?:the|a|an))?$/;
/** Just after it: the job or its work. */
const JOB_AFTER = /^(?:job|jobs|work|role|post)\b/;

/** "I do HCA job", "I am doing the domestic work": the job the writer does now. */
export function doesJob(tokens: readonly string[], m: Mention, sentenceStart: number): boolean {
  return JOB_AFTER.test(tokens[m.end] ?? '') && DO_BEFORE.test(tokens.slice(Math.max(sentenceStart, m.start - 6), m.start).join(' '));
}
