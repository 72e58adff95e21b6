/**
 * Right of access (UK GDPR Article 15): everything Career Companion holds
 * about one person, gathered from every store port, as plain data for the
 * JSON file and the CLI. (The short, grouped summary the chat shows is made
 * from it by the privacy feature, in its own words.)
 *
 * "About one person" means records where they are the subject: their
 * profile, where they are in each conversation, how the bot reaches them,
 * their career plans, programmes they are enrolled on, their check-in answers
 * and the messages planned for them. Where other people's records name them
 * as line manager or preceptor, the export gives a count only, because those
 * records are about the other people.
 */
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
