import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, WEEKDAY_NAMES, longDate, shortDate } from '../../src/time/format.js';

describe('dates as people read them', () => {
  it('writes a date with its weekday, or without', () => {
    expect(longDate('2027-03-03')).toBe('Wednesday 3 March 2027');
    expect(longDate('2026-03-20')).toBe('Friday 20 March 2026');
    expect(longDate('2026-11-22')).toBe('Sunday 22 November 2026');
    expect(shortDate('2027-03-31')).toBe('31 March 2027');
    expect(shortDate('2027-01-01')).toBe('1 January 2027');
    expect(shortDate('2027-12-09')).toBe('9 December 2027');
  });

  it('leaves anything that is not a date as it is', () => {
    for (const s of ['', 'soon', '2027-3-3', '2027-13-01', '03/03/2027']) {
      expect(shortDate(s)).toBe(s);
      expect(longDate(s)).toBe(s);
    }
  });

  it('has one set of names, Sunday first like Date.getUTCDay', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES[2]).toBe('March');
    expect(WEEKDAY_NAMES[0]).toBe('Sunday');
    expect(WEEKDAY_NAMES[new Date(Date.UTC(2027, 2, 3)).getUTCDay()]).toBe('Wednesday');
  });
});
