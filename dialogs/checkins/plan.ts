/**
 * Turns an enrolment into reminder rows: one per check-in, due at the check-in
 * time on its local date. Ids are idempotency keys, so planning the same
 * enrolment again adds nothing.
 */
import type { Programme } from '../../src/content/model.js';
import type { Enrolment, Reminder } from '../../src/store/ports.js';
import { addDays, addMonths, zonedTime } from '../../src/time/zone.js';

export interface PlanOptions {
  timeZone: string;
  /** Local time of day check-ins are due, "HH:MM". */
  checkinTime: string;
  now: Date;
}

/**
 * `idSuffix` (optional) marks a re-plan, e.g. after the start date changed: the
 * new rows get new ids (`…|<suffix>`) instead of colliding with the old ones.
 */
export function checkinReminderId(enrolmentId: string, checkinId: string, idSuffix?: string): string {
  return idSuffix ? `checkin|${enrolmentId}|${checkinId}|${idSuffix}` : `checkin|${enrolmentId}|${checkinId}`;
}

export function nudgeReminderId(enrolmentId: string, checkinId: string): string {
  return `nudge|${enrolmentId}|${checkinId}`;
}

/** The local date a check-in falls on. */
export function checkinDate(startDate: string, offset: { months: number; days: number }): string {
  return addDays(addMonths(startDate, offset.months), offset.days);
}

/** `idSuffix`: see checkinReminderId (enrolment passes the new start date when it re-plans). */
export function planCheckins(enrolment: Enrolment, programme: Programme, opts: PlanOptions, idSuffix?: string): Reminder[] {
  const at = opts.now.toISOString();
  return programme.checkins.map((c) => {
    const due = zonedTime(checkinDate(enrolment.startDate, c.offset), opts.checkinTime, opts.timeZone).toISOString();
    return {
      id: checkinReminderId(enrolment.id, c.id, idSuffix),
      kind: 'checkin',
      userKey: enrolment.userKey ?? enrolment.subject,
      dueAt: due,
      originalDueAt: due,
      state: 'pending',
      attempts: 0,
      payload: { enrolmentId: enrolment.id, programmeId: programme.id, checkinId: c.id },
      updatedAt: at,
    } satisfies Reminder;
  });
}
