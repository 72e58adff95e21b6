/**
 * A lowdb adapter that keeps the data file safe: the new contents go to a
 * temporary file, which is flushed to disk (fsync) before it is renamed over
 * the old one, and the folder is flushed after the rename. A kill -9 at any
 * moment leaves either the old file or the new one, never a torn one.
 *
 * Reading refuses an empty or unparseable file instead of starting afresh:
 * silently replacing someone's data with an empty store is the worst outcome.
 */
import { close as closeFd, fdatasync, fstat, ftruncate, open as openFd, write as writeFd } from 'node:fs';
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

/**
 * Appends whole lines to one file and flushes them, like `appendDurably`, but
 * keeps the file open between appends while more are on their way (a busy
 * server), and for a second after the last (`APPEND_IDLE_CLOSE_MS`), so
 * writes that come one at a time a few milliseconds apart (a server answering
 * a steady stream of turns) do not open, measure and close the file each time:
 * that was most of the garbage such a write made. An idle server holds no data
 * file open once that second has passed. The file's length is known from the
 * last append instead of asked for.
 *
 * It works on the file descriptor with node:fs's callback calls rather than
 * a FileHandle: a FileHandle's append and flush go through several layers of
 * promises each, and for a write that carries one turn's change they made
 * more garbage than the rest of the write.
 *
 * The same fault rule holds: an append or flush that fails is cut back to the
 * length before it (the error says whether that worked, `cutBack`), and the
 * file is then closed, so the next append opens it afresh. Close it before the
 * file is replaced (a rename over it): appending through a handle to the old
 * file would write where no one reads.
 */
export class DurableAppender {
  private fd: number | undefined;
  private size = 0;
  /** Closes the file once no append has come for APPEND_IDLE_CLOSE_MS. */
  private idle: NodeJS.Timeout | undefined;
  /** Flushes to disk so far (tests, benchmarks). */
  syncs = 0;

  constructor(readonly file: string) {}

  /** Whether the file is open now. */
  get isOpen(): boolean {
    return this.fd !== undefined;
  }

  /** Appends `text` and flushes it; if `keepOpen()` says so once it is flushed, the file stays open for the next append. */
  async append(text: string, keepOpen: () => boolean = () => false): Promise<void> {
    if (this.idle) {
      clearTimeout(this.idle);
      this.idle = undefined;
    }
    if (this.fd === undefined) {
      // A failure to open changed nothing in the file.
      const fd = await fdCall<number>((done) => openFd(this.file, 'a', 0o600, done));
      try {
        this.size = (await fdCall<{ size: number }>((done) => fstat(fd, done))).size;
      } catch (err) {
        await fdCall((done) => closeFd(fd, done)).catch(() => undefined);
        throw Object.assign(err instanceof Error ? err : new Error(String(err)), { cutBack: false });
      }
      this.fd = fd;
    }
    const fd = this.fd;
    const size = this.size;
    try {
      const bytes = Buffer.from(text, 'utf8');
      // A write may take fewer bytes than it was given (a disk nearly full): the rest follows, or the error.
      for (let done = 0; done < bytes.length; ) {
        const n = await fdCall<number>((cb) => writeFd(fd, bytes, done, bytes.length - done, null, cb));
        if (n <= 0) throw new Error(`Nothing could be appended to ${this.file}.`);
        done += n;
      }
      // The data and what it takes to read it back (the file's new length); not the times the file was changed.
      await fdCall((done) => fdatasync(fd, done));
      this.syncs++;
      this.size = size + bytes.length;
    } catch (err) {
      let cutBack = true;
      try {
        await fdCall((done) => ftruncate(fd, size, done));
        await fdCall((done) => fdatasync(fd, done));
      } catch {
        cutBack = false;
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
