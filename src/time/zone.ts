/**
 * Local time in a time zone, without a date library: Intl gives the wall-clock
 * parts of any instant, and local wall times are turned back into instants by
 * correcting for the offset (twice, to settle on the right side of a clock
 * change). Everything stored is UTC; local time is only used to decide when.
 */
import type { WorkingPattern } from '../store/ports.js';

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Throws a clear error for a time zone name Intl does not know. */
export function checkTimeZone(timeZone: string): void {
  formatter(timeZone);
}

export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    weekday: WEEKDAYS[parts['weekday'] ?? 'Sun'] ?? 0,
  };
}

/** The local calendar date of an instant, YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant when the wall clock in `timeZone` shows `date` `time`. A time
 * that does not exist (skipped in spring) moves forward to the first one that
 * does; a time that happens twice (autumn) is the first of the two.
 */
export function zonedTime(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset on the right side of a change.
  let guess = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - offsetMinutes(new Date(guess), timeZone) * 60_000;
  const candidates = [guess - 3_600_000, guess, guess + 3_600_000].filter((t) => {
    const p = localParts(new Date(t), timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) === wall;
  });
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // Skipped by a clock change: the first minute after the gap.
  for (let t = guess - 2 * 3_600_000; t < guess + 3 * 3_600_000; t += 60_000) {
    const p = localParts(new Date(t), timeZone);
    if (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) > wall) return new Date(t);
  }
  return new Date(guess);
}

/** Adds calendar months to a YYYY-MM-DD date, keeping the day where it can (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${pad(nm)}-${pad(Math.min(d, last))}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const DEFAULT_WORKING_PATTERN: WorkingPattern = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', quietOnBankHolidays: true };

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * Whether a message may arrive at `instant` for someone with this pattern.
 * A window whose end is before its start runs overnight: it belongs to the day
 * it starts on (a Friday night shift may get messages early on Saturday).
 */
export function isAllowed(instant: Date, pattern: WorkingPattern, timeZone: string, bankHolidays: ReadonlySet<string>): boolean {
  const p = localParts(instant, timeZone);
  const now = p.hour * 60 + p.minute;
  const start = minutesOf(pattern.start);
  const end = minutesOf(pattern.end);
  const today = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  const dayOk = (weekday: number, date: string) =>
    pattern.days.includes(weekday) && !(pattern.quietOnBankHolidays && bankHolidays.has(date));
  if (start === end) return dayOk(p.weekday, today);
  if (start < end) return now >= start && now < end && dayOk(p.weekday, today);
  // Overnight window: the evening part belongs to today, the early-morning part to yesterday.
  if (now >= start) return dayOk(p.weekday, today);
  if (now < end) return dayOk((p.weekday + 6) % 7, addDays(today, -1));
  return false;
}

/**
 * The first instant at or after `from` when a message may arrive. Searches
 * minute by minute over window edges, for at most 15 days; returns undefined
 * if the pattern never allows messages (e.g. no days chosen).
 */
export function nextAllowed(from: Date, pattern: WorkingPattern, timeZone: string, bankHolidays: ReadonlySet<string>): Date | undefined {
  if (isAllowed(from, pattern, timeZone, bankHolidays)) return from;
  if (pattern.days.length === 0) return undefined;
  // Candidate starts: the start time on each of the next 15 local days.
  const today = localDate(from, timeZone);
  for (let i = 0; i <= 15; i++) {
    const day = addDays(today, i);
    const t = zonedTime(day, pattern.start, timeZone);
    if (t.getTime() >= from.getTime() && isAllowed(t, pattern, timeZone, bankHolidays)) return t;
  }
  return undefined;
}
