/**
 * Telling someone another person enrolled (a manager in the chat, or a trust's
 * spreadsheet) why the bot writes to them: who set it up, on what programme,
 * when the next check-in is, how to pause or stop, and that their words are
 * passed on only with a yes.
 *
 * Said once, the first time they write ("hello", "what is this"), or with their
 * first check-in if that is how they first hear from the bot, or in the welcome
 * sent when a manager enrols them in the chat; `toldWhyAt` on the enrolment
 * remembers it. Asked outright ("who are you?", "why are you messaging me?"),
 * it is said again.
 */
import { message, type Block, type OutboundMessage } from '../../src/core/messages.js';
import { startButton, type Dialog, type Services } from '../../src/core/dialog.js';
import type { RouteRule } from '../../src/core/router.js';
import { normalise } from '../../src/core/router.js';
import { isGreeting } from '../../src/core/words.js';
import { longDate } from '../../src/time/format.js';
import type { Enrolment, Store } from '../../src/store/ports.js';
import { checkinsWords, hasPhrase } from './wording.js';
import { shownCheckinDate } from './shown-date.js';

type WhyServices = Pick<Services, 'store' | 'content' | 'timeZone'>;

/** Whether someone other than the person set up this enrolment. */
export function enrolledByOther(e: Enrolment): boolean {
  return e.enrolledBy !== (e.userKey ?? e.subject) && e.enrolledBy !== e.subject;
}

/** The person's running enrolment that someone else set up, most recent first. */
export async function enrolmentByOther(store: Store, userKey: string): Promise<Enrolment | undefined> {
  const mine = (await store.enrolments.listForUser(userKey)).filter((e) => (e.status === 'active' || e.status === 'paused') && enrolledByOther(e));
  return mine.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** The date of the next check-in still to be sent, as the day it will really arrive, YYYY-MM-DD. */
async function nextCheckinDate(services: WhyServices, e: Enrolment, userKey: string): Promise<string | undefined> {
  const pending = (await services.store.reminders.listByPayload('enrolmentId', e.id))
    .filter((r) => r.kind === 'checkin' && (r.state === 'pending' || r.state === 'claimed'))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const first = pending[0];
  if (!first) return undefined;
  const profile = await services.store.profiles.get(userKey);
  return shownCheckinDate(new Date(first.dueAt), profile, services.timeZone, services.content.bankHolidays);
}

/**
 * The explanation's blocks. `next: false` leaves out the next check-in (it is
 * the check-in that follows). Without buttons, so it can sit above a check-in.
 */
export async function whyBlocks(services: WhyServices, e: Enrolment, userKey: string, opts: { next?: boolean } = {}): Promise<Block[]> {
  const w = checkinsWords(services.content).why;
  const programme = services.content.programmes.get(e.programmeId);
  const who =
    e.enrolledByName ??
    (e.enrolledBy === 'csv' || e.enrolledBy === 'erased'
      ? w.people.yourTrust
      : e.enrolledBy === e.preceptorKey
        ? w.people.yourPreceptor
        : e.enrolledBy === e.managerKey
          ? w.people.yourManager
          : w.people.yourManager);
  const lines = [w.whoAmI, w.enrolledBy({ who, programme: programme?.title ?? e.programmeId })];
  if (opts.next !== false) {
    const date = await nextCheckinDate(services, e, userKey);
    lines.push(date ? w.next({ date: longDate(date) }) : w.noneToCome);
  }
  const blocks: Block[] = [
    { type: 'heading', text: w.heading },
    { type: 'paragraph', text: lines.join(' ') },
  ];
  const privacy = [w.private];
  if (programme) {
    const role = programme.escalation.notify.find((r) => (r === 'preceptor' ? e.preceptorKey : e.managerKey));
    if (role) privacy.push(w.concerns({ rating: programme.escalation.lowRatingAtOrBelow, role: w.roles[role] }));
  }
  blocks.push({ type: 'paragraph', text: privacy.join(' ') });
  blocks.push({ type: 'paragraph', text: w.pause, tone: 'muted' });
  return blocks;
}

/** Remembers that the person has been told, so a later "hello" gets the usual welcome. */
export async function markTold(store: Store, e: Enrolment, now: Date): Promise<void> {
  const current = await store.enrolments.get(e.id);
  if (!current || current.toldWhyAt) return;
  await store.enrolments.put({ ...structuredClone(current), toldWhyAt: now.toISOString() });
}

/** Asked who the bot is or why it writes: "who are you?", "why are you messaging me?". */
export function asksWhy(content: WhyServices['content'], text: string): boolean {
  return hasPhrase(normalise(text), checkinsWords(content).why.asks);
}

/**
 * Claims a greeting from someone another person enrolled who has not been told
 * yet, and "who are you?" from them at any time. Runs before every feature's
 * rules (it is a first route), so the usual welcome does not answer first.
 */
export function whyRule(): RouteRule {
  return async (text, ctx) => {
    const { content, store } = ctx.services;
    const asked = asksWhy(content, text);
    if (!asked && !isGreeting(content, text)) return undefined;
    const e = await enrolmentByOther(store, ctx.msg.userKey);
    if (!e) return undefined;
    if (!asked && e.toldWhyAt) return undefined;
    return { dialog: 'checkins-why', args: { e: e.id } };
  };
}

export function whyMessage(blocks: Block[], services: Pick<Services, 'content'>): OutboundMessage {
  const w = checkinsWords(services.content);
  return message([...blocks, { type: 'choices', choices: [startButton(w.why.whatElse, 'help')] }]);
}

export function whyDialog(services: Services): Dialog {
  return {
    id: 'checkins-why',
    title: checkinsWords(services.content).why.title,
    async begin(ctx, args) {
      const { store } = ctx.services;
      const e = (typeof args['e'] === 'string' ? await store.enrolments.get(args['e']) : undefined) ?? (await enrolmentByOther(store, ctx.msg.userKey));
      if (!e) return { start: 'welcome' };
      ctx.say(whyMessage(await whyBlocks(ctx.services, e, ctx.msg.userKey), ctx.services));
      await markTold(store, e, ctx.services.clock());
      return { end: true };
    },
    steps: {},
  };
}
