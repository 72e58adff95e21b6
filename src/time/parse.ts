/**
 * Dates people type, in one place.
 *
 * chrono-node's UK English parser (`chrono.en.GB`: day before month, so 3/4 is
 * 3 April) finds the date in the text. A few parsers of our own, run before
 * chrono's, read what it does not ("the 3rd", "a fortnight", "mid June",
 * "end of next week", "tues", "31.03", "29 Feb" in a year without one) or
 * reads another way ("March 31" is a day, not March 2031; months are added
 * the calendar way: 31 January + 1 month is 28 February).
 *
 * Then the date is settled for the question it answers, because the same words
 * mean different days. The caller says which:
 *
 * - `start`: a first day at work, which may be past or future.
 * - `due`: a target date for an action, meant to be ahead.
 * - `pause-end`: when a pause of check-ins ends, meant to be ahead.
 *
 * Weekdays, the same for every question:
 * - "last Monday": the Monday before today (never today).
 * - "next Monday", "this Monday", "on Monday", "Monday": the first Monday
 *   after today (never today). As a first day in the past tense ("I started
 *   on Monday"): the last Monday, today included.
 * - "Monday next week" / "this week" / "last week": that week's Monday (weeks
 *   run Monday to Sunday). "Monday just gone": the last one.
 *
 * A day and month without a year ("3 March", "3/3", "end of March"):
 * - start: the next one if within 11 months, else the one just gone if within
 *   a month; in the past tense, the last one (today included).
 * - due: the next one, today included.
 * - pause-end: as for start, so a date just gone is refused by the caller
 *   rather than taken as a pause of nearly a year.
 *
 * A day of the month alone ("the 3rd", "3rd"):
 * - start: the nearest 3rd (last month's, this month's or next month's; a
 *   tie goes forward); in the past tense, the last one (today included).
 * - due and pause-end: this month's if it has not passed (today counts), else
 *   next month's. A month without that day is skipped ("the 31st").
 *
 * A month alone ("March", "in March"): the end of it for a target date, the
 * 1st for a pause end, and no first day (a start date needs a day).
 *
 * "next week": Monday of next week to start or end a pause; a week today for
 * a target. Ends of periods ("this week" = the coming Friday, "end of the
 * month", "next month", "end of the year") and lengths ("for 2 weeks") are
 * read for targets and pauses, not as first days.
 *
 * Full dates ("3 April 2027", "3/4/27", "2027-04-03") and dates counted from
 * today ("today", "tomorrow", "yesterday", "in 2 weeks", "3 days ago", "a
 * fortnight") are the same for every question. Whether a date is allowed (a
 * first day within the last year, a target date not in the past, a pause of
 * at most a year) is for the caller to say.
 */
import { createRequire } from 'node:module';
import type { Chrono, ParsedResult, ParsingContext, Parser } from 'chrono-node';
import { addDays, addMonths, isIsoDate } from './zone.js';
import { MONTH_NAMES } from './format.js';

export type DateQuestion = 'start' | 'due' | 'pause-end';

export interface FoundDate {
  /** YYYY-MM-DD. */
  date: string;
  /** The words the date was read from, as typed. */
  matched: string;
}

// ---------------------------------------------------------------------------
// Calendar arithmetic on YYYY-MM-DD

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | undefined {
  const s = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(s) ? s : undefined;
}

function partsOf(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

/** 0 = Sunday. */
function weekdayOf(date: string): number {
  const [y, m, d] = partsOf(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function lastDayOf(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = partsOf(a);
  const [by, bm, bd] = partsOf(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/** The first given weekday after `today` (never today itself). 0 = Sunday. */
export function nextWeekday(today: string, weekday: number): string {
  return addDays(today, ((weekday - weekdayOf(today) + 7) % 7) || 7);
}

/** The last given weekday before `today` (never today itself). */
function previousWeekday(today: string, weekday: number): string {
  return addDays(today, -(((weekdayOf(today) - weekday + 7) % 7) || 7));
}

// ---------------------------------------------------------------------------
// Our parsers, run before chrono's own

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

function monthNumber(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(w)) + 1;
}

/** Tags on our results, read when the date is settled. */
const TAG = {
  /** "for 2 weeks": a length of time, not a day someone starts. */
  forLength: 'cc/for-length',
  /** "end of March": the last day of whichever year's March is meant. */
  endOfMonth: 'cc/end-of-month',
  /** "this week", "end of the month": an end of a period. Not a start date. */
  period: 'cc/period',
  /** "next week": Monday of next week, or a week today for a target date. */
  nextWeek: 'cc/next-week',
} as const;

/** YYYY-MM-DD of the reference, which parseDate sets to noon UTC on `today`. */
function todayOf(context: ParsingContext): string {
  return context.reference.instant.toISOString().slice(0, 10);
}

function dateComponents(context: ParsingContext, date: string, ...tags: string[]) {
  const [year, month, day] = partsOf(date);
  return context.createParsingComponents({ year, month, day }).addTags(tags);
}

/** Words that may come before an answer that is only a date: "by", "maybe", … */
const FILLER_WORDS = '(?:by|before|around|about|roughly|maybe|probably|say|on|for|within|in)';
const FILLER = new RegExp(`^\\s*(?:${FILLER_WORDS}\\s+)*$`, 'i');

/** Whether the match is the whole answer, give or take filler words and end punctuation. */
function isWholeAnswer(context: ParsingContext, match: RegExpMatchArray): boolean {
  const before = context.text.slice(0, match.index);
  const after = context.text.slice((match.index ?? 0) + match[0].length);
  return FILLER.test(before) && /^[\s.!]*$/.test(after);
}

/**
 * A length of time from today: "in 3 months", "for 2 weeks", "within a
 * fortnight", "six weeks' time", "2 weeks from now", "3 days ago". A bare
 * "two weeks" counts only as the whole answer, so "a 6 month induction" is not
 * read as a date.
 */
const lengthParser: Parser = {
  pattern: () =>
    /(?<![\w'])(?:(in|within|after|for)\s+)?(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\s+)?couple\s+of|(?:a\s+)?few)\s+(days?|weeks?|fortnights?|months?|years?)(?:('?\s+time)|\s+(from\s+(?:now|today))|\s+(ago))?(?![\w])/i,
  extract(context, match) {
    const [, lead, amount, unit, time, fromNow, ago] = match as unknown as Array<string | undefined>;
    if (!lead && !time && !fromNow && !ago && !isWholeAnswer(context, match)) return null;
    const word = amount!.toLowerCase().replace(/\s+/g, ' ');
    const n = /^\d+$/.test(word) ? Number(word) : word.includes('couple') ? 2 : word.includes('few') ? 3 : (NUMBER_WORDS[word] ?? 1);
    const sign = ago ? -1 : 1;
    const today = todayOf(context);
    const u = unit!.toLowerCase();
    const date = u.startsWith('month')
      ? addMonths(today, sign * n)
      : u.startsWith('year')
        ? addMonths(today, sign * 12 * n)
        : addDays(today, sign * n * (u.startsWith('fortnight') ? 14 : u.startsWith('week') ? 7 : 1));
    return lead?.toLowerCase() === 'for' ? dateComponents(context, date, TAG.forLength) : dateComponents(context, date);
  },
};

/** "a fortnight", "in a fortnight", "fortnight": two weeks today. */
const fortnightParser: Parser = {
  pattern: () => /(?<![\w'])(?:(?:in|within|for)\s+)?(?:a\s+)?fortnight(?:'?s?\s+time)?(?![\w])/i,
  extract: (context, match) => {
    if (!/^(?:in|within)\b|time$/i.test(match[0]) && !isWholeAnswer(context, match)) return null;
    return dateComponents(context, addDays(todayOf(context), 14));
  },
};

/**
 * A day of a month not named: "the 3rd", "3rd", "on the 21st, please". With
 * "of this month", "of next month" or "of last month" the month is known. Not
 * when a noun follows ("3rd year", "the 2nd cohort"): only the end, a
 * punctuation mark or a joining word may. "3rd March" is chrono's, and
 * longer, so it wins.
 */
const dayOfMonthParser: Parser = {
  pattern: () =>
    /(?<![\w/.-])(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(this|next|last)\s+month)?(?=\s*$|\s*[^\w\s]|\s+(?:and|or|please|at|as|then|but|so|if|i|i'm|we|my|his|her|their|is|was|when|with|because|thanks)\b)/i,
  extract(context, match) {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    const which = match[2]?.toLowerCase();
    // The month is settled later; imply one with 31 days so chrono keeps the day as a real date.
    if (!which) return context.createParsingComponents({ day }).imply('month', 1).imply('year', 2000);
    const [y, m] = partsOf(todayOf(context));
    const first = addMonths(`${y}-${pad(m)}-01`, which === 'next' ? 1 : which === 'last' ? -1 : 0);
    const [fy, fm] = partsOf(first);
    const date = iso(fy, fm, day);
    return date ? dateComponents(context, date) : null;
  },
};

/** "start of April", "beginning of April 2027", "mid June", "middle of June", "end of March", "by the end of November". */
const partOfMonthParser: Parser = {
  pattern: () => new RegExp(`(?<![\\w])(?:the\\s+)?(?:(start|beginning|middle|mid|end)\\s+of\\s+|(mid)(?:\\s*-\\s*|\\s+))(?:the\\s+month\\s+of\\s+)?${MONTH_WORD}(?:,?\\s+(\\d{4}))?(?![\\w])`, 'i'),
  extract(context, match) {
    const part = (match[1] ?? match[2]!).toLowerCase();
    const month = monthNumber(match[3]!);
    const year = match[4] ? Number(match[4]) : undefined;
    const end = part === 'end';
    const dayIn = (y: number) => (end ? lastDayOf(y, month) : part === 'start' || part === 'beginning' ? 1 : 15);
    if (year !== undefined) return context.createParsingComponents({ year, month, day: dayIn(year) });
    const components = context.createParsingComponents({ month, day: dayIn(Number(todayOf(context).slice(0, 4))) });
    return end ? components.addTag(TAG.endOfMonth) : components;
  },
};

/** A month then a day: "March 31", "Dec 12th", "June 1st 2027". chrono reads "March 31" as March 2031. */
const monthDayParser: Parser = {
  pattern: () => new RegExp(`(?<![\\w])${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\w])(?:,?\\s+(\\d{4})(?![\\w]))?`, 'i'),
  extract(context, match) {
    const month = monthNumber(match[1]!);
    const day = Number(match[2]);
    if (day < 1 || day > lastDayOf(2000, month)) return null;
    if (!match[3]) return context.createParsingComponents({ month, day }).imply('year', 2000);
    const date = iso(Number(match[3]), month, day);
    return date ? dateComponents(context, date) : null;
  },
};

/** 29 February without a year ("29 Feb", "29/2"), which chrono drops in a year that has none. */
const leapDayParser: Parser = {
  pattern: () => /(?<![\w/.-])(?:29(?:th)?(?:\s+of)?\s+feb(?:ruary)?|29\/0?2)(?![\w/])(?!,?\s+\d{4})/i,
  extract: (context) => context.createParsingComponents({ day: 29, month: 2 }).imply('year', 2000),
};

/** Ends of periods and periods from today: "this week", "end of next week", "end of the month", "next month", "this year", "end of the day", "next week". */
const periodParser: Parser = {
  pattern: () =>
    /(?<![\w])(?:the\s+)?(?:(end\s+of\s+(?:the\s+|this\s+)?(?:week|month|year|day)|end\s+of\s+today|end\s+of\s+next\s+(?:week|month)|this\s+(?:week|month|year))|(next\s+(?:week|month|year)))(?![\w])/i,
  extract(context, match) {
    const t = match[0].toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
    const today = todayOf(context);
    const [y, m] = partsOf(today);
    const friday = addDays(today, (5 - weekdayOf(today) + 7) % 7);
    const endOfMonth = (date: string) => {
      const [yy, mm] = partsOf(date);
      return iso(yy, mm, lastDayOf(yy, mm))!;
    };
    let date: string;
    if (t === 'next week') return dateComponents(context, addDays(today, 7), TAG.period, TAG.nextWeek);
    if (t === 'next month') date = addMonths(today, 1);
    else if (t === 'next year') date = addMonths(today, 12);
    else if (/day$|today$/.test(t)) date = today;
    else if (t === 'end of next week') date = addDays(friday, 7);
    else if (/week$/.test(t)) date = friday;
    else if (t === 'end of next month') date = endOfMonth(addMonths(`${y}-${pad(m)}-01`, 1));
    else if (/month$/.test(t)) date = endOfMonth(today);
    else date = `${y}-12-31`;
    return dateComponents(context, date, TAG.period);
  },
};

/** Weekday short forms chrono does not know: "tues", "weds". */
const weekdayShortParser: Parser = {
  pattern: () => /(?<![\w])(?:(?:on\s+)?(?:this|last|past|next)\s+)?(tues|weds)(?![\w])/i,
  extract: (context, match) => context.createParsingComponents({ weekday: match[1]!.toLowerCase() === 'tues' ? 2 : 3 }),
};

/**
 * chrono-node takes about a tenth of a second to load, so it is loaded when a
 * date is first read (or by `warmDateReader` once the server is up), not at start-up.
 */
let reader: Chrono | undefined;
function dateReader(): Chrono {
  if (!reader) {
    // English alone: the package's own entry loads every language it knows (twice the memory).
    const en = createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node')['en'];
    reader = en.GB.clone();
    reader.parsers.unshift(lengthParser, fortnightParser, dayOfMonthParser, partOfMonthParser, monthDayParser, leapDayParser, periodParser, weekdayShortParser);
  }
  return reader;
}

/** Loads the date reader in the background, so the first person to type a date does not wait for it. */
export function warmDateReader(): void {
  setImmediate(() => dateReader()).unref();
}

/** "31.03" or "31-03" as the whole answer is read as 31/03 (in a sentence it might be a range, like "band 5-6"). Same length, so positions hold. */
const DAY_MONTH_ANSWER = new RegExp(`^(\\s*(?:${FILLER_WORDS}\\s+)*\\d{1,2})[.-](\\d{1,2}[\\s.!]*)$`, 'i');

// ---------------------------------------------------------------------------
// Settling a date for the question

/** "I started on Monday": a first day in the past. */
const PAST_TENSE = /\b(?:started|began|begun|joined|arrived|was|were)\b/i;

/** A day and month without a year. `dayIn` gives the day for a year (the last day of a month differs). */
function yearless(month: number, dayIn: (y: number) => number, today: string, question: DateQuestion, past: boolean): string | undefined {
  const y = Number(today.slice(0, 4));
  const dates = [y - 4, y - 3, y - 2, y - 1, y, y + 1, y + 2, y + 3, y + 4].map((yy) => iso(yy, month, dayIn(yy))).filter((d): d is string => d !== undefined);
  const next = dates.find((d) => d >= today);
  const last = [...dates].reverse().find((d) => d <= today);
  if (question === 'due') return next;
  if (question === 'start' && past) return last;
  if (next && next <= addMonths(today, 11)) return next;
  const gone = [...dates].reverse().find((d) => d < today);
  if (gone && gone >= addMonths(today, -1)) return gone;
  return next;
}

/** A day of a month not named ("the 3rd"). */
function dayOfMonth(day: number, today: string, question: DateQuestion, past: boolean): string | undefined {
  const [y, m] = partsOf(today);
  const first = `${y}-${pad(m)}-01`;
  const dates = [-2, -1, 0, 1, 2, 3]
    .map((k) => partsOf(addMonths(first, k)))
    .map(([yy, mm]) => iso(yy, mm, day))
    .filter((d): d is string => d !== undefined);
  const next = dates.find((d) => d >= today);
  const last = [...dates].reverse().find((d) => d <= today);
  if (question !== 'start') return next;
  if (past) return last;
  if (!next) return last;
  if (!last) return next;
  return daysBetween(last, today) < daysBetween(today, next) ? last : next;
}

/** A weekday, with what was said around it. */
function weekday(target: number, r: ParsedResult, text: string, today: string, question: DateQuestion, past: boolean): string {
  const words = r.text.toLowerCase();
  const week = /(this|last|past|next)\s*week\s*$/.exec(words);
  if (week) {
    // Weeks run Monday to Sunday.
    const monday = addDays(today, -((weekdayOf(today) + 6) % 7));
    const shift = week[1] === 'next' ? 7 : week[1] === 'this' ? 0 : -7;
    return addDays(monday, shift + ((target + 6) % 7));
  }
  const after = text.slice(r.index + r.text.length);
  if (/\b(?:last|past)\b/.test(words) || /^\s+(?:just\s+gone|that\s+(?:has\s+|just\s+)*(?:gone|passed))\b/i.test(after)) return previousWeekday(today, target);
  if (/\bnext\b/.test(words)) return nextWeekday(today, target);
  if (question === 'start' && past) return weekdayOf(today) === target ? today : previousWeekday(today, target);
  return nextWeekday(today, target);
}

/** chrono's readings that are no day to plan for: "now", "in a minute", "in 3 hours". */
const NOT_A_DAY = ['casualReference/now', 'result/relativeDateAndTime'];

function settle(r: ParsedResult, text: string, today: string, question: DateQuestion, past: boolean): string | undefined {
  const s = r.start;
  const tags = r.tags();
  if (NOT_A_DAY.some((t) => tags.has(t))) return undefined;
  const known = (c: 'year' | 'month' | 'day' | 'weekday') => s.isCertain(c);
  const full = () => iso(s.get('year')!, s.get('month')!, s.get('day')!);

  if (tags.has(TAG.nextWeek)) return question === 'due' ? full() : nextWeekday(today, 1);
  if (question === 'start' && (tags.has(TAG.period) || tags.has(TAG.forLength))) return undefined;
  if (known('year') && known('month') && known('day')) return full();
  // Counted from today by chrono ("3 months later"): the day it implies.
  if (tags.has('result/relativeDate')) return full();
  if (known('weekday') && !known('day')) return weekday(s.get('weekday')!, r, text, today, question, past);
  const month = s.get('month')!;
  if (known('month') && known('day')) {
    const day = s.get('day')!;
    return yearless(month, (y) => (tags.has(TAG.endOfMonth) ? lastDayOf(y, month) : day), today, question, past);
  }
  if (known('day')) return dayOfMonth(s.get('day')!, today, question, past);
  if (known('month')) {
    // A month with no day: never a first day; the end of it for a target, the start of it for a pause.
    if (question === 'start') return undefined;
    const dayIn = (y: number) => (question === 'due' ? lastDayOf(y, month) : 1);
    if (known('year')) return iso(s.get('year')!, month, dayIn(s.get('year')!));
    return yearless(month, dayIn, today, question, false);
  }
  // Only a time, or only a year.
  return undefined;
}

/**
 * The first date in `text`, read relative to `today` (YYYY-MM-DD, the trust's
 * local date) for the kind of date the question asks for. Undefined when
 * there is none, or it is not a real date ("31 February").
 */
export function parseDate(text: string, today: string, question: DateQuestion): FoundDate | undefined {
  const [y, m, d] = partsOf(today);
  const reference = { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 };
  const past = question === 'start' && PAST_TENSE.test(text);
  for (const r of dateReader().parse(text.replace(DAY_MONTH_ANSWER, '$1/$2'), reference)) {
    const date = settle(r, text, today, question, past);
    if (date) return { date, matched: text.slice(r.index, r.index + r.text.length) };
  }
  return undefined;
}
