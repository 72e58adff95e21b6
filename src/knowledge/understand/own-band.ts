/**
 * A job said with its band, and no word making it a goal, is the writer's own:
 * - opening the message after its band: "band 3 nursing assistant on PICU, how do I get my RMN";
 * - opening the message with its band, before no question about getting into it ("payroll officer b4 need
 *   advanced excel course", "porters' supervisor band 3, been told I have to do the rotas in Excel"), or with its
 *   band or a comma before a goal named ("dental nurse band 4 - could I train as a dental hygienist?");
 * - making up a part of a sentence on its own: the first ("Senior HCA band 3. Want to…", "Burnout. Band 6 BMS,
 *   3 staff down"), or, after a comma, the last ("need CPD ideas for my HCPC renewal, band 5 podiatrist").
 */
import type { Mention } from './mentions.js';

/** Words that ask for a goal: with a role and its band on the other side of them and no other role, the goal is a job the bot has no role for. */
export const GOAL_ASKED = /\b(?:become|becoming|be a|be an|route to|route into|get into|train as|retrain as|qualify as|how do i)\b/;

/** The same, naming the goal after them ("become a …", "thinking of becoming a hygienist", "how to become hygienist", not "how do I get there"). */
const GOAL_NAMED = /\b(?:become an?|becoming an?|be an?|route to|route into|pathways? (?:to|into) (?!it\b|that\b|this\b)|path (?:to|into) (?!it\b|that\b|this\b)|get into|train as|retrain as|qualify as|move into|go into)\b|\bbecome (?!band\b|one\b|it\b|that\b|this\b|qualified\b|registered\b)[a-z]{3,}/;

/** A band's number alone, as the grammar has it: "3", "8a". */
export const BAND = /^(?:\d|8[a-d])$/;

/**
 * After a job and its band: a question about getting into that job ("med sec band 4 what do I need",
 * "supervisor band 4 route?", "HR consultant band 6 how do I get there", "… qualifications").
 */
const ENTRY_ASKED = /\b(?:what do (?:i|you) need|do (?:i|you) need|what (?:does|do) it take|need (?:a|an) (?:\S+ )?(?:degree|qualification)|how (?:do i|do you|can i|could i|would i|to) (?:get|become|be|apply|qualify|train|go for|start)|get there|get in|get into|route|routes|pathway|pathways|qualifications?|quals|requirements?|entry|interviews?|apply|applying|application|where do i start|how long|what grades|degree|post|vacancy|vacancies)\b|\bhow$/;

/** Words of any question: after a role and its band and no goal asked, their absence makes it the writer's own ("porter band 2, been told…"). */
const ASKS = /\b(?:what|how|which|where|when|why|need|needed|route|routes|requirements|qualifications?|entry|get in|get into|can i|could i|do i|should i|would i|is it|is there|are there|worth)\b/;

/** A word after a band that is no place of work: a wish, a link or a time. */
const NOT_A_PLACE = /^(?:want|wants|wanting|then|into|from|with|like|need|needs|looking|hoping|after|before|since|until|going|aiming|trying|moving|soon|currently|still|just|only|maybe|either|wanna)$/;

/** "Band 3 admin, …": the role opens the message, after its band; with `inName`, also "band 2 HCA on nights, …" (the band in its name). */
// ("band 7 audiology clinical scientist, …": one word between, where the job is.)
export function opensAfterBand(tokens: readonly string[], m: Mention, inName = false): boolean {
  if (m.start === 3 && tokens[0] === 'band' && /^(?:\d|8[a-d])$/.test(tokens[1]!) && /^[a-z]{4,}$/.test(tokens[2]!) && !NOT_A_PLACE.test(tokens[2]!)) return true;
  return (m.start <= 2 && tokens[m.start - 2] === 'band') || (inName && m.start === 0 && m.phrase.tokens[0] === 'band');
}

/**
 * The role (the only one named with no cue) opens the message: with its band and no question about getting into
 * it ("payroll officer b4 need advanced excel course", "clinical coder b3 where can coding lead") or none at all
 * ("porters' supervisor band 3, been told…"); or with its band or a comma ("porter band 2,", "kitchen porter, how 2 b
 * a chef") before a goal named.
 */
export function opensBeforeGoal(tokens: readonly string[], m: Mention, clauses: readonly number[]): boolean {
  if (m.start !== 0) return false;
  // ("healthcare science associate in neurophysiology b4. …": the band may come after where the job is.)
  const at = placeBeforeBand(tokens, m.end);
  const rest = tokens.slice(at).join(' ');
  const band = tokens[at] === 'band';
  if (band && /^band (?:\d|8[a-d])\b/.test(rest) && !ENTRY_ASKED.test(tokens.slice(at + 2).join(' '))) return true;
  if (band && !GOAL_ASKED.test(rest) && !ASKS.test(rest)) return true;
  const set = band || clauses.some((c) => c >= m.end && /^(?:(?:\d+|yrs?|years?|months?|here|now|atm) ?)*$/.test(tokens.slice(m.end, c).join(' ')));
  return set && GOAL_NAMED.test(rest);
}

/** After a job at `end`: "in neurophysiology band 4", "on the stroke unit band 3", where the job is, then its band; the band's place, else `end`. */
function placeBeforeBand(tokens: readonly string[], end: number): number {
  if (!/^(?:in|on|at)$/.test(tokens[end] ?? '')) return end;
  const band = tokens.indexOf('band', end + 1);
  const between = tokens.slice(end + 1, band);
  return band > end && band <= end + 4 && BAND.test(tokens[band + 1] ?? '') && !between.some((t) => NOT_A_PLACE.test(t) || /^(?:i|a|an|my)$/.test(t)) ? band : end;
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

/** Words that may follow the job and its band in a part of its own ("Band 4 AP here"). */
export const SMALL_AFTER = /^(?:here|now|atm|currently|myself)$/;

/** Whether the job, with its band just before or after it, is the whole first part of its sentence (up to its end or a comma). */
export function jobWithBandOpens(tokens: string[], m: Mention, sentenceStart: number, sentenceEnd: number, clauses: readonly number[]): boolean {
  const end = Math.min(sentenceEnd, clauses.find((c) => c >= m.end && c > sentenceStart) ?? sentenceEnd);
  const head = tokens.slice(sentenceStart, m.start);
  let tail = tokens.slice(m.end, end);
  const bandBefore = head.length === 2 && head[0] === 'band' && BAND.test(head[1]!);
  if (head.length > 0 && !bandBefore) return false;
  const bandAfter = tail[0] === 'band' && BAND.test(tail[1] ?? '');
  if (bandAfter) tail = tail.slice(2);
  // "speech and language therapy assistant in schools, band 3.": where the job is, then its band as a part of its own.
  if (!bandBefore && !bandAfter && end < sentenceEnd && /^(?:in|on|at) (?:the |a |an )?\S+(?: \S+)?$/.test(tail.join(' ')) && tokens[end] === 'band' && BAND.test(tokens[end + 1] ?? '') && end + 2 === sentenceEnd) return true;
  const bandNamed = bandBefore || bandAfter || m.phrase.tokens.includes('band');
  return bandNamed && tail.every((t) => SMALL_AFTER.test(t));
}
