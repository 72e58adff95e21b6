/**
 * When the bot may message someone, and breaks from it.
 *
 * - "my working hours": days (Weekdays, Every day, Custom), hours ("9 to 5",
 *   "7pm to 7am" for nights, "any time") and whether bank holidays are quiet;
 *   saved as `profile.workingPattern`, which the scheduler keeps to.
 * - "I work nights": 7pm to 7am, every day.
 * - "don't message me on Sundays": takes those days out.
 * - "pause check-ins", "pause reminders for two weeks", "… until 3 March":
 *   `profile.pausedUntil` (14 days when no length is given). "resume
 *   check-ins" clears it and brings forward what the pause held back.
 * - "remind me tomorrow" / "remind me next week": the latest check-in or
 *   action reminder that was sent and not yet answered comes again, as a new
 *   reminder `<original id>|snooze|<date>`, at the first time the person's
 *   pattern allows on that day (or after it, if that day is a quiet day).
 */
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { answerButton, answerText, startButton, type Dialog, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { Profile, Reminder, WorkingPattern } from '../../src/store/ports.js';
import { DEFAULT_WORKING_PATTERN, addDays, localDate, localParts, nextAllowed, zonedTime } from '../../src/time/zone.js';
import { nudgeReminderId } from './plan.js';
import { answerId } from './reminders.js';
import { normalise, type RouteRule } from '../../src/core/router.js';
import { WEEKDAY_NAMES, longDate } from '../../src/time/format.js';
import { nextWeekday, parseDate } from '../../src/time/parse.js';

export type WorkingHoursCommand =
  | { mode: 'configure' }
  | { mode: 'nights' }
  | { mode: 'not-days'; days: number[] }
  | { mode: 'pause' }
  | { mode: 'resume' }
  | { mode: 'snooze'; when: 'tomorrow' | 'next-week' };

const DAY_PATTERNS: RegExp[] = [
  /^sun(day)?s?$/,
  /^mon(day)?s?$/,
  /^tue(s|sday)?s?$/,
  /^wed(s|nesday)?s?$/,
  /^thu(r|rs|rsday)?s?$/,
  /^fri(day)?s?$/,
  /^sat(urday)?s?$/,
];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const WEEKDAYS = [1, 2, 3, 4, 5];

function dayOf(word: string): number | undefined {
  const i = DAY_PATTERNS.findIndex((re) => re.test(word));
  return i >= 0 ? i : undefined;
}

/** Days named in text: "weekdays", "every day", "weekends", "Mon to Thu", "Monday, Wednesday and Friday". */
export function parseDays(text: string): number[] {
  const t = normalise(text);
  if (/\b(every ?day|all week|daily|7 days|seven days|all days|any day)\b/.test(t)) return [...EVERY_DAY];
  const out = new Set<number>();
  if (/\bweekdays?\b|\bmonday to friday\b|\bmon to fri\b/.test(t)) WEEKDAYS.forEach((d) => out.add(d));
  if (/\bweekends?\b/.test(t)) [0, 6].forEach((d) => out.add(d));
  const words = t.split(' ');
  for (let i = 0; i < words.length; i++) {
    const a = dayOf(words[i]!);
    if (a === undefined) continue;
    const joiner = words[i + 1];
    const b = joiner && /^(to|until|till|through|thru)$/.test(joiner) ? dayOf(words[i + 2] ?? '') : undefined;
    if (b !== undefined) {
      for (let d = a; ; d = (d + 1) % 7) {
        out.add(d);
        if (d === b) break;
      }
      i += 2;
    } else {
      out.add(a);
    }
  }
  return [...out].sort((x, y) => x - y);
}

/** Free text that is a working-hours, pause or snooze request. Used by the router (before intents) and by the check-in dialog. */
export function workingHoursCommand(text: string): WorkingHoursCommand | undefined {
  const t = normalise(text);
  if (!t) return undefined;
  const things = '(check ?ins?|reminders?|messages|notifications?|nudges?|everything|it all)';
  if (
    /^(resume|unpause|un pause)( (my )?(check ?ins?|reminders?|messages|everything))?( please)?$/.test(t) ||
    new RegExp(`\\b(resume|unpause|restart|turn on|switch on|start sending)\\b.*\\b${things}\\b`).test(t) ||
    /\b(start|send|turn) (my )?(check ?ins?|reminders?)( back)? (again|on)\b/.test(t)
  ) {
    return { mode: 'resume' };
  }
  const days = parseDays(t);
  const refuses = /\b(don't|dont|do not|never|no|not|stop|avoid)\b/.test(t);
  const contact = /\b(message|messages|messaging|contact|contacting|remind|reminders?|send|sending|bother|ping|check ?ins?)\b/.test(t);
  if (days.length > 0 && days.length < 7 && refuses && (contact || /^(not|no) on\b/.test(t)) && /\b(on|at)( the)? (week|sun|mon|tue|wed|thu|fri|sat)/.test(t)) {
    return { mode: 'not-days', days };
  }
  if (new RegExp(`\\b(pause|stop|mute|hold|turn off|switch off|no more|silence|take a break from)\\b.*\\b${things}\\b`).test(t) || /^pause( please)?$/.test(t)) {
    return { mode: 'pause' };
  }
  const snooze = /\bremind me (again )?(tomorrow|next week|later|another day|in a week)\b|^(snooze|snooze it|snooze this)$/.exec(t);
  if (snooze) return { mode: 'snooze', when: /next week|in a week/.test(snooze[0]) ? 'next-week' : 'tomorrow' };
  if (/\b(i|i'm|im|i am) (work|working|do|on|doing) (nights|night shifts?|nightshifts?|the night shift|permanent nights)\b/.test(t) || /^(i work )?(nights|night shifts)( only)?$/.test(t)) {
    return { mode: 'nights' };
  }
  if (
    /\b(my )?working (hours|days|pattern|times?)\b|\bquiet hours\b|\bwhen (can|do|should|will) you (message|contact|send)\b|\b(change|set) (my )?(hours|shifts?|shift pattern)\b|^my (hours|shifts?)$/.test(t)
  ) {
    return { mode: 'configure' };
  }
  return undefined;
}

/** Router rule: working hours, pausing and snoozing, before question understanding reads "check-ins" as a check-in. */
export const workingHoursRule: RouteRule = (text) => {
  const cmd = workingHoursCommand(text);
  return cmd ? { dialog: 'working-hours', args: { ...cmd } } : undefined;
};

// ---------------------------------------------------------------------------------------
// Hours

const TIME_RANGE = /(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*(?:to|-|until|till|and|through)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?/;

const pad = (n: number) => String(n).padStart(2, '0');

/** "9 to 5", "7pm to 7am", "09:00-17:30", "nights", "any time". Start equal to end means any time. */
export function parseHours(text: string): { start: string; end: string } | undefined {
  const t = text
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\ba\.m\.?/g, 'am')
    .replace(/\bp\.m\.?/g, 'pm')
    .replace(/\b(midday|noon)\b/g, '12pm')
    .replace(/\bmidnight\b/g, '12am');
  if (/\b(any ?time|whenever|all day|any hour|24 ?(hours|hrs)|24\/7|no limits?)\b/.test(t)) return { start: '00:00', end: '00:00' };
  const m = TIME_RANGE.exec(t);
  if (!m) {
    if (/\bnights?\b|\bnight shifts?\b/.test(t)) return { start: '19:00', end: '07:00' };
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

export function formatTime(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  if (h === 0 && m === 0) return 'midnight';
  const suffix = h < 12 ? 'am' : 'pm';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${h12}${suffix}` : `${h12}:${pad(m)}${suffix}`;
}

function listWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function describeDays(days: number[]): string {
  const s = [...new Set(days)].sort((a, b) => a - b);
  if (s.length === 7) return 'every day';
  if (s.join() === WEEKDAYS.join()) return 'on weekdays';
  if (s.join() === '0,6') return 'at weekends';
  // Monday first, as people say it.
  const ordered = [...s.filter((d) => d !== 0), ...s.filter((d) => d === 0)];
  return `on ${listWords(ordered.map((d) => WEEKDAY_NAMES[d]!))}`;
}

export function describePattern(p: WorkingPattern): string {
  const hours = p.start === p.end ? 'at any time of day' : `from ${formatTime(p.start)} to ${formatTime(p.end)}${p.end < p.start ? ' (overnight)' : ''}`;
  const bank = p.quietOnBankHolidays ? ', but not on bank holidays' : ', bank holidays included';
  return `${describeDays(p.days)}, ${hours}${bank}`;
}

/** "Monday 9 March at 9am", in the trust's time zone. */
export function formatWhen(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  const date = longDate(localDate(instant, timeZone)).replace(/ \d{4}$/, '');
  return `${date} at ${formatTime(`${pad(p.hour)}:${pad(p.minute)}`)}`;
}

// ---------------------------------------------------------------------------------------
// Pause

/**
 * How long to pause: "for two weeks", "for 10 days", "for a month", "until 3
 * March", "until Monday" (read as a pause end, src/time/parse.ts). Default 14
 * days. The end must be after today and at most a year away.
 */
export function parsePause(text: string, now: Date, timeZone: string): { date: string } | { problem: string } {
  const today = localDate(now, timeZone);
  const found = parseDate(text, today, 'pause-end');
  let date: string;
  if (found) {
    date = found.date;
    if (date <= today) return { problem: `${longDate(date)} is not in the future.` };
  } else if (/\b(?:until|till|til|up to|through to)\b/.test(normalise(text))) {
    return { problem: 'I could not tell which date you mean.' };
  } else {
    date = addDays(today, 14);
  }
  if (date > addDays(today, 366)) return { problem: 'I can pause check-ins for up to a year at a time.' };
  return { date };
}

// ---------------------------------------------------------------------------------------
// The dialog

interface HoursData {
  days?: number[];
  start?: string;
  end?: string;
}

const data = (ctx: StepContext) => ctx.data as HoursData;

const YES = /^(y|yes|yeah|yep|yup|please|yes please|sure|ok|okay|quiet|keep them quiet|correct|right)$/;
const NO = /^(n|no|nope|no thanks|not really|include them|i work bank holidays)$/;

function nextSteps(extra: Choice[] = []): Block {
  return { type: 'choices', choices: [...extra, startButton('Change my working hours', 'working-hours', { mode: 'configure' }), startButton('What can you do?', 'help')] };
}

export function workingHoursDialog(): Dialog {
  const currentPattern = async (ctx: StepContext): Promise<WorkingPattern> => (await ctx.profile())?.workingPattern ?? DEFAULT_WORKING_PATTERN;

  const savePattern = async (ctx: StepContext, pattern: WorkingPattern, lead: string): Promise<StepResult> => {
    await ctx.updateProfile((p: Profile) => {
      p.workingPattern = pattern;
    });
    ctx.say(
      message([
        { type: 'paragraph', text: `${lead} I will send check-ins and reminders ${describePattern(pattern)}.` },
        { type: 'paragraph', text: 'Times are UK time. Anything due outside these times waits for the next one.', tone: 'muted' },
        nextSteps(),
      ]),
    );
    return { end: true };
  };

  /** Every reminder of this person: their own rows, and the rows of their enrolments (planned before they were linked). */
  const remindersOf = async (ctx: StepContext): Promise<Reminder[]> => {
    const { store } = ctx.services;
    const byId = new Map<string, Reminder>();
    for (const r of await store.reminders.listForUser(ctx.msg.userKey)) byId.set(r.id, r);
    for (const e of await store.enrolments.listForUser(ctx.msg.userKey)) {
      for (const r of await store.reminders.listByPayload('enrolmentId', e.id)) byId.set(r.id, r);
    }
    return [...byId.values()];
  };

  const pause = async (ctx: StepContext, text: string): Promise<StepResult> => {
    const { timeZone } = ctx.services;
    const now = ctx.services.clock();
    const parsed = parsePause(text, now, timeZone);
    if ('problem' in parsed) {
      ctx.say(
        message([
          { type: 'paragraph', text: `${parsed.problem} Try "pause check-ins for two weeks" or "pause check-ins until 3 March".` },
          {
            type: 'choices',
            choices: [
              startButton('Pause for 2 weeks', 'working-hours', { mode: 'pause', text: 'pause for 2 weeks' }),
              startButton('Pause for 4 weeks', 'working-hours', { mode: 'pause', text: 'pause for 4 weeks' }),
              startButton('What can you do?', 'help'),
            ],
          },
        ]),
      );
      return { end: true };
    }
    const until = zonedTime(parsed.date, '00:00', timeZone);
    await ctx.updateProfile((p) => {
      p.pausedUntil = until.toISOString();
    });
    ctx.say(
      message([
        { type: 'paragraph', text: `I have paused your check-ins and reminders. They will start again on ${longDate(parsed.date)}.` },
        { type: 'paragraph', text: 'Anything due before then will wait until that day. Type "resume check-ins" to start them again sooner.', tone: 'muted' },
        { type: 'choices', choices: [startButton('Resume check-ins', 'working-hours', { mode: 'resume' }), startButton('What can you do?', 'help')] },
      ]),
    );
    return { end: true };
  };

  const resume = async (ctx: StepContext): Promise<StepResult> => {
    const now = ctx.services.clock();
    const old = (await ctx.profile())?.pausedUntil;
    if (!old || Date.parse(old) <= now.getTime()) {
      ctx.say(message([{ type: 'paragraph', text: 'Your check-ins and reminders are not paused, so they are already on.' }, nextSteps()]));
      return { end: true };
    }
    await ctx.updateProfile((p) => {
      delete p.pausedUntil;
    });
    // What the pause held back was moved to the end of the pause: bring it forward.
    const heldUntil = new Date(old).toISOString();
    for (const r of await remindersOf(ctx)) {
      if (r.state === 'pending' && r.dueAt === heldUntil) {
        await ctx.services.store.reminders.update(r.id, { dueAt: now.toISOString(), updatedAt: now.toISOString() });
      }
    }
    ctx.say(
      message([
        { type: 'paragraph', text: 'Your check-ins and reminders are back on. Anything that was waiting will come at your next working time.' },
        nextSteps(),
      ]),
    );
    return { end: true };
  };

  /** The latest check-in, nudge or action reminder that was sent and is not answered or done. */
  const latestOpen = async (ctx: StepContext): Promise<Reminder | undefined> => {
    const { store } = ctx.services;
    let best: Reminder | undefined;
    for (const r of await remindersOf(ctx)) {
      if (r.state !== 'sent' || !['checkin', 'nudge', 'action'].includes(r.kind)) continue;
      if (r.kind === 'action') {
        const plan = r.payload['planId'] ? await store.plans.get(r.payload['planId']) : undefined;
        const action = plan?.actions.find((a) => a.id === r.payload['actionId']);
        if (!action || action.done) continue;
      } else {
        const e = r.payload['enrolmentId'];
        const c = r.payload['checkinId'];
        if (!e || !c || (await store.checkins.get(answerId(e, c)))) continue;
        const enrolment = await store.enrolments.get(e);
        if (enrolment?.status !== 'active') continue;
      }
      if (!best || r.dueAt > best.dueAt) best = r;
    }
    return best;
  };

  const snooze = async (ctx: StepContext, when: 'tomorrow' | 'next-week'): Promise<StepResult> => {
    const { store, content, timeZone } = ctx.services;
    const now = ctx.services.clock();
    const target = await latestOpen(ctx);
    if (!target) {
      ctx.say(
        message([
          { type: 'paragraph', text: 'There is no check-in or reminder waiting for an answer, so there is nothing to move.' },
          { type: 'paragraph', text: 'To have a break from them, type "pause check-ins".', tone: 'muted' },
          nextSteps(),
        ]),
      );
      return { end: true };
    }
    const today = localDate(now, timeZone);
    // "Next week": Monday of next week.
    const day = when === 'tomorrow' ? addDays(today, 1) : nextWeekday(today, 1);
    const pattern = await currentPattern(ctx);
    // The start of the person's day on that day, or their next working time after it.
    const startOfDay = zonedTime(day, pattern.start === pattern.end ? '09:00' : pattern.start, timeZone);
    const due = nextAllowed(startOfDay, pattern, timeZone, content.bankHolidays) ?? startOfDay;
    const base = target.id.replace(/\|snooze\|.*$/, '');
    const at = now.toISOString();
    await store.reminders.insertNew([
      {
        id: `${base}|snooze|${localDate(due, timeZone)}`,
        kind: target.kind,
        userKey: target.userKey,
        dueAt: due.toISOString(),
        originalDueAt: due.toISOString(),
        state: 'pending',
        attempts: 0,
        payload: { ...target.payload, snoozeOf: target.id },
        updatedAt: at,
      },
    ]);
    if (target.kind === 'checkin' && target.payload['enrolmentId'] && target.payload['checkinId']) {
      // Hold the nudge back: it comes again after the snoozed check-in is sent.
      const nudgeId = nudgeReminderId(target.payload['enrolmentId'], target.payload['checkinId']);
      const nudge = await store.reminders.get(nudgeId);
      if (nudge?.state === 'pending') await store.reminders.update(nudgeId, { state: 'cancelled', lastError: 'snoozed', updatedAt: at });
    }
    const what = target.kind === 'action' ? 'about that action' : 'about your check-in';
    ctx.say(
      message([
        { type: 'paragraph', text: `Okay. I will remind you ${what} on ${formatWhen(due, timeZone)}.` },
        { type: 'choices', choices: [startButton('Pause check-ins instead', 'working-hours', { mode: 'pause' }), startButton('What can you do?', 'help')] },
      ]),
    );
    return { end: true };
  };

  const dayChoices = (ctx: StepContext): Choice[] => [
    answerButton(ctx, 'Weekdays', 'weekdays', 'primary'),
    answerButton(ctx, 'Every day', 'every day'),
    answerButton(ctx, 'Custom', 'custom'),
  ];
  const hourChoices = (ctx: StepContext): Choice[] => [
    answerButton(ctx, '9am to 5pm', '9am to 5pm', 'primary'),
    answerButton(ctx, '8am to 8pm', '8am to 8pm'),
    answerButton(ctx, 'Nights: 7pm to 7am', '7pm to 7am'),
    answerButton(ctx, 'Any time', 'any time'),
  ];
  const yesNo = (ctx: StepContext): Choice[] => [answerButton(ctx, 'Yes, keep them quiet', 'yes', 'primary'), answerButton(ctx, 'No, include them', 'no')];

  return {
    id: 'working-hours',
    title: 'your working hours',
    async begin(ctx, args) {
      const text = typeof args['text'] === 'string' ? args['text'] : '';
      const mode = typeof args['mode'] === 'string' ? args['mode'] : (workingHoursCommand(text)?.mode ?? 'configure');
      switch (mode) {
        case 'pause':
          return pause(ctx, text);
        case 'resume':
          return resume(ctx);
        case 'snooze': {
          const when = args['when'] === 'next-week' || /next week|in a week/.test(normalise(text)) ? 'next-week' : 'tomorrow';
          return snooze(ctx, when);
        }
        case 'nights': {
          const current = await currentPattern(ctx);
          return savePattern(ctx, { days: [...EVERY_DAY], start: '19:00', end: '07:00', quietOnBankHolidays: current.quietOnBankHolidays }, 'Got it: nights.');
        }
        case 'not-days': {
          const removed = Array.isArray(args['days']) ? (args['days'] as unknown[]).filter((d): d is number => typeof d === 'number') : parseDays(text);
          const current = await currentPattern(ctx);
          const days = current.days.filter((d) => !removed.includes(d));
          if (removed.length === 0) return { next: 'days' };
          if (days.length === 0) {
            ctx.say(
              message([
                { type: 'paragraph', text: 'That would leave no days at all for check-ins. If you would like a break from them, you can pause them instead.' },
                { type: 'choices', choices: [startButton('Pause for 2 weeks', 'working-hours', { mode: 'pause', text: 'pause for 2 weeks' }), startButton('Change my working hours', 'working-hours', { mode: 'configure' })] },
              ]),
            );
            return { end: true };
          }
          const names = listWords(removed.map((d) => `${WEEKDAY_NAMES[d]!}s`));
          const lead = days.length === current.days.length ? `I already do not message you on ${names}.` : `Done: no more messages on ${names}.`;
          return savePattern(ctx, { ...current, days }, lead);
        }
        default:
          return { next: 'days' };
      }
    },
    steps: {
      days: {
        examples: ['weekdays', 'every day', 'Monday to Thursday'],
        prompt: async (ctx) =>
          message([
            { type: 'heading', text: 'Your working hours' },
            { type: 'paragraph', text: `I only send check-ins and reminders when you are at work. At the moment that is ${describePattern(await currentPattern(ctx))}.` },
            { type: 'paragraph', text: 'Which days do you work?' },
            { type: 'choices', choices: dayChoices(ctx) },
          ]),
        answer(ctx, input) {
          const text = answerText(input)?.trim() ?? '';
          if (/^custom$/i.test(text)) return { next: 'custom-days' };
          const days = parseDays(text);
          if (days.length === 0) return { retry: true, hint: 'I could not find any days in that.' };
          data(ctx).days = days;
          return { next: 'hours' };
        },
        fallback: (ctx) => dayChoices(ctx),
      },
      'custom-days': {
        examples: ['Monday, Tuesday and Friday', 'Mon to Thu'],
        prompt: (ctx) =>
          message([
            { type: 'paragraph', text: 'Tick the days you work, or type them (for example "Monday to Thursday").' },
            {
              type: 'inputs',
              fields: [{ id: 'days', label: 'Days I work', kind: 'choice', multiple: true, options: [1, 2, 3, 4, 5, 6, 0].map((d) => ({ label: WEEKDAY_NAMES[d]!, value: String(d) })) }],
              submit: answerButton(ctx, 'Save these days', 'form', 'primary'),
            },
          ]),
        answer(ctx, input) {
          let days: number[];
          if (input.action && input.action.value['days'] !== undefined) {
            days = input.action.value['days']!.split(',').map(Number).filter((d) => Number.isInteger(d) && d >= 0 && d <= 6);
          } else {
            days = parseDays(answerText(input) ?? '');
          }
          if (days.length === 0) return { retry: true, hint: 'Please choose at least one day.' };
          data(ctx).days = [...new Set(days)].sort((a, b) => a - b);
          return { next: 'hours' };
        },
        fallback: (ctx) => dayChoices(ctx),
      },
      hours: {
        examples: ['9 to 5', '7pm to 7am', 'any time'],
        prompt: (ctx) =>
          message([
            { type: 'paragraph', text: 'What hours do you work? For example "9 to 5", "7pm to 7am" for nights, or "any time".' },
            { type: 'choices', choices: hourChoices(ctx) },
          ]),
        answer(ctx, input) {
          const hours = parseHours(answerText(input) ?? '');
          if (!hours) return { retry: true, hint: 'I could not read those times.' };
          Object.assign(data(ctx), hours);
          return { next: 'bank' };
        },
        fallback: (ctx) => hourChoices(ctx),
      },
      bank: {
        examples: ['yes', 'no'],
        prompt: (ctx) => message([{ type: 'paragraph', text: 'Should I stay quiet on bank holidays?' }, { type: 'choices', choices: yesNo(ctx) }]),
        async answer(ctx, input) {
          const t = normalise(answerText(input) ?? '');
          const quiet = YES.test(t) ? true : NO.test(t) ? false : undefined;
          if (quiet === undefined) return { retry: true, hint: 'Please answer yes or no.' };
          const d = data(ctx);
          const current = await currentPattern(ctx);
          return savePattern(ctx, { days: d.days ?? current.days, start: d.start ?? current.start, end: d.end ?? current.end, quietOnBankHolidays: quiet }, 'Saved.');
        },
        fallback: (ctx) => yesNo(ctx),
      },
    },
    help: () =>
      message([
        {
          type: 'paragraph',
          text: 'I keep check-ins and reminders to your working days and hours. You can also type "I work nights", "don\'t message me on Sundays", "pause check-ins for two weeks", "resume check-ins" or "remind me tomorrow".',
        },
      ]),
  };
}
