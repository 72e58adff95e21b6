/**
 * A lowdb adapter that keeps a document of collections as an append-only
 * journal instead of rewriting the whole file on every change.
 *
 * lowdb's `Low` still holds the document in memory and calls `write(data)`;
 * the store tells this adapter which records changed (`touch`), and `write`
 * appends one JSON line per changed record, then flushes the file to disk
 * (fdatasync) before resolving. A write therefore costs the size of the change,
 * not the size of the store, and never stalls the event loop on a large
 * `JSON.stringify`. Changes from many turns made while one append is on its
 * way to disk go out together in the next append (the store's write queue,
 * src/store/lowdb/doc.ts), so a busy server shares one flush among them. While
 * more changes are waiting, the file is kept open for the next append; once
 * nothing is waiting it is closed, and it is always closed before a rewrite
 * replaces it.
 *
 * File format (UTF-8, one JSON value per line):
 *   {"journal":"career-companion","schemaVersion":2}      header
 *   ["profiles","teams:29:abc",{...}]                      upsert
 *   ["profiles","teams:29:abc",null]                       delete
 *
 * When the journal holds many superseded lines it is compacted: the live
 * records are written to a new file in small slices (yielding to the event
 * loop between them), flushed, and renamed over the old one.
 *
 * Behind the last line the file keeps zero bytes, space written ahead for the
 * next appends (src/store/durable-file.ts): a journal ends at its first zero
 * byte, and every reader goes through `readJournalFile`.
 *
 * Reading refuses an empty or corrupt file. A torn final line (the process was
 * killed while appending) is dropped: its write was never confirmed.
 *
 * Records can be held (`hold`): a turn that changes several records holds
 * them until it ends, so that they go to disk together, in one append of its
 * own, and succeed or fail together. Other writes leave held records out
 * (they stay marked as changed), and a rewrite of the file writes their
 * values from before the turn.
 *
 * A write that fails (a full disk, a folder made read-only) changes nothing:
 * an append that wrote part of its text is cut back to the last whole line,
 * the next write replaces the whole file with what is in memory, and the
 * changes it carried are undone in memory too (`touch` keeps each record's
 * value from before), so the data is as it was before them and nothing the
 * callers were told was not saved is written later. Only collections named
 * as `retried` (conversation references, message keys: nothing is promised
 * about them) stay marked as changed, so the next write that succeeds
 * carries them. A failed write never confirms anything.
 */
import { open, readFile, rename, mkdir, rm, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import { StoreOpenError } from './ports.js';
import { DurableAppender, linesEnd } from './durable-file.js';

export type Collections = Record<string, Record<string, unknown>>;
export type JournalData<C extends Collections> = C & { schemaVersion: number };

export interface JournalOptions {
  /** Compact when the file holds more than this many lines in all... */
  minLinesToCompact?: number;
  /** ...and more than this many lines per live record. */
  compactRatio?: number;
  /** Records written per slice while compacting, between yields. */
  sliceSize?: number;
}

const yieldToLoop = () => new Promise<void>((r) => setImmediate(r));

export class JournalAdapter<C extends Collections> implements Adapter<JournalData<C>> {
  private readonly dirty = new Map<string, Set<string>>();
  /** For records changed since the last write started: the value each had before (undefined: none). */
  private undo = new Map<string, Map<string, unknown>>();
  private readonly retried: ReadonlySet<string>;
  /** Records held by turns under way (collection → id → how many hold it): no write takes them until released. */
  private readonly held = new Map<string, Map<string, number>>();
  private lines = 0;
  private linesAtLastCount = 0;
  private headerWritten = false;
  private readonly opts: Required<JournalOptions>;
  /** Set by the store after a compaction, for tests and benchmarks. */
  compactions = 0;
  private readonly appender: DurableAppender;

  constructor(
    readonly file: string,
    readonly name: string,
    readonly collections: Array<keyof C & string>,
    opts: JournalOptions = {},
    retried: readonly string[] = [],
  ) {
    this.opts = { minLinesToCompact: 20_000, compactRatio: 3, sliceSize: 2_000, ...opts };
    this.appender = new DurableAppender(file);
    this.retried = new Set(retried);
  }

  /** Appends flushed to disk so far (tests, benchmarks). */
  get syncs(): number {
    return this.appender.syncs;
  }

  /** Closes the file if an append left it open (the store is closing). */
  async close(): Promise<void> {
    await this.appender.close();
  }

  /**
   * Marks a record as about to change (or go), to be appended by the next
   * write. Call it before changing the record: unless its collection is one
   * whose changes are retried (`retried`), the value it has now is kept, and
   * put back if the write that carries the change fails.
   */
  touch(collection: keyof C & string, id: string, current?: unknown): void {
    let set = this.dirty.get(collection);
    if (!set) this.dirty.set(collection, (set = new Set()));
    set.add(id);
    if (this.retried.has(collection)) return;
    let undo = this.undo.get(collection);
    if (!undo) this.undo.set(collection, (undo = new Map()));
    // The first value seen since the last write started is the one to go back to.
    if (!undo.has(id)) undo.set(id, current === undefined ? undefined : structuredClone(current));
  }

  /** Keeps a changed record out of every write until `release` (a turn under way that changed it). */
  hold(collection: string, id: string): void {
    let ids = this.held.get(collection);
    if (!ids) this.held.set(collection, (ids = new Map()));
    ids.set(id, (ids.get(id) ?? 0) + 1);
  }

  /** Lets the next write take a record `hold` kept out. */
  release(collection: string, id: string): void {
    const ids = this.held.get(collection);
    const n = ids?.get(id);
    if (!ids || n === undefined) return;
    if (n > 1) ids.set(id, n - 1);
    else ids.delete(id);
    if (ids.size === 0) this.held.delete(collection);
  }

  /** Called with each record put back after a failed write (indexes built over the data follow it). */
  onRestore: ((collection: string, id: string) => void) | undefined;

  get pendingChanges(): number {
    let n = 0;
    for (const s of this.dirty.values()) n += s.size;
    return n;
  }

  async read(): Promise<JournalData<C> | null> {
    let raw: string;
    let bytes: number;
    try {
      ({ text: raw, bytes } = await readJournalFile(this.file));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const { data, lines } = parseJournal<C>(raw, this.file, this.collections);
    this.lines = lines;
    // After a torn last line the next write replaces the file rather than appending to the fragment.
    this.headerWritten = raw.endsWith('\n');
    if (this.headerWritten) this.appender.expect(bytes);
    return data;
  }

  /** The file was already read (and has `lines` lines, ending at byte `bytes`): carry on appending to it. */
  continueFrom(lines: number, bytes: number): void {
    this.lines = lines;
    this.linesAtLastCount = lines;
    this.headerWritten = true;
    this.appender.expect(bytes);
  }

  /** Appends that also wrote more kept space (tests, benchmarks). */
  get extensions(): number {
    return this.appender.extensions;
  }

  /** Whether the next write replaces the whole file. */
  get needsRewrite(): boolean {
    return !this.headerWritten;
  }

  /** The next write replaces the file with a fresh snapshot (after a migration, say). */
  rewriteOnNextWrite(): void {
    this.headerWritten = false;
  }

  /**
   * Writes every change made since the last write started. If it fails, the
   * changes it carried are undone in memory (`data`), so what the callers were
   * told (not saved) is what holds; only changes to `retried` collections stay
   * queued for the next write.
   */
  async write(data: JournalData<C>): Promise<void> {
    const batch = this.undo;
    this.undo = new Map();
    // Held records are not in this write: what they are to go back to waits for the write that takes them.
    if (this.held.size > 0) {
      for (const [collection, ids] of this.held) {
        const prev = batch.get(collection);
        if (!prev) continue;
        const kept = new Map<string, unknown>();
        for (const id of ids.keys()) {
          if (!prev.has(id)) continue;
          kept.set(id, prev.get(id));
          prev.delete(id);
        }
        if (kept.size > 0) this.undo.set(collection, kept);
      }
    }
    try {
      await this.writeChanges(data);
    } catch (err) {
      this.rollBack(data, batch);
      // The next write replaces the file with what is in memory: trying again
      // (src/store/lowdb.ts) then really tests that the disk can be written
      // before the store is reported healthy, even with nothing queued, and a
      // change undone here that reached the file in a snapshot taken while
      // this write waited (a compaction, say) is put right.
      this.headerWritten = false;
      throw err;
    }
  }

  /** Puts back the values a failed write's changes replaced. */
  private rollBack(data: JournalData<C>, batch: Map<string, Map<string, unknown>>): void {
    for (const [collection, prev] of batch) {
      const map = (data as Collections)[collection];
      if (!map) continue;
      const later = this.undo.get(collection);
      for (const [id, value] of prev) {
        if (later?.has(id)) {
          // Changed again since this write started: that newer change stands (its own write is still to come),
          // and if it fails too, the record goes back to the value from before both.
          later.set(id, value);
          continue;
        }
        if (value === undefined) delete map[id];
        else map[id] = value;
        // The file already holds this value (or a write that replaces the file is due), so it is not queued again.
        this.dirty.get(collection)?.delete(id);
        this.onRestore?.(collection, id);
      }
      if (this.dirty.get(collection)?.size === 0) this.dirty.delete(collection);
    }
  }

  private async writeChanges(data: JournalData<C>): Promise<void> {
    if (!this.headerWritten) {
      await this.rewrite(data);
      return;
    }
    if (this.dirty.size === 0) return;
    const out: string[] = [];
    const taken = new Map<string, Set<string>>();
    for (const [collection, ids] of this.dirty) {
      const map = (data as Collections)[collection] ?? {};
      const held = this.held.get(collection);
      let take = ids;
      if (held) {
        // Held records stay marked as changed, for the write of the turn that holds them.
        take = new Set();
        for (const id of ids) if (!held.has(id)) take.add(id);
        for (const id of take) ids.delete(id);
        if (ids.size === 0) this.dirty.delete(collection);
      } else {
        this.dirty.delete(collection);
      }
      for (const id of take) {
        const value = map[id];
        out.push(JSON.stringify([collection, id, value === undefined ? null : value]));
      }
      if (take.size > 0) taken.set(collection, take);
    }
    // Changes made while this append runs are gathered afresh; these come back if it fails.
    if (out.length === 0) return;
    try {
      // Changes made while this append ran mean another write follows at once: keep the file open for it.
      // When nothing is waiting the file is closed a second later (src/store/durable-file.ts), so an idle server
      // holds no data file open.
      // The text is made by one join, the last line's newline included: a newline added after the join
      // would make a two-part string, copied whole once more before it could be written.
      out.push('');
      const text = out.join('\n');
      out.pop();
      await this.appender.append(text, () => this.dirty.size > 0);
    } catch (err) {
      this.requeue(taken);
      if ((err as { cutBack?: boolean }).cutBack === false) {
        // Part of a line may still be at the end of the file: replace the file next time, never append to it.
        this.headerWritten = false;
      }
      throw err;
    }
    this.lines += out.length;
    // Counting live records costs a pass over the keys, so do it only now and then.
    if (this.lines > this.opts.minLinesToCompact && this.lines - this.linesAtLastCount > this.opts.minLinesToCompact / 4) {
      this.linesAtLastCount = this.lines;
      const live = this.collections.reduce((n, c) => n + Object.keys((data as Collections)[c] ?? {}).length, 0);
      if (this.lines > this.opts.compactRatio * Math.max(1, live)) {
        // The changes are on disk already; a compaction that fails leaves the
        // next write to replace the file (headerWritten stays false), so it
        // does not make this write fail.
        await this.rewrite(data).catch(() => undefined);
      }
    }
  }

  /** Marks records of `retried` collections as changed again after a write that carried them failed (the others are rolled back). */
  private requeue(taken: Map<string, Set<string>>): void {
    for (const [collection, ids] of taken) {
      if (!this.retried.has(collection)) continue;
      let set = this.dirty.get(collection);
      if (!set) this.dirty.set(collection, (set = new Set()));
      for (const id of ids) set.add(id);
    }
  }

  /** Writes the live records to a fresh file in slices, then swaps it in. */
  async rewrite(data: JournalData<C>): Promise<void> {
    const dir = dirname(this.file);
    const tmp = `${dir}/.${basename(this.file)}.${process.pid}.tmp`;
    // Everything changed so far is in the snapshot (tombstones included, by
    // their absence); only records changed from here on are appended after it.
    // If the rewrite fails, the file is as it was and the next write rewrites
    // again (headerWritten stays false); `write` undoes the failed changes in memory.
    // Held records are written as they were before the turn that holds them, and stay marked for its write.
    for (const collection of [...this.dirty.keys()]) {
      const held = this.held.get(collection);
      const ids = this.dirty.get(collection)!;
      if (held) for (const id of ids) if (!held.has(id)) ids.delete(id);
      if (!held || ids.size === 0) this.dirty.delete(collection);
    }
    this.headerWritten = false;
    // The file is about to be replaced: later appends must go to the new one.
    await this.appender.close();
    try {
      await mkdir(dir, { recursive: true });
      await this.writeSnapshot(data, tmp);
      await rename(tmp, this.file);
    } catch (err) {
      await rm(tmp, { force: true }).catch(() => undefined);
      throw err;
    }
    // The new file was written whole: it ends at its length, with no kept space yet.
    this.appender.expect('size');
    await syncDir(dir);
    this.headerWritten = true;
    this.compactions++;
    // Records changed while the snapshot was written stay marked: the write
    // their callers are waiting for appends them (and undoes them if it fails).
  }

  private async writeSnapshot(data: JournalData<C>, tmp: string): Promise<void> {
    const fh = await open(tmp, 'w', 0o600);
    let lines = 1;
    try {
      await fh.writeFile(`${JSON.stringify({ journal: this.name, schemaVersion: data.schemaVersion })}\n`, 'utf8');
      for (const c of this.collections) {
        const map = (data as Collections)[c] ?? {};
        // Take the ids now: records changed while we write are captured by the
        // dirty set and appended after the swap. A held record the turn deleted
        // is still written, as it was before the turn.
        const ids = Object.keys(map);
        for (const id of this.held.get(c)?.keys() ?? []) if (!Object.hasOwn(map, id)) ids.push(id);
        for (let i = 0; i < ids.length; i += this.opts.sliceSize) {
          const slice = ids.slice(i, i + this.opts.sliceSize);
          const chunk = slice
            .map((id) => [id, this.savedValue(c, id, map)] as const)
            .filter(([, value]) => value !== undefined)
            .map(([id, value]) => JSON.stringify([c, id, value]))
            .join('\n');
          if (chunk) {
            await fh.writeFile(`${chunk}\n`, 'utf8');
            lines += chunk.split('\n').length;
          }
          await yieldToLoop();
        }
      }
      await fh.sync();
    } finally {
      await fh.close();
    }
    this.lines = lines;
    this.linesAtLastCount = lines;
  }

  /** A record's value as a rewrite saves it: a held record's value from before the turn that holds it. */
  private savedValue(collection: string, id: string, map: Record<string, unknown>): unknown {
    if (this.held.get(collection)?.has(id)) {
      const before = this.undo.get(collection);
      if (before?.has(id)) return before.get(id);
    }
    return map[id];
  }

  async sizeBytes(): Promise<number> {
    try {
      return (await stat(this.file)).size;
    } catch {
      return 0;
    }
  }
}

/**
 * A journal file's text: up to its first zero byte, where the space kept for
 * appends begins (src/store/durable-file.ts), and how many bytes that is.
 */
export async function readJournalFile(file: string): Promise<{ text: string; bytes: number }> {
  const buf = await readFile(file);
  const bytes = linesEnd(buf);
  return { text: buf.toString('utf8', 0, bytes), bytes };
}

const FIX = 'It has been left untouched. Restore the newest good backup with "career-companion store restore", or move the file away to start with an empty store.';

/**
 * Reads a journal's text into collections. Throws StoreOpenError (naming the
 * file and the line) for an empty, foreign or damaged file; drops a torn final
 * line, which was never confirmed.
 */
export function parseJournal<C extends Collections>(text: string, file: string, collections: ReadonlyArray<keyof C & string>): { data: JournalData<C>; lines: number } {
  // Text read whole (not through readJournalFile) still ends where the kept space begins.
  const zero = text.indexOf('\0');
  const raw = zero < 0 ? text : text.slice(0, zero);
  if (raw.trim() === '') throw new StoreOpenError(`The data file ${file} is empty. ${FIX}`);
  const rows = raw.split('\n');
  // Every complete line ends with a newline, so the last piece is either empty
  // or a torn append from a process that was killed mid-write: drop it.
  rows.pop();
  let header: { journal?: string; schemaVersion?: number };
  try {
    header = JSON.parse(rows[0] ?? '');
  } catch {
    throw new StoreOpenError(`The data file ${file} does not start with a Career Companion header. ${FIX}`);
  }
  if (typeof header !== 'object' || header === null || typeof header.schemaVersion !== 'number') {
    throw new StoreOpenError(`The data file ${file} is not a Career Companion store (no schemaVersion). ${FIX}`);
  }
  const data = { schemaVersion: header.schemaVersion } as JournalData<C>;
  for (const c of collections) (data as Collections)[c] = Object.create(null) as Record<string, unknown>;
  for (let i = 1; i < rows.length; i++) {
    const line = rows[i]!;
    if (line === '') continue;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch (err) {
      throw new StoreOpenError(`The data file ${file} has a damaged line ${i + 1} (${(err as Error).message}). ${FIX}`);
    }
    if (!Array.isArray(entry) || entry.length !== 3 || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') {
      throw new StoreOpenError(`The data file ${file} has an unexpected line ${i + 1}. ${FIX}`);
    }
    const [collection, id, value] = entry as [string, string, unknown];
    // A collection named after something every object inherits (`__proto__`, `constructor`, …) or after
    // the header's field would reach Object.prototype or a number, not a collection: no version writes one.
    if (collection === 'schemaVersion' || collection in Object.prototype) {
      throw new StoreOpenError(`The data file ${file} has a damaged line ${i + 1} (the collection name ${JSON.stringify(collection.slice(0, 40))} is not allowed). ${FIX}`);
    }
    const map = Object.hasOwn(data, collection) ? (data as Collections)[collection] : undefined;
    if (!map) continue; // A collection this version no longer has.
    if (value === null) delete map[id];
    else map[id] = value;
  }
  return { data, lines: rows.length };
}

async function syncDir(dir: string): Promise<void> {
  let dh;
  try {
    dh = await open(dir, 'r');
    await dh.sync();
  } catch {
    // Some file systems do not allow fsync on a folder; the rename is still atomic.
  } finally {
    await dh?.close();
  }
}
