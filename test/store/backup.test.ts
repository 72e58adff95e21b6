/**
 * Rolling backups, the folder lock and `career-companion store check|backup|restore`,
 * driven in process over real files in a temp folder.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/store.js';
import type { CliIO } from '../../src/cli/io.js';
import { BACKUP_DIR, LOCK_FILE, listBackups, readLock } from '../../src/store/backup.js';
import { AUDIT_FILE, DATA_FILE, DEDUPE_FILE, LowStore, REMINDERS_FILE } from '../../src/store/lowdb.js';
import { StoreOpenError, type Profile } from '../../src/store/ports.js';
import { journalFileText, journalText, readJournal } from '../helpers/journal.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

const PEOPLE = ['profiles', 'dialogs', 'refs', 'enrolments', 'checkins', 'plans'];

const profile = (userKey: string, band: string): Profile => ({
  userKey,
  platform: 'teams',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  band,
});

/** A clock that moves on only when told to. */
function fakeClock(start = '2026-03-01T10:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

function cli(opts: { tty?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (opts.tty) stdin.isTTY = true;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const io: CliIO = { stdin, stdout, stderr, env: opts.env ?? {} };
  return { io, stdin, out: () => out, err: () => err };
}

const backupNames = async (dir: string) => (await readdir(join(dir, BACKUP_DIR)).catch(() => [] as string[])).sort();
const HOUR = 3_600_000;

/** The id of a process that has exited (a stale lock's owner). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
}

describe('rolling backups', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('backs up every document that parsed at start-up', async () => {
    const clock = fakeClock('2026-02-01T00:00:00.000Z');
    const first = await LowStore.open(dir, { clock: clock.now });
    expect(first.startupBackups).toEqual([]); // nothing to back up in a new folder
    await first.profiles.put(profile('teams:a', '3'));
    await first.close();

    clock.advance(Date.parse('2026-03-01T10:00:00.000Z') - Date.parse('2026-02-01T00:00:00.000Z'));
    const store = await LowStore.open(dir, { clock: clock.now });
    expect(store.startupBackups).toHaveLength(3);
    const people = await listBackups(dir, DATA_FILE);
    const newest = people[0]!;
    expect(newest.name).toBe('career-companion-2026-03-01T10-00-00.000Z.jsonl');
    const saved = await readJournal(newest.path, PEOPLE);
    expect(saved.profiles['teams:a'].band).toBe('3');
    expect(await listBackups(dir, REMINDERS_FILE)).toHaveLength(1);
    expect(await listBackups(dir, DEDUPE_FILE)).toHaveLength(1);
    await store.close();
  });

  it('keeps only the newest BACKUP_KEEP backups of each document', async () => {
    const clock = fakeClock();
    const made: string[] = [];
    for (let i = 0; i < 6; i++) {
      const store = await LowStore.open(dir, { clock: clock.now, backup: { keep: 3 } });
      made.push(...store.startupBackups.filter((p) => p.includes('career-companion-')));
      await store.profiles.put(profile(`teams:${i}`, '4'));
      await store.close();
      clock.advance(60_000);
    }
    const people = await listBackups(dir, DATA_FILE);
    expect(people.map((b) => b.path)).toEqual(made.slice(-3).reverse());
    expect(await listBackups(dir, REMINDERS_FILE)).toHaveLength(3);
    expect(await listBackups(dir, DEDUPE_FILE)).toHaveLength(3);
    // The newest backup holds what was there when the last store opened.
    const newest = await readJournal(people[0]!.path, PEOPLE);
    expect(Object.keys(newest.profiles).sort()).toEqual(['teams:0', 'teams:1', 'teams:2', 'teams:3', 'teams:4']);
  });

  it('takes BACKUP_KEEP and BACKUP_INTERVAL_HOURS from the environment by default', async () => {
    const before = { keep: process.env['BACKUP_KEEP'] };
    process.env['BACKUP_KEEP'] = '2';
    try {
      const clock = fakeClock();
      for (let i = 0; i < 4; i++) {
        const store = await LowStore.open(dir, { clock: clock.now });
        await store.profiles.put(profile('teams:a', String(i)));
        await store.close();
        clock.advance(1000);
      }
      expect(await listBackups(dir, DATA_FILE)).toHaveLength(2);
    } finally {
      if (before.keep === undefined) delete process.env['BACKUP_KEEP'];
      else process.env['BACKUP_KEEP'] = before.keep;
    }
  });

  it('backs up again on the first write after the interval, in the background', async () => {
    const clock = fakeClock();
    const seed = await LowStore.open(dir, { clock: clock.now, backup: { intervalHours: 6 } });
    await seed.profiles.put(profile('teams:a', '2'));
    await seed.close();
    const startup = (await listBackups(dir, DATA_FILE)).length;

    clock.advance(HOUR);
    const store = await LowStore.open(dir, { clock: clock.now, backup: { intervalHours: 6 } });
    expect(await listBackups(dir, DATA_FILE)).toHaveLength(startup + 1);
    clock.advance(5 * HOUR);
    await store.profiles.put(profile('teams:b', '5'));
    await store.backupsIdle();
    expect(await listBackups(dir, DATA_FILE)).toHaveLength(startup + 1); // 5 hours: not yet

    clock.advance(2 * HOUR);
    await store.profiles.put(profile('teams:c', '6'));
    await store.backupsIdle();
    const after = await listBackups(dir, DATA_FILE);
    expect(after).toHaveLength(startup + 2);
    expect(after[0]!.at.toISOString()).toBe(clock.now().toISOString());
    const copy = await readJournal(after[0]!.path, PEOPLE);
    expect(copy.profiles['teams:c'].band).toBe('6');
    await store.close();
  });

  it('with an interval of 0 backs up only at start-up', async () => {
    const clock = fakeClock();
    const seed = await LowStore.open(dir, { clock: clock.now });
    await seed.profiles.put(profile('teams:a', '2'));
    await seed.close();
    const store = await LowStore.open(dir, { clock: clock.now, backup: { intervalHours: 0 } });
    const count = (await backupNames(dir)).length;
    for (let i = 0; i < 3; i++) {
      clock.advance(100 * HOUR);
      await store.profiles.put(profile(`teams:${i}`, '3'));
    }
    await store.backupsIdle();
    expect(await backupNames(dir)).toHaveLength(count);
    await store.close();
  });

  it('refuses to open, changing nothing, when the start-up backup cannot be written', async () => {
    const seed = await LowStore.open(dir);
    await seed.profiles.put(profile('teams:a', '3'));
    await seed.close();
    await removeDir(join(dir, BACKUP_DIR));
    await writeFile(join(dir, BACKUP_DIR), 'not a folder');
    const before = await readFile(join(dir, DATA_FILE), 'utf8');
    await expect(LowStore.open(dir)).rejects.toThrow(StoreOpenError);
    await expect(LowStore.open(dir)).rejects.toThrow(/Could not back up the data file/);
    expect(await readFile(join(dir, DATA_FILE), 'utf8')).toBe(before);
    expect(await readLock(dir)).toBeUndefined();
  });

  it('holds DATA_DIR/.lock with its PID, start time and machine while open and removes it on close', async () => {
    const store = await LowStore.open(dir);
    const lock = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'));
    expect(lock).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(Date.parse(lock.startedAt)).toBeLessThanOrEqual(Date.now());
    const second = await LowStore.open(dir);
    await second.close();
    expect((await readLock(dir))?.pid).toBe(process.pid); // still held by the first
    await store.close();
    expect(await readLock(dir)).toBeUndefined();
  });

  it('opens over a stale lock and takes it over', async () => {
    await writeFile(join(dir, LOCK_FILE), `${await deadPid()}\n`);
    const store = await LowStore.open(dir);
    expect((await readLock(dir))?.pid).toBe(process.pid);
    await store.close();
  });

  it('refuses a folder another live process holds, naming it, and leaves its lock alone', async () => {
    // The parent of this test process is alive and is not this process.
    const other = `${JSON.stringify({ pid: process.ppid, startedAt: '2026-01-01T00:00:00.000Z', hostname: hostname() })}\n`;
    await writeFile(join(dir, LOCK_FILE), other);
    await expect(LowStore.open(dir)).rejects.toThrow(`in use by process ${process.ppid} (started 2026-01-01T00:00:00.000Z)`);
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(other);
  });

  it('never takes over a lock from another machine', async () => {
    const other = `${JSON.stringify({ pid: 1, startedAt: '2026-01-01T00:00:00.000Z', hostname: 'another-machine' })}\n`;
    await writeFile(join(dir, LOCK_FILE), other);
    await expect(LowStore.open(dir)).rejects.toThrow('on the machine another-machine');
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(other);
  });

  it('does not remove a lock that is no longer its own', async () => {
    const store = await LowStore.open(dir);
    const taken = `${JSON.stringify({ pid: process.ppid, startedAt: '2026-01-01T00:00:00.000Z', hostname: hostname() })}\n`;
    await writeFile(join(dir, LOCK_FILE), taken);
    await store.close();
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(taken);
  });
});

describe('career-companion store restore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  /** A store with one profile, and a backup of it made when it was reopened. */
  async function seeded(band = '3') {
    const clock = fakeClock();
    const a = await LowStore.open(dir, { clock: clock.now });
    await a.profiles.put(profile('teams:a', band));
    await a.close();
    clock.advance(60_000);
    const b = await LowStore.open(dir, { clock: clock.now }); // start-up backup of the good data
    await b.close();
  }

  /** A journal with a damaged middle line (the record after it cannot be trusted). */
  const CORRUPT = `${journalText('career-companion', 2, { profiles: { 'teams:a': profile('teams:a', '1') } })}["profiles","teams:b",{"userKey":"te\n["profiles","teams:a",null]\n`;

  it('restores the newest good backup of a corrupt file, keeping the bad file aside', async () => {
    await seeded('7');
    // An older backup with other data, and a newer one that is itself broken: restore must skip it.
    await writeFile(join(dir, BACKUP_DIR, 'career-companion-2026-01-01T00-00-00.000Z.jsonl'), journalText('career-companion', 2, { profiles: {} }));
    await writeFile(join(dir, BACKUP_DIR, 'career-companion-2099-01-01T00-00-00.000Z.jsonl'), `${journalText('career-companion', 2)}["profiles",\n["profiles","teams:a",null]\n`);
    const file = join(dir, DATA_FILE);
    await writeFile(file, CORRUPT);

    await expect(LowStore.open(dir)).rejects.toThrow(StoreOpenError);
    await expect(LowStore.open(dir)).rejects.toThrow(/career-companion store restore/);
    expect(await readFile(file, 'utf8')).toBe(CORRUPT);
    expect(await readLock(dir)).toBeUndefined(); // a store that failed to open holds no lock

    const c = cli();
    expect(await run(['restore', '--data-dir', dir, '--yes'], c.io)).toBe(0);
    expect(c.out()).toMatch(/Restored career-companion\.jsonl from backups\/career-companion-2026-03-01T10-01-00\.000Z\.jsonl/);
    const aside = (await readdir(dir)).filter((n) => n.startsWith('career-companion.jsonl.broken-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, aside[0]!), 'utf8')).toBe(CORRUPT);
    expect(c.out()).toContain(aside[0]!);
    // The other documents were fine and are left alone.
    expect((await readdir(dir)).filter((n) => n.includes('.broken-'))).toHaveLength(1);

    const audit = (await readFile(join(dir, AUDIT_FILE), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(audit).toEqual([expect.objectContaining({ action: 'restore', actor: 'system', detail: 'file=career-companion.jsonl' })]);

    const store = await LowStore.open(dir);
    expect((await store.profiles.get('teams:a'))?.band).toBe('7');
    await store.close();
  });

  it('restores an empty file and a file that is not a store', async () => {
    await seeded();
    await writeFile(join(dir, DATA_FILE), '');
    await writeFile(join(dir, REMINDERS_FILE), '[]\n');
    const c = cli();
    expect(await run(['restore', '--data-dir', dir, '--yes'], c.io)).toBe(0);
    expect(c.out()).toContain('Restored career-companion.jsonl');
    expect(c.out()).toContain('Restored reminders.jsonl');
    expect(c.out()).not.toContain('Restored dedupe.jsonl');
    const store = await LowStore.open(dir);
    expect((await store.profiles.get('teams:a'))?.band).toBe('3');
    await store.close();
  });

  it('refuses while a live process holds the lock, and changes nothing', async () => {
    await seeded();
    await writeFile(join(dir, DATA_FILE), CORRUPT);
    await writeFile(join(dir, LOCK_FILE), `${process.ppid}\n`); // our parent: alive, and not us
    const c = cli();
    expect(await run(['restore', '--data-dir', dir, '--yes'], c.io)).toBe(1);
    expect(c.err()).toContain(`in use by process ${process.ppid}`);
    expect(await readFile(join(dir, DATA_FILE), 'utf8')).toBe(CORRUPT);
    expect((await readdir(dir)).some((n) => n.includes('.broken-'))).toBe(false);
  });

  it('ignores a stale lock whose process is gone', async () => {
    await seeded('5');
    await writeFile(join(dir, DATA_FILE), CORRUPT);
    await writeFile(join(dir, LOCK_FILE), `${await deadPid()}\n`);
    const c = cli();
    expect(await run(['restore', '--data-dir', dir, '--yes'], c.io)).toBe(0);
    const store = await LowStore.open(dir);
    expect((await store.profiles.get('teams:a'))?.band).toBe('5');
    await store.close();
  });

  it('refuses without --yes when stdin is not a terminal (exit 2), and changes nothing', async () => {
    await seeded();
    await writeFile(join(dir, DATA_FILE), CORRUPT);
    const c = cli();
    expect(await run(['restore', '--data-dir', dir], c.io)).toBe(2);
    expect(c.err()).toContain('--yes');
    expect(await readFile(join(dir, DATA_FILE), 'utf8')).toBe(CORRUPT);
  });

  it('asks on a terminal and goes ahead on "y", or stops on anything else', async () => {
    await seeded('8');
    await writeFile(join(dir, DATA_FILE), CORRUPT);
    const no = cli({ tty: true });
    const declined = run(['restore', '--data-dir', dir], no.io);
    no.stdin.write('n\n');
    expect(await declined).toBe(1);
    expect(await readFile(join(dir, DATA_FILE), 'utf8')).toBe(CORRUPT);

    const yes = cli({ tty: true });
    const accepted = run(['restore', '--data-dir', dir], yes.io);
    yes.stdin.write('y\n');
    expect(await accepted).toBe(0);
    expect(yes.out()).toContain('Go ahead? [y/N]');
    const store = await LowStore.open(dir);
    expect((await store.profiles.get('teams:a'))?.band).toBe('8');
    await store.close();
  });

  it('says there is nothing to restore when every file opens (exit 1)', async () => {
    await seeded();
    const c = cli();
    expect(await run(['restore', '--data-dir', dir, '--yes'], c.io)).toBe(1);
    expect(c.out()).toContain('Nothing to restore');
  });

  it('fails (exit 1) when a file is bad and no backup of it is good', async () => {
    await writeFile(join(dir, DATA_FILE), CORRUPT);
    const c = cli();
    expect(await run(['restore', '--data-dir', dir, '--yes'], c.io)).toBe(1);
    expect(c.err()).toContain('no good backup');
    expect(await readFile(join(dir, DATA_FILE), 'utf8')).toBe(CORRUPT);
  });

  it('restores the backup named with --file, even over a good file', async () => {
    await seeded('2');
    const old = join(dir, BACKUP_DIR, 'career-companion-2026-01-01T00-00-00.000Z.jsonl');
    await writeFile(old, journalText('career-companion', 2, { profiles: { 'teams:z': profile('teams:z', '9') } }));
    const c = cli();
    expect(await run(['restore', '--data-dir', dir, '--file', 'backups/career-companion-2026-01-01T00-00-00.000Z.jsonl', '--yes'], c.io)).toBe(0);
    const store = await LowStore.open(dir);
    expect(await store.profiles.get('teams:a')).toBeUndefined();
    expect((await store.profiles.get('teams:z'))?.band).toBe('9');
    await store.close();
    expect((await readdir(dir)).some((n) => n.startsWith('career-companion.jsonl.broken-'))).toBe(true);
  });

  it('refuses a --file that is not a backup it can use', async () => {
    await seeded();
    const bad = join(dir, BACKUP_DIR, 'career-companion-2026-01-01T00-00-00.000Z.jsonl');
    await writeFile(bad, '{"nope":1}\n');
    const c = cli();
    expect(await run(['restore', '--data-dir', dir, '--file', bad, '--yes'], c.io)).toBe(1);
    expect(c.err()).toContain('no schemaVersion');
    const other = cli();
    expect(await run(['restore', '--data-dir', dir, '--file', join(dir, 'notes.txt'), '--yes'], other.io)).toBe(2);
  });

  it('reports usage errors with exit 2', async () => {
    expect(await run([], cli().io)).toBe(2);
    expect(await run(['mend'], cli().io)).toBe(2);
    expect(await run(['restore', '--data-dir'], cli().io)).toBe(2);
    expect(await run(['check', '--file', 'x'], cli().io)).toBe(2);
  });
});

describe('career-companion store check and backup', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('check names each file as OK or with its problem, and changes nothing', async () => {
    const s = await LowStore.open(dir);
    await s.profiles.put(profile('teams:a', '3'));
    await s.close();
    const ok = cli();
    expect(await run(['check', '--data-dir', dir], ok.io)).toBe(0);
    expect(ok.out()).toMatch(/OK\s+career-companion\.jsonl \(schema 2/);
    expect(ok.out()).toMatch(/OK\s+reminders\.jsonl/);

    const damaged = `${journalText('reminders', 1)}["reminders","r1",{"id":\n["reminders","r1",null]\n`;
    await writeFile(join(dir, REMINDERS_FILE), damaged);
    const bad = cli();
    expect(await run(['check', '--data-dir', dir], bad.io)).toBe(1);
    expect(bad.out()).toMatch(/PROBLEM\s+reminders\.jsonl: it has a damaged line 2 \(/);
    expect(bad.out()).toMatch(/OK\s+career-companion\.jsonl/);
    expect(await readFile(join(dir, REMINDERS_FILE), 'utf8')).toBe(damaged);
  });

  it('check takes the folder from DATA_DIR', async () => {
    await writeFile(join(dir, DATA_FILE), '');
    const c = cli({ env: { DATA_DIR: dir } });
    expect(await run(['check'], c.io)).toBe(1);
    expect(c.out()).toMatch(/PROBLEM\s+career-companion\.jsonl: the file is empty/);
  });

  it('backup copies every good file now and skips a bad one', async () => {
    const s = await LowStore.open(dir);
    await s.profiles.put(profile('teams:a', '3'));
    await s.close();
    await writeFile(join(dir, DEDUPE_FILE), 'oops');
    const c = cli({ env: { BACKUP_KEEP: '4' } });
    expect(await run(['backup', '--data-dir', dir], c.io)).toBe(1);
    expect(c.out()).toContain('Backed up career-companion.jsonl');
    expect(c.err()).toContain('Not backed up: dedupe.jsonl');
    const people = await listBackups(dir, DATA_FILE);
    expect(await readFile(people[0]!.path, 'utf8')).toBe(await journalFileText(join(dir, DATA_FILE)));
    expect(await listBackups(dir, DEDUPE_FILE)).toHaveLength(0);
  });
});
