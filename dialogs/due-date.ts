/**
 * Reading a target date the way people type it: "next week", "end of March",
 * "31/03/2027", "2027-03-31", "in 3 months", "skip". Dates are UK order
 * (day first). Pure: `today` (YYYY-MM-DD, local) is passed in.
 */
import { addDays, addMonths, isIsoDate } from '../src/scheduler/time.js';

export type DueParse =
  | { kind: 'date'; date: string }
  /** The person does not want a date. */
  | { kind: 'none' }
  /** A real date, but before today. */
  | { kind: 'past'; date: string }
  | { kind: 'unknown' };

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6,
};

const NONE = /^(skip|no date|none|no|nope|not sure|unsure|no deadline|no rush|don'?t know|dunno|n\/?a|later|not yet|no thanks|leave it|no target)$/;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | undefined {
  const s = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(s) ? s : undefined;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

/** A date given without a year: this year, or next year if that has passed. */
function rolling(today: string, month: number, day: (y: number) => number): string | undefined {
  const y = Number(today.slice(0, 4));
  const thisYear = iso(y, month, day(y));
  if (thisYear && thisYear >= today) return thisYear;
  return iso(y + 1, month, day(y + 1));
}

function result(date: string | undefined, today: string): DueParse {
  if (!date) return { kind: 'unknown' };
  return date < today ? { kind: 'past', date } : { kind: 'date', date };
}

/** Reads a target date relative to `today` (YYYY-MM-DD). */
export function parseDue(text: string, today: string): DueParse {
  let t = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (NONE.test(t)) return { kind: 'none' };
  t = t.replace(/^(by|before|on|for|around|about|at|within|until|till|maybe|probably)\s+/, '').replace(/^the\s+/, '').trim();
  t = t.replace(/(\d+)(st|nd|rd|th)\b/g, '$1').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();

  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));

  if (t === 'today' || t === 'end of today' || t === 'end of the day') return { kind: 'date', date: today };
  if (t === 'tomorrow') return { kind: 'date', date: addDays(today, 1) };
  if (t === 'next week') return { kind: 'date', date: addDays(today, 7) };
  if (t === 'next month') return { kind: 'date', date: addMonths(today, 1) };
  if (t === 'next year') return { kind: 'date', date: addMonths(today, 12) };
  if (/^(this week|end of (this |the )?week)$/.test(t)) {
    // The coming Friday (today, if it is Friday).
    return { kind: 'date', date: addDays(today, (5 - weekday(today) + 7) % 7) };
  }
  if (/^end of next week$/.test(t)) {
    const wd = weekday(today);
    return { kind: 'date', date: addDays(today, ((5 - wd + 7) % 7) + 7) };
  }
  if (/^(this month|end of (this |the )?month)$/.test(t)) return { kind: 'date', date: iso(y, m, lastDay(y, m))! };
  if (t === 'end of next month') {
    const next = addMonths(`${y}-${pad(m)}-01`, 1);
    const ny = Number(next.slice(0, 4));
    const nm = Number(next.slice(5, 7));
    return { kind: 'date', date: iso(ny, nm, lastDay(ny, nm))! };
  }
  if (/^(this year|end of (this |the )?year)$/.test(t)) return result(iso(y, 12, 31), today);

  // "in 3 months", "2 weeks", "in a fortnight", "a month from now", "six weeks' time"
  const rel = /^(?:in )?(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|couple of|a few) (day|week|fortnight|month|year)s?(?:'? time| from now| from today)?$/.exec(t);
  if (rel) {
    const word = rel[1]!;
    const n = /^\d+$/.test(word) ? Number(word) : word.includes('couple') ? 2 : word.includes('few') ? 3 : NUMBERS[word] ?? 1;
    switch (rel[2]) {
      case 'day':
        return { kind: 'date', date: addDays(today, n) };
      case 'week':
        return { kind: 'date', date: addDays(today, 7 * n) };
      case 'fortnight':
        return { kind: 'date', date: addDays(today, 14 * n) };
      case 'month':
        return { kind: 'date', date: addMonths(today, n) };
      default:
        return { kind: 'date', date: addMonths(today, 12 * n) };
    }
  }
  if (/^(in )?a fortnight$/.test(t)) return { kind: 'date', date: addDays(today, 14) };

  // ISO: 2027-03-31
  let x = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (x) return result(iso(Number(x[1]), Number(x[2]), Number(x[3])), today);

  // UK numeric: 31/03/2027, 31/3/27, 31-03-2027, 31.03.2027, 31/03
  x = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(t);
  if (x) {
    const d = Number(x[1]);
    const mo = Number(x[2]);
    if (x[3]) return result(iso(fullYear(x[3]), mo, d), today);
    return result(rolling(today, mo, () => d), today);
  }

  // "31 march 2027", "31 mar", "march 31 2027", "march 31"
  x = /^(\d{1,2}) (?:of )?([a-z]+)(?: (\d{4}))?$/.exec(t) ?? null;
  let day: number | undefined;
  let monthWord: string | undefined;
  let year: string | undefined;
  if (x) {
    day = Number(x[1]);
    monthWord = x[2];
    year = x[3];
  } else {
    x = /^([a-z]+) (\d{1,2})(?: (\d{4}))?$/.exec(t);
    if (x && MONTHS[x[1]!]) {
      monthWord = x[1];
      day = Number(x[2]);
      year = x[3];
    }
  }
  if (monthWord && day !== undefined) {
    const mo = MONTHS[monthWord];
    if (!mo) return { kind: 'unknown' };
    if (year) return result(iso(Number(year), mo, day), today);
    return result(rolling(today, mo, () => day!), today);
  }

  // "end of march", "start of april 2027", "mid june", "march", "in march", "march 2027"
  x = /^(?:(end|start|beginning|middle|mid)(?: of)? )?(?:in )?([a-z]+)(?: (\d{4}))?$/.exec(t);
  if (x && MONTHS[x[2]!]) {
    const mo = MONTHS[x[2]!]!;
    const which = x[1] ?? 'end';
    const dayOf = (yy: number) => (which === 'end' ? lastDay(yy, mo) : which === 'start' || which === 'beginning' ? 1 : 15);
    if (x[3]) return result(iso(Number(x[3]), mo, dayOf(Number(x[3]))), today);
    return result(rolling(today, mo, dayOf), today);
  }

  // "friday", "next friday", "this friday"
  x = /^(?:next |this |on )?([a-z]+)$/.exec(t);
  if (x && WEEKDAYS[x[1]!] !== undefined) {
    const target = WEEKDAYS[x[1]!]!;
    const diff = (target - weekday(today) + 7) % 7 || 7;
    return { kind: 'date', date: addDays(today, diff) };
  }

  return { kind: 'unknown' };
}
