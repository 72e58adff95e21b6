/**
 * One document of the embedded store: lowdb in memory, a journal on disk
 * (src/store/journal.ts), and a write queue that serialises and coalesces its
 * writes. See src/store/lowdb.ts for how the documents make up the store.
 */
import { Low, type Adapter } from 'lowdb';
import { JournalAdapter, parseJournal, readJournalFile, type Collections, type JournalOptions } from '../journal.js';
import { migrate, type Migration, type StoredData } from '../migrations.js';
import { StoreOpenError } from '../ports.js';

/** Null-prototype maps so a key such as "__proto__" is stored as data, never as a prototype. */
export function dict<T>(from?: Record<string, T>): Record<string, T> {
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
export interface DocSpec<T> {
  /** The highest schema version this build reads (and writes). */
  version: number;
  migrations: readonly Migration[];
  collections: readonly string[];
  normalise: (raw: Partial<T>) => T;
  /**
   * Collections whose changes, when a write fails, stay queued and are
   * written by a later write instead of being undone. Only for data about
   * which nothing was promised to anyone (conversation references, keys of
   * messages seen).
   */
  retried?: readonly string[];
}

/** What was read from a document's file: its data and its exact text (for the start-up backup). */
export interface ReadResult {
  data: StoredData;
  text: string;
  lines: number;
  /** Where the lines end: space kept for appends may follow (src/store/journal.ts). */
  bytes: number;
}

/** One document: lowdb in memory, a journal on disk, and its write queue. */
export class Doc<T extends { schemaVersion: number }> {
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

  /** Whether there are changes in memory that are not on disk yet (a write failed, or one is due). */
  get needsWrite(): boolean {
    return this.adapter.pendingChanges > 0 || this.adapter.needsRewrite || this.scrubsAsked !== this.scrubsDone;
  }

  /** Appends flushed to disk so far (tests, benchmarks). */
  get syncs(): number {
    return this.adapter.syncs;
  }

  /** Journal rewrites so far (tests, benchmarks). */
  get compactions(): number {
    return this.adapter.compactions;
  }

  /** Closes the journal file if a busy spell left it open (call once writes are idle). */
  async close(): Promise<void> {
    await this.adapter.close();
  }

  /**
   * Records that a record is about to change (or go), so the next write
   * appends it. Call it BEFORE changing the record: it keeps the value the
   * record has now, which is put back if that write fails (see
   * src/store/journal.ts), unless the collection is one whose changes are
   * retried.
   */
  touch(collection: string, id: string): void {
    const map = (this.db.data as unknown as Collections)[collection];
    this.adapter.touch(collection, id, map ? map[id] : undefined);
    this.touched?.(this, collection, id);
  }

  /** Told of every record touched (the store holds those a turn under way changes). */
  touched: ((doc: Doc<T>, collection: string, id: string) => void) | undefined;

  /** Keeps a changed record out of every write until `release` (see src/store/journal.ts). */
  hold(collection: string, id: string): void {
    this.adapter.hold(collection, id);
  }

  release(collection: string, id: string): void {
    this.adapter.release(collection, id);
  }

  /** Called with each record put back after a failed write, for indexes built over the data. */
  onRestore(listener: (collection: string, id: string) => void): void {
    const before = this.adapter.onRestore;
    this.adapter.onRestore = (collection, id) => {
      before?.(collection, id);
      listener(collection, id);
    };
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
    let bytes: number;
    try {
      ({ text, bytes } = await readJournalFile(file));
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
    return { data: data as StoredData, text, lines, bytes };
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
    const adapter = new JournalAdapter<Collections>(file, name, [...spec.collections], journal, spec.retried);
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
      adapter.continueFrom(read.lines, read.bytes);
    }
    // Creating or migrating the file is not a reason for a background backup: start-up made one already, or there was nothing yet.
    doc.afterWrite = afterWrite;
    return { doc, ...(migrated ? { migrated } : {}) };
  }
}
