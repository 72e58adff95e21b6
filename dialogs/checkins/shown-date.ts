/**
 * The day a planned check-in is shown as: the day it will really be sent. A
 * check-in due on a weekend, a bank holiday or during a pause goes out later,
 * by the scheduler's own rule (laterTimeFor), so the date shown is that day.
 */
import type { Profile } from '../../src/store/ports.js';
import { laterTimeFor } from '../../src/scheduler/scheduler.js';
import { localDate } from '../../src/time/zone.js';

/** The local date, YYYY-MM-DD, a check-in due at `due` reaches this person. */
export function shownCheckinDate(
  due: Date,
  profile: Pick<Profile, 'pausedUntil' | 'workingPattern'> | undefined,
  timeZone: string,
  bankHolidays: ReadonlySet<string>,
): string {
  return localDate(laterTimeFor(profile, due, timeZone, bankHolidays) ?? due, timeZone);
}
