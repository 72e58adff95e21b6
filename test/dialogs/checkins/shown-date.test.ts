/**
 * A planned check-in is shown on the day it will really be sent: one due on a
 * weekend, a bank holiday or in a pause shows the day the scheduler's own rule
 * (laterTimeFor) sends it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { shownCheckinDate } from '../../../dialogs/checkins/shown-date.js';
import { checkinDates } from '../../../dialogs/enrolment/state.js';
import { laterTimeFor } from '../../../src/scheduler/scheduler.js';
import { zonedTime } from '../../../src/time/zone.js';
import { loadContent } from '../../../src/content/load.js';
import { defaultContentDir } from '../../../src/paths.js';
import type { Content } from '../../../src/content/model.js';

const TZ = 'Europe/London';
const BANK = new Set(['2027-05-03']);
const at = (date: string) => zonedTime(date, '10:00', TZ);

describe('the day a check-in is shown on', () => {
  it('a weekday is itself', () => {
    expect(shownCheckinDate(at('2027-03-09'), undefined, TZ, BANK)).toBe('2027-03-09');
  });

  it('a Saturday or Sunday is the Monday after', () => {
    expect(shownCheckinDate(at('2027-03-06'), undefined, TZ, BANK)).toBe('2027-03-08');
    expect(shownCheckinDate(at('2027-03-07'), undefined, TZ, BANK)).toBe('2027-03-08');
  });

  it('a bank holiday is the next working day, unless the person works bank holidays', () => {
    expect(shownCheckinDate(at('2027-05-03'), undefined, TZ, BANK)).toBe('2027-05-04');
    const works = { workingPattern: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', quietOnBankHolidays: false } };
    expect(shownCheckinDate(at('2027-05-03'), works, TZ, BANK)).toBe('2027-05-03');
  });

  it('a Sunday is itself for someone who works Sundays', () => {
    const sundays = { workingPattern: { days: [0, 1, 2], start: '08:00', end: '20:00', quietOnBankHolidays: true } };
    expect(shownCheckinDate(at('2027-03-07'), sundays, TZ, BANK)).toBe('2027-03-07');
  });

  it('a day in a pause is the day the pause ends', () => {
    expect(shownCheckinDate(at('2027-03-09'), { pausedUntil: '2027-03-15T09:00:00.000Z' }, TZ, BANK)).toBe('2027-03-15');
  });

  it('is the date of the time the scheduler would send it', () => {
    const due = at('2027-03-07');
    const sent = laterTimeFor(undefined, due, TZ, BANK)!;
    expect(sent.toISOString()).toBe('2027-03-08T09:00:00.000Z');
    expect(shownCheckinDate(due, undefined, TZ, BANK)).toBe('2027-03-08');
  });
});

describe('the check-in dates on the enrolment card', () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });

  it('shows the mid-point due on Sunday 7 March 2027 on Monday 8 March', () => {
    const programme = content.programmes.get('preceptorship-nursing-core')!;
    const settings = { timeZone: TZ, checkinTime: '10:00' };
    const now = new Date('2026-11-21T10:00:00Z');
    const planned = checkinDates(programme, '2026-12-07', settings, now);
    expect(planned.find((d) => d.title === 'Mid-point')?.date).toBe('2027-03-07');
    const shown = checkinDates(programme, '2026-12-07', settings, now, { profile: undefined, bankHolidays: content.bankHolidays });
    expect(shown.find((d) => d.title === 'Mid-point')?.date).toBe('2027-03-08');
    // Every date shown is a working day.
    for (const d of shown) expect([0, 6]).not.toContain(new Date(`${d.date}T12:00:00Z`).getUTCDay());
  });
});
