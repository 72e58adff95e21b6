/**
 * The embedded store on a disk that fills up (a small tmpfs, which needs root;
 * skipped with a message otherwise): a failed append leaves no fragment, its
 * changes stay queued and are written by the next write that works, and the
 * store reports itself failing until then.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_FILE, LowStore } from '../../src/store/lowdb.js';
import { parseJournal } from '../../src/store/journal.js';
import { StoreUnavailableError, type Profile } from '../../src/store/ports.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

const PEOPLE = ['profiles', 'dialogs', 'refs', 'enrolments', 'checkins', 'plans'];
const base = await tempDir('cc-full-');

function mount(dir: string): string | undefined {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', dir], { stdio: 'pipe' });
    return undefined;
  } catch (err) {
    return (err as { stderr?: Buffer }).stderr?.toString().trim() || (err as Error).message;
  }
}
const umount = (dir: string) => {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    // Not mounted.
  }
};

const probe = join(base, 'probe');
await mkdir(probe);
const cannot = mount(probe);
umount(probe);
if (cannot) console.warn(`Skipping the full-disk store tests: cannot mount a tmpfs here (${cannot}). Run as root to include them.`);
afterAll(() => removeDir(base));

const profile = (userKey: string, note: string): Profile => ({
  userKey,
  platform: 'teams',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  area: note,
});

describe.skipIf(cannot !== undefined)('embedded store on a full disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = join(base, `d${Math.random().toString(36).slice(2)}`);
    await mkdir(dir);
    expect(mount(dir)).toBeUndefined();
  });
  afterEach(() => umount(dir));

  it('cuts a failed append back to the last whole line, keeps its changes queued, and writes them once there is room', async () => {
    const store = await LowStore.open(dir, { backup: { intervalHours: 0, keep: 1 } });
    await store.profiles.put(profile('teams:before', 'ward 1'));
    const good = await readFile(join(dir, DATA_FILE), 'utf8');

    // Fill the disk to the last byte, then change a record with a line longer than any space left.
    const filler = join(dir, 'filler');
    const { bavail, bsize } = await statfs(dir);
    await writeFile(filler, Buffer.alloc(Number(bavail) * Number(bsize) + 8192)).catch(() => undefined);
    const long = 'x'.repeat(20_000);
    const failed = await store.profiles.put(profile('teams:during', long)).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failed).toBeInstanceOf(StoreUnavailableError);
    expect((failed as StoreUnavailableError).reason).toBe('ENOSPC');
    // Nothing of the failed line is left on disk.
    expect(await readFile(join(dir, DATA_FILE), 'utf8')).toBe(good);
    const sick = await store.health();
    expect(sick.ok).toBe(false);
    expect(sick.detail).toContain('cannot save (ENOSPC)');

    // Room again: asking for health retries the queued change, which now reaches the disk.
    await rm(filler);
    expect((await store.health()).ok).toBe(true);
    await store.profiles.put(profile('teams:after', 'ward 3'));
    await store.close();

    const { data } = parseJournal(await readFile(join(dir, DATA_FILE), 'utf8'), DATA_FILE, PEOPLE);
    expect(Object.keys(data['profiles']!).sort()).toEqual(['teams:after', 'teams:before', 'teams:during']);
    expect((data['profiles']!['teams:during'] as Profile).area).toBe(long);
  });

  it('saves on close what a failed write left in memory', async () => {
    const store = await LowStore.open(dir, { backup: { intervalHours: 0, keep: 1 } });
    const filler = join(dir, 'filler');
    const { bavail, bsize } = await statfs(dir);
    await writeFile(filler, Buffer.alloc(Number(bavail) * Number(bsize) + 8192)).catch(() => undefined);
    await expect(store.refs.put({ userKey: 'slack:T1:U1', platform: 'slack', ref: { teamId: 'T1', userId: 'U1', pad: 'y'.repeat(20_000) }, updatedAt: '2026-01-01T00:00:00.000Z' })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    await rm(filler);
    await store.close();
    const { data } = parseJournal(await readFile(join(dir, DATA_FILE), 'utf8'), DATA_FILE, PEOPLE);
    expect(Object.keys(data['refs']!)).toEqual(['slack:T1:U1']);
  });
});
