/**
 * One process per data folder: DATA_DIR/.lock.
 *
 * The embedded store belongs to one process. The lock file is created
 * atomically (O_EXCL: `open` with 'wx'), so of two processes starting at the
 * same moment exactly one gets the folder. It holds the process id, when that
 * process started and the machine's name, as one JSON line:
 *
 *   {"pid":4242,"startedAt":"2026-03-01T10:15:00.000Z","hostname":"web-1"}
 *
 * Another process that finds it refuses to open the store and names the holder.
 * A lock whose process is gone (checked with `process.kill(pid, 0)` on the same
 * machine) is stale: it is taken over, with a log line. A lock from another
 * machine cannot be checked and is never taken over. A process removes the
 * lock only when it is still its own.
 */
import { open, readFile, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { Logger } from '../log.js';
import { StoreOpenError } from './ports.js';

export const LOCK_FILE = '.lock';

/** Whether a process with this id is running (on this machine). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LockInfo {
  pid: number;
  /** When the holding process started (ISO time), when the lock says. */
  startedAt?: string;
  /** The machine the holder runs on, when the lock says (older locks held only a process id). */
  hostname?: string;
  /** Whether the holder is on this machine (or the lock does not say). */
  sameHost: boolean;
  /** Whether the holder may still be running: alive on this machine, or on another machine (which cannot be checked). */
  alive: boolean;
  /** The file's exact text. */
  text: string;
}

const thisHost = hostname();
const startedAt = new Date(Date.now() - Math.round(process.uptime() * 1000)).toISOString();

function parseLock(text: string): LockInfo {
  let pid = Number.NaN;
  let started: string | undefined;
  let host: string | undefined;
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v === 'number') pid = v;
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o['pid'] === 'number') pid = o['pid'];
      if (typeof o['startedAt'] === 'string') started = o['startedAt'];
      if (typeof o['hostname'] === 'string') host = o['hostname'];
    }
  } catch {
    pid = Number.parseInt(text.trim(), 10);
  }
  const sameHost = host === undefined || host === thisHost;
  return {
    pid,
    ...(started ? { startedAt: started } : {}),
    ...(host ? { hostname: host } : {}),
    sameHost,
    alive: sameHost ? isProcessAlive(pid) : true,
    text,
  };
}

/** Who holds the folder's lock, if anyone wrote one. */
export async function readLock(dataDir: string): Promise<LockInfo | undefined> {
  let text: string;
  try {
    text = await readFile(join(dataDir, LOCK_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return parseLock(text);
}

/** "process 4242 (started 2026-03-01T10:15:00.000Z)", with the machine when it is another one. */
export function describeHolder(lock: Pick<LockInfo, 'pid' | 'startedAt' | 'hostname' | 'sameHost'>): string {
  const who = `process ${Number.isFinite(lock.pid) ? lock.pid : '?'}`;
  const where = lock.sameHost ? '' : ` on the machine ${lock.hostname}`;
  const when = lock.startedAt ? ` (started ${lock.startedAt})` : '';
  return `${who}${where}${when}`;
}

/** The live process, other than this one, that holds the folder. */
export async function lockHolder(dataDir: string): Promise<LockInfo | undefined> {
  const dir = resolve(dataDir);
  const lock = await readLock(dir).catch(() => undefined);
  if (!lock || !lock.alive) return undefined;
  if (held.get(dir)?.text === lock.text) return undefined;
  return lock;
}

/** The id of the live process, other than this one, that holds the folder. */
export async function lockedByOther(dataDir: string): Promise<number | undefined> {
  return (await lockHolder(dataDir))?.pid;
}

/** Folders this process holds, with how many stores share each and the lock's text. */
const held = new Map<string, { count: number; text: string }>();

/** The folder is held by another process: the message names it and what to do. */
export function inUseError(dataDir: string, lock: LockInfo): StoreOpenError {
  const check = lock.sameHost
    ? 'Stop it first, or give this one another DATA_DIR.'
    : `Stop it first, or give this one another DATA_DIR. If that machine no longer runs it, delete ${join(dataDir, LOCK_FILE)}.`;
  return new StoreOpenError(`The data folder ${dataDir} is in use by ${describeHolder(lock)}. Only one server or tool that writes may use it at a time. ${check}`);
}

/**
 * Takes the folder for this process, or throws StoreOpenError naming the
 * process that has it. Several stores in one process share the lock (it is
 * released when the last closes).
 */
export async function acquireLock(dataDir: string, log?: Logger): Promise<void> {
  const dir = resolve(dataDir);
  const mine = held.get(dir);
  if (mine) {
    mine.count++;
    return;
  }
  const path = join(dir, LOCK_FILE);
  const text = `${JSON.stringify({ pid: process.pid, startedAt, hostname: thisHost })}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fh = await open(path, 'wx', 0o600);
      try {
        await fh.writeFile(text, 'utf8');
        await fh.sync();
      } catch (err) {
        // A lock that could not be written in full is not left behind.
        await fh.close().catch(() => undefined);
        await rm(path, { force: true }).catch(() => undefined);
        throw err;
      }
      await fh.close();
      held.set(dir, { count: 1, text });
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new StoreOpenError(`Could not create the lock file ${path} (${code ?? (err as Error).message}). Nothing was changed. Check that the folder can be written to and the disk has space.`);
      }
    }
    const lock = await readLock(dir);
    if (!lock) continue; // Released a moment ago.
    // The same id on this machine, not held here: left by an earlier run (in a container every run is process 1).
    const leftByEarlierRun = lock.sameHost && lock.pid === process.pid;
    if (lock.alive && !leftByEarlierRun) throw inUseError(dataDir, lock);
    // Stale: move it aside under a name of our own, and check it is the one we read (another
    // process taking it over at the same moment may have replaced it with its own fresh lock).
    const aside = `${path}.stale-${process.pid}`;
    try {
      await rename(path, aside);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    const moved = await readFile(aside, 'utf8').catch(() => '');
    if (moved !== lock.text) {
      // Not the stale lock: put it back if nothing has taken its place, and look again.
      await open(path, 'wx').then(
        async (fh) => {
          await fh.writeFile(moved, 'utf8');
          await fh.close();
        },
        () => undefined,
      );
      await rm(aside, { force: true });
      continue;
    }
    await rm(aside, { force: true });
    log?.warn({ dataDir: dir, pid: lock.pid, startedAt: lock.startedAt ?? null }, 'Took over a stale lock on the data folder: the process that held it is no longer running');
  }
  throw new StoreOpenError(`Could not take the lock ${path}: other processes keep taking it. Check that only one server uses ${dataDir}.`);
}

/** Releases this process's hold on the folder; removes the lock file only while it is still this process's own. */
export async function releaseLock(dataDir: string): Promise<void> {
  const dir = resolve(dataDir);
  const mine = held.get(dir);
  if (!mine) return;
  if (mine.count > 1) {
    mine.count--;
    return;
  }
  held.delete(dir);
  const text = await readFile(join(dir, LOCK_FILE), 'utf8').catch(() => undefined);
  if (text === mine.text) await rm(join(dir, LOCK_FILE), { force: true });
}
