/**
 * Dates as people read them: one set of month and weekday names, and the two
 * ways a date is written in messages and files. No locale data is used, so the
 * words are the same on every machine.
 */

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Indexed like `Date.getUTCDay()` and `LocalParts.weekday`: 0 is Sunday. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

function parts(date: string): [number, number, number] | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? [Number(m[1]), month, Number(m[3])] : undefined;
}

/** "3 March 2027" for 2027-03-03; anything that is not YYYY-MM-DD is returned as it is. */
export function shortDate(date: string): string {
  const p = parts(date);
  if (!p) return date;
  const [y, m, d] = p;
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** "Wednesday 3 March 2027" for 2027-03-03; anything that is not YYYY-MM-DD is returned as it is. */
export function longDate(date: string): string {
  const p = parts(date);
  if (!p) return date;
  const [y, m, d] = p;
  return `${WEEKDAY_NAMES[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${shortDate(date)}`;
}
