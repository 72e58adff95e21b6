/**
 * Storage ports. The core, dialogs and channels depend only on these
 * interfaces; lowdb implements them for one process, and other stores can
 * implement the same contract.
 *
 * Every method that changes data resolves only after the change is durable
 * (on disk, for the embedded store), so a reply that says "saved" is true.
 */
/** The platforms people reach the bot on. */
export type Platform = 'teams' | 'slack' | 'local';

/** What we know about a person. Only what recommendations need; every field optional. */
import type { Circumstance } from '../content/schema.js';

export interface Profile {
  userKey: string;
  platform: Platform;
  createdAt: string;
  updatedAt: string;
  /** Content role id of the person's current role, when matched. */
  roleId?: string;
  /** Agenda for Change band, e.g. "3". */
  band?: string;
  /** Area of work, in the person's words (e.g. "emergency department"). */
  area?: string;
  /** Requirement ids the person told us they hold (e.g. level2-maths-english). */
  held?: string[];
  /** Requirement ids the person told us they do not have yet ("no GCSE maths"). */
  lacks?: string[];
  /** Circumstances the person told us that change which route suits (e.g. `keep-earning`). */
  circumstances?: Circumstance[];
  /** The person's line manager, as a user key on the same platform. */
  managerKey?: string;
  /** Display name of the manager, for messages. */
  managerName?: string;
  /** Role id the person saved as their goal. */
  goalRoleId?: string;
  /** Whether the first-contact welcome and profile questions have been shown. */
  onboarded?: boolean;
  /** Platform identifiers used to match bulk imports (e.g. `aad:<object id>`). */
  aliases?: string[];
  /** Next annual appraisal (PDR) due date, YYYY-MM-DD. */
  appraisalDue?: string;
  /** When the person last finished a career conversation, ISO time. */
  lastCareerConversation?: string;
  /** When the person does not want messages. Defaults: weekdays 09:00 to 17:00 in the trust's time zone. */
  workingPattern?: WorkingPattern;
  /** No reminders or check-ins until this ISO time. */
  pausedUntil?: string;
  /**
   * The name the platform gave when the person first wrote (Teams sends it),
   * kept only for someone with a line manager or on a programme, so that their
   * manager's and preceptor's summaries can name them.
   */
  displayName?: string;
}

export interface WorkingPattern {
  /** Days messages may arrive: 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Local start and end of the day, "HH:MM". An end earlier than the start spans midnight (night shifts). */
  start: string;
  end: string;
  /** Whether bank holidays are quiet days too. */
  quietOnBankHolidays: boolean;
}

/** A person on a check-in programme (induction or preceptorship). */
export interface Enrolment {
  /** `<programme id>|<subject>`: enrolling the same person on the same programme twice changes nothing. */
  id: string;
  /** Who: a user key (`teams:…`, `slack:…`) or an identity still to be matched (`aad:…`, `email:…`). */
  subject: string;
  /** The user key once known. */
  userKey?: string;
  programmeId: string;
  /** First day, YYYY-MM-DD in the trust's time zone. */
  startDate: string;
  managerKey?: string;
  preceptorKey?: string;
  /** User key of whoever enrolled them, or `csv`. */
  enrolledBy: string;
  /** The person's name as given when they were enrolled (the @mention, or the CSV `name` column), for their manager's and preceptor's summaries. */
  displayName?: string;
  /** Display name of whoever enrolled them, when the platform gave it, to tell the person who set this up. */
  enrolledByName?: string;
  /** When the person was told who enrolled them and why the bot writes (ISO time), so it is explained once. */
  toldWhyAt?: string;
  status: 'active' | 'paused' | 'completed' | 'withdrawn';
  createdAt: string;
  updatedAt: string;
}

/** What a reminder is for; each feature names its own kinds (e.g. `checkin`, `nudge`, `digest`, `action`). */
export type ReminderKind = string;
export type ReminderState = 'pending' | 'claimed' | 'sent' | 'missed' | 'failed' | 'cancelled';

/** One occurrence of something to send. The id is its idempotency key. */
export interface Reminder {
  id: string;
  kind: ReminderKind;
  /** Who gets it. */
  userKey: string;
  /** When it is due (ISO, UTC). Snoozing and working hours move this. */
  dueAt: string;
  /** When it was first due, for catch-up and reporting. */
  originalDueAt: string;
  state: ReminderState;
  /** Held by a scheduler tick while it sends; expires so a crashed tick's work is picked up again. */
  lease?: { owner: string; until: string };
  attempts: number;
  /** Why it failed or was missed, without naming anyone. */
  lastError?: string;
  sentAt?: string;
  /** What to send: ids only, never free text. */
  payload: Record<string, string>;
  updatedAt: string;
}

/** Someone's answers to one check-in. */
export interface CheckinAnswer {
  /** `<enrolment id>|<check-in id>`. */
  id: string;
  userKey: string;
  enrolmentId: string;
  programmeId: string;
  checkinId: string;
  rating?: number;
  /** Free-text answers by question id. Deleted after the retention period. */
  text: Record<string, string>;
  /** Checklist items ticked, by question id. */
  items: Record<string, string[]>;
  supportRequested: boolean;
  /** The person agreed that their own words may go to the preceptor or manager. */
  shareWords: boolean;
  /** User key of whoever was told that this check-in needs attention. */
  escalatedTo?: string;
  answeredAt: string;
}

/** Where a person is in a dialog in one conversation. */
export interface DialogState {
  dialog: string;
  step: string;
  data: Record<string, unknown>;
  /** Steps visited before this one, for "back". */
  history: string[];
  /** How many times in a row this step could not use the answer. */
  misses: number;
  /** Dialogs paused to answer another question, most recent last. */
  paused?: Array<{ dialog: string; step: string; data: Record<string, unknown>; history: string[] }>;
  /** The route last talked about in this conversation, for follow-ups ("how long does it take?"). */
  topic?: ConversationTopic;
  updatedAt: string;
}

/**
 * The route last talked about in a conversation, kept with its dialog state so
 * that "how long does it take?" or "and after that?" can be answered. Role ids
 * only; it is part of the person's data (exported and erased with the state).
 */
export interface ConversationTopic {
  /** The role the route leads to. */
  toRoleId: string;
  /** The role it starts from, when known. */
  fromRoleId?: string;
  /** Which route: 1 (or none) the main one, 2 and on the other routes. */
  routeIndex?: number;
  /** The step of the route last talked about, from 0, for "and after that?". */
  stepIndex?: number;
  /** The route is for someone else (a manager asking): nothing from the asker's profile applies. */
  onBehalf?: boolean;
}

/** How to reach a person proactively: opaque to the core, owned by the channel adapter. */
export interface ConversationRef {
  userKey: string;
  platform: Platform;
  ref: unknown;
  /** Other ids the platform gave for this person, e.g. `aad:<Entra object id>`, for matching bulk imports. */
  aliases?: string[];
  updatedAt: string;
}

/** The outcome of a career conversation: what the person said, and the actions they chose. */
export interface CareerPlan {
  /** `<user key>|<started at>`. */
  id: string;
  userKey: string;
  startedAt: string;
  completedAt?: string;
  /** Answers by question id, in the person's words. */
  answers: Record<string, string>;
  /** 'depth' (grow in role), 'breadth' (move across) or 'stretch' (step up). */
  growth?: 'depth' | 'breadth' | 'stretch';
  /** Role ids the person is considering. */
  options: string[];
  /** Development needs by roadmap area. */
  needs: Record<string, string>;
  actions: Array<{ id: string; text: string; due?: string; done?: boolean }>;
  /** Set only when the person chose to share the summary with their line manager. */
  sharedWith?: { managerKey: string; at: string };
}

export interface ProfileStore {
  get(userKey: string): Promise<Profile | undefined>;
  put(profile: Profile): Promise<void>;
  delete(userKey: string): Promise<boolean>;
  count(): Promise<number>;
  /** Every profile, in no particular order (the weekly digest finds line managers with it). */
  list(): Promise<Profile[]>;
  /** Profiles that name this person as their line manager (their digest, and when the manager's data is erased). */
  listForManager(managerKey: string): Promise<Profile[]>;
}

export interface DialogStateStore {
  get(userKey: string, conversationKey: string): Promise<DialogState | undefined>;
  /** Saves the state, or clears it when `state` is undefined. */
  put(userKey: string, conversationKey: string, state: DialogState | undefined): Promise<void>;
  /** Every conversation this person has a dialog state in (for "what do you hold about me"). */
  listForUser(userKey: string): Promise<Array<{ conversationKey: string; state: DialogState }>>;
  deleteUser(userKey: string): Promise<number>;
}

export interface ConversationRefStore {
  get(userKey: string): Promise<ConversationRef | undefined>;
  /** The person with this alias (e.g. `aad:<object id>`), if they have messaged the bot. */
  findByAlias(alias: string): Promise<ConversationRef | undefined>;
  put(ref: ConversationRef): Promise<void>;
  delete(userKey: string): Promise<boolean>;
}

export interface PlanStore {
  get(id: string): Promise<CareerPlan | undefined>;
  put(plan: CareerPlan): Promise<void>;
  /** Every plan, in no particular order (the weekly digest finds the managers plans were shared with). */
  list(): Promise<CareerPlan[]>;
  /** The person's plans, newest first. */
  listForUser(userKey: string): Promise<CareerPlan[]>;
  /** Plans shared with this manager, newest first. */
  listSharedWith(managerKey: string): Promise<CareerPlan[]>;
  deleteUser(userKey: string): Promise<number>;
}

export interface EnrolmentStore {
  get(id: string): Promise<Enrolment | undefined>;
  /** Inserts or replaces. */
  put(enrolment: Enrolment): Promise<void>;
  list(): Promise<Enrolment[]>;
  listForUser(userKey: string): Promise<Enrolment[]>;
  /** Enrolments where this person is the manager or the preceptor. */
  listForSupporter(userKey: string): Promise<Enrolment[]>;
  deleteUser(userKey: string): Promise<number>;
}

export interface ReminderStore {
  get(id: string): Promise<Reminder | undefined>;
  /** Adds reminders whose id is new; existing ids are left as they are. Returns how many were added. */
  insertNew(reminders: Reminder[]): Promise<number>;
  /**
   * Claims up to `limit` reminders that are pending and due by `now`, or claimed
   * with an expired lease, and leases them to `owner` until `now + leaseMs`.
   */
  claimDue(now: Date, owner: string, leaseMs: number, limit: number): Promise<Reminder[]>;
  /** Changes a reminder. With `owner`, only if that owner still holds the lease. Returns whether it changed. */
  update(id: string, change: Partial<Omit<Reminder, 'id'>>, owner?: string): Promise<boolean>;
  /** Pending reminders due by `now`, soonest first (without claiming them). */
  listDue(now: Date, limit: number): Promise<Reminder[]>;
  listForUser(userKey: string): Promise<Reminder[]>;
  /** Reminders whose payload has this key and value, e.g. all of one enrolment. */
  listByPayload(key: string, value: string): Promise<Reminder[]>;
  countByState(): Promise<Record<ReminderState, number>>;
  deleteUser(userKey: string): Promise<number>;
}

export interface CheckinStore {
  get(id: string): Promise<CheckinAnswer | undefined>;
  put(answer: CheckinAnswer): Promise<void>;
  listForUser(userKey: string): Promise<CheckinAnswer[]>;
  listForEnrolment(enrolmentId: string): Promise<CheckinAnswer[]>;
  /** Removes free text from answers given before `before`. Returns how many answers changed. */
  purgeTextBefore(before: Date): Promise<number>;
  deleteUser(userKey: string): Promise<number>;
}

/** Remembers which inbound messages were already handled, so redeliveries cause one effect. */
export interface DedupeStore {
  /** Records `key`. True if it is new (handle the message); false if it was seen within `ttlMs`. */
  claim(key: string, now: Date, ttlMs: number): Promise<boolean>;
}

export type AuditAction =
  | 'view'
  | 'export'
  | 'erasure'
  | 'escalation'
  | 'share'
  | 'admin-view'
  | 'admin-change'
  | 'enrolment'
  | 'tenant-rejected'
  | 'retention-purge'
  | 'restore'
  /** Someone talked about leaving: only that it happened, what was offered, and whom they asked to talk to. */
  | 'stay-conversation';

/**
 * One line of the audit log: who did what, when. Never content. People are
 * named by a pseudonym (see src/store/pseudonym.ts), so the log keeps no
 * personal data after an erasure.
 */
export interface AuditEntry {
  at: string;
  action: AuditAction;
  /** Pseudonym of whoever acted, or `system`. */
  actor: string;
  /** Pseudonym of the person acted on, when there is one. */
  subject?: string;
  /** Counts or ids that carry no content, e.g. `records=12`. */
  detail?: string;
}

export interface AuditLog {
  /** Appends an entry; resolves when it is on disk. */
  append(entry: AuditEntry): Promise<void>;
  /** The newest entries, newest last. */
  tail(limit: number): Promise<AuditEntry[]>;
}

export interface StoreHealth {
  ok: boolean;
  kind: string;
  detail?: string;
}

/** Who to erase from copies of the data the store keeps (see `Store.eraseFromCopies`). */
export interface ErasureMatch {
  /** Every id the person is known by: their user key and aliases (e.g. `aad:<object id>`). */
  identities: readonly string[];
  /** Ids of records about them that do not carry their user key (their enrolments). */
  recordIds: readonly string[];
}

export interface CopiesErased {
  /** Copies looked at (backups, damaged files kept aside). */
  files: number;
  /** Copies that named the person and were rewritten without them. */
  rewritten: number;
  /** Lines left out or changed. */
  lines: number;
}

export interface Store {
  readonly profiles: ProfileStore;
  readonly dialogs: DialogStateStore;
  readonly refs: ConversationRefStore;
  readonly plans: PlanStore;
  readonly enrolments: EnrolmentStore;
  readonly reminders: ReminderStore;
  readonly checkins: CheckinStore;
  readonly dedupe: DedupeStore;
  readonly audit: AuditLog;
  health(): Promise<StoreHealth>;
  /**
   * Erases a person from the copies of the data this store keeps itself (the
   * embedded store's backups and kept damaged files), after they were erased
   * from the live data. Absent when the store keeps no copies (Postgres: its
   * backups are the trust's own).
   */
  eraseFromCopies?(match: ErasureMatch): Promise<CopiesErased>;
  /**
   * Runs one turn's work so that its changes go to disk together when it
   * ends, and resolves once they are there (or rejects with
   * StoreUnavailableError, every change it made undone). Absent when each
   * change is saved on its own (Postgres).
   */
  inTurn?<T>(work: () => Promise<T>): Promise<T>;
  /** Inside `inTurn`: writes what the turn has changed so far, before something leaves that must not run ahead of it. */
  flushTurn?(): Promise<void>;
  /** Waits for pending writes and releases files or connections. */
  close(): Promise<void>;
}

/** The store refused to open, e.g. a corrupt data file. The message names the file and the fix. */
export class StoreOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

/**
 * The store could not save or read just now: a full or read-only disk, or the
 * database out of reach. `reason` is an error code (ENOSPC, EROFS,
 * ECONNREFUSED …), never contents. Turns that meet it tell the person plainly
 * that nothing was saved (see src/store/faults.ts).
 */
export class StoreUnavailableError extends Error {
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`The store cannot save just now (${reason}).`, options);
    this.name = 'StoreUnavailableError';
  }
}
