/**
 * Working hours in words: reading typed hours ("9 to 5", "7pm to 7am", "any
 * time") and how long to pause, and putting a working pattern and a time into
 * words. The words are in content/wording/checkins.yaml (`read`, `describe`
 * and `hours.pause`).
 */
import type { Content } from '../../src/content/model.js';
import type { WorkingPattern } from '../../src/store/ports.js';
import { addDays, localDate, localParts } from '../../src/time/zone.js';
import { normalise } from '../../src/core/router.js';
import { WEEKDAY_NAMES, longDate } from '../../src/time/format.js';
import { parseDate } from '../../src/time/parse.js';
import { WORD_END, WORD_START, alternation, checkinsWords, hasPhrase } from './wording.js';
import { WEEKDAYS } from './requests.js';

type HasWording = Pick<Content, 'wording'>;

const pad = (n: number) => String(n).padStart(2, '0');

/** "9 to 5", "7pm to 7am", "09:00-17:30", "nights", "any time". Start equal to end means any time. */
export function parseHours(content: HasWording, text: string): { start: string; end: string } | undefined {
  const w = checkinsWords(content).read;
  const word = (words: readonly string[]) => new RegExp(`${WORD_START}(?:${alternation(words)})${WORD_END}`, 'gu');
  const t = text
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\ba\.m\.?/g, 'am')
    .replace(/\bp\.m\.?/g, 'pm')
    .replace(word(w.midday), '12pm')
    .replace(word(w.midnight), '12am');
  if (hasPhrase(normalise(t), w.anyTime)) return { start: '00:00', end: '00:00' };
  const range = new RegExp(`(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?\\s*(?:-|${alternation(w.timeRange)})\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?`, 'u');
  const m = range.exec(t);
  if (!m) {
    if (hasPhrase(normalise(t), w.nights)) return { start: '19:00', end: '07:00' };
    return undefined;
  }
  let h1 = Number(m[1]);
  let h2 = Number(m[4]);
  const m1 = Number(m[2] ?? 0);
  const m2 = Number(m[5] ?? 0);
  let mer1 = m[3] as 'am' | 'pm' | undefined;
  let mer2 = m[6] as 'am' | 'pm' | undefined;
  if (m1 > 59 || m2 > 59) return undefined;
  const other = (x: 'am' | 'pm') => (x === 'am' ? 'pm' : 'am');
  if (mer1 && !mer2) mer2 = h2 % 12 > h1 % 12 ? mer1 : other(mer1);
  if (mer2 && !mer1) mer1 = h1 % 12 < h2 % 12 ? mer2 : other(mer2);
  if (mer1 && mer2) {
    if (h1 < 1 || h1 > 12 || h2 < 1 || h2 > 12) return undefined;
    h1 = (h1 % 12) + (mer1 === 'pm' ? 12 : 0);
    h2 = (h2 % 12) + (mer2 === 'pm' ? 12 : 0);
  } else {
    const twentyFour = h1 > 12 || h2 > 12 || /^0\d/.test(m[1]!) || /^0\d/.test(m[4]!);
    if (h2 === 24) h2 = 0;
    if (h1 > 23 || h2 > 23) return undefined;
    // "9 to 5" is nine in the morning to five in the afternoon.
    if (!twentyFour && h2 <= h1 && h2 < 12) h2 += 12;
  }
  return { start: `${pad(h1)}:${pad(m1)}`, end: `${pad(h2)}:${pad(m2)}` };
}

/** "9am", "5:30pm", "midnight". */
export function formatTime(content: HasWording, hhmm: string): string {
  const w = checkinsWords(content).describe;
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  if (h === 0 && m === 0) return w.midnight;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const time = m === 0 ? `${h12}` : `${h12}:${pad(m)}`;
  return h < 12 ? w.am({ time }) : w.pm({ time });
}

/** "Monday, Tuesday and Friday". */
export function listWords(content: HasWording, items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : checkinsWords(content).describe.and({ items: items.slice(0, -1).join(', '), last: items.at(-1)! });
}

/** "Sundays": a day's name for every week. */
export function dayPlural(content: HasWording, day: number): string {
  return checkinsWords(content).describe.plural({ day: WEEKDAY_NAMES[day]! });
}

export function describeDays(content: HasWording, days: number[]): string {
  const w = checkinsWords(content).describe;
  const s = [...new Set(days)].sort((a, b) => a - b);
  if (s.length === 7) return w.everyDay;
  if (s.join() === WEEKDAYS.join()) return w.weekdays;
  if (s.join() === '0,6') return w.weekends;
  // Monday first, as people say it.
  const ordered = [...s.filter((d) => d !== 0), ...s.filter((d) => d === 0)];
  return w.onDays({ days: listWords(content, ordered.map((d) => WEEKDAY_NAMES[d]!)) });
}

/** "on weekdays, from 9am to 5pm, but not on bank holidays". */
export function describePattern(content: HasWording, p: WorkingPattern): string {
  const w = checkinsWords(content).describe;
  const times = { start: formatTime(content, p.start), end: formatTime(content, p.end) };
  const hours = p.start === p.end ? w.anyTime : p.end < p.start ? w.overnight(times) : w.fromTo(times);
  return w.pattern({ days: describeDays(content, p.days), hours, bank: p.quietOnBankHolidays ? w.bankQuiet : w.bankIncluded });
}

/** "Monday 9 March at 9am", in the trust's time zone. */
export function formatWhen(content: HasWording, instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  const date = longDate(localDate(instant, timeZone)).replace(/ \d{4}$/, '');
  return checkinsWords(content).describe.at({ date, time: formatTime(content, `${pad(p.hour)}:${pad(p.minute)}`) });
}

/**
 * How long to pause: "for two weeks", "for 10 days", "for a month", "until 3
 * March", "until Monday" (read as a pause end, src/time/parse.ts). Default 14
 * days. The end must be after today and at most a year away.
 */
export function parsePause(content: HasWording, text: string, now: Date, timeZone: string): { date: string } | { problem: string } {
  const w = checkinsWords(content);
  const today = localDate(now, timeZone);
  const found = parseDate(text, today, 'pause-end');
  let date: string;
  if (found) {
    date = found.date;
    if (date <= today) return { problem: w.hours.pause.notInFuture({ date: longDate(date) }) };
  } else if (hasPhrase(normalise(text), w.read.until)) {
    return { problem: w.hours.pause.whichDate };
  } else {
    date = addDays(today, 14);
  }
  if (date > addDays(today, 366)) return { problem: w.hours.pause.upToAYear };
  return { date };
}
