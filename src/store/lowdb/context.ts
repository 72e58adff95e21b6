/**
 * What every sub-store of the embedded store is built from: the three
 * documents and the store's commit, which refuses once the store is closed.
 */
import type { CareerPlan, CheckinAnswer, ConversationRef, DialogState, Enrolment, Profile, Reminder } from '../ports.js';
import type { Doc } from './doc.js';

export interface DedupeData {
  schemaVersion: number;
  /** Message key → when it may be forgotten (ms since the epoch). */
  seen: Record<string, number>;
}

export interface PeopleData {
  schemaVersion: number;
  profiles: Record<string, Profile>;
  dialogs: Record<string, DialogState>;
  refs: Record<string, ConversationRef>;
  enrolments: Record<string, Enrolment>;
  checkins: Record<string, CheckinAnswer>;
  plans: Record<string, CareerPlan>;
}

export interface ReminderData {
  schemaVersion: number;
  reminders: Record<string, Reminder>;
}

export type AnyDoc = Doc<PeopleData> | Doc<ReminderData> | Doc<DedupeData>;

export interface LowContext {
  /** `career-companion.jsonl`: profiles, dialog states, references, enrolments, check-in answers, plans. */
  readonly people: Doc<PeopleData>;
  /** `reminders.jsonl`. */
  readonly timeline: Doc<ReminderData>;
  /** `dedupe.jsonl`. */
  readonly seen: Doc<DedupeData>;
  /** Resolves once a write that includes every change made so far to `doc` is on disk; rejects once the store is closed. */
  commit(doc: AnyDoc): Promise<void>;
}

/**
 * Deletes the records `pred` picks from one collection, scrubs the journal
 * (so no superseded line keeps them) and commits. Returns how many went.
 */
export async function removeWhere<T>(
  ctx: LowContext,
  doc: Doc<PeopleData> | Doc<ReminderData>,
  collection: string,
  map: Record<string, T>,
  pred: (v: T, k: string) => boolean,
): Promise<number> {
  let n = 0;
  for (const [k, v] of Object.entries(map)) {
    if (pred(v, k)) {
      doc.touch(collection, k);
      delete map[k];
      n++;
    }
  }
  if (n > 0) {
    doc.scrub();
    await ctx.commit(doc);
  }
  return n;
}
