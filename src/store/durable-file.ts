/**
 * A lowdb adapter that keeps the data file safe: the new contents go to a
 * temporary file, which is flushed to disk (fsync) before it is renamed over
 * the old one, and the folder is flushed after the rename. A kill -9 at any
 * moment leaves either the old file or the new one, never a torn one.
 *
 * Reading refuses an empty or unparseable file instead of starting afresh:
 * silently replacing someone's data with an empty store is the worst outcome.
 */
import { close as closeFd, constants, fdatasync, fstat, ftruncate, open as openFd, write as writeFd } from 'node:fs';
import { open, readFile, rename, mkdir, rm } from 'node:fs/promises';
import { dirname, basename } from 'node:path';
import type { Adapter } from 'lowdb';
import { StoreOpenError } from './ports.js';

export class DurableJSONFile<T> implements Adapter<T> {
  constructor(readonly file: string) {}

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    if (raw.trim() === '') {
      throw new StoreOpenError(
        `The data file ${this.file} is empty. It has been left untouched. Restore the newest good backup with "career-companion store restore", or move the file away to start with an empty store.`,
      );
    }
    try {
      return JSON.parse(raw) as T;
    } catch (err) {
      throw new StoreOpenError(
        `The data file ${this.file} is not valid JSON (${(err as Error).message}). It has been left untouched. Restore the newest good backup with "career-companion store restore", or move the file away to start with an empty store.`,
      );
    }
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.file, JSON.stringify(data));
  }
}

export async function writeFileDurably(file: string, contents: string): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = `${dir}/.${basename(file)}.${process.pid}.tmp`;
  try {
    const fh = await open(tmp, 'w', 0o600);
    try {
      await fh.writeFile(contents, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (err) {
    // A half-written temporary file on a full disk would only take more of the space left.
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncDir(dir);
}

/**
 * Appends whole lines and flushes them. If the write or the flush fails, the
 * file is cut back to the length it had before (the last whole line), so a
 * fragment can never be followed by more data. The error thrown says whether
 * that worked (`cutBack`).
 */
export async function appendDurably(file: string, text: string): Promise<void> {
  const fh = await open(file, 'a', 0o600);
  let size: number | undefined;
  try {
    size = (await fh.stat()).size;
    await fh.appendFile(text, 'utf8');
    // The data and its new length: all that reading it back needs (fdatasync, not the file's times too).
    await fh.datasync();
  } catch (err) {
    let cutBack = size !== undefined;
    if (size !== undefined) {
      try {
        await fh.truncate(size);
        await fh.datasync();
      } catch {
        cutBack = false;
      }
    }
    throw Object.assign(err instanceof Error ? err : new Error(String(err)), { cutBack });
  } finally {
    await fh.close().catch(() => undefined);
  }
}


/** How long a file stays open after an append with none waiting behind it, for the next one. */
export const APPEND_IDLE_CLOSE_MS = 1000;

/** The least and the most space kept written ahead of a journal's end (see `keptSpace`). */
export const KEPT_SPACE_MIN = 16 * 1024;
export const KEPT_SPACE_MAX = 1024 * 1024;

/**
 * How much space to keep written ahead of a file that holds `end` bytes: a
 * quarter of it, in steps of KEPT_SPACE_MIN, between KEPT_SPACE_MIN and
 * KEPT_SPACE_MAX. A small store keeps little; a busy one renews its space
 * about once every half a megabyte.
 */
export function keptSpace(end: number): number {
  const quarter = Math.ceil(end / 4 / KEPT_SPACE_MIN) * KEPT_SPACE_MIN;
  return Math.min(KEPT_SPACE_MAX, Math.max(KEPT_SPACE_MIN, quarter));
}

/** Zero bytes to write kept space from (made on first use, never changed). */
let zeros: Buffer | undefined;

/**
 * Appends whole lines to one file and flushes them, like `appendDurably`, but
 * keeps the file open between appends while more are on their way (a busy
 * server), and for a second after the last (`APPEND_IDLE_CLOSE_MS`), so
 * writes that come one at a time a few milliseconds apart (a server answering
 * a steady stream of turns) do not open, measure and close the file each time:
 * that was most of the garbage such a write made. An idle server holds no data
 * file open once that second has passed.
 *
 * **Space kept ahead.** Behind the last line the file holds zero bytes, written
 * and flushed before they are needed (`keptSpace`: a quarter of the file,
 * 16 KB to 1 MB), and an append writes its lines over them. A flush that makes
 * a file longer must wait for the file system's own journal (the new length),
 * behind whatever else the machine is writing; a flush of bytes written over
 * space the file already has need not. With another process writing to the
 * same disk, 800-byte appends one at a time took 0.12 instead of 0.18 ms at
 * p50 and about 2 instead of 3 to 10 ms at p90, and a third to two thirds
 * fewer of them took over 5 ms (the slowest, waiting on the disk itself,
 * much as before). When less than half the kept space would be left, the
 * append also writes the next stretch of zeros, and its one flush covers
 * both: one append in several hundred on a busy server pays for a longer file.
 *
 * So a journal file ends at its first zero byte (JSON text never holds one);
 * `readJournalFile` (src/store/journal.ts) reads it that way, and so does this
 * class when it opens a file it was not told about. Appends are written at
 * that end, never in append mode.
 *
 * A full disk is told as before, only a little later: an append that needs
 * more kept space and cannot have it fails (the data file is never left to
 * fill the last of the kept space without anyone knowing), so the store
 * reports the disk full once at most half of the kept space has been used
 * since the disk filled up.
 *
 * It works on the file descriptor with node:fs's callback calls rather than
 * a FileHandle: a FileHandle's write and flush go through several layers of
 * promises each, and for a write that carries one turn's change they made
 * more garbage than the rest of the write.
 *
 * The same fault rule holds: an append or flush that fails is cut back to the
 * length before it, its kept space with it (the error says whether that
 * worked, `cutBack`), and the file is then closed, so the next append opens it
 * afresh. Close it before the file is replaced (a rename over it), and say
 * where the new file ends (`expect`): writing through a handle to the old
 * file would write where no one reads.
 */
export class DurableAppender {
  private fd: number | undefined;
  /**
   * The file as this appender last left it: where its lines end (the next
   * append goes there) and its length with the kept space. Kept while the
   * file is closed, to carry on from when it opens the same file again.
   */
  private known: { ino: number; end: number; allocated: number } | undefined;
  /** Where the file ends, as its reader found it; 'size': it has no kept space (just written whole). */
  private hint: number | 'size' | undefined;
  /** Closes the file once no append has come for APPEND_IDLE_CLOSE_MS. */
  private idle: NodeJS.Timeout | undefined;
  /** Flushes to disk so far (tests, benchmarks). */
  syncs = 0;
  /** Appends that also wrote more kept space (tests, benchmarks). */
  extensions = 0;

  constructor(readonly file: string) {}

  /** Whether the file is open now. */
  get isOpen(): boolean {
    return this.fd !== undefined;
  }

  /**
   * The file was just read, or replaced: its lines end at byte `end` ('size':
   * at its length, as a file written whole). Call it with the file closed.
   */
  expect(end: number | 'size'): void {
    this.known = undefined;
    this.hint = end;
  }

  /** Appends `text` and flushes it; if `keepOpen()` says so once it is flushed, the file stays open for the next append. */
  async append(text: string, keepOpen: () => boolean = () => false): Promise<void> {
    if (this.idle) {
      clearTimeout(this.idle);
      this.idle = undefined;
    }
    if (this.fd === undefined) await this.openFile();
    const fd = this.fd!;
    const known = this.known!;
    const { end, allocated } = known;
    const bytes = Buffer.from(text, 'utf8');
    const after = end + bytes.length;
    try {
      await writeAll(fd, bytes, end, this.file);
      // Less than half the kept space left: write the next stretch now, flushed with these lines.
      let grown = Math.max(allocated, after);
      const keep = keptSpace(after);
      if (allocated - after < keep / 2) {
        const from = grown;
        grown = after + keep;
        await writeZeros(fd, from, grown, this.file);
        this.extensions++;
      }
      // The data and what it takes to read it back (the file's length when it grew); not the times the file was changed.
      await fdCall((done) => fdatasync(fd, done));
      this.syncs++;
      this.known = { ino: known.ino, end: after, allocated: grown };
    } catch (err) {
      let cutBack = true;
      try {
        // Back to the file as it was: its old length, and zeros again where the lines reached into the kept space.
        await fdCall((done) => ftruncate(fd, allocated, done));
        await writeZeros(fd, end, Math.min(after, allocated), this.file);
        await fdCall((done) => fdatasync(fd, done));
      } catch {
        cutBack = false;
        this.known = undefined;
      }
      await this.close();
      throw Object.assign(err instanceof Error ? err : new Error(String(err)), { cutBack });
    }
    if (!keepOpen()) {
      this.idle = setTimeout(() => {
        this.idle = undefined;
        void this.close();
      }, APPEND_IDLE_CLOSE_MS);
      this.idle.unref();
    }
  }

  /** Opens the file (creating it) and finds where its lines end. A failure here changed nothing in the file. */
  private async openFile(): Promise<void> {
    const fd = await fdCall<number>((done) => openFd(this.file, constants.O_WRONLY | constants.O_CREAT, 0o600, done));
    try {
      const st = await fdCall<{ size: number; ino: number }>((done) => fstat(fd, done));
      let end: number;
      let allocated: number;
      if (this.known && this.known.ino === st.ino && this.known.allocated === st.size) {
        // The file as this appender left it: zeros from its end on.
        end = this.known.end;
        allocated = st.size;
      } else {
        end = this.hint === 'size' ? st.size : this.hint ?? (await firstZero(this.file, st.size));
        allocated = end;
        if (end < st.size) {
          // Past the end lies kept space, or the start of an append that was never confirmed
          // (a machine that lost power mid-write): either way it is written afresh.
          await fdCall((done) => ftruncate(fd, end, done));
        }
      }
      this.hint = undefined;
      this.fd = fd;
      this.known = { ino: st.ino, end, allocated };
    } catch (err) {
      await fdCall((done) => closeFd(fd, done)).catch(() => undefined);
      throw Object.assign(err instanceof Error ? err : new Error(String(err)), { cutBack: false });
    }
  }

  async close(): Promise<void> {
    if (this.idle) {
      clearTimeout(this.idle);
      this.idle = undefined;
    }
    const fd = this.fd;
    this.fd = undefined;
    if (fd !== undefined) await fdCall((done) => closeFd(fd, done)).catch(() => undefined);
  }
}

/** Writes all of `bytes` at `position`: a write may take fewer bytes than it was given (a disk nearly full), and the rest follows, or the error. */
async function writeAll(fd: number, bytes: Buffer, position: number, file: string): Promise<void> {
  for (let done = 0; done < bytes.length; ) {
    const n = await fdCall<number>((cb) => writeFd(fd, bytes, done, bytes.length - done, position + done, cb));
    if (n <= 0) throw new Error(`Nothing could be written to ${file}.`);
    done += n;
  }
}

/** Writes zero bytes from `from` up to `to`. */
async function writeZeros(fd: number, from: number, to: number, file: string): Promise<void> {
  zeros ??= Buffer.alloc(KEPT_SPACE_MAX);
  for (let at = from; at < to; at += KEPT_SPACE_MAX) await writeAll(fd, zeros.subarray(0, Math.min(KEPT_SPACE_MAX, to - at)), at, file);
}

/** Where a journal's lines end in its bytes: at the first zero byte, where the kept space begins, or at its length. */
export function linesEnd(bytes: Buffer): number {
  const at = bytes.indexOf(0);
  return at < 0 ? bytes.length : at;
}

/** Where a file's lines end (`linesEnd`). */
async function firstZero(file: string, size: number): Promise<number> {
  return size === 0 ? 0 : linesEnd(await readFile(file));
}

/** A node:fs callback call as a promise: `call` is given the callback, which takes an error and a result. */
function fdCall<T = void>(call: (done: (err: NodeJS.ErrnoException | null, result?: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => call((err, result) => (err ? reject(err) : resolve(result as T))));
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
