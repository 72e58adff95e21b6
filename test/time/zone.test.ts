import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isAllowed, isIsoDate, localDate, localParts, nextAllowed, zonedTime, DEFAULT_WORKING_PATTERN } from '../../src/time/zone.js';

const TZ = 'Europe/London';
const none = new Set<string>();

describe('local time in Europe/London', () => {
  it('turns local wall times into the right instants in winter and summer', () => {
    expect(zonedTime('2027-01-15', '10:00', TZ).toISOString()).toBe('2027-01-15T10:00:00.000Z');
    expect(zonedTime('2027-07-15', '10:00', TZ).toISOString()).toBe('2027-07-15T09:00:00.000Z');
  });

  it('handles the March clock change (01:00 to 02:00 does not exist)', () => {
    // 28 March 2027: clocks go forward at 01:00 GMT.
    expect(zonedTime('2027-03-28', '00:30', TZ).toISOString()).toBe('2027-03-28T00:30:00.000Z');
    expect(zonedTime('2027-03-28', '01:30', TZ).toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(zonedTime('2027-03-28', '10:00', TZ).toISOString()).toBe('2027-03-28T09:00:00.000Z');
  });

  it('handles the October clock change (01:00 to 02:00 happens twice: the first is used)', () => {
    // 31 October 2027: clocks go back at 02:00 BST.
    expect(zonedTime('2027-10-31', '01:30', TZ).toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(zonedTime('2027-10-31', '10:00', TZ).toISOString()).toBe('2027-10-31T10:00:00.000Z');
  });

  it('reads local parts and dates', () => {
    const p = localParts(new Date('2027-07-15T23:30:00Z'), TZ);
    expect(p).toMatchObject({ year: 2027, month: 7, day: 16, hour: 0, minute: 30, weekday: 5 });
    expect(localDate(new Date('2027-07-15T23:30:00Z'), TZ)).toBe('2027-07-16');
  });

  it('adds calendar months and days', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-11-15', 3)).toBe('2028-02-15');
    expect(addDays('2027-12-30', 3)).toBe('2028-01-02');
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});

describe('working hours', () => {
  it('keeps the default to weekdays, 9 to 5, not on bank holidays', () => {
    const holidays = new Set(['2027-05-03']);
    expect(isAllowed(new Date('2027-05-04T09:30:00Z'), DEFAULT_WORKING_PATTERN, TZ, holidays)).toBe(true); // 10:30 BST Tue
    expect(isAllowed(new Date('2027-05-04T07:30:00Z'), DEFAULT_WORKING_PATTERN, TZ, holidays)).toBe(false); // 08:30 BST
    expect(isAllowed(new Date('2027-05-03T09:30:00Z'), DEFAULT_WORKING_PATTERN, TZ, holidays)).toBe(false); // bank holiday
    expect(isAllowed(new Date('2027-05-01T09:30:00Z'), DEFAULT_WORKING_PATTERN, TZ, holidays)).toBe(false); // Saturday
  });

  it('moves a Saturday message to Monday 09:00, and past a bank holiday Monday to Tuesday', () => {
    expect(nextAllowed(new Date('2027-05-08T10:00:00Z'), DEFAULT_WORKING_PATTERN, TZ, none)?.toISOString()).toBe('2027-05-10T08:00:00.000Z');
    expect(nextAllowed(new Date('2027-05-01T10:00:00Z'), DEFAULT_WORKING_PATTERN, TZ, new Set(['2027-05-03']))?.toISOString()).toBe('2027-05-04T08:00:00.000Z');
  });

  it('supports night shifts that cross midnight', () => {
    const nights = { days: [0, 1, 2, 3, 4, 5, 6], start: '19:00', end: '07:00', quietOnBankHolidays: false };
    expect(isAllowed(new Date('2027-01-12T22:00:00Z'), nights, TZ, none)).toBe(true);
    expect(isAllowed(new Date('2027-01-13T03:00:00Z'), nights, TZ, none)).toBe(true);
    expect(isAllowed(new Date('2027-01-13T12:00:00Z'), nights, TZ, none)).toBe(false);
    expect(nextAllowed(new Date('2027-01-13T12:00:00Z'), nights, TZ, none)?.toISOString()).toBe('2027-01-13T19:00:00.000Z');
    // Friday-only nights: early Saturday belongs to Friday's shift, early Friday does not.
    const fridays = { ...nights, days: [5] };
    expect(isAllowed(new Date('2027-01-16T03:00:00Z'), fridays, TZ, none)).toBe(true); // Sat 03:00
    expect(isAllowed(new Date('2027-01-15T03:00:00Z'), fridays, TZ, none)).toBe(false); // Fri 03:00
  });

  it('says never when no day is allowed', () => {
    expect(nextAllowed(new Date('2027-01-13T12:00:00Z'), { ...DEFAULT_WORKING_PATTERN, days: [] }, TZ, none)).toBeUndefined();
  });
});
