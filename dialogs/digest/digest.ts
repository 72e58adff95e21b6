/**
 * The weekly manager digest: one message a week to each manager (and
 * preceptor) about only the people they support.
 *
 * Appraisal and career-conversation reminders to the manager are part of the
 * digest: they are not sent as separate messages. One weekly message is
 * easier to act on than a drip of single reminders, and it keeps managers
 * from being messaged more than once a week by the bot. (The `appraisal` and
 * `career-conversation` reminder kinds are therefore not used for managers.)
 *
 * What a manager sees:
 * - appraisals overdue or due in the next 30 days, and career conversations
 *   due, for their line reports (profiles and enrolments whose managerKey is
 *   them; preceptors are not line managers and do not see these);
 * - check-ins needing attention in the last 14 days, only those the person
 *   agreed to pass to this manager or preceptor (a low rating kept private, or
 *   a concern passed to the preceptor, is not shown to the line manager): the
 *   person's words only when they agreed to share them too;
 * - missed check-ins (sent, nudged once, unanswered `missedAfterMs` after the
 *   last message), for 28 days after that message;
 * - the open actions of the newest plan each report chose to share with them.
 *
 * Each item has "Mark done" and "Snooze a week" buttons (digest-dialog.ts).
 * The words are in content/wording/digest.yaml.
 * What a manager hides is kept as a reminder row of kind `digest` that is
 * never sent (state `cancelled`), id `digest-mark|<manager>|<item>`, payload
 * `{ mark: 'done' | 'snooze', item, until, subjectKey }`; `subjectKey` makes
 * it go when the report's data is deleted.
 */
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import { actionButton, type Services } from '../../src/core/dialog.js';
import { recordViews } from '../../src/core/audit.js';
import { platformOf } from '../../src/user-keys.js';
import type { Enrolment, Profile, Reminder, Store } from '../../src/store/ports.js';
import type { Planner, ReminderHandler, SchedulerContext } from '../../src/scheduler/scheduler.js';
import { addDays, addMonths, localDate, localParts, zonedTime } from '../../src/time/zone.js';
import { longDate } from '../../src/time/format.js';
import type { Content } from '../../src/content/model.js';
import { answerId, chatLink, contactsByCheckin, isMissed, lastContact, personLabel, wordsBlocks } from '../checkins/reminders.js';
import { digestWords } from './wording.js';

const DAY = 86_400_000;
const ATTENTION_DAYS = 14;
const MISSED_SHOWN_DAYS = 28;
const APPRAISAL_AHEAD_DAYS = 30;
export const SNOOZE_DAYS = 7;

export type DigestKind = 'appraisal' | 'career' | 'attention' | 'missed' | 'action';

export interface DigestItem {
  kind: DigestKind;
  /** Identifies the item for "Mark done" and "Snooze a week". */
  key: string;
  /** The report the item is about. */
  subjectKey: string;
  text: string;
  extra: Block[];
  /** Carried by the buttons: ids only. */
  value: Record<string, string>;
}

const MANAGED_PLATFORMS = new Set(['teams', 'slack', 'local']);

export function itemKey(value: Record<string, string>): string | undefined {
  switch (value['k']) {
    case 'appraisal':
      return value['u'] && value['d'] ? `appraisal|${value['u']}|${value['d']}` : undefined;
    case 'career':
      return value['u'] ? `career|${value['u']}` : undefined;
    case 'attention':
    case 'missed':
      return value['e'] && value['c'] ? `${value['k']}|${answerId(value['e'], value['c'])}` : undefined;
    case 'action':
      return value['p'] && value['a'] ? `action|${value['p']}|${value['a']}` : undefined;
    default:
      return undefined;
  }
}

export function markId(managerKey: string, key: string): string {
  return `digest-mark|${managerKey}|${key}`;
}

/** Hides an item from this manager's digests: for good ('done') or until a time ('snooze'). */
export async function markItem(store: Store, managerKey: string, key: string, subjectKey: string, mark: 'done' | 'snooze', until: Date, now: Date): Promise<void> {
  const id = markId(managerKey, key);
  const row: Reminder = {
    id,
    kind: 'digest',
    userKey: managerKey,
    dueAt: until.toISOString(),
    originalDueAt: until.toISOString(),
    state: 'cancelled',
    attempts: 0,
    lastError: 'digest item hidden',
    payload: { mark, item: key, until: until.toISOString(), subjectKey },
    updatedAt: now.toISOString(),
  };
  if ((await store.reminders.insertNew([row])) === 0) {
    await store.reminders.update(id, { dueAt: row.dueAt, payload: row.payload, updatedAt: row.updatedAt });
  }
}

async function hiddenKeys(store: Store, managerKey: string, now: Date): Promise<Set<string>> {
  const out = new Set<string>();
  for (const r of await store.reminders.listForUser(managerKey)) {
    if (r.kind !== 'digest' || !r.payload['mark'] || !r.payload['item']) continue;
    if (r.payload['mark'] === 'done' || Date.parse(r.payload['until'] ?? '') > now.getTime()) out.add(r.payload['item']);
  }
  return out;
}

/** Whether `managerKey` line-manages `reportKey` (profile or an enrolment says so). */
export async function isLineManager(store: Store, managerKey: string, reportKey: string): Promise<boolean> {
  if ((await store.profiles.get(reportKey))?.managerKey === managerKey) return true;
  return (await store.enrolments.listForUser(reportKey)).some((e) => e.managerKey === managerKey && e.status !== 'withdrawn');
}

/** Whether `supporterKey` is the manager or preceptor on this enrolment. */
export function supports(enrolment: Enrolment | undefined, supporterKey: string): boolean {
  return !!enrolment && (enrolment.managerKey === supporterKey || enrolment.preceptorKey === supporterKey);
}

/** The people someone supports: what both the weekly digest and the team view (dialogs/team) are built from. */
export interface SupportedPeople {
  /** Active and completed enrolments where they are the manager or the preceptor. */
  enrolments: Enrolment[];
  /** Their line reports with a profile: profiles that name them, and people enrolled with them as manager. */
  lineReports: Map<string, Profile>;
  /** The enrolment of a person (by user key), if any. */
  enrolmentOf(userKey: string): Enrolment | undefined;
}

export async function gatherPeople(store: Store, supporterKey: string): Promise<SupportedPeople> {
  const enrolments = (await store.enrolments.listForSupporter(supporterKey)).filter((e) => e.status === 'active' || e.status === 'completed');
  const lineReports = new Map<string, Profile>();
  for (const p of await store.profiles.listForManager(supporterKey)) lineReports.set(p.userKey, p);
  for (const e of enrolments) {
    if (e.managerKey !== supporterKey || !e.userKey || e.status !== 'active' || lineReports.has(e.userKey)) continue;
    const p = await store.profiles.get(e.userKey);
    if (p) lineReports.set(p.userKey, p);
  }
  return { enrolments, lineReports, enrolmentOf: (userKey) => enrolments.find((e) => e.userKey === userKey || e.subject === userKey) };
}

/**
 * Whether a supporter may see how a check-in went (its rating, that it needs
 * attention). Only the person it was passed to, with the person's yes: the
 * check-in tells people "your answers go to nobody unless you say so", and
 * after a yes, "nobody else has been told". So a line manager does not see a
 * concern that went to the preceptor, and nobody sees a low rating that was
 * kept private. That a check-in was missed is not an answer, and is shown.
 */
export function sharedWith(answer: { escalatedTo?: string }, supporterKey: string): boolean {
  return answer.escalatedTo === supporterKey;
}

export async function buildDigest(services: Pick<Services, 'store' | 'content'>, settings: SchedulerContext['settings'], managerKey: string, now: Date): Promise<DigestItem[]> {
  const { store, content } = services;
  const w = digestWords(content).items;
  const tz = settings.timeZone;
  const today = localDate(now, tz);
  const hidden = await hiddenKeys(store, managerKey, now);
  const items: DigestItem[] = [];
  const labels = new Map<string, string>();
  const who = async (userKey: string, enrolment?: Enrolment) => {
    if (!labels.has(userKey)) labels.set(userKey, (await personLabel(store, userKey, enrolment)) ?? digestWords(content).someone);
    return labels.get(userKey)!;
  };
  const push = (item: DigestItem) => {
    if (!hidden.has(item.key)) items.push(item);
  };

  const { enrolments, lineReports, enrolmentOf } = await gatherPeople(store, managerKey);

  // Appraisals: overdue, or due in the next 30 days.
  for (const p of lineReports.values()) {
    if (!p.appraisalDue) continue;
    const overdue = p.appraisalDue < today;
    if (!overdue && p.appraisalDue > addDays(today, APPRAISAL_AHEAD_DAYS)) continue;
    const name = await who(p.userKey, enrolmentOf(p.userKey));
    push({
      kind: 'appraisal',
      key: `appraisal|${p.userKey}|${p.appraisalDue}`,
      subjectKey: p.userKey,
      text: (overdue ? w.appraisalOverdue : w.appraisalDue)({ name, date: longDate(p.appraisalDue) }),
      extra: [],
      value: { k: 'appraisal', u: p.userKey, d: p.appraisalDue },
    });
  }

  // Career conversations: none recorded, or the last one longer ago than the setting.
  for (const p of lineReports.values()) {
    const last = p.lastCareerConversation;
    const dueFrom = last ? addMonths(localDate(new Date(last), tz), settings.careerConversationMonths) : undefined;
    if (dueFrom && dueFrom > today) continue;
    const name = await who(p.userKey, enrolmentOf(p.userKey));
    push({
      kind: 'career',
      key: `career|${p.userKey}`,
      subjectKey: p.userKey,
      text: last ? w.careerDue({ name, date: longDate(localDate(new Date(last), tz)) }) : w.careerNone({ name }),
      extra: [],
      value: { k: 'career', u: p.userKey },
    });
  }

  // Check-ins: needing attention, and missed.
  for (const e of enrolments) {
    const programme = content.programmes.get(e.programmeId);
    if (!programme) continue;
    const subject = e.userKey ?? e.subject;
    const answers = await store.checkins.listForEnrolment(e.id);
    for (const a of answers) {
      if (now.getTime() - Date.parse(a.answeredAt) > ATTENTION_DAYS * DAY) continue;
      // Only what the person agreed to pass to this supporter (see sharedWith).
      if (!sharedWith(a, managerKey)) continue;
      const checkin = programme.checkins.find((c) => c.id === a.checkinId);
      const title = checkin?.title ?? a.checkinId;
      const details = [a.rating !== undefined ? w.confidence({ rating: a.rating }) : undefined, a.supportRequested ? w.askedForSupport : undefined].filter(Boolean).join(', ');
      // Their words only when they agreed to pass those on too.
      const words = a.shareWords ? wordsBlocks(content, checkin, a) : [];
      push({
        kind: 'attention',
        key: `attention|${a.id}`,
        subjectKey: subject,
        text: details ? w.attentionWith({ name: await who(subject, e), checkin: title, details }) : w.attention({ name: await who(subject, e), checkin: title }),
        extra: words,
        value: { k: 'attention', e: e.id, c: a.checkinId },
      });
    }
    if (e.status !== 'active') continue;
    const contacts = await contactsByCheckin(store, e.id);
    for (const [checkinId, rows] of contacts) {
      const answer = answers.find((a) => a.id === answerId(e.id, checkinId));
      if (!isMissed(e.id, checkinId, rows, answer, now, settings.missedAfterMs)) continue;
      const last = lastContact(rows)!;
      if (now.getTime() - last > settings.missedAfterMs + MISSED_SHOWN_DAYS * DAY) continue;
      const title = programme.checkins.find((c) => c.id === checkinId)?.title ?? checkinId;
      push({
        kind: 'missed',
        key: `missed|${answerId(e.id, checkinId)}`,
        subjectKey: subject,
        text: w.missed({ name: await who(subject, e), checkin: title }),
        extra: [],
        value: { k: 'missed', e: e.id, c: checkinId },
      });
    }
  }

  // Actions from the newest plan each person chose to share with this manager.
  const seen = new Set<string>();
  for (const plan of await store.plans.listSharedWith(managerKey)) {
    if (seen.has(plan.userKey)) continue;
    seen.add(plan.userKey);
    for (const action of plan.actions) {
      if (action.done) continue;
      push({
        kind: 'action',
        key: `action|${plan.id}|${action.id}`,
        subjectKey: plan.userKey,
        text: action.due
          ? w.actionBy({ name: await who(plan.userKey), action: action.text, date: longDate(action.due) })
          : w.action({ name: await who(plan.userKey), action: action.text }),
        extra: [],
        value: { k: 'action', p: plan.id, a: action.id },
      });
    }
  }
  return items;
}

/** The order of the digest's sections. */
const SECTIONS: readonly DigestKind[] = ['attention', 'missed', 'appraisal', 'career', 'action'];

export function digestMessage(content: Content, items: DigestItem[]): OutboundMessage {
  const w = digestWords(content);
  const blocks: Block[] = [
    { type: 'heading', text: w.heading },
    { type: 'paragraph', text: w.intro },
  ];
  for (const kind of SECTIONS) {
    const list = items.filter((i) => i.kind === kind);
    if (list.length === 0) continue;
    blocks.push({ type: 'divider' }, { type: 'paragraph', text: w.sections[kind] });
    for (const item of list) {
      blocks.push({ type: 'paragraph', text: item.text }, ...item.extra);
      const choices: Choice[] = [actionButton('digest', 'done', w.buttons.done, item.value), actionButton('digest', 'snooze', w.buttons.snooze, item.value)];
      blocks.push({ type: 'choices', choices });
      const link = chatLink(item.subjectKey);
      if (link) blocks.push({ type: 'links', links: [{ label: w.buttons.openChat, url: link }] });
    }
  }
  const hasAppraisal = items.some((i) => i.kind === 'appraisal');
  const hasCareer = hasAppraisal || items.some((i) => i.kind === 'career');
  const footer = [(hasAppraisal ? w.footer.buttonsWithAppraisal : w.footer.buttons)({ days: SNOOZE_DAYS })];
  if (hasCareer) footer.push(w.footer.onlyHere);
  blocks.push({ type: 'paragraph', text: footer.join(' '), tone: 'muted' });
  return message(blocks);
}

export function digestReminderId(managerKey: string, date: string): string {
  return `digest|${managerKey}|${date}`;
}

/** Every person who should get a digest: managers and preceptors of active enrolments, managers named in profiles, managers plans were shared with. */
export async function digestRecipients(store: Store): Promise<string[]> {
  const keys = new Set<string>();
  for (const e of await store.enrolments.list()) {
    if (e.status !== 'active') continue;
    if (e.managerKey) keys.add(e.managerKey);
    if (e.preceptorKey) keys.add(e.preceptorKey);
  }
  for (const p of await store.profiles.list()) if (p.managerKey) keys.add(p.managerKey);
  for (const plan of await store.plans.list()) if (plan.sharedWith?.managerKey) keys.add(plan.sharedWith.managerKey);
  return [...keys].filter((k) => MANAGED_PLATFORMS.has(platformOf(k))).sort();
}

/**
 * Adds `digest|<manager>|<date>` for this week's digest day (the most recent
 * `digestDay` on or before today), due at `digestTime` local time, unless it
 * is further in the past than the grace period. Idempotent by id.
 */
export function digestPlanner({ services, settings }: SchedulerContext): Planner {
  // Looking for recipients means reading every enrolment, profile and plan, so
  // it is done at most hourly: the digest rows are idempotent, and someone who becomes a manager
  // during the week is picked up within the hour.
  let last: { date: string; at: number } | undefined;
  return async (now) => {
    const tz = settings.timeZone;
    const back = (localParts(now, tz).weekday - settings.digestDay + 7) % 7;
    const date = addDays(localDate(now, tz), -back);
    const due = zonedTime(date, settings.digestTime, tz);
    if (now.getTime() - due.getTime() > settings.graceMs) return [];
    if (due.getTime() > now.getTime() + 7 * DAY) return [];
    if (last && last.date === date && now.getTime() - last.at < 3_600_000 && now.getTime() >= last.at) return [];
    last = { date, at: now.getTime() };
    const at = now.toISOString();
    return (await digestRecipients(services.store)).map((managerKey) => ({
      id: digestReminderId(managerKey, date),
      kind: 'digest' as const,
      userKey: managerKey,
      dueAt: due.toISOString(),
      originalDueAt: due.toISOString(),
      state: 'pending' as const,
      attempts: 0,
      payload: { managerKey, week: date },
      updatedAt: at,
    }));
  };
}

export function digestHandler({ services, settings }: SchedulerContext): ReminderHandler {
  return {
    async prepare(r, now) {
      // Rows that only record a hidden item are never due, but guard anyway.
      if (r.payload['mark']) return { send: false, state: 'cancelled', reason: 'not a digest' };
      const managerKey = r.userKey;
      const items = await buildDigest(services, settings, managerKey, now);
      if (items.length === 0) return { send: false, state: 'cancelled', reason: 'nothing to report' };
      await recordViews(services, managerKey, items.map((i) => i.subjectKey), 'digest');
      return { send: true, userKey: managerKey, messages: [digestMessage(services.content, items)], respectHours: true };
    },
  };
}
