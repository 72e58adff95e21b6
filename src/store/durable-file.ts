/**
 * A lowdb adapter that keeps the data file safe: the new contents go to a
 * temporary file, which is flushed to disk (fsync) before it is renamed over
 * the old one, and the folder is flushed after the rename. A kill -9 at any
 * moment leaves either the old file or the new one, never a torn one.
 *
 * Reading refuses an empty or unparseable file instead of starting afresh:
 * silently replacing someone's data with an empty store is the worst outcome.
 */
import { open, readFile, rename, mkdir } from 'node:fs/promises';
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
  const fh = await open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(contents, 'utf8');
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, file);
  await syncDir(dir);
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
