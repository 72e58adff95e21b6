/**
 * The embedded store: lowdb documents in DATA_DIR, one Low instance per file.
 *
 * - `career-companion.jsonl`: people (profiles, dialog state, conversation
 *   references, enrolments, check-in answers, career plans).
 * - `reminders.jsonl`: reminder occurrences, which grow fastest and change
 *   most often.
 * - `dedupe.jsonl`: keys of messages already handled.
 *
 * Each document is held in memory by lowdb and kept on disk by a journal
 * adapter (src/store/journal.ts): a write appends only the records that
 * changed and flushes them (fsync), so its cost follows the change, not the
 * size of the store, and no write stalls the event loop. Deletions made for
 * privacy (erasure, the retention purge) rewrite the journal to its live
 * records instead (`Doc.scrub`), so no superseded line keeps what was deleted.
 *
 * Writes are serialised and coalesced per file: every change is applied in
 * memory at once, and the promise it returns resolves only when a write that
 * includes it has reached the disk. Changes made while a write is under way
 * are gathered into the next write, so a burst of turns costs a few writes.
 *
 * Integrity (src/store/backup.ts, src/store/migrations.ts): every document is
 * read and checked before anything is changed; what parsed is backed up to
 * DATA_DIR/backups at start-up (before any migration), and again in the
 * background on the next write after BACKUP_INTERVAL_HOURS. A document with an
 * older schema version is migrated and written back. DATA_DIR/.lock holds the
 * PID of the process that has the folder open, so `store restore` can refuse.
 */
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { readFile, stat } from 'node:fs/promises';
import { JournalAdapter, parseJournal, type Collections, type JournalOptions } from './journal.js';
import { AuditFile } from './audit-file.js';
import { acquireLock, BACKUP_DIR, BackupSchedule, backupSettingsFromEnv, releaseLock, type BackupSettings } from './backup.js';
import {
  DEDUPE_SCHEMA_VERSION,
  MIGRATIONS,
  PEOPLE_SCHEMA_VERSION,
  REMINDERS_SCHEMA_VERSION,
  migrate,
  type Migration,
  type StoredData,
} from './migrations.js';
import {
  StoreOpenError,
  type AuditLog,
  type CareerPlan,
  type CheckinAnswer,
  type DedupeStore,
  type CheckinStore,
  type PlanStore,
  type ConversationRef,
  type ConversationRefStore,
  type DialogState,
  type DialogStateStore,
  type Enrolment,
  type EnrolmentStore,
  type Profile,
  type ProfileStore,
  type Reminder,
  type ReminderState,
  type ReminderStore,
  type Store,
  type StoreHealth,
} from './ports.js';

export { PEOPLE_SCHEMA_VERSION, REMINDERS_SCHEMA_VERSION, DEDUPE_SCHEMA_VERSION } from './migrations.js';
/** The people document's schema version (the name kept from when there was one document). */
export const SCHEMA_VERSION = PEOPLE_SCHEMA_VERSION;
export const DATA_FILE = 'career-companion.jsonl';
export const REMINDERS_FILE = 'reminders.jsonl';
export const DEDUPE_FILE = 'dedupe.jsonl';

/** The collections each journal holds (tools that read the files, such as `migrate`). */
export const PEOPLE_COLLECTIONS = ['profiles', 'dialogs', 'refs', 'enrolments', 'checkins', 'plans'] as const;
export const REMINDER_COLLECTIONS = ['reminders'] as const;
export const DEDUPE_COLLECTIONS = ['seen'] as const;
export const AUDIT_FILE = 'audit.log';

export interface DedupeData {
  schemaVersion: number;
  /** Message key → when it may be forgotten (ms since the epoch). */
  seen: Record<string, number>;
}

export interface PeopleData {
  schemaVersion: number;
  profiles: Record<string, Profile>;
  dialogs: Record<string, DialogState>;
  refs: Record<string, ConversationRef>;
  enrolments: Record<string, Enrolment>;
  checkins: Record<string, CheckinAnswer>;
  plans: Record<string, CareerPlan>;
}

export interface ReminderData {
  schemaVersion: number;
  reminders: Record<string, Reminder>;
}

/** @deprecated name kept for tools written against the first layout. */
export type LowData = PeopleData;

/** Null-prototype maps so a key such as "__proto__" is stored as data, never as a prototype. */
function dict<T>(from?: Record<string, T>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (from && typeof from === 'object') for (const [k, v] of Object.entries(from)) out[k] = v;
  return out;
}

/** Serialises and coalesces writes of one lowdb document. */
export class WriteQueue {
  private inFlight: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  writes = 0;

  constructor(private readonly doWrite: () => Promise<void>) {}

  /** Resolves once a write that started after this call has finished. */
  commit(): Promise<void> {
    if (this.next) return this.next;
    if (!this.inFlight) return this.start();
    const after = this.inFlight;
    const again = () => {
      this.next = null;
      return this.start();
    };
    this.next = after.then(again, again);
    return this.next;
  }

  private start(): Promise<void> {
    this.writes++;
    const p = this.doWrite().finally(() => {
      if (this.inFlight === p) this.inFlight = null;
    });
    this.inFlight = p;
    return p;
  }

  async idle(): Promise<void> {
    while (this.inFlight || this.next) {
      await (this.next ?? this.inFlight)?.catch(() => undefined);
    }
  }
}

/** How one document is read, upgraded and filled in. */
interface DocSpec<T> {
  /** The highest schema version this build reads (and writes). */
  version: number;
  migrations: readonly Migration[];
  collections: readonly string[];
  normalise: (raw: Partial<T>) => T;
}

/** What was read from a document's file: its data and its exact text (for the start-up backup). */
interface ReadResult {
  data: StoredData;
  text: string;
  lines: number;
}

/** One document: lowdb in memory, a journal on disk, and its write queue. */
class Doc<T extends { schemaVersion: number }> {
  readonly queue: WriteQueue;
  /** Called after each write reached the disk (set once the document is open). */
  private afterWrite: (() => void) | undefined;
  /** Scrubs asked for, and the last one a write has done (see `scrub`). */
  private scrubsAsked = 0;
  private scrubsDone = 0;
  private constructor(
    readonly file: string,
    private readonly db: Low<T>,
    private readonly adapter: JournalAdapter<Collections>,
  ) {
    this.queue = new WriteQueue(async () => {
      const asked = this.scrubsAsked;
      if (asked !== this.scrubsDone) this.adapter.rewriteOnNextWrite();
      await this.db.write();
      this.scrubsDone = asked;
      this.afterWrite?.();
    });
  }

  get data(): T {
    return this.db.data;
  }

  /** Records that a record changed (or went), so the next write appends it. */
  touch(collection: string, id: string): void {
    this.adapter.touch(collection, id);
  }

  /**
   * The next write replaces the journal with the live records only, so data
   * that was deleted or blanked for privacy (erasure, retention) does not stay
   * on disk in superseded lines. Asked for during a write, it is done by the
   * write after.
   */
  scrub(): void {
    this.scrubsAsked++;
  }

  /** Reads and checks the file without changing it: null when there is none. */
  static async read(file: string, version: number, collections: readonly string[]): Promise<ReadResult | null> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const { data, lines } = parseJournal(text, file, collections);
    if (data.schemaVersion > version) {
      throw new StoreOpenError(
        `The data file ${file} was written by a newer version (schema ${String(data.schemaVersion)}; this version reads up to ${version}). Upgrade Career Companion.`,
      );
    }
    return { data: data as StoredData, text, lines };
  }

  /**
   * Builds the document from what `read` returned: migrates older data and
   * writes it back as a fresh file (the caller has backed it up first), or
   * creates the file.
   */
  static async open<T extends { schemaVersion: number }>(
    file: string,
    name: string,
    read: ReadResult | null,
    spec: DocSpec<T>,
    afterWrite?: () => void,
    journal?: JournalOptions,
  ): Promise<{ doc: Doc<T>; migrated?: { from: number; to: number; steps: string[] } }> {
    const raw = read?.data ?? null;
    let source: StoredData = raw ?? {};
    let migrated: { from: number; to: number; steps: string[] } | undefined;
    if (raw && (raw.schemaVersion as number) < spec.version) {
      const result = migrate(raw, spec.version, spec.migrations);
      source = result.data;
      migrated = { from: result.from, to: result.to, steps: result.applied };
    }
    const data = spec.normalise(source as Partial<T>);
    const adapter = new JournalAdapter<Collections>(file, name, [...spec.collections], journal);
    const db = new Low<T>(adapter as unknown as Adapter<T>, data);
    db.data = data;
    const doc = new Doc(file, db, adapter);
    // A torn last line (a write that was never confirmed) is rewritten away now:
    // appending after it would glue the next record onto it.
    const torn = read !== null && !read.text.endsWith('\n');
    if (raw === null || migrated || torn) {
      adapter.rewriteOnNextWrite();
      await doc.queue.commit();
    } else if (read) {
      // The file was read by Doc.read; the adapter carries on appending to it.
      adapter.continueFrom(read.lines);
    }
    // Creating or migrating the file is not a reason for a background backup: start-up made one already, or there was nothing yet.
    doc.afterWrite = afterWrite;
    return { doc, ...(migrated ? { migrated } : {}) };
  }
}

async function fileExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Options for LowStore.open. */
export interface LowStoreOptions {
  /** Backup timing and rotation. Default: BACKUP_INTERVAL_HOURS and BACKUP_KEEP from the environment, else 6 hours and 10. */
  backup?: Partial<BackupSettings>;
  /** The time used to name and space backups (tests). */
  clock?: () => Date;
  /** When the journals are compacted (tests, benchmarks). Default: src/store/journal.ts. */
  journal?: JournalOptions;
}

/** A document that was upgraded when the store opened. No contents, only versions and step names. */
export interface MigrationReport {
  file: string;
  from: number;
  to: number;
  steps: string[];
}

const dialogKey = (userKey: string, conversationKey: string) => `${userKey}\u0000${conversationKey}`;

const REMINDER_STATES: ReminderState[] = ['pending', 'claimed', 'sent', 'missed', 'failed', 'cancelled'];

export class LowStore implements Store {
  readonly profiles: ProfileStore;
  readonly dialogs: DialogStateStore;
  readonly refs: ConversationRefStore;
  readonly enrolments: EnrolmentStore;
  readonly reminders: ReminderStore;
  readonly checkins: CheckinStore;
  readonly plans: PlanStore;
  readonly dedupe: DedupeStore;
  readonly audit: AuditLog;
  private readonly auditFile: AuditFile;
  private closed = false;
  /** Documents migrated to a newer schema when this store opened. */
  readonly migrated: MigrationReport[] = [];
  /** Paths of the backups made when this store opened. */
  readonly startupBackups: string[] = [];

  private constructor(
    private readonly people: Doc<PeopleData>,
    private readonly timeline: Doc<ReminderData>,
    private readonly seen: Doc<DedupeData>,
    readonly dir: string,
    private readonly backups: BackupSchedule,
  ) {
    this.auditFile = new AuditFile(join(dir, AUDIT_FILE));
    this.audit = this.auditFile;
    let claimsSincePrune = 0;
    this.dedupe = {
      claim: async (key, now, ttlMs) => {
        const map = this.seen.data.seen;
        const t = now.getTime();
        const until = map[key];
        if (until !== undefined && until > t) return false;
        map[key] = t + ttlMs;
        this.seen.touch('seen', key);
        if (++claimsSincePrune >= 500) {
          claimsSincePrune = 0;
          for (const [k, v] of Object.entries(map)) {
            if (v <= t) {
              delete map[k];
              this.seen.touch('seen', k);
            }
          }
        }
        // The claim holds in memory at once, which is what stops a redelivery in
        // this process; the copy on disk only matters across a restart, so the
        // turn does not wait for it (close() still does).
        void this.commit(this.seen).catch(() => undefined);
        return true;
      },
    };
    const p = () => this.people.data;
    const r = () => this.timeline.data.reminders;
    const commitPeople = () => this.commit(this.people);
    const commitReminders = () => this.commit(this.timeline);

    const removeWhere = async <T>(
      doc: Doc<PeopleData> | Doc<ReminderData>,
      collection: string,
      map: Record<string, T>,
      pred: (v: T, k: string) => boolean,
    ) => {
      let n = 0;
      for (const [k, v] of Object.entries(map)) {
        if (pred(v, k)) {
          delete map[k];
          doc.touch(collection, k);
          n++;
        }
      }
      if (n > 0) {
        doc.scrub();
        await this.commit(doc);
      }
      return n;
    };
    const peopleDoc = this.people;
    const timelineDoc = this.timeline;
    const touch = (collection: string, id: string) => peopleDoc.touch(collection, id);

    this.profiles = {
      async get(userKey) {
        return p().profiles[userKey];
      },
      async put(profile) {
        p().profiles[profile.userKey] = profile;
        touch('profiles', profile.userKey);
        await commitPeople();
      },
      async delete(userKey) {
        if (!(userKey in p().profiles)) return false;
        delete p().profiles[userKey];
        touch('profiles', userKey);
        peopleDoc.scrub();
        await commitPeople();
        return true;
      },
      async count() {
        return Object.keys(p().profiles).length;
      },
      async list() {
        return Object.values(p().profiles);
      },
      async listForManager(managerKey) {
        return Object.values(p().profiles).filter((x) => x.managerKey === managerKey);
      },
    };

    this.dialogs = {
      async get(userKey, conversationKey) {
        return p().dialogs[dialogKey(userKey, conversationKey)];
      },
      async put(userKey, conversationKey, state) {
        const key = dialogKey(userKey, conversationKey);
        if (state) p().dialogs[key] = state;
        else if (key in p().dialogs) delete p().dialogs[key];
        else return;
        touch('dialogs', key);
        await commitPeople();
      },
      async listForUser(userKey) {
        const prefix = `${userKey}\u0000`;
        return Object.entries(p().dialogs)
          .filter(([k]) => k.startsWith(prefix))
          .map(([k, state]) => ({ conversationKey: k.slice(prefix.length), state }));
      },
      async deleteUser(userKey) {
        const prefix = `${userKey}\u0000`;
        return removeWhere(peopleDoc, 'dialogs', p().dialogs, (_v, k) => k.startsWith(prefix));
      },
    };

    this.refs = {
      async get(userKey) {
        return p().refs[userKey];
      },
      async put(ref) {
        p().refs[ref.userKey] = ref;
        touch('refs', ref.userKey);
        await commitPeople();
      },
      async delete(userKey) {
        // The last step of an erasure (src/privacy/erase.ts): both journals are
        // scrubbed, even when there was no reference, so that earlier changes in
        // the erasure (links removed from colleagues' records, reminders
        // stripped) leave no superseded lines naming the person.
        const had = userKey in p().refs;
        if (had) {
          delete p().refs[userKey];
          touch('refs', userKey);
        }
        peopleDoc.scrub();
        timelineDoc.scrub();
        await Promise.all([commitPeople(), commitReminders()]);
        return had;
      },
      async findByAlias(alias) {
        return Object.values(p().refs).find((ref) => ref.aliases?.includes(alias));
      },
    };

    const newestFirst = (a: CareerPlan, b: CareerPlan) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0);
    this.plans = {
      async get(id) {
        return p().plans[id];
      },
      async put(plan) {
        p().plans[plan.id] = plan;
        touch('plans', plan.id);
        await commitPeople();
      },
      async list() {
        return Object.values(p().plans);
      },
      async listForUser(userKey) {
        return Object.values(p().plans).filter((x) => x.userKey === userKey).sort(newestFirst);
      },
      async listSharedWith(managerKey) {
        return Object.values(p().plans).filter((x) => x.sharedWith?.managerKey === managerKey).sort(newestFirst);
      },
      async deleteUser(userKey) {
        return removeWhere(peopleDoc, 'plans', p().plans, (x) => x.userKey === userKey);
      },
    };

    this.enrolments = {
      async get(id) {
        return p().enrolments[id];
      },
      async put(e) {
        p().enrolments[e.id] = e;
        touch('enrolments', e.id);
        await commitPeople();
      },
      async list() {
        return Object.values(p().enrolments);
      },
      async listForUser(userKey) {
        return Object.values(p().enrolments).filter((e) => e.userKey === userKey || e.subject === userKey);
      },
      async listForSupporter(userKey) {
        return Object.values(p().enrolments).filter((e) => e.managerKey === userKey || e.preceptorKey === userKey);
      },
      async deleteUser(userKey) {
        return removeWhere(peopleDoc, 'enrolments', p().enrolments, (e) => e.userKey === userKey || e.subject === userKey);
      },
    };

    this.checkins = {
      async get(id) {
        return p().checkins[id];
      },
      async put(a) {
        p().checkins[a.id] = a;
        touch('checkins', a.id);
        await commitPeople();
      },
      async listForUser(userKey) {
        return Object.values(p().checkins).filter((a) => a.userKey === userKey);
      },
      async listForEnrolment(enrolmentId) {
        return Object.values(p().checkins).filter((a) => a.enrolmentId === enrolmentId);
      },
      async purgeTextBefore(before) {
        const cutoff = before.toISOString();
        let n = 0;
        for (const a of Object.values(p().checkins)) {
          if (a.answeredAt < cutoff && Object.keys(a.text).length > 0) {
            a.text = {};
            touch('checkins', a.id);
            n++;
          }
        }
        if (n > 0) {
          peopleDoc.scrub();
          await commitPeople();
        }
        return n;
      },
      async deleteUser(userKey) {
        return removeWhere(peopleDoc, 'checkins', p().checkins, (a) => a.userKey === userKey);
      },
    };

    this.reminders = {
      async get(id) {
        return r()[id];
      },
      async insertNew(list) {
        let n = 0;
        for (const rem of list) {
          if (rem.id in r()) continue;
          r()[rem.id] = rem;
          timelineDoc.touch('reminders', rem.id);
          n++;
        }
        if (n > 0) await commitReminders();
        return n;
      },
      async claimDue(now, owner, leaseMs, limit) {
        const at = now.toISOString();
        const until = new Date(now.getTime() + leaseMs).toISOString();
        const due: Reminder[] = [];
        for (const rem of Object.values(r())) {
          const claimable = (rem.state === 'pending' && rem.dueAt <= at) || (rem.state === 'claimed' && (!rem.lease || rem.lease.until <= at));
          if (claimable) due.push(rem);
        }
        due.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
        const claimed = due.slice(0, limit);
        for (const rem of claimed) {
          rem.state = 'claimed';
          rem.lease = { owner, until };
          rem.updatedAt = at;
          timelineDoc.touch('reminders', rem.id);
        }
        if (claimed.length > 0) await commitReminders();
        return claimed.map((x) => structuredClone(x));
      },
      async update(id, change, owner) {
        const rem = r()[id];
        if (!rem) return false;
        if (owner !== undefined && rem.lease?.owner !== owner) return false;
        Object.assign(rem, change);
        if (change.lease === undefined && 'lease' in change) delete rem.lease;
        timelineDoc.touch('reminders', id);
        await commitReminders();
        return true;
      },
      async listDue(now, limit) {
        const at = now.toISOString();
        return Object.values(r())
          .filter((x) => x.state === 'pending' && x.dueAt <= at)
          .sort((a, b) => (a.dueAt < b.dueAt ? -1 : 1))
          .slice(0, limit)
          .map((x) => structuredClone(x));
      },
      async listForUser(userKey) {
        return Object.values(r())
          .filter((x) => x.userKey === userKey)
          .map((x) => structuredClone(x));
      },
      async listByPayload(key, value) {
        return Object.values(r())
          .filter((x) => x.payload[key] === value)
          .map((x) => structuredClone(x));
      },
      async countByState() {
        const counts = Object.fromEntries(REMINDER_STATES.map((s) => [s, 0])) as Record<ReminderState, number>;
        for (const x of Object.values(r())) counts[x.state]++;
        return counts;
      },
      async deleteUser(userKey) {
        return removeWhere(timelineDoc, 'reminders', r(), (x) => x.userKey === userKey || x.payload['subjectKey'] === userKey);
      },
    };
  }

  /**
   * Opens (or creates) the data files in `dataDir`. Refuses an empty or
   * corrupt file without touching it. Backs up every document that parsed,
   * then migrates any with an older schema version.
   */
  static async open(dataDir: string, options: LowStoreOptions = {}): Promise<LowStore> {
    await mkdir(dataDir, { recursive: true });
    const settings: BackupSettings = { ...backupSettingsFromEnv(process.env), ...options.backup };
    const backups = new BackupSchedule(dataDir, settings, options.clock);
    const peopleFile = join(dataDir, DATA_FILE);
    const timelineFile = join(dataDir, REMINDERS_FILE);
    const seenFile = join(dataDir, DEDUPE_FILE);

    // Data files from before the journal format would otherwise be ignored and the store start empty.
    for (const old of ['career-companion.json', 'reminders.json', 'dedupe.json']) {
      if ((await fileExists(join(dataDir, old))) && !(await fileExists(join(dataDir, `${old}l`)))) {
        throw new StoreOpenError(
          `${join(dataDir, old)} is a data file in an older format that this version does not read. It has been left untouched. Start this version with an empty DATA_DIR, or run the version that wrote it to export what you need.`,
        );
      }
    }

    // Check every document before changing any of them.
    const raws = [
      await Doc.read(peopleFile, PEOPLE_SCHEMA_VERSION, PEOPLE_COLLECTIONS),
      await Doc.read(timelineFile, REMINDERS_SCHEMA_VERSION, REMINDER_COLLECTIONS),
      await Doc.read(seenFile, DEDUPE_SCHEMA_VERSION, DEDUPE_COLLECTIONS),
    ] as const;

    // Back up what parsed and validated, before any migration.
    const startupBackups: string[] = [];
    for (const [file, raw] of [
      [peopleFile, raws[0]],
      [timelineFile, raws[1]],
      [seenFile, raws[2]],
    ] as const) {
      if (!raw) continue;
      try {
        // The file's own text: it parsed, so the backup is good, and copying it costs no serialising.
        startupBackups.push(await backups.now(basename(file), raw.text));
      } catch (err) {
        throw new StoreOpenError(
          `Could not back up the data file ${file} to ${join(dataDir, BACKUP_DIR)} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}). Nothing was changed. Check that the folder can be written to and the disk has space.`,
        );
      }
    }

    const after = (file: string) => () => backups.afterWrite(basename(file));
    const people = await Doc.open<PeopleData>(
      peopleFile,
      'career-companion',
      raws[0],
      {
        version: PEOPLE_SCHEMA_VERSION,
        migrations: MIGRATIONS.people,
        collections: PEOPLE_COLLECTIONS,
        normalise: (raw) => ({
          schemaVersion: PEOPLE_SCHEMA_VERSION,
          profiles: dict(raw.profiles),
          dialogs: dict(raw.dialogs),
          refs: dict(raw.refs),
          enrolments: dict(raw.enrolments),
          checkins: dict(raw.checkins),
          plans: dict(raw.plans),
        }),
      },
      after(peopleFile),
      options.journal,
    );
    const timeline = await Doc.open<ReminderData>(
      timelineFile,
      'reminders',
      raws[1],
      {
        version: REMINDERS_SCHEMA_VERSION,
        migrations: MIGRATIONS.reminders,
        collections: REMINDER_COLLECTIONS,
        normalise: (raw) => ({
          schemaVersion: REMINDERS_SCHEMA_VERSION,
          reminders: dict(raw.reminders),
        }),
      },
      after(timelineFile),
      options.journal,
    );
    const seen = await Doc.open<DedupeData>(
      seenFile,
      'dedupe',
      raws[2],
      {
        version: DEDUPE_SCHEMA_VERSION,
        migrations: MIGRATIONS.dedupe,
        collections: DEDUPE_COLLECTIONS,
        normalise: (raw) => ({
          schemaVersion: DEDUPE_SCHEMA_VERSION,
          seen: dict(raw.seen),
        }),
      },
      after(seenFile),
      options.journal,
    );
    await acquireLock(dataDir);
    const store = new LowStore(people.doc, timeline.doc, seen.doc, dataDir, backups);
    store.startupBackups.push(...startupBackups);
    for (const [file, r] of [
      [DATA_FILE, people.migrated],
      [REMINDERS_FILE, timeline.migrated],
      [DEDUPE_FILE, seen.migrated],
    ] as const) {
      if (r) store.migrated.push({ file, ...r });
    }
    return store;
  }

  private commit(doc: Doc<PeopleData> | Doc<ReminderData> | Doc<DedupeData>): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The store is closed.'));
    return doc.queue.commit();
  }

  /** Writes so far, across files (for tests and benchmarks). */
  get writeCount(): number {
    return this.people.queue.writes + this.timeline.queue.writes + this.seen.queue.writes;
  }

  get file(): string {
    return this.people.file;
  }

  async health(): Promise<StoreHealth> {
    return { ok: !this.closed, kind: 'lowdb', detail: this.dir };
  }

  /** Waits for background backups under way (tests, tools). */
  async backupsIdle(): Promise<void> {
    await this.backups.idle();
  }

  async close(): Promise<void> {
    await Promise.all([this.people.queue.idle(), this.timeline.queue.idle(), this.seen.queue.idle(), this.auditFile.idle()]);
    const wasOpen = !this.closed;
    this.closed = true;
    await this.backups.idle();
    if (wasOpen) await releaseLock(this.dir);
  }
}
