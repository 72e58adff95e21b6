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
 * changed and flushes them (fdatasync), so its cost follows the change, not the
 * size of the store, and no write stalls the event loop. Deletions made for
 * privacy (erasure, the retention purge) rewrite the journal to its live
 * records instead (`Doc.scrub`), so no superseded line keeps what was deleted.
 *
 * Writes are serialised and coalesced per file: every change is applied in
 * memory at once, and the promise it returns resolves only when a write that
 * includes it has reached the disk. Changes made while a write is under way
 * are gathered into the next write, so a burst of turns costs a few writes
 * (group commit: one append and one flush for all of them, each caller still
 * waiting for the flush that carries its own change).
 *
 * Integrity (src/store/backup.ts, src/store/migrations.ts): every document is
 * read and checked before anything is changed; what parsed is backed up to
 * DATA_DIR/backups at start-up (before any migration), and again in the
 * background on the next write after BACKUP_INTERVAL_HOURS. A document with an
 * older schema version is migrated and written back. DATA_DIR/.lock keeps the
 * folder to one process (src/store/lock.ts): it is taken before anything is
 * read or written, and a second server or a tool that writes refuses to open.
 *
 * A write that fails (a full or read-only disk) rejects with
 * StoreUnavailableError and undoes its changes in memory (src/store/journal.ts),
 * so a turn that was told "not saved" leaves no trace: the store is as it was
 * before the turn, and the same answer typed again answers the same question.
 * Only conversation references and message keys, which nobody was promised
 * anything about, stay queued. /healthz reports the store as failing until a
 * write succeeds, and while it fails the queued changes are retried every
 * RETRY_MS (src/store/faults.ts).
 *
 * This module opens the documents and composes the store. A document (lowdb,
 * journal, write queue) is src/store/lowdb/doc.ts; each port is built over the
 * documents in its own file in src/store/lowdb/ (profiles.ts, reminders.ts, …).
 */
import { mkdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { JournalOptions } from './journal.js';
import { AuditFile } from './audit-file.js';
import { BACKUP_DIR, BackupSchedule, backupSettingsFromEnv, expireKeptFiles, type BackupSettings } from './backup.js';
import { acquireLock, releaseLock } from './lock.js';
import { FaultTracker } from './faults.js';
import type { Logger } from '../log.js';
import { DEDUPE_SCHEMA_VERSION, MIGRATIONS, PEOPLE_SCHEMA_VERSION, REMINDERS_SCHEMA_VERSION } from './migrations.js';
import {
  StoreOpenError,
  type AuditLog,
  type CheckinStore,
  type ConversationRefStore,
  type DedupeStore,
  type DialogStateStore,
  type EnrolmentStore,
  type PlanStore,
  type ProfileStore,
  type ReminderStore,
  type Store,
  type StoreHealth,
  type CopiesErased,
  type ErasureMatch,
} from './ports.js';
import { eraseFromCopies } from './erase-copies.js';
import { dict, Doc } from './lowdb/doc.js';
import type { AnyDoc, DedupeData, LowContext, PeopleData, ReminderData } from './lowdb/context.js';
import { lowProfiles } from './lowdb/profiles.js';
import { lowDialogs } from './lowdb/dialogs.js';
import { lowRefs } from './lowdb/refs.js';
import { lowPlans } from './lowdb/plans.js';
import { lowEnrolments } from './lowdb/enrolments.js';
import { lowReminders } from './lowdb/reminders.js';
import { lowCheckins } from './lowdb/checkins.js';
import { lowDedupe } from './lowdb/dedupe.js';
import { TurnWrites } from './lowdb/turn-writes.js';

export { PEOPLE_SCHEMA_VERSION, REMINDERS_SCHEMA_VERSION, DEDUPE_SCHEMA_VERSION } from './migrations.js';
export { WriteQueue } from './lowdb/doc.js';
export type { DedupeData, PeopleData, ReminderData } from './lowdb/context.js';

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

/** @deprecated name kept for tools written against the first layout. */
export type LowData = PeopleData;

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
  /** Backup timing, rotation and age. Default: BACKUP_INTERVAL_HOURS, BACKUP_KEEP and BACKUP_MAX_AGE_DAYS from the environment, else 6 hours, 10 and 35 days. */
  backup?: Partial<BackupSettings>;
  /** The time used to name and space backups (tests). */
  clock?: () => Date;
  /** When the journals are compacted (tests, benchmarks). Default: src/store/journal.ts. */
  journal?: JournalOptions;
  /** Where to say that a stale lock was taken over, and when saving starts and stops failing. */
  log?: Logger;
}

/** How often changes that could not be saved are tried again while the store is failing. */
export const RETRY_MS = 15_000;

/** A document that was upgraded when the store opened. No contents, only versions and step names. */
export interface MigrationReport {
  file: string;
  from: number;
  to: number;
  steps: string[];
}

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
  private readonly faults: FaultTracker;
  /** Documents whose last write failed: the store is failing until each has written again. */
  private readonly failing = new Set<AnyDoc>();
  private retryTimer: NodeJS.Timeout | undefined;
  /** A turn's changes go to disk together when it ends (./lowdb/turn-writes.ts). */
  private readonly turnWrites: TurnWrites;
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
    private readonly log: Logger | undefined,
  ) {
    this.faults = new FaultTracker('lowdb', log);
    this.auditFile = new AuditFile(join(dir, AUDIT_FILE));
    this.audit = this.auditFile;
    this.turnWrites = new TurnWrites((doc) => this.commitNow(doc));
    for (const doc of [people, timeline, seen] as AnyDoc[]) {
      doc.touched = (d: AnyDoc, collection: string, id: string) => this.turnWrites.touched(d, collection, id);
    }
    const ctx: LowContext = { people, timeline, seen, commit: (doc) => this.commit(doc) };
    this.profiles = lowProfiles(ctx);
    this.dialogs = lowDialogs(ctx);
    this.refs = lowRefs(ctx);
    this.plans = lowPlans(ctx);
    this.enrolments = lowEnrolments(ctx);
    this.checkins = lowCheckins(ctx);
    this.reminders = lowReminders(ctx);
    this.dedupe = lowDedupe(ctx);
  }

  /**
   * Opens (or creates) the data files in `dataDir`. Refuses an empty or
   * corrupt file without touching it. Backs up every document that parsed,
   * then migrates any with an older schema version.
   */
  static async open(dataDir: string, options: LowStoreOptions = {}): Promise<LowStore> {
    await mkdir(dataDir, { recursive: true });
    // The folder is this process's before anything in it is read or written.
    await acquireLock(dataDir, options.log);
    try {
      return await LowStore.openLocked(dataDir, options);
    } catch (err) {
      await releaseLock(dataDir);
      throw err;
    }
  }

  private static async openLocked(dataDir: string, options: LowStoreOptions): Promise<LowStore> {
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

    // Backups and kept damaged files past BACKUP_MAX_AGE_DAYS go now (also those of a data file not made yet).
    await expireKeptFiles(dataDir, [DATA_FILE, REMINDERS_FILE, DEDUPE_FILE], settings.maxAgeDays, (options.clock ?? (() => new Date()))());

    const after = (file: string) => () => backups.afterWrite(basename(file));
    const people = await Doc.open<PeopleData>(
      peopleFile,
      'career-companion',
      raws[0],
      {
        version: PEOPLE_SCHEMA_VERSION,
        migrations: MIGRATIONS.people,
        collections: PEOPLE_COLLECTIONS,
        // Saved by the channels outside a turn's state: nothing was promised, so they are written once the disk is back.
        retried: ['refs'],
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
        // A claim holds in memory to stop a redelivery; its copy on disk is not waited for (src/store/lowdb/dedupe.ts).
        retried: ['seen'],
        normalise: (raw) => ({
          schemaVersion: DEDUPE_SCHEMA_VERSION,
          seen: dict(raw.seen),
        }),
      },
      after(seenFile),
      options.journal,
    );
    const store = new LowStore(people.doc, timeline.doc, seen.doc, dataDir, backups, options.log);
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

  /**
   * Resolves once the change is on disk; a failed write rejects with
   * StoreUnavailableError and its changes are undone (see
   * src/store/journal.ts). Inside a turn (`inTurn`) it resolves at once, and
   * the turn's end writes the change.
   */
  private commit(doc: AnyDoc): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The store is closed.'));
    if (this.turnWrites.defer(doc)) return Promise.resolve();
    return this.commitNow(doc);
  }

  private commitNow(doc: AnyDoc): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The store is closed.'));
    return doc.queue.commit().then(
      () => this.wrote(doc),
      (err: unknown) => {
        throw this.writeFailed(doc, err);
      },
    );
  }

  private get docs(): AnyDoc[] {
    return [this.people, this.timeline, this.seen];
  }

  /** A write of `doc` reached the disk (and with it every change that failed before). */
  private wrote(doc: AnyDoc): void {
    if (!this.failing.delete(doc) || this.failing.size > 0) return;
    this.faults.succeeded();
    if (this.retryTimer) clearInterval(this.retryTimer);
    this.retryTimer = undefined;
  }

  private writeFailed(doc: AnyDoc, err: unknown): Error {
    this.failing.add(doc);
    const failure = this.faults.failed(err);
    this.retryTimer ??= setInterval(() => void this.retryPending(), RETRY_MS).unref();
    return failure;
  }

  /** Tries again to write what could not be written. True when nothing is left unsaved. */
  private async retryPending(): Promise<boolean> {
    if (this.closed) return false;
    const pending = this.docs.filter((d) => d.needsWrite || this.failing.has(d));
    const results = await Promise.allSettled(pending.map((d) => this.commit(d)));
    return results.every((r) => r.status === 'fulfilled');
  }

  /** Writes so far, across files (for tests and benchmarks). */
  get writeCount(): number {
    return this.people.queue.writes + this.timeline.queue.writes + this.seen.queue.writes;
  }

  /** Appends flushed to disk so far, across files (for tests and benchmarks). */
  get syncCount(): number {
    return this.people.syncs + this.timeline.syncs + this.seen.syncs;
  }

  /** Journal rewrites so far, across files (for tests and benchmarks). */
  get compactionCount(): number {
    return this.people.compactions + this.timeline.compactions + this.seen.compactions;
  }

  get file(): string {
    return this.people.file;
  }

  /** Failing from a failed write until a write succeeds; asking tries the unsaved changes again. */
  /** Runs one turn's work; its changes go to disk together at its end, and it resolves once they are there. */
  inTurn<T>(work: () => Promise<T>): Promise<T> {
    return this.turnWrites.run(work);
  }

  /** Writes what the turn under way has changed so far. */
  flushTurn(): Promise<void> {
    return this.turnWrites.flushCurrent();
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, kind: 'lowdb', detail: `${this.dir}: closed` };
    if (this.faults.current) await this.retryPending();
    const fault = this.faults.current;
    if (fault) return { ok: false, kind: 'lowdb', detail: `${this.dir}: cannot save (${fault.reason}) since ${fault.since}` };
    return { ok: true, kind: 'lowdb', detail: this.dir };
  }

  /** Waits for background backups under way (tests, tools). */
  async backupsIdle(): Promise<void> {
    await this.backups.idle();
  }

  /**
   * Rewrites the backups and kept damaged files without the person. Waits for
   * writes and background backups under way first, so no copy taken before the
   * erasure can land after it.
   */
  async eraseFromCopies(match: ErasureMatch): Promise<CopiesErased> {
    // The erasure itself goes to disk before the copies are rewritten.
    await this.turnWrites.flushCurrent();
    await Promise.all([this.people.queue.idle(), this.timeline.queue.idle(), this.seen.queue.idle()]);
    await this.backups.idle();
    return eraseFromCopies(this.dir, [DATA_FILE, REMINDERS_FILE, DEDUPE_FILE], match);
  }

  async close(): Promise<void> {
    await Promise.all([this.people.queue.idle(), this.timeline.queue.idle(), this.seen.queue.idle(), this.auditFile.idle()]);
    // One last try for changes a failed write left in memory.
    if (!this.closed && this.docs.some((d) => d.needsWrite) && !(await this.retryPending())) {
      this.log?.error({ store: 'lowdb', reason: this.faults.current?.reason ?? null }, 'Stopped with changes that could not be saved');
    }
    if (this.retryTimer) clearInterval(this.retryTimer);
    this.retryTimer = undefined;
    const wasOpen = !this.closed;
    this.closed = true;
    await Promise.all(this.docs.map((d) => d.close()));
    await this.backups.idle();
    if (wasOpen) await releaseLock(this.dir);
  }
}
