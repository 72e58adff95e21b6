/**
 * Dates people type.
 */
import { addDays, isIsoDate } from './zone.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

function monthIndex(word: string): number {
  return MONTHS.findIndex((m) => m.startsWith(word.slice(0, 3)));
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthsLater(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const last = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  return iso(Math.floor(total / 12), (total % 12) + 1, Math.min(d, last));
}

/** A day and month without a year: the next one within 11 months, else the past one if within a month. */
function nearestDayMonth(day: number, month: number, today: string): string | undefined {
  const year = Number(today.slice(0, 4));
  const dates = [year - 1, year, year + 1, year + 2].map((y) => iso(y, month, day)).filter(isIsoDate);
  if (dates.length === 0) return undefined;
  const next = dates.find((d) => d >= today);
  if (next && next <= monthsLater(today, 11)) return next;
  const past = [...dates].reverse().find((d) => d < today);
  if (past && past >= monthsLater(today, -1)) return past;
  return next;
}

/**
 * Finds a date in free text, relative to `today` (YYYY-MM-DD, local): "today",
 * "tomorrow", "next Monday", "3 March", "March 3rd", "3/3", "3/3/2027",
 * "2027-03-03". Day-month dates are read the UK way. Returns the date and the
 * words it came from, or undefined.
 */
export function parseDate(text: string, today: string): { date: string; matched: string } | undefined {
  const t = text.toLowerCase();
  let m = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(t);
  if (m) {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return isIsoDate(d) ? { date: d, matched: m[0] } : undefined;
  }
  m = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b/.exec(t);
  if (m) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (m[3]) {
      const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      const d = iso(year, month, day);
      return isIsoDate(d) ? { date: d, matched: m[0] } : undefined;
    }
    const d = month >= 1 && month <= 12 ? nearestDayMonth(day, month, today) : undefined;
    return d ? { date: d, matched: m[0] } : undefined;
  }
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH_WORD}\\b(?:,?\\s+(\\d{4}))?`).exec(t);
  const m2 = m ? undefined : new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`).exec(t);
  if (m || m2) {
    const day = Number(m ? m[1] : m2![2]);
    const month = monthIndex(m ? m[2]! : m2![1]!) + 1;
    const yearText = m ? m[3] : m2![3];
    const d = yearText ? iso(Number(yearText), month, day) : nearestDayMonth(day, month, today);
    return d && isIsoDate(d) ? { date: d, matched: (m ?? m2)![0] } : undefined;
  }
  m = /\b(today|tomorrow|yesterday)\b/.exec(t);
  if (m) return { date: addDays(today, m[1] === 'today' ? 0 : m[1] === 'tomorrow' ? 1 : -1), matched: m[0] };
  m = /\bnext week\b/.exec(t);
  if (m) return { date: nextWeekday(today, 1), matched: m[0] };
  m = new RegExp(`\\b(?:(?:next|this|on|coming|this coming)\\s+)?(${WEEKDAYS.join('|')})\\b`).exec(t);
  if (m) return { date: nextWeekday(today, WEEKDAYS.indexOf(m[1]!)), matched: m[0] };
  return undefined;
}

/** The first given weekday after `today` (never today itself). */
export function nextWeekday(today: string, weekday: number): string {
  const [y, mo, d] = today.split('-').map(Number) as [number, number, number];
  const current = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  const ahead = ((weekday - current + 7) % 7) || 7;
  return addDays(today, ahead);
}

