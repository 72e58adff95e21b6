/**
 * A job said with its band, and no word making it a goal, is the writer's own:
 * - opening the message after its band: "band 3 nursing assistant on PICU, how do I get my RMN";
 * - opening the message with its band or a comma, before no goal asked at all ("porters' supervisor band 3,
 *   been told I have to do the rotas in Excel") or before a goal named ("dental nurse band 4 - could I train as
 *   a dental hygienist?");
 * - as a part of a sentence of its own after a comma, at the sentence's end: "need CPD ideas for my HCPC
 *   renewal, band 5 podiatrist".
 */
import type { Mention } from './mentions.js';

/** Words that ask for a goal: with a role and its band on the other side of them and no other role, the goal is a job the bot has no role for. */
export const GOAL_ASKED = /\b(?:become|becoming|be a|be an|route to|route into|get into|train as|retrain as|qualify as|how do i)\b/;

/** The same, naming the goal after them ("become a …", not "how do I get there"). */
const GOAL_NAMED = /\b(?:become an?|be an?|route to|route into|get into|train as|retrain as|qualify as|move into|go into)\b/;

const BAND = /^(?:\d|8[a-d])$/;

/** Words of a question about a job: after a role and its band, they make it the job asked about ("supervisor band 4 route?"). */
const ASKS = /\b(?:what|how|which|where|when|why|need|needed|route|routes|requirements|qualifications?|entry|get in|get into|can i|could i|do i|should i|would i|is it|is there|are there|worth)\b/;

/** "Band 3 admin, …": the role opens the message, after its band; with `inName`, also "band 2 HCA on nights, …" (the band in its name). */
export function opensAfterBand(tokens: readonly string[], m: Mention, inName = false): boolean {
  return (m.start <= 2 && tokens[m.start - 2] === 'band') || (inName && m.start === 0 && m.phrase.tokens[0] === 'band');
}

/**
 * The role (the only one named with no cue) opens the message with its band or a comma ("porter band 2,", "kitchen
 * porter, how 2 b a chef"), and after it a goal is named or none is asked for at all.
 */
export function opensBeforeGoal(tokens: readonly string[], m: Mention, clauses: readonly number[]): boolean {
  if (m.start !== 0) return false;
  if (tokens[m.end] !== 'band' && !clauses.some((c) => c >= m.end && /^(?:(?:\d+|yrs?|years?|months?|here|now|atm) ?)*$/.test(tokens.slice(m.end, c).join(' ')))) return false;
  const rest = tokens.slice(m.end).join(' ');
  return GOAL_NAMED.test(rest) || (tokens[m.end] === 'band' && !GOAL_ASKED.test(rest) && !ASKS.test(rest));
}

/** "…, band 5 podiatrist", "…, podiatrist band 5": the role and its band are a part of the sentence of their own, ending it. */
export function bandClauseAtEnd(tokens: readonly string[], m: Mention, clauses: readonly number[], sentenceEnd: number): boolean {
  // ("…, band 2 HCA": the band may be part of the name.)
  const inName = m.phrase.tokens[0] === 'band';
  const before = inName || (tokens[m.start - 2] === 'band' && BAND.test(tokens[m.start - 1] ?? ''));
  const after = tokens[m.end] === 'band' && BAND.test(tokens[m.end + 1] ?? '');
  if (before === after) return false;
  const start = before && !inName ? m.start - 2 : m.start;
  const end = after ? m.end + 2 : m.end;
  return start > 0 && clauses.includes(start) && end === sentenceEnd;
}
