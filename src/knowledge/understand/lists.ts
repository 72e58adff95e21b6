/**
 * Lists of roles named with no cue words: "nursing, OT or para" is a list of goals; in
 * "therapy asst, physio or OT or SLT", the job before the comma sits below every job of
 * the list after it, so it is the job held and the list starts after it.
 */
import type { Role } from '../../content/model.js';
import type { Mention } from './mentions.js';

/** "or even", "or maybe", "or being an", "or becoming a": "or" with a hedge, or with the goal's verb said again, still joins two jobs of one list. */
export const OR_AGAIN = /^or (?:(?:maybe|perhaps|possibly|even|probably|else)(?: an?| the)?|(?:being|becoming|doing|training as|working as)(?: an?| the)?)$/;

/** The band as a number ("8a" is 8); none for a role paid outside Agenda for Change. */
const bandNumbers = (r: Role): number[] => r.bands.map((b) => Number.parseInt(b, 10));

/**
 * Where a list of goals among the uncued mentions starts: 1 when the first is a job set apart by a comma
 * from a list joined by "or" ("hca, physio or OT?", "porter b2, radiography or physio") and on a lower band than every job in that list
 * (or on the same band, for a job at band 4 or below named by its name: "domestic, HCA or porter"); else 0.
 */
export function listStart(tokens: string[], uncued: readonly Mention[], clauses: readonly number[]): number {
  if (uncued.length < 3) return 0;
  const [first, second, third] = uncued as [Mention, Mention, Mention];
  // ("hca b2, nursing or OT": the job's band may come before the comma.)
  if (!/^(?:band (?:\d|8[a-d]))?$/.test(tokens.slice(first.end, second.start).join(' ')) || !clauses.includes(second.start)) return 0;
  if (!/^(?:or|vs|versus|or an?|or the)$/.test(tokens.slice(second.end, third.start).join(' '))) return 0;
  const top = Math.max(...bandNumbers(first.role));
  if (!Number.isFinite(top)) return 0;
  // A support job named by its name ("domestic, HCA or porter", not "nursing, OT or para") may sit on the same band as the goals.
  const level = first.phrase.priority === 0 && top <= 4;
  if ([second, third].some((m) => m.role.bands.length === 0 || Math.min(...bandNumbers(m.role)) < top || (Math.min(...bandNumbers(m.role)) === top && !level))) return 0;
  return 1;
}

/**
 * Words that may join roles in a list. Short words between them may be abbreviations of other roles ("nursing,
 * OT, maybe paramedic"); a question word or text-speak ("idk", "tbh") is no abbreviation, and ends the list ("BMS - how? MLA in
 * blood sciences", "physio or OT, idk, therapy asst").
 */
const LIST_WORD = /^(?:or|and|maybe|perhaps|possibly|even|vs|versus|(?!(?:how|why|who|idk|lol|tbh|ngl|imo|btw|atm|tho|pls|thx)$)[a-z]{1,3})$/;

/**
 * The list of goals among the uncued mentions, as the positions [first, run) in `uncued`: the run of roles
 * from the first of the list, each joined to the one before by list words ("physio or OT, leaning OT really.
 * band 2 hca on a rehab ward" lists two goals, then the job held).
 */
/** The words between two jobs keep them on one list: list words only ("or", "and", "maybe"), or "or" with a hedge or the goal's verb again. */
function joinedAsList(between: readonly string[]): boolean {
  return between.every((t) => LIST_WORD.test(t)) || OR_AGAIN.test(between.join(' '));
}

export function goalList(tokens: string[], uncued: readonly Mention[], clauses: readonly number[], sentences: readonly number[] = [], stated: readonly number[] = []): { first: number; run: number } {
  const first = listStart(tokens, uncued, clauses);
  let run = first + 1;
  while (run < uncued.length && joinedAsList(tokens.slice(uncued[run - 1]!.end, uncued[run]!.start)) && uncued[run]!.start - uncued[run - 1]!.end <= 3 && !heldAfterList(tokens, uncued[run - 1]!, uncued[run]!, sentences) && !(run === 1 && heldAlone(tokens, uncued[0]!, uncued[1]!, sentences, stated) && !(uncued[2] && uncued[2].start - uncued[1]!.end <= 3))) run++;
  return { first, run };
}

/**
 * "midwife or nurse??? hca on maternity b3": after the end of a sentence, a job with its band a few words after it
 * starts a sentence of its own about the job held, not a further goal of the list.
 */
function heldAfterList(tokens: string[], last: Mention, next: Mention, sentences: readonly number[]): boolean {
  if (!sentences.some((s) => s >= last.end && s <= next.start)) return false;
  const end = sentences.find((s) => s > next.start) ?? tokens.length;
  const after = tokens.slice(next.end, Math.min(end, next.end + 6));
  return next.phrase.tokens.includes('band') || after.some((t, k) => t === 'band' && /^(?:\d|8[a-d])$/.test(after[k + 1] ?? ''));
}

/**
 * "b3 admin. med sec?", "porter. supervisor. how": a first job that is a whole sentence ended by a full stop (with its band
 * at most), and a second job straight after it, is the job held, then the one asked about; not a list ("nursing? OT?").
 */
function heldAlone(tokens: string[], first: Mention, next: Mention, sentences: readonly number[], stated: readonly number[]): boolean {
  if (!sentences.includes(next.start) || !stated.includes(next.start) || next.start !== first.end) return false;
  const start = sentences.findLast((s) => s <= first.start) ?? 0;
  return /^(?:band (?:\d|8[a-d]))?$/.test(tokens.slice(start, first.start).join(' '));
}
