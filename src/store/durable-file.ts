/**
 * A lowdb adapter that keeps the data file safe: the new contents go to a
 * temporary file, which is flushed to disk (fsync) before it is renamed over
 * the old one, and the folder is flushed after the rename. A kill -9 at any
 * moment leaves either the old file or the new one, never a torn one.
 *
 * Reading refuses an empty or unparseable file instead of starting afresh:
 * silently replacing someone's data with an empty store is the worst outcome.
 */
import { open, readFile, rename, mkdir, rm, type FileHandle } from 'node:fs/promises';
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
    await fh.sync();
  } catch (err) {
    let cutBack = size !== undefined;
    if (size !== undefined) {
      try {
        await fh.truncate(size);
        await fh.sync();
      } catch {
        cutBack = false;
      }
    }
    throw Object.assign(err instanceof Error ? err : new Error(String(err)), { cutBack });
  } finally {
    await fh.close().catch(() => undefined);
  }
}


/**
 * Appends whole lines to one file and flushes them, like `appendDurably`, but
 * can keep the file open between appends while more are on their way (a busy
 * server), so a burst of writes does not open, measure and close the file each
 * time. The file's length is known from the last append instead of asked for.
 *
 * The same fault rule holds: an append or flush that fails is cut back to the
 * length before it (the error says whether that worked, `cutBack`), and the
 * file is then closed, so the next append opens it afresh. Close it before the
 * file is replaced (a rename over it): appending through a handle to the old
 * file would write where no one reads.
 */
export class DurableAppender {
  private fh: FileHandle | undefined;
  private size = 0;
  /** Flushes to disk so far (tests, benchmarks). */
  syncs = 0;

  constructor(readonly file: string) {}

  /** Whether the file is open now. */
  get isOpen(): boolean {
    return this.fh !== undefined;
  }

  /** Appends `text` and flushes it; if `keepOpen()` says so once it is flushed, the file stays open for the next append. */
  async append(text: string, keepOpen: () => boolean = () => false): Promise<void> {
    if (!this.fh) {
      // A failure to open changed nothing in the file.
      const fh = await open(this.file, 'a', 0o600);
      try {
        this.size = (await fh.stat()).size;
      } catch (err) {
        await fh.close().catch(() => undefined);
        throw Object.assign(err instanceof Error ? err : new Error(String(err)), { cutBack: false });
      }
      this.fh = fh;
    }
    const fh = this.fh;
    const size = this.size;
    try {
      await fh.appendFile(text, 'utf8');
      await fh.sync();
      this.syncs++;
      this.size = size + Buffer.byteLength(text, 'utf8');
    } catch (err) {
      let cutBack = true;
      try {
        await fh.truncate(size);
        await fh.sync();
      } catch {
        cutBack = false;
      }
      await this.close();
      throw Object.assign(err instanceof Error ? err : new Error(String(err)), { cutBack });
    }
    if (!keepOpen()) await this.close();
  }

  async close(): Promise<void> {
    const fh = this.fh;
    this.fh = undefined;
    await fh?.close().catch(() => undefined);
  }
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
