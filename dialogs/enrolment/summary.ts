/**
 * The end of enrolling: the summary card with the check-in dates, confirmed
 * before anything is saved, and what happens on "Confirm" (saving, the welcome
 * to someone enrolled by their manager or preceptor, and what to tell whom).
 */
import { message, type Block, type OutboundMessage } from '../../src/core/messages.js';
import { answerButton, startButton, type StepContext, type StepResult } from '../../src/core/dialog.js';
import { isUserKey } from '../../src/user-keys.js';
import { longDate } from '../../src/time/format.js';
import { enrol, EnrolError, type EnrolInput, type ScheduleSettings } from './enrol.js';
import { checkinDates, concernsGoTo, d, today, words } from './state.js';
import { enrolledByOther, markTold, whyBlocks, whyMessage } from '../checkins/why.js';

/** What decides the day each check-in is really sent: the person's working days and the bank holidays. */
async function shownFor(ctx: StepContext, subjectKey: string | undefined) {
  const profile = subjectKey ? await ctx.services.store.profiles.get(subjectKey) : undefined;
  return { profile, bankHolidays: ctx.services.content.bankHolidays };
}

export function confirmButtons(ctx: StepContext) {
  const w = words(ctx).buttons;
  return [answerButton(ctx, w.confirm, 'confirm', 'primary'), answerButton(ctx, w.change, 'change'), answerButton(ctx, w.cancel, 'cancel', 'danger')];
}

export async function confirmCard(ctx: StepContext, settings: ScheduleSettings): Promise<OutboundMessage> {
  const data = d(ctx);
  const w = words(ctx);
  const c = w.confirm;
  const programme = ctx.services.content.programmes.get(data.programmeId ?? '')!;
  const me = ctx.msg.userKey;
  const self = data.mode === 'self';
  const them = data.subjectName ?? w.people.them;
  const blocks: Block[] = [{ type: 'heading', text: self ? c.headingSelf : c.headingOther({ name: them }) }];
  if (programme.localExample) {
    blocks.push({ type: 'paragraph', text: c.localNote({ trust: programme.localExample.trust }), tone: 'muted' });
  }
  const facts = [
    { label: c.facts.programme, value: programme.title },
    { label: c.facts.for, value: self ? c.you : them },
    { label: c.facts.firstDay, value: longDate(data.startDate!) },
    { label: c.facts.lineManager, value: data.managerKey ? (data.managerKey === me ? c.you : (data.managerName ?? c.given)) : c.notGiven },
  ];
  if (programme.kind === 'preceptorship' || data.preceptorKey) {
    facts.push({ label: c.facts.preceptor, value: data.preceptorKey ? (data.preceptorKey === me ? c.you : (data.preceptorName ?? c.given)) : c.notGiven });
  }
  const concerns = concernsGoTo(w, programme, data);
  const n = programme.escalation.lowRatingAtOrBelow;
  const concernsWho = concerns
    ? concerns.key === me
      ? self
        ? c.concernsYouSelf({ role: concerns.role })
        : c.concernsYouOther({ role: concerns.role })
      : c.concernsNamed({ name: concerns.name ?? c.theRole({ role: concerns.role }), role: concerns.role })
    : undefined;
  facts.push({ label: c.facts.concerns, value: concernsWho ? c.concernsWhen({ who: concernsWho, rating: n }) : c.concernsNoOne });
  blocks.push({ type: 'facts', facts });
  const dates = checkinDates(programme, data.startDate!, settings, ctx.services.clock(), await shownFor(ctx, data.subjectKey));
  blocks.push({ type: 'paragraph', text: c.datesHeading({ count: dates.length }) });
  blocks.push({ type: 'list', items: dates.map((x) => c.dateItem({ date: longDate(x.date), title: x.title })) });
  blocks.push({ type: 'paragraph', text: c.outsideHours, tone: 'muted' });
  const existing = await ctx.services.store.enrolments.get(`${programme.id}|${data.subjectKey}`);
  if (existing && existing.startDate !== data.startDate) {
    const date = longDate(existing.startDate);
    blocks.push({
      type: 'paragraph',
      text: self ? c.alreadySelf({ date }) : data.subjectName ? c.alreadyNamed({ name: data.subjectName, date }) : c.alreadyThem({ date }),
      tone: 'warning',
    });
  }
  blocks.push({ type: 'choices', choices: confirmButtons(ctx) });
  return message(blocks);
}

/** The name of the person being enrolled when an @mention gave one (not a typed key or e-mail address, not the stand-in "them"). */
function mentionedName(data: ReturnType<typeof d>, them: string): boolean {
  const n = data.subjectName;
  return data.mode !== 'self' && !!n && n !== them && n !== data.subjectKey && !n.includes('@');
}

export async function afterConfirm(ctx: StepContext, settings: ScheduleSettings): Promise<StepResult> {
  const data = d(ctx);
  const w = words(ctx);
  const programme = ctx.services.content.programmes.get(data.programmeId ?? '')!;
  const input: EnrolInput = {
    subject: data.subjectKey!,
    programmeId: programme.id,
    startDate: data.startDate!,
    ...(data.managerKey ? { managerKey: data.managerKey } : {}),
    ...(data.preceptorKey ? { preceptorKey: data.preceptorKey } : {}),
    enrolledBy: ctx.msg.userKey,
    // The name the platform gave with the @mention, for the manager's and preceptor's summaries.
    ...(mentionedName(data, w.people.them) ? { displayName: data.subjectName } : {}),
    ...(ctx.msg.userName ? { enrolledByName: ctx.msg.userName } : {}),
  };
  const now = ctx.services.clock();
  let result;
  try {
    result = await enrol(ctx.services, settings, input, now);
  } catch (err) {
    if (!(err instanceof EnrolError)) throw err;
    const first = err.problems[0]!;
    if (first.field === 'startDate') {
      ctx.say(w.done.badDate({ reason: first.reason }));
      return { next: 'date' };
    }
    ctx.say(w.done.couldNotSetUp);
    return { next: 'who' };
  }
  ctx.services.log.info({ dialog: 'enrol', status: result.status, programmeId: programme.id, planned: result.planned }, 'Enrolment confirmed');
  const dates = checkinDates(programme, data.startDate!, settings, now, await shownFor(ctx, data.subjectKey));
  const first = dates.find((x) => x.date >= today(ctx, settings)) ?? dates[0];
  const firstText = first ? (first.date === today(ctx, settings) ? w.done.today : w.done.onDate({ date: longDate(first.date) })) : '';
  const self = data.mode === 'self';
  const name = data.subjectName ?? w.people.them;
  const startDate = longDate(data.startDate!);

  if (result.status === 'unchanged') {
    ctx.say(
      message([
        {
          type: 'paragraph',
          text: self ? w.done.unchangedSelf({ programme: programme.title, date: startDate }) : w.done.unchangedOther({ name, programme: programme.title, date: startDate }),
        },
        { type: 'choices', choices: [startButton(w.buttons.whatElseCanYouDo, 'help')] },
      ]),
    );
    return { end: true };
  }

  const n = programme.escalation.lowRatingAtOrBelow;
  const concerns = concernsGoTo(w, programme, data);
  if (self) {
    const s = w.done.self;
    const blocks: Block[] = [
      { type: 'heading', text: result.status === 'created' ? s.created : s.updated },
      { type: 'paragraph', text: [s.youreOn({ programme: programme.title }), ...(first ? [s.first({ when: firstText })] : []), s.onEachDate].join(' ') },
    ];
    if (concerns) {
      blocks.push({
        type: 'paragraph',
        text: concerns.name ? s.concernsNamed({ rating: n, role: concerns.role, name: concerns.name }) : w.done.concerns({ rating: n, role: concerns.role }),
      });
    }
    blocks.push({ type: 'paragraph', text: s.pause, tone: 'muted' });
    blocks.push({ type: 'choices', choices: [startButton(w.buttons.whatElseCanYouDo, 'help')] });
    ctx.say(message(blocks));
    return { end: true };
  }

  // Someone else: tell them, then tell the person who enrolled them how that went.
  const o = w.done.other;
  const done = result.status === 'updated' ? o.doneUpdated({ name, programme: programme.title }) : o.done({ name, programme: programme.title });
  const lines: string[] = [[done, ...(first ? [o.first({ when: firstText })] : [])].join(' ')];
  if (isUserKey(data.subjectKey!)) {
    // The same explanation they get if they later ask "who are you?" (dialogs/checkins/why.ts).
    const welcome = whyMessage(await whyBlocks(ctx.services, result.enrolment, data.subjectKey!), ctx.services);
    const delivery = await ctx.services.messenger.send(data.subjectKey!, [welcome], { via: ctx.msg.userKey });
    ctx.services.log.info({ dialog: 'enrol', delivery: delivery.status }, 'Enrolment welcome');
    if (delivery.status === 'sent' && enrolledByOther(result.enrolment)) await markTold(ctx.services.store, result.enrolment, now);
    lines.push(delivery.status === 'sent' ? o.sent({ name }) : o.notSent({ name }));
  } else {
    lines.push(o.notUsed({ name }));
  }
  if (concerns) {
    lines.push(
      concerns.key === ctx.msg.userKey
        ? o.concernsYou({ name, rating: n })
        : o.concernsThem({ name, rating: n, who: concerns.name ?? o.theirRole({ role: concerns.role }) }),
    );
  }
  ctx.say(
    message([
      ...lines.map((text) => ({ type: 'paragraph' as const, text })),
      { type: 'choices', choices: [startButton(w.buttons.enrolSomeoneElse, 'enrol'), startButton(w.buttons.whatElseCanYouDo, 'help')] },
    ]),
  );
  return { end: true };
}
