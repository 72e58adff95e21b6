/**
 * Store integrity for the embedded store: rolling backups, checks of the data
 * files, and the lock file that tells tools a server is using the folder.
 *
 * Backups live in `DATA_DIR/backups/<file stem>-<UTC timestamp><extension>`,
 * keeping the data file's extension, e.g.
 * `backups/career-companion-2026-03-01T10-15-00.123Z.jsonl`. A backup is a
 * copy of the data file's journal (src/store/journal.ts). Each is written
 * durably (flushed to disk before it is renamed into place) and only ever from
 * data that parsed and validated, so every backup is a good one. The newest
 * `keep` of each document are kept, and none older than `maxAgeDays`; the
 * others are deleted. Damaged files that `store restore` kept aside
 * (`<name>.broken-<time>`) are deleted at the same age.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { parseJournal, readJournalFile } from './journal.js';
import { basename, join } from 'node:path';
import { writeFileDurably } from './durable-file.js';

export const BACKUP_DIR = 'backups';
export { LOCK_FILE } from './lock.js';

export interface BackupSettings {
  /** Back up again on the next write once this many hours have passed; 0 = only at start-up. */
  intervalHours: number;
  /** How many backups of each document to keep. */
  keep: number;
  /** Backups and kept damaged files older than this many days are deleted. */
  maxAgeDays: number;
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { intervalHours: 6, keep: 10, maxAgeDays: 35 };

/**
 * BACKUP_INTERVAL_HOURS and BACKUP_KEEP from the environment. The server
 * checks them (src/config.ts) before the store opens; here a value that is
 * not a usable number falls back to the default.
 */
export function backupSettingsFromEnv(env: NodeJS.ProcessEnv): BackupSettings {
  const num = (v: string | undefined) => (v === undefined || v.trim() === '' ? NaN : Number(v));
  const interval = num(env['BACKUP_INTERVAL_HOURS']);
  const keep = num(env['BACKUP_KEEP']);
  const maxAge = num(env['BACKUP_MAX_AGE_DAYS']);
  return {
    intervalHours: Number.isFinite(interval) && interval >= 0 ? interval : DEFAULT_BACKUP_SETTINGS.intervalHours,
    keep: Number.isInteger(keep) && keep >= 1 ? keep : DEFAULT_BACKUP_SETTINGS.keep,
    maxAgeDays: Number.isFinite(maxAge) && maxAge > 0 ? maxAge : DEFAULT_BACKUP_SETTINGS.maxAgeDays,
  };
}

// ---------------------------------------------------------------------------
// Names

/** `career-companion.jsonl` → `career-companion`. */
export function stemOf(fileName: string): string {
  return fileName.replace(/\.jsonl?$/, '');
}

/** `career-companion.jsonl` → `.jsonl`: a backup keeps its data file's format. */
export function extOf(fileName: string): string {
  return /\.jsonl?$/.exec(fileName)?.[0] ?? '.json';
}

/** A UTC time safe in file names on every system, sortable as text: `2026-03-01T10-15-00.123Z`. */
export function timestampText(at: Date): string {
  return at.toISOString().replace(/:/g, '-');
}

const TIMESTAMP = '(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}Z)';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function parseTimestamp(text: string): Date {
  const [day, time] = text.split('T') as [string, string];
  return new Date(`${day}T${time.replace(/-/g, ':')}`);
}

export interface BackupInfo {
  /** Full path of the backup. */
  path: string;
  /** The backup's own file name. */
  name: string;
  /** The data file it is a backup of, e.g. `career-companion.jsonl`. */
  of: string;
  at: Date;
}

/** Which data file a backup file name belongs to, among `fileNames`. */
export function backupOf(name: string, fileNames: readonly string[]): { of: string; at: Date } | undefined {
  for (const of of fileNames) {
    const m = new RegExp(`^${escapeRe(stemOf(of))}-${TIMESTAMP}${escapeRe(extOf(of))}$`).exec(name);
    if (m) return { of, at: parseTimestamp(m[1]!) };
  }
  return undefined;
}

/** The backups of one data file, newest first. */
export async function listBackups(dataDir: string, fileName: string): Promise<BackupInfo[]> {
  const dir = join(dataDir, BACKUP_DIR);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    const hit = backupOf(name, [fileName]);
    if (hit) out.push({ path: join(dir, name), name, of: fileName, at: hit.at });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes `contents` as a new backup of `fileName`, durably, then deletes the
 * oldest so that `keep` remain, and any older than `maxAgeDays`. Returns the
 * backup's path.
 */
export async function writeBackup(dataDir: string, fileName: string, contents: string, at: Date, keep: number, maxAgeDays?: number): Promise<string> {
  const dir = join(dataDir, BACKUP_DIR);
  let t = at.getTime();
  let path = join(dir, `${stemOf(fileName)}-${timestampText(new Date(t))}${extOf(fileName)}`);
  // Two backups in the same millisecond (start-up, then a tool): the later one moves on a millisecond.
  while (await exists(path)) {
    t++;
    path = join(dir, `${stemOf(fileName)}-${timestampText(new Date(t))}${extOf(fileName)}`);
  }
  await writeFileDurably(path, contents);
  await pruneBackups(dataDir, fileName, keep);
  if (maxAgeDays !== undefined) await expireKeptFiles(dataDir, [fileName], maxAgeDays, at);
  return path;
}

/** The damaged files `store restore` kept aside for these data files (`<name>.broken-<time>`), with their times. */
export async function listBrokenFiles(dataDir: string, fileNames: readonly string[]): Promise<Array<{ path: string; name: string; at: Date }>> {
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const out: Array<{ path: string; name: string; at: Date }> = [];
  for (const name of names) {
    for (const of of fileNames) {
      const m = new RegExp(`^${escapeRe(of)}\\.broken-${TIMESTAMP}$`).exec(name);
      if (m) out.push({ path: join(dataDir, name), name, at: parseTimestamp(m[1]!) });
    }
  }
  return out;
}

/**
 * Deletes backups of `fileNames`, and damaged files kept aside for them, that
 * are older than `maxAgeDays` at `now` (by the time in their names). Returns
 * the paths deleted.
 */
export async function expireKeptFiles(dataDir: string, fileNames: readonly string[], maxAgeDays: number, now: Date): Promise<string[]> {
  const before = now.getTime() - maxAgeDays * 86_400_000;
  const old: string[] = [];
  for (const fileName of fileNames) {
    for (const b of await listBackups(dataDir, fileName)) if (b.at.getTime() < before) old.push(b.path);
  }
  for (const b of await listBrokenFiles(dataDir, fileNames)) if (b.at.getTime() < before) old.push(b.path);
  for (const path of old) await rm(path, { force: true });
  return old;
}

/** Deletes all but the newest `keep` backups of `fileName`. Returns the paths deleted. */
export async function pruneBackups(dataDir: string, fileName: string, keep: number): Promise<string[]> {
  const old = (await listBackups(dataDir, fileName)).slice(Math.max(1, keep));
  for (const b of old) await rm(b.path, { force: true });
  return old.map((b) => b.path);
}

// ---------------------------------------------------------------------------
// Checking a data file without changing it

export type FileStatus = 'ok' | 'missing' | 'empty' | 'invalid-json' | 'not-a-store' | 'newer';

export interface FileCheck {
  path: string;
  status: FileStatus;
  schemaVersion?: number;
  /** What is wrong, in plain words (no contents). */
  problem?: string;
  /** The file's text, when it parsed and validated. */
  text?: string;
}

/** Reads a data file (read-only) and says whether the store could open it. */
export async function inspectDataFile(path: string, readsUpTo: number): Promise<FileCheck> {
  let text: string;
  try {
    ({ text } = await readJournalFile(path));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { path, status: 'missing', problem: 'the file does not exist' };
    return { path, status: 'not-a-store', problem: `it cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (text.trim() === '') return { path, status: 'empty', problem: 'the file is empty' };
  let data: { schemaVersion: number };
  try {
    // Data files are journals (src/store/journal.ts); the collections do not matter for a check.
    data = parseJournal(text, path, []).data;
  } catch (err) {
    const message = (err as Error).message;
    if (/no schemaVersion|does not start with/.test(message)) {
      return { path, status: 'not-a-store', problem: 'it is not a Career Companion store (no schemaVersion header)' };
    }
    // "The data file <path> has a damaged line 3 (…). It has been left untouched. …" → "it has a damaged line 3 (…)".
    const what = message.replace(`The data file ${path} `, '').replace(/\.? It has been left untouched[\s\S]*$/, '');
    return { path, status: 'invalid-json', problem: `it ${what}` };
  }
  const schemaVersion = (data as { schemaVersion: number }).schemaVersion;
  if (schemaVersion > readsUpTo) {
    return {
      path,
      status: 'newer',
      schemaVersion,
      problem: `it was written by a newer version (schema ${schemaVersion}; this version reads up to ${readsUpTo})`,
    };
  }
  return { path, status: 'ok', schemaVersion, text };
}

// ---------------------------------------------------------------------------
// Backups while the store runs

/**
 * Decides when a document is backed up while the store runs, and does it in
 * the background so that no turn waits for it: on the next write once
 * `intervalHours` have passed since the last backup (never, with 0), and on
 * the first write of a document that has no backup yet.
 */
export class BackupSchedule {
  private last = new Map<string, number>();
  private running = new Map<string, Promise<void>>();
  /** The last error, if a background backup failed (kept for health checks; never thrown at a turn). */
  lastError: Error | undefined;

  constructor(
    readonly dataDir: string,
    readonly settings: BackupSettings,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Makes a backup now (start-up, before a migration) and waits for it. */
  async now(fileName: string, contents: string): Promise<string> {
    const at = this.clock();
    const path = await writeBackup(this.dataDir, fileName, contents, at, this.settings.keep, this.settings.maxAgeDays);
    this.last.set(fileName, at.getTime());
    this.lastExpiry.set(fileName, at.getTime());
    return path;
  }

  /** When kept files of each document were last checked for age. */
  private lastExpiry = new Map<string, number>();
  private expiring = new Set<Promise<void>>();

  /** Called after each write of `fileName` reached the disk: backs up in the background if one is due. */
  afterWrite(fileName: string): void {
    if (this.running.has(fileName)) return;
    const t = this.clock().getTime();
    // Backups and kept damaged files past their age go at most an hour late, even with no backup due.
    const checked = this.lastExpiry.get(fileName);
    if (checked === undefined) this.lastExpiry.set(fileName, t);
    else if (t - checked >= 3_600_000) {
      this.lastExpiry.set(fileName, t);
      const job = expireKeptFiles(this.dataDir, [fileName], this.settings.maxAgeDays, new Date(t))
        .then(() => undefined)
        .catch((err: unknown) => {
          this.lastError = err instanceof Error ? err : new Error(String(err));
        })
        .finally(() => this.expiring.delete(job));
      this.expiring.add(job);
    }
    const last = this.last.get(fileName);
    if (last !== undefined) {
      if (this.settings.intervalHours <= 0) return;
      if (t - last < this.settings.intervalHours * 3_600_000) return;
    }
    this.last.set(fileName, t);
    const job = this.copy(fileName, new Date(t))
      .catch((err: unknown) => {
        this.lastError = err instanceof Error ? err : new Error(String(err));
      })
      .finally(() => this.running.delete(fileName));
    this.running.set(fileName, job);
  }

  /**
   * Copies the data file as it is on disk now: it was written from validated
   * data, is only appended to or replaced by an atomic rename, and a copy taken
   * during an append at worst ends in a torn last line, which reading drops.
   */
  private async copy(fileName: string, at: Date): Promise<void> {
    // Up to where the kept space begins: a backup holds the lines only.
    const { text } = await readJournalFile(join(this.dataDir, fileName));
    await writeBackup(this.dataDir, fileName, text, at, this.settings.keep, this.settings.maxAgeDays);
  }

  /** Waits for background backups under way. */
  async idle(): Promise<void> {
    while (this.running.size > 0 || this.expiring.size > 0) await Promise.all([...this.running.values(), ...this.expiring]);
  }
}

// ---------------------------------------------------------------------------
// The lock file (DATA_DIR/.lock) lives in ./lock.ts; these names are kept for the tools that import them from here.

export { acquireLock, isProcessAlive, lockedByOther, lockHolder, readLock, releaseLock, type LockInfo } from './lock.js';

/** `<name>.broken-<timestamp>`: where a damaged data file is moved aside. */
export function brokenName(fileName: string, at: Date): string {
  return `${basename(fileName)}.broken-${timestampText(at)}`;
}
