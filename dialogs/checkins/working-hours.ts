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
import type { Content } from '../../src/content/model.js';
import type { Profile, Reminder, WorkingPattern } from '../../src/store/ports.js';
import { DEFAULT_WORKING_PATTERN, addDays, localDate, nextAllowed, zonedTime } from '../../src/time/zone.js';
import { nudgeReminderId } from './plan.js';
import { answerId } from './reminders.js';
import { normalise } from '../../src/core/router.js';
import { isAnswer } from '../../src/core/words.js';
import { WEEKDAY_NAMES, longDate } from '../../src/time/format.js';
import { nextWeekday } from '../../src/time/parse.js';
import { EVERY_DAY, WEEKDAYS, parseDays, workingHoursCommand } from './requests.js';
import { dayPlural, describePattern, formatWhen, listWords, parseHours, parsePause } from './hours-text.js';
import { checkinsWords, isPhrase } from './wording.js';

export { parseDays, workingHoursCommand, workingHoursRule, type WorkingHoursCommand } from './requests.js';
export { describeDays, describePattern, formatTime, formatWhen, parseHours, parsePause } from './hours-text.js';

// ---------------------------------------------------------------------------------------
// The dialog

interface HoursData {
  days?: number[];
  start?: string;
  end?: string;
}

const data = (ctx: StepContext) => ctx.data as HoursData;
const words = (ctx: StepContext) => checkinsWords(ctx.services.content);

/** Button values (never shown): the days and hours they stand for. */
const WEEKDAYS_VALUE = 'weekdays';
const EVERY_DAY_VALUE = 'every day';
const CUSTOM_VALUE = 'custom';

function nextSteps(ctx: StepContext): Block {
  const w = words(ctx).buttons;
  return { type: 'choices', choices: [startButton(w.changeMyWorkingHours, 'working-hours', { mode: 'configure' }), startButton(w.whatCanYouDo, 'help')] };
}

export function workingHoursDialog(content: Content): Dialog {
  // The title and examples are read once, here; everything else in each turn.
  const built = checkinsWords(content).hours;

  const currentPattern = async (ctx: StepContext): Promise<WorkingPattern> => (await ctx.profile())?.workingPattern ?? DEFAULT_WORKING_PATTERN;

  const savePattern = async (ctx: StepContext, pattern: WorkingPattern, lead: string): Promise<StepResult> => {
    await ctx.updateProfile((p: Profile) => {
      p.workingPattern = pattern;
    });
    const w = words(ctx).hours;
    ctx.say(
      message([
        { type: 'paragraph', text: w.saved({ lead, pattern: describePattern(ctx.services.content, pattern) }) },
        { type: 'paragraph', text: w.outsideTimes, tone: 'muted' },
        nextSteps(ctx),
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
    const w = words(ctx);
    const parsed = parsePause(ctx.services.content, text, now, timeZone);
    if ('problem' in parsed) {
      ctx.say(
        message([
          { type: 'paragraph', text: w.hours.pause.tryThis({ problem: parsed.problem }) },
          {
            type: 'choices',
            choices: [
              startButton(w.hours.pause.buttons.twoWeeks, 'working-hours', { mode: 'pause', text: 'pause for 2 weeks' }),
              startButton(w.hours.pause.buttons.fourWeeks, 'working-hours', { mode: 'pause', text: 'pause for 4 weeks' }),
              startButton(w.buttons.whatCanYouDo, 'help'),
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
        { type: 'paragraph', text: w.hours.pause.paused({ date: longDate(parsed.date) }) },
        { type: 'paragraph', text: w.hours.pause.waits, tone: 'muted' },
        { type: 'choices', choices: [startButton(w.hours.pause.buttons.resume, 'working-hours', { mode: 'resume' }), startButton(w.buttons.whatCanYouDo, 'help')] },
      ]),
    );
    return { end: true };
  };

  const resume = async (ctx: StepContext): Promise<StepResult> => {
    const now = ctx.services.clock();
    const old = (await ctx.profile())?.pausedUntil;
    const w = words(ctx).hours.resume;
    if (!old || Date.parse(old) <= now.getTime()) {
      ctx.say(message([{ type: 'paragraph', text: w.notPaused }, nextSteps(ctx)]));
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
    ctx.say(message([{ type: 'paragraph', text: w.backOn }, nextSteps(ctx)]));
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
    const w = words(ctx);
    if (!target) {
      ctx.say(message([{ type: 'paragraph', text: w.hours.snooze.nothing }, { type: 'paragraph', text: w.hours.snooze.pauseTip, tone: 'muted' }, nextSteps(ctx)]));
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
    const dueText = formatWhen(content, due, timeZone);
    ctx.say(
      message([
        { type: 'paragraph', text: target.kind === 'action' ? w.hours.snooze.action({ when: dueText }) : w.hours.snooze.checkin({ when: dueText }) },
        { type: 'choices', choices: [startButton(w.hours.pause.buttons.instead, 'working-hours', { mode: 'pause' }), startButton(w.buttons.whatCanYouDo, 'help')] },
      ]),
    );
    return { end: true };
  };

  const dayChoices = (ctx: StepContext): Choice[] => {
    const w = words(ctx).hours.days.buttons;
    return [answerButton(ctx, w.weekdays, WEEKDAYS_VALUE, 'primary'), answerButton(ctx, w.everyDay, EVERY_DAY_VALUE), answerButton(ctx, w.custom, CUSTOM_VALUE)];
  };
  const hourChoices = (ctx: StepContext): Choice[] => {
    const w = words(ctx).hours.times.buttons;
    return [
      answerButton(ctx, w.nineToFive, '09:00-17:00', 'primary'),
      answerButton(ctx, w.eightToEight, '08:00-20:00'),
      answerButton(ctx, w.nights, '19:00-07:00'),
      answerButton(ctx, w.anyTime, '00:00-00:00'),
    ];
  };
  const yesNo = (ctx: StepContext): Choice[] => {
    const w = words(ctx).hours.bank.buttons;
    return [answerButton(ctx, w.yes, 'yes', 'primary'), answerButton(ctx, w.no, 'no')];
  };

  return {
    id: 'working-hours',
    title: built.title,
    async begin(ctx, args) {
      const text = typeof args['text'] === 'string' ? args['text'] : '';
      const mode = typeof args['mode'] === 'string' ? args['mode'] : (workingHoursCommand(ctx.services.content, text)?.mode ?? 'configure');
      switch (mode) {
        case 'pause':
          return pause(ctx, text);
        case 'resume':
          return resume(ctx);
        case 'snooze': {
          const typed = workingHoursCommand(ctx.services.content, text);
          const when = args['when'] === 'next-week' || (typed?.mode === 'snooze' && typed.when === 'next-week') ? 'next-week' : 'tomorrow';
          return snooze(ctx, when);
        }
        case 'nights': {
          const current = await currentPattern(ctx);
          return savePattern(ctx, { days: [...EVERY_DAY], start: '19:00', end: '07:00', quietOnBankHolidays: current.quietOnBankHolidays }, words(ctx).hours.leads.nights);
        }
        case 'not-days': {
          const removed = Array.isArray(args['days']) ? (args['days'] as unknown[]).filter((d): d is number => typeof d === 'number') : parseDays(ctx.services.content, text);
          const current = await currentPattern(ctx);
          const days = current.days.filter((d) => !removed.includes(d));
          if (removed.length === 0) return { next: 'days' };
          const w = words(ctx);
          if (days.length === 0) {
            ctx.say(
              message([
                { type: 'paragraph', text: w.hours.notDays.noneLeft },
                {
                  type: 'choices',
                  choices: [
                    startButton(w.hours.pause.buttons.twoWeeks, 'working-hours', { mode: 'pause', text: 'pause for 2 weeks' }),
                    startButton(w.buttons.changeMyWorkingHours, 'working-hours', { mode: 'configure' }),
                  ],
                },
              ]),
            );
            return { end: true };
          }
          const names = listWords(ctx.services.content, removed.map((d) => dayPlural(ctx.services.content, d)));
          const lead = days.length === current.days.length ? w.hours.notDays.already({ days: names }) : w.hours.notDays.done({ days: names });
          return savePattern(ctx, { ...current, days }, lead);
        }
        default:
          return { next: 'days' };
      }
    },
    steps: {
      days: {
        examples: [...built.days.examples],
        async prompt(ctx) {
          const w = words(ctx).hours.days;
          return message([
            { type: 'heading', text: w.heading },
            { type: 'paragraph', text: w.atTheMoment({ pattern: describePattern(ctx.services.content, await currentPattern(ctx)) }) },
            { type: 'paragraph', text: w.question },
            { type: 'choices', choices: dayChoices(ctx) },
          ]);
        },
        answer(ctx, input) {
          const text = answerText(input)?.trim() ?? '';
          const { content: c } = ctx.services;
          if (text === CUSTOM_VALUE || isPhrase(normalise(text), words(ctx).read.custom)) return { next: 'custom-days' };
          const days = text === WEEKDAYS_VALUE ? [...WEEKDAYS] : text === EVERY_DAY_VALUE ? [...EVERY_DAY] : parseDays(c, text);
          if (days.length === 0) return { retry: true, hint: words(ctx).hours.days.notFound };
          data(ctx).days = days;
          return { next: 'hours' };
        },
        fallback: (ctx) => dayChoices(ctx),
      },
      'custom-days': {
        examples: [...built.customDays.examples],
        prompt(ctx) {
          const w = words(ctx).hours.customDays;
          return message([
            { type: 'paragraph', text: w.question },
            {
              type: 'inputs',
              fields: [{ id: 'days', label: w.label, kind: 'choice', multiple: true, options: [1, 2, 3, 4, 5, 6, 0].map((d) => ({ label: WEEKDAY_NAMES[d]!, value: String(d) })) }],
              submit: answerButton(ctx, w.save, 'form', 'primary'),
            },
          ]);
        },
        answer(ctx, input) {
          let days: number[];
          if (input.action && input.action.value['days'] !== undefined) {
            days = input.action.value['days']!.split(',').map(Number).filter((d) => Number.isInteger(d) && d >= 0 && d <= 6);
          } else {
            days = parseDays(ctx.services.content, answerText(input) ?? '');
          }
          if (days.length === 0) return { retry: true, hint: words(ctx).hours.customDays.atLeastOne };
          data(ctx).days = [...new Set(days)].sort((a, b) => a - b);
          return { next: 'hours' };
        },
        fallback: (ctx) => dayChoices(ctx),
      },
      hours: {
        examples: [...built.times.examples],
        prompt: (ctx) => message([{ type: 'paragraph', text: words(ctx).hours.times.question }, { type: 'choices', choices: hourChoices(ctx) }]),
        answer(ctx, input) {
          const hours = parseHours(ctx.services.content, answerText(input) ?? '');
          if (!hours) return { retry: true, hint: words(ctx).hours.times.notRead };
          Object.assign(data(ctx), hours);
          return { next: 'bank' };
        },
        fallback: (ctx) => hourChoices(ctx),
      },
      bank: {
        examples: [...built.bank.examples],
        prompt: (ctx) => message([{ type: 'paragraph', text: words(ctx).hours.bank.question }, { type: 'choices', choices: yesNo(ctx) }]),
        async answer(ctx, input) {
          const t = answerText(input) ?? '';
          const { content: c } = ctx.services;
          const w = words(ctx).hours.bank;
          const quiet = t === 'yes' || isAnswer(c, t, ['yes'], w.answers.yes) ? true : t === 'no' || isAnswer(c, t, ['no'], w.answers.no) ? false : undefined;
          if (quiet === undefined) return { retry: true, hint: w.hint };
          const d = data(ctx);
          const current = await currentPattern(ctx);
          return savePattern(ctx, { days: d.days ?? current.days, start: d.start ?? current.start, end: d.end ?? current.end, quietOnBankHolidays: quiet }, words(ctx).hours.leads.saved);
        },
        fallback: (ctx) => yesNo(ctx),
      },
    },
    help: (ctx) => message([{ type: 'paragraph', text: words(ctx).hours.help }]),
  };
}
