/**
 * Right of access (UK GDPR Article 15): everything Career Companion holds
 * about one person, gathered from every store port, as plain data for the
 * JSON file and as a short, grouped summary in plain English.
 *
 * "About one person" means records where they are the subject: their
 * profile, where they are in each conversation, how the bot reaches them,
 * their career plans, programmes they are enrolled on, their check-in answers
 * and the messages planned for them. Where other people's records name them
 * as line manager or preceptor, the export gives a count only, because those
 * records are about the other people.
 */
import type { Content } from '../content/model.js';
import type { Block } from '../core/messages.js';
import { shortDate } from '../time/format.js';
import type {
  CareerPlan,
  CheckinAnswer,
  ConversationRef,
  DialogState,
  Enrolment,
  Profile,
  Reminder,
  Store,
} from '../store/ports.js';

export interface PersonalData {
  /** Who this is about: the platform user key the bot knows them by. */
  userKey: string;
  exportedAt: string;
  profile: Profile | null;
  /** Where the person is in a conversation with the bot, one entry per chat. */
  conversations: Array<{ conversationKey: string; state: DialogState }>;
  /** How Teams or Slack lets the bot send the person a message first. */
  conversationReference: ConversationRef | null;
  plans: CareerPlan[];
  /** Programmes (induction, preceptorship) the person is enrolled on. */
  enrolments: Enrolment[];
  checkinAnswers: CheckinAnswer[];
  /** Messages planned for, or already sent to, the person. */
  reminders: Reminder[];
  /** How many other people's records name this person as line manager or preceptor (not their contents). */
  namedAsSupporter: { profiles: number; enrolments: number; sharedPlans: number };
}

/** Every identity the person is known by: the user key plus aliases (e.g. `aad:<object id>`) bulk imports may use. */
export async function identitiesOf(store: Store, userKey: string): Promise<string[]> {
  const ids = new Set<string>([userKey]);
  const ref = await store.refs.get(userKey);
  for (const a of ref?.aliases ?? []) ids.add(a);
  const profile = await store.profiles.get(userKey);
  for (const a of profile?.aliases ?? []) ids.add(a);
  return [...ids];
}

/** Enrolments where the person is the subject, by user key or by an alias not yet matched to a user key. */
export async function enrolmentsAbout(store: Store, userKey: string): Promise<Enrolment[]> {
  const ids = await identitiesOf(store, userKey);
  const out = new Map<string, Enrolment>();
  for (const e of await store.enrolments.listForUser(userKey)) out.set(e.id, e);
  if (ids.length > 1) {
    for (const e of await store.enrolments.list()) {
      if (!e.userKey && ids.includes(e.subject)) out.set(e.id, e);
    }
  }
  return [...out.values()];
}

/** Gathers everything held about `userKey`. Reads only. */
export async function exportPerson(store: Store, userKey: string, now: Date = new Date()): Promise<PersonalData> {
  const clone = <T>(x: T): T => structuredClone(x);
  const [profile, conversations, ref, plans, enrolments, checkins, reminders, managed, supported, shared] = await Promise.all([
    store.profiles.get(userKey),
    store.dialogs.listForUser(userKey),
    store.refs.get(userKey),
    store.plans.listForUser(userKey),
    enrolmentsAbout(store, userKey),
    store.checkins.listForUser(userKey),
    store.reminders.listForUser(userKey),
    store.profiles.listForManager(userKey),
    store.enrolments.listForSupporter(userKey),
    store.plans.listSharedWith(userKey),
  ]);
  return {
    userKey,
    exportedAt: now.toISOString(),
    profile: profile ? clone(profile) : null,
    conversations: clone(conversations),
    conversationReference: ref ? clone(ref) : null,
    plans: clone(plans),
    enrolments: clone(enrolments),
    checkinAnswers: clone(checkins),
    reminders: clone(reminders),
    namedAsSupporter: {
      profiles: managed.filter((p) => p.userKey !== userKey).length,
      enrolments: supported.filter((e) => e.userKey !== userKey).length,
      sharedPlans: shared.filter((p) => p.userKey !== userKey).length,
    },
  };
}

/** How many records of each kind, for the audit line and the erasure summary. */
export function recordCounts(d: PersonalData): Record<string, number> {
  return {
    profile: d.profile ? 1 : 0,
    conversations: d.conversations.length,
    reference: d.conversationReference ? 1 : 0,
    plans: d.plans.length,
    enrolments: d.enrolments.length,
    checkins: d.checkinAnswers.length,
    reminders: d.reminders.length,
  };
}

/** True when nothing at all is held about the person. */
export function holdsNothing(d: PersonalData): boolean {
  return Object.values(recordCounts(d)).every((n) => n === 0);
}

/** True when the only thing held is how to reach them (e.g. the reference saved by the message that asked). */
export function holdsOnlyReference(d: PersonalData): boolean {
  const c = recordCounts(d);
  return c['reference'] === 1 && Object.entries(c).every(([k, n]) => k === 'reference' || n === 0);
}

/** The file name for an export made on `now` (UTC date). */
export function exportFilename(now: Date): string {
  return `my-data-${now.toISOString().slice(0, 10)}.json`;
}

export function exportJson(d: PersonalData): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}

const PLATFORM_NAMES: Record<string, string> = { teams: 'Microsoft Teams', slack: 'Slack', local: 'this app' };

/** "3 March 2027" for a date or a time (its UTC date). */
function day(iso: string | undefined): string {
  if (!iso) return 'unknown date';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  return shortDate(d.toISOString().slice(0, 10));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const STATUS_WORDS: Record<Enrolment['status'], string> = {
  active: 'running',
  paused: 'paused',
  completed: 'finished',
  withdrawn: 'stopped',
};

const GROWTH_WORDS: Record<NonNullable<CareerPlan['growth']>, string> = {
  depth: 'grow in your role',
  breadth: 'move across',
  stretch: 'step up',
};

/**
 * The summary shown in the chat: grouped, plain English. Longer things the
 * person wrote (plan answers, check-in words) are counted, not repeated: they
 * are in the file. `retentionDays` is how long check-in free text is kept.
 */
export function summaryBlocks(d: PersonalData, content: Content, retentionDays: number): Block[] {
  const blocks: Block[] = [];
  const p = d.profile;
  const roleName = (id: string | undefined) => (id ? (content.roles.get(id)?.title ?? id) : undefined);

  if (p) {
    const facts: Array<{ label: string; value: string }> = [];
    const role = roleName(p.roleId);
    if (role) facts.push({ label: 'Role', value: role });
    if (p.band) facts.push({ label: 'Band', value: `Band ${p.band}` });
    if (p.area) facts.push({ label: 'Area of work', value: p.area });
    if (p.held?.length) {
      const names = p.held.map((id) => content.requirements.get(id)?.title ?? id);
      facts.push({ label: 'Qualifications you told me about', value: names.join(', ') });
    }
    if (p.managerKey) facts.push({ label: 'Line manager', value: p.managerName ? p.managerName : 'saved (no name)' });
    const goal = roleName(p.goalRoleId);
    if (goal) facts.push({ label: 'Goal', value: goal });
    if (p.appraisalDue) facts.push({ label: 'Appraisal due', value: day(p.appraisalDue) });
    if (p.lastCareerConversation) facts.push({ label: 'Last career conversation', value: day(p.lastCareerConversation) });
    if (p.workingPattern) facts.push({ label: 'When you get messages', value: `${p.workingPattern.start} to ${p.workingPattern.end}, on the days you chose` });
    if (p.pausedUntil) facts.push({ label: 'Messages paused until', value: day(p.pausedUntil) });
    facts.push({ label: 'First saved', value: day(p.createdAt) });
    blocks.push({ type: 'heading', text: 'Your profile' });
    blocks.push({ type: 'facts', facts });
  }

  if (d.conversations.length > 0) {
    blocks.push({ type: 'heading', text: 'Where you are in our conversations' });
    blocks.push({
      type: 'paragraph',
      text: `${plural(d.conversations.length, 'chat')} with a question still open or paused, so I can carry on where you left off. This keeps your answers to the open questions until you finish or cancel.`,
    });
  }

  if (d.plans.length > 0) {
    blocks.push({ type: 'heading', text: 'Your career plans' });
    blocks.push({
      type: 'list',
      items: d.plans.map((plan) => {
        const parts = [`Started ${day(plan.startedAt)}${plan.completedAt ? `, finished ${day(plan.completedAt)}` : ', not finished'}`];
        if (plan.growth) parts.push(`to ${GROWTH_WORDS[plan.growth]}`);
        parts.push(plural(plan.actions.length, 'action'));
        parts.push(plan.sharedWith ? `shared with your line manager on ${day(plan.sharedWith.at)}` : 'not shared with anyone');
        return parts.join('; ');
      }),
    });
  }

  if (d.enrolments.length > 0) {
    blocks.push({ type: 'heading', text: 'Programmes you are on' });
    blocks.push({
      type: 'list',
      items: d.enrolments.map((e) => {
        const title = content.programmes.get(e.programmeId)?.title ?? e.programmeId;
        const who = [e.managerKey ? 'manager' : '', e.preceptorKey ? 'preceptor' : ''].filter(Boolean).join(' and ');
        return `${title}: from ${day(e.startDate)}, ${STATUS_WORDS[e.status]}.${who ? ` It saves who your ${who} ${who.includes(' and ') ? 'are' : 'is'}.` : ''}`;
      }),
    });
  }

  if (d.checkinAnswers.length > 0) {
    const withWords = d.checkinAnswers.filter((a) => Object.keys(a.text).length > 0).length;
    const flagged = d.checkinAnswers.filter((a) => a.escalatedTo).length;
    const lines = [`${plural(d.checkinAnswers.length, 'check-in answer')}, with your ratings and the items you ticked.`];
    if (withWords > 0) lines.push(`${withWords} of them include your own words. I delete those words ${retentionDays} days after you wrote them.`);
    if (flagged > 0) lines.push(`${plural(flagged, 'check-in')} told your manager or preceptor that you might want support.`);
    blocks.push({ type: 'heading', text: 'Your check-ins' });
    blocks.push({ type: 'paragraph', text: lines.join(' ') });
  }

  if (d.reminders.length > 0) {
    const waiting = d.reminders.filter((r) => r.state === 'pending' || r.state === 'claimed').length;
    blocks.push({ type: 'heading', text: 'Messages I plan to send you' });
    blocks.push({
      type: 'paragraph',
      text: `${plural(d.reminders.length, 'scheduled message')} (check-ins, reminders and nudges): ${waiting} still to come, the rest already sent or no longer needed.`,
    });
  }

  if (d.conversationReference) {
    const where = PLATFORM_NAMES[d.conversationReference.platform] ?? d.conversationReference.platform;
    blocks.push({ type: 'heading', text: 'How I can message you' });
    blocks.push({
      type: 'paragraph',
      text: `A conversation reference from ${where}: the address ${where} gives me so I can send you a message first, such as a check-in. It holds ids for you, this chat and the bot, and your display name if ${where} includes it. It holds no password or secret. I save it each time you message me, last on ${day(d.conversationReference.updatedAt)}.`,
    });
  }

  const n = d.namedAsSupporter;
  const others = n.profiles + n.enrolments + n.sharedPlans;
  if (others > 0) {
    blocks.push({ type: 'heading', text: 'Where others name you' });
    const parts: string[] = [];
    if (n.profiles > 0) parts.push(`${plural(n.profiles, 'profile')} ${n.profiles === 1 ? 'names' : 'name'} you as line manager`);
    if (n.enrolments > 0) parts.push(`${plural(n.enrolments, 'programme place')} ${n.enrolments === 1 ? 'names' : 'name'} you as manager or preceptor`);
    if (n.sharedPlans > 0) parts.push(`${plural(n.sharedPlans, 'career plan')} ${n.sharedPlans === 1 ? 'was' : 'were'} shared with you`);
    blocks.push({
      type: 'paragraph',
      text: `Some colleagues' records name you: ${parts.join('; ')}. Those records are about them, so your file has only these numbers.`,
    });
  }
  return blocks;
}
