/**
 * A job opening the message with no cue words: "payroll officer b4 need advanced excel course",
 * "clinical coder b3 where can coding lead", "dental nurse band 4 - could I train as a dental
 * hygienist?". Named first with its band, and with no question about getting into it, it is the
 * writer's own job.
 */
import type { Mention } from './mentions.js';

/** The words of a goal named after the job ("become a …", "train as …", "how to become hygienist"). */
const GOAL_NAMED = /\b(?:become an?|be an?|route to|route into|get into|train as|retrain as|qualify as|move into|go into)\b|\bbecome (?!band\b|one\b|it\b|that\b|this\b|qualified\b|registered\b)[a-z]{3,}/;

/**
 * After a job and its band: a question about getting into that job ("med sec band 4 what do I need",
 * "supervisor band 4 route?", "HR consultant band 6 how do I get there", "… qualifications").
 */
const ENTRY_ASKED = /\b(?:what do (?:i|you) need|do (?:i|you) need|what (?:does|do) it take|need (?:a|an) (?:\S+ )?(?:degree|qualification)|how (?:do i|do you|can i|could i|would i|to) (?:get|become|be|apply|qualify|train|go for|start)|get there|get in|get into|route|routes|pathway|pathways|qualifications?|quals|requirements?|entry|interviews?|apply|applying|application|where do i start|how long|what grades|degree|post|vacancy|vacancies)\b|\bhow$/;

/**
 * Whether the one job named with no cue (`m`, the only such mention) opens the message and is the job held:
 * followed by its band and no question about getting into it, or followed by its band (or how long, then a
 * comma) and a goal the bot has no role for.
 */
export function heldAtOpening(tokens: string[], m: Mention, clauses: readonly number[], uncuedCount: number): boolean {
  if (m.start !== 0 || uncuedCount !== 1) return false;
  const rest = tokens.slice(m.end).join(' ');
  const banded = tokens[m.end] === 'band';
  if (banded && /^band (?:\d|8[a-d])\b/.test(rest) && !ENTRY_ASKED.test(tokens.slice(m.end + 2).join(' '))) return true;
  const set = banded || clauses.some((c) => c >= m.end && /^(?:(?:\d+|yrs?|years?|months?|here|now|atm) ?)*$/.test(tokens.slice(m.end, c).join(' ')));
  return set && GOAL_NAMED.test(rest);
}
