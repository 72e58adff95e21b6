/**
 * Dates as people read them.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "Monday 3 March 2027" for 2027-03-03. */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return `${cap(WEEKDAYS[weekday]!)} ${d} ${cap(MONTHS[m - 1]!)} ${y}`;
}
