/**
 * Check-in messages: the check-in itself (`checkin` reminders, planned by
 * plan.ts from an enrolment) and one gentle nudge when there is no answer
 * (`nudge`). The answers are taken by the `checkin` dialog (dialogs/checkin.ts):
 * the rating buttons are `checkin.rate` actions that carry the enrolment and
 * check-in ids, so a tap works days later, after a restart, in any conversation.
 *
 * A check-in counts as missed (for the manager digest) when the person was
 * sent it, nudged once, and `missedAfterMs` after the last message there is
 * still no answer. The time of a sent reminder is taken from its `dueAt`
 * (which the scheduler moves for quiet hours and pauses, so it is when the
 * reminder went out, give or take a tick), not `sentAt` (wall-clock time).
 */
import { actionButton } from '../../src/core/dialog.js';
import type { Services } from '../../src/core/dialog.js';
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import { emailOf, platformOf, slackIdsOf } from '../../src/user-keys.js';
import type { Checkin, CheckinQuestion, Content, Programme } from '../../src/content/model.js';
import type { NotifyWho } from '../../src/content/schema.js';
import type { CheckinAnswer, Enrolment, Reminder, Store } from '../../src/store/ports.js';
import type { ReminderHandler, SchedulerContext } from '../../src/scheduler/scheduler.js';
import { nudgeReminderId } from './plan.js';
import { checkinsWords } from './wording.js';
import { enrolledByOther, markTold, whyBlocks } from './why.js';

type HasWording = Pick<Content, 'wording'>;

/** The labels of the five rating buttons, 1 to 5. */
export function ratingLabels(content: HasWording): string[] {
  const b = checkinsWords(content).rating.buttons;
  return [b.one, b.two, b.three, b.four, b.five];
}

export function answerId(enrolmentId: string, checkinId: string): string {
  return `${enrolmentId}|${checkinId}`;
}

/** The five one-tap rating buttons. They work any time later (dialog action `checkin.rate`). */
export function ratingButtons(content: HasWording, enrolmentId: string, checkinId: string): Choice[] {
  return ratingLabels(content).map((label, i) => actionButton('checkin', 'rate', label, { e: enrolmentId, c: checkinId, r: String(i + 1) }));
}

export function ratingQuestion(checkin: Checkin): CheckinQuestion | undefined {
  return checkin.questions.find((q) => q.kind === 'rating');
}

export function ratingText(content: HasWording, checkin: Checkin): string {
  return ratingQuestion(checkin)?.text ?? checkinsWords(content).card.ratingQuestion;
}

/** The programme's name, labelled when it is one trust's approach. */
export function programmeLine(content: HasWording, programme: Programme): string {
  return programme.localExample ? checkinsWords(content).card.localProgramme({ title: programme.title, trust: programme.localExample.trust }) : programme.title;
}

export function checkinMessage(content: HasWording, programme: Programme, checkin: Checkin, enrolmentId: string): OutboundMessage {
  const w = checkinsWords(content).card;
  return message([
    { type: 'heading', text: w.heading({ title: checkin.title }) },
    { type: 'paragraph', text: programmeLine(content, programme), tone: 'muted' },
    { type: 'paragraph', text: checkin.intro },
    { type: 'paragraph', text: ratingText(content, checkin) },
    { type: 'choices', choices: ratingButtons(content, enrolmentId, checkin.id) },
    { type: 'paragraph', text: w.typeHint, tone: 'muted' },
  ]);
}

export function nudgeMessage(content: HasWording, checkin: Checkin, enrolmentId: string): OutboundMessage {
  const w = checkinsWords(content).card;
  return message([
    { type: 'paragraph', text: w.nudge({ title: checkin.title }) },
    { type: 'paragraph', text: ratingText(content, checkin) },
    { type: 'choices', choices: ratingButtons(content, enrolmentId, checkin.id) },
    { type: 'paragraph', text: w.typeHint, tone: 'muted' },
  ]);
}

export interface LoadedCheckin {
  enrolment: Enrolment;
  programme: Programme;
  checkin: Checkin;
}

/** The enrolment, programme and check-in, or why they cannot be used. */
export async function loadCheckin(services: Pick<Services, 'store' | 'content'>, enrolmentId: string | undefined, checkinId: string | undefined): Promise<LoadedCheckin | { problem: string }> {
  if (!enrolmentId || !checkinId) return { problem: 'no enrolment or check-in id' };
  const enrolment = await services.store.enrolments.get(enrolmentId);
  if (!enrolment) return { problem: 'enrolment not found' };
  if (enrolment.status !== 'active') return { problem: `enrolment ${enrolment.status}` };
  const programme = services.content.programmes.get(enrolment.programmeId);
  if (!programme) return { problem: 'programme no longer in the content' };
  const checkin = programme.checkins.find((c) => c.id === checkinId);
  if (!checkin) return { problem: 'check-in no longer in the programme' };
  return { enrolment, programme, checkin };
}

/** Who is told about a concern: the first of the programme's `notify` list the enrolment has. */
export function escalationTarget(programme: Programme, enrolment: Enrolment): { key: string; role: NotifyWho } | undefined {
  for (const role of programme.escalation.notify) {
    const key = role === 'preceptor' ? enrolment.preceptorKey : enrolment.managerKey;
    if (key) return { key, role };
  }
  return undefined;
}

/** A link that opens a direct chat with the person, where the platform has one (Slack). Teams: none. */
export function chatLink(userKey: string): string | undefined {
  const slack = slackIdsOf(userKey);
  return slack ? `slack://user?team=${encodeURIComponent(slack.team)}&id=${encodeURIComponent(slack.user)}` : undefined;
}

/**
 * How to name a person to their manager or preceptor: the display name given
 * when they were enrolled or when they first wrote, else an e-mail address
 * when one is known (an enrolment by e-mail, or an `email:` alias), otherwise
 * undefined and the caller says "One of your team".
 */
export async function personLabel(store: Store, userKey: string | undefined, enrolment?: Enrolment): Promise<string | undefined> {
  if (enrolment?.displayName) return enrolment.displayName;
  const profile = userKey ? await store.profiles.get(userKey) : undefined;
  if (profile?.displayName) return profile.displayName;
  if (userKey && !enrolment) {
    const named = (await store.enrolments.listForUser(userKey)).find((e) => e.displayName);
    if (named?.displayName) return named.displayName;
  }
  const direct = emailOf(enrolment?.subject) ?? emailOf(userKey);
  if (direct) return direct;
  if (!userKey) return undefined;
  const alias = profile?.aliases?.find((a) => emailOf(a) !== undefined) ?? (await store.refs.get(userKey))?.aliases?.find((a) => emailOf(a) !== undefined);
  return emailOf(alias);
}

/** A colleague on the same platform whose conversation can show the way to a person the bot has not met (Teams). */
export function viaFor(enrolment: Enrolment, userKey: string): string | undefined {
  const platform = platformOf(userKey);
  return [enrolment.managerKey, enrolment.preceptorKey, enrolment.enrolledBy].find((k) => k && k !== userKey && platformOf(k) === platform);
}

/** Every check-in and nudge reminder of an enrolment, by check-in id. */
export async function contactsByCheckin(store: Store, enrolmentId: string): Promise<Map<string, Reminder[]>> {
  const out = new Map<string, Reminder[]>();
  for (const r of await store.reminders.listByPayload('enrolmentId', enrolmentId)) {
    if (r.kind !== 'checkin' && r.kind !== 'nudge') continue;
    const c = r.payload['checkinId'];
    if (!c) continue;
    const list = out.get(c) ?? [];
    list.push(r);
    out.set(c, list);
  }
  return out;
}

/**
 * When the person was last sent this check-in (or its nudge), if they were
 * sent it and nothing more is still to come (no pending snooze).
 */
export function lastContact(rows: Reminder[]): number | undefined {
  if (rows.some((r) => r.state === 'pending' || r.state === 'claimed')) return undefined;
  const sent = rows.filter((r) => r.state === 'sent').map((r) => Date.parse(r.dueAt));
  return sent.length > 0 ? Math.max(...sent) : undefined;
}

/** Sent, nudged once, and still unanswered `missedAfterMs` after the last message. */
export function isMissed(enrolmentId: string, checkinId: string, rows: Reminder[], answer: CheckinAnswer | undefined, now: Date, missedAfterMs: number): boolean {
  if (answer) return false;
  const nudge = rows.find((r) => r.id === nudgeReminderId(enrolmentId, checkinId));
  if (nudge?.state !== 'sent') return false;
  const last = lastContact(rows);
  return last !== undefined && now.getTime() - last >= missedAfterMs;
}

export function nudgeAfterMs(programme: Programme, settings: SchedulerContext['settings']): number {
  return programme.nudgeAfterHours !== undefined ? programme.nudgeAfterHours * 3_600_000 : settings.nudgeAfterMs;
}

export function checkinHandlers({ services, settings }: SchedulerContext): { checkin: ReminderHandler; nudge: ReminderHandler } {
  const { store } = services;

  const prepareFor = async (r: Reminder, build: (l: LoadedCheckin) => OutboundMessage, opts: { explain?: boolean } = {}) => {
    const loaded = await loadCheckin(services, r.payload['enrolmentId'], r.payload['checkinId']);
    if ('problem' in loaded) return { send: false as const, state: 'cancelled' as const, reason: loaded.problem };
    const { enrolment, checkin } = loaded;
    if (!enrolment.userKey) return { send: false as const, state: 'failed' as const, reason: 'person not linked yet' };
    if (await store.checkins.get(answerId(enrolment.id, checkin.id))) return { send: false as const, state: 'cancelled' as const, reason: 'already answered' };
    const via = viaFor(enrolment, enrolment.userKey);
    // Someone another person enrolled, hearing from the bot for the first time: first say why.
    const why = opts.explain && !enrolment.toldWhyAt && enrolledByOther(enrolment) ? await whyBlocks(services, enrolment, enrolment.userKey, { next: false }) : [];
    const built = build(loaded);
    return {
      send: true as const,
      userKey: enrolment.userKey,
      messages: [why.length > 0 ? message([...why, ...built.blocks]) : built],
      respectHours: true,
      ...(via ? { via } : {}),
    };
  };

  const checkin: ReminderHandler = {
    prepare: (r) => prepareFor(r, ({ programme, checkin: c, enrolment }) => checkinMessage(services.content, programme, c, enrolment.id), { explain: true }),
    async afterSent(r, now) {
      const loaded = await loadCheckin(services, r.payload['enrolmentId'], r.payload['checkinId']);
      if ('problem' in loaded) return [];
      const { enrolment, programme, checkin: c } = loaded;
      const userKey = enrolment.userKey;
      if (!userKey) return [];
      if (!enrolment.toldWhyAt && enrolledByOther(enrolment)) await markTold(store, enrolment, now);
      const id = nudgeReminderId(enrolment.id, c.id);
      const due = new Date(now.getTime() + nudgeAfterMs(programme, settings)).toISOString();
      const existing = await store.reminders.get(id);
      if (existing) {
        // A nudge put on hold when the person snoozed the check-in comes back after the snoozed one is sent.
        if (existing.state === 'cancelled' && existing.lastError === 'snoozed') {
          await store.reminders.update(id, { state: 'pending', dueAt: due, originalDueAt: due, lastError: 'resumed after snooze', updatedAt: now.toISOString() });
        }
        return [];
      }
      return [
        {
          id,
          kind: 'nudge',
          userKey,
          dueAt: due,
          originalDueAt: due,
          state: 'pending',
          attempts: 0,
          payload: { enrolmentId: enrolment.id, programmeId: programme.id, checkinId: c.id },
          updatedAt: now.toISOString(),
        },
      ];
    },
  };

  // Only one nudge: it adds nothing after it is sent.
  const nudge: ReminderHandler = {
    prepare: (r) => prepareFor(r, ({ checkin: c, enrolment }) => nudgeMessage(services.content, c, enrolment.id)),
  };

  return { checkin, nudge };
}

/** Blocks listing a person's typed answers, by question, for a manager who was allowed to see them. */
export function wordsBlocks(content: HasWording, checkin: Checkin | undefined, answer: CheckinAnswer): Block[] {
  const facts = Object.entries(answer.text)
    .filter(([, v]) => v.trim() !== '')
    .map(([qid, v]) => ({ label: checkin?.questions.find((q) => q.id === qid)?.text ?? qid, value: v }));
  if (facts.length === 0) return [];
  return [
    { type: 'paragraph', text: checkinsWords(content).escalation.inTheirWords },
    { type: 'facts', facts },
  ];
}
