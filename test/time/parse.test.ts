/**
 * Dates people type (src/time/parse.ts), read for each kind of question: a
 * first day (start), a target date (due) and the end of a pause (pause-end).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseDate, type DateQuestion } from '../../src/time/parse.js';
import { WEEKDAY_NAMES } from '../../src/time/format.js';
import { addDays } from '../../src/time/zone.js';

const QUESTIONS: DateQuestion[] = ['start', 'due', 'pause-end'];
const read = (text: string, today: string, q: DateQuestion) => parseDate(text, today, q)?.date;

/** 0 = Sunday, from the calendar rather than the module's own arithmetic. */
const weekdayOf = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
/** Steps a day at a time from `today` (not counting it) until the weekday comes. */
const step = (today: string, weekday: number, by: 1 | -1) => {
  for (let i = 1; i <= 7; i++) if (weekdayOf(addDays(today, by * i)) === weekday) return addDays(today, by * i);
  throw new Error('no such weekday');
};

describe('dates people type', () => {
  // Saturday 21 November 2026.
  const SAT = '2026-11-21';

  // [typed, start, due, pause-end]; undefined: not read as a date for that question.
  const table: Array<[string, string | undefined, string | undefined, string | undefined]> = [
    ['the 3rd', '2026-12-03', '2026-12-03', '2026-12-03'],
    ['3rd', '2026-12-03', '2026-12-03', '2026-12-03'],
    ['3/4', '2027-04-03', '2027-04-03', '2027-04-03'],
    ['3/4/27', '2027-04-03', '2027-04-03', '2027-04-03'],
    ['2027-04-03', '2027-04-03', '2027-04-03', '2027-04-03'],
    ['3 April', '2027-04-03', '2027-04-03', '2027-04-03'],
    ['April 3rd', '2027-04-03', '2027-04-03', '2027-04-03'],
    ['tomorrow', '2026-11-22', '2026-11-22', '2026-11-22'],
    ['yesterday', '2026-11-20', '2026-11-20', '2026-11-20'],
    ['today', SAT, SAT, SAT],
    // Starting or coming back "next week" is the Monday; a target "next week" is a week today.
    ['next week', '2026-11-23', '2026-11-28', '2026-11-23'],
    ['in 2 weeks', '2026-12-05', '2026-12-05', '2026-12-05'],
    ['end of March', '2027-03-31', '2027-03-31', '2027-03-31'],
    ['a fortnight', '2026-12-05', '2026-12-05', '2026-12-05'],
    // A day and month just gone: the past one for a first day, next year's for a target.
    ['10/11', '2026-11-10', '2027-11-10', '2026-11-10'],
    ['1 November', '2026-11-01', '2027-11-01', '2026-11-01'],
    ['15 October', '2027-10-15', '2027-10-15', '2027-10-15'],
    // A month without a day is no first day.
    ['in March', undefined, '2027-03-31', '2027-03-01'],
    // Lengths of time and ends of periods are no first day either.
    ['for 2 weeks', undefined, '2026-12-05', '2026-12-05'],
    ['end of the month', undefined, '2026-11-30', '2026-11-30'],
    ['2 weeks ago', '2026-11-07', '2026-11-07', '2026-11-07'],
    // Garbage.
    ['whenever', undefined, undefined, undefined],
    ['when I can', undefined, undefined, undefined],
    ['the cows come home', undefined, undefined, undefined],
    ['asdf qwerty', undefined, undefined, undefined],
    ['', undefined, undefined, undefined],
    ['31 February', undefined, undefined, undefined],
    ['31/02/2027', undefined, undefined, undefined],
    ['3', undefined, undefined, undefined],
    ['band 5-6', undefined, undefined, undefined],
    ['my 3rd year', undefined, undefined, undefined],
    ['a 6 month induction', undefined, undefined, undefined],
    ['at 3pm', undefined, undefined, undefined],
    ['enrol me now', undefined, undefined, undefined],
    ['in a minute', undefined, undefined, undefined],
    ['enrol @Sam on the 2nd cohort', undefined, undefined, undefined],
    // A day of the month before a joining word or a mark is still one.
    ['on the 3rd, please', '2026-12-03', '2026-12-03', '2026-12-03'],
    ['the 3rd as their preceptor', '2026-12-03', '2026-12-03', '2026-12-03'],
  ];

  it.each(table)('reads "%s" on Saturday 21 November 2026 as start %s, due %s, pause end %s', (text, start, due, pause) => {
    expect(read(text, SAT, 'start')).toBe(start);
    expect(read(text, SAT, 'due')).toBe(due);
    expect(read(text, SAT, 'pause-end')).toBe(pause);
  });

  // A week from Monday 1 March 2027 to Sunday 7 March 2027.
  const WEEK = [0, 1, 2, 3, 4, 5, 6].map((i) => addDays('2027-03-01', i));

  describe.each(WEEK)('weekdays, typed on %s', (today) => {
    it.each([0, 1, 2, 3, 4, 5, 6])('reads last, next, this and a bare weekday %i the same for every question', (wd) => {
      const name = WEEKDAY_NAMES[wd]!;
      const before = step(today, wd, -1);
      const after = step(today, wd, 1);
      for (const q of QUESTIONS) {
        expect(read(`last ${name}`, today, q), `last ${name}, ${q}`).toBe(before);
        expect(read(`next ${name}`, today, q), `next ${name}, ${q}`).toBe(after);
        expect(read(`this ${name}`, today, q), `this ${name}, ${q}`).toBe(after);
        expect(read(`on ${name}`, today, q), `on ${name}, ${q}`).toBe(after);
        expect(read(name.toLowerCase(), today, q), `${name}, ${q}`).toBe(after);
      }
    });

    it.each([0, 1, 2, 3, 4, 5, 6])('reads weekday %i said of a first day in the past tense, and of a named week', (wd) => {
      const name = WEEKDAY_NAMES[wd]!;
      const before = step(today, wd, -1);
      expect(read(`I started last ${name}`, today, 'start')).toBe(before);
      expect(read(`I started on ${name}`, today, 'start')).toBe(weekdayOf(today) === wd ? today : before);
      expect(read(`${name} just gone`, today, 'start')).toBe(before);
      // Weeks run Monday to Sunday.
      const monday = weekdayOf(today) === 1 ? today : step(today, 1, -1);
      const inWeek = (weeks: number) => addDays(monday, 7 * weeks + ((wd + 6) % 7));
      for (const q of QUESTIONS) {
        expect(read(`${name} next week`, today, q)).toBe(inWeek(1));
        expect(read(`${name} this week`, today, q)).toBe(inWeek(0));
        expect(read(`${name} last week`, today, q)).toBe(inWeek(-1));
      }
    });
  });

  it('reads "I started last Monday" on a Sunday as the Monday just gone, not tomorrow', () => {
    expect(read('I started last Monday', '2026-11-22', 'start')).toBe('2026-11-16');
    expect(read("I'm a new starter, I started last Monday", '2026-11-22', 'start')).toBe('2026-11-16');
    expect(read('I start on Monday', '2026-11-22', 'start')).toBe('2026-11-23');
    expect(read('Monday', '2026-11-22', 'start')).toBe('2026-11-23');
  });

  it('reads "the 3rd" as this month\'s if it has not passed, else next month\'s; as a first day, the nearest', () => {
    // [today, start, due and pause-end]
    const rows: Array<[string, string, string]> = [
      ['2026-11-02', '2026-11-03', '2026-11-03'],
      ['2026-11-03', '2026-11-03', '2026-11-03'],
      ['2026-11-05', '2026-11-03', '2026-12-03'],
      ['2026-11-17', '2026-11-03', '2026-12-03'],
      // 15 days either way: a tie goes forward.
      ['2026-11-18', '2026-12-03', '2026-12-03'],
      ['2026-11-19', '2026-12-03', '2026-12-03'],
      ['2026-12-20', '2027-01-03', '2027-01-03'],
    ];
    for (const [today, start, ahead] of rows) {
      expect(read('the 3rd', today, 'start'), today).toBe(start);
      expect(read('the 3rd', today, 'due'), today).toBe(ahead);
      expect(read('the 3rd', today, 'pause-end'), today).toBe(ahead);
    }
    // Said in the past tense, the last one; a month without that day is skipped.
    expect(read('I started on the 3rd', '2026-11-21', 'start')).toBe('2026-11-03');
    expect(read('I started on the 3rd', '2026-11-02', 'start')).toBe('2026-10-03');
    expect(read('the 31st', '2026-11-05', 'due')).toBe('2026-12-31');
    expect(read('the 31st', '2026-11-05', 'start')).toBe('2026-10-31');
    expect(read('the 3rd of next month', '2026-11-21', 'due')).toBe('2026-12-03');
  });

  it('reads the target dates the career conversation took before', () => {
    const due = (text: string, today = SAT) => read(text, today, 'due');
    expect(due('by the end of November')).toBe('2026-11-30');
    expect(due('31st March 2027')).toBe('2027-03-31');
    expect(due('31/03/2027')).toBe('2027-03-31');
    expect(due('31/3/27')).toBe('2027-03-31');
    expect(due('31-03-2027')).toBe('2027-03-31');
    expect(due('31.03.2027')).toBe('2027-03-31');
    expect(due('31.03')).toBe('2027-03-31');
    expect(due('31-03')).toBe('2027-03-31');
    expect(due('in 3 months')).toBe('2027-02-21');
    expect(due('maybe in 3 months')).toBe('2027-02-21');
    expect(due('two weeks')).toBe('2026-12-05');
    expect(due("six weeks' time")).toBe('2027-01-02');
    expect(due('2 weeks from now')).toBe('2026-12-05');
    expect(due('a couple of months')).toBe('2027-01-21');
    expect(due('in a fortnight')).toBe('2026-12-05');
    expect(due('Friday')).toBe('2026-11-27');
    expect(due('by tues')).toBe('2026-11-24');
    expect(due('thurs')).toBe('2026-11-26');
    expect(due('this week')).toBe('2026-11-27');
    expect(due('end of the week')).toBe('2026-11-27');
    expect(due('end of next week')).toBe('2026-12-04');
    expect(due('this month')).toBe('2026-11-30');
    expect(due('end of next month')).toBe('2026-12-31');
    expect(due('next month')).toBe('2026-12-21');
    expect(due('next year')).toBe('2027-11-21');
    expect(due('this year')).toBe('2026-12-31');
    expect(due('end of the year')).toBe('2026-12-31');
    expect(due('end of today')).toBe(SAT);
    expect(due('mid June')).toBe('2027-06-15');
    expect(due('mid-June')).toBe('2027-06-15');
    expect(due('middle of June')).toBe('2027-06-15');
    expect(due('3 months later')).toBe('2027-02-21');
    expect(read('I start May 3rd', SAT, 'start')).toBe('2027-05-03');
    expect(due('start of April 2027')).toBe('2027-04-01');
    expect(due('March')).toBe('2027-03-31');
    expect(due('20/11/2026')).toBe('2026-11-20');
    // Months are added the calendar way, and the end of February knows leap years.
    expect(due('in 1 month', '2027-01-31')).toBe('2027-02-28');
    expect(due('next month', '2027-01-31')).toBe('2027-02-28');
    expect(due('end of February', '2027-11-01')).toBe('2028-02-29');
    // A month then a day is a day, not a year ("March 31" is not March 2031).
    expect(due('March 31', '2026-01-01')).toBe('2026-03-31');
    expect(due('Dec 12th')).toBe('2026-12-12');
    expect(read('dec 12', '2026-01-01', 'start')).toBe('2025-12-12');
    expect(due('June 1st 2027')).toBe('2027-06-01');
    // 29 February without a year: the next one there is.
    expect(read('29 February', '2026-01-01', 'start')).toBe('2028-02-29');
    expect(due('29/2', '2026-01-01')).toBe('2028-02-29');
    expect(due('29.02', '2026-01-01')).toBe('2028-02-29');
    expect(due('29/02/2027')).toBeUndefined();
  });

  it('reads a first day in the past tense as the last one, and a pause end just gone as gone', () => {
    expect(read('I started on 3 March', SAT, 'start')).toBe('2026-03-03');
    expect(read('starting 3 March', SAT, 'start')).toBe('2027-03-03');
    expect(read('until 25 February', '2026-03-01', 'pause-end')).toBe('2026-02-25');
    expect(read('until 3 March', '2026-03-01', 'pause-end')).toBe('2026-03-03');
  });

  it('gives the words the date came from, as typed', () => {
    expect(parseDate('enrol @Sam on new to care starting 3 March', SAT, 'start')).toEqual({ date: '2027-03-03', matched: '3 March' });
    expect(parseDate('Enrol me, I started Last Monday', '2026-11-22', 'start')).toEqual({ date: '2026-11-16', matched: 'Last Monday' });
    expect(parseDate('31.03', SAT, 'due')).toEqual({ date: '2027-03-31', matched: '31.03' });
  });

  describe('whatever time zone the machine is in', () => {
    const saved = process.env['TZ'];
    afterEach(() => {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    });

    it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC', 'Europe/London'])('reads the same dates with the machine in %s', (tz) => {
      process.env['TZ'] = tz;
      expect(read('today', SAT, 'due')).toBe(SAT);
      expect(read('tomorrow', SAT, 'due')).toBe('2026-11-22');
      expect(read('I started last Monday', '2026-11-22', 'start')).toBe('2026-11-16');
      expect(read('next week', SAT, 'due')).toBe('2026-11-28');
      expect(read('in 2 weeks', SAT, 'due')).toBe('2026-12-05');
      expect(read('3/4', SAT, 'due')).toBe('2027-04-03');
      expect(read('3 April 2027', SAT, 'due')).toBe('2027-04-03');
      expect(read('the 3rd', SAT, 'due')).toBe('2026-12-03');
    });
  });
});
