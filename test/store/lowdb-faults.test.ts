/**
 * The embedded store on a disk that fills up (a small tmpfs, which needs root;
 * skipped with a message otherwise): a failed append leaves no fragment, its
 * changes are undone in memory and never written later (conversation
 * references excepted: they stay queued), and the store reports itself
 * failing until a write works again.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_FILE, LowStore } from '../../src/store/lowdb.js';
import { parseJournal } from '../../src/store/journal.js';
import { StoreUnavailableError, type Profile } from '../../src/store/ports.js';
import { removeDir, tempDir } from '../helpers/tmp.js';
import { journalFileText } from '../helpers/journal.js';
import { dialogBot, dialogServices } from '../helpers/bot.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import { APPEND_IDLE_CLOSE_MS, KEPT_SPACE_MIN } from '../../src/store/durable-file.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';

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

  it('cuts a failed append back to the last whole line, undoes its changes in memory, and never writes them later', async () => {
    const store = await LowStore.open(dir, { backup: { intervalHours: 0, keep: 1 } });
    await store.profiles.put(profile('teams:before', 'ward 1'));
    const good = await journalFileText(join(dir, DATA_FILE));

    // Fill the disk to the last byte, then change a record with a line longer than any space left.
    const filler = join(dir, 'filler');
    const { bavail, bsize } = await statfs(dir);
    await writeFile(filler, Buffer.alloc(Number(bavail) * Number(bsize) + 8192)).catch(() => undefined);
    const long = 'x'.repeat(20_000);
    // A changed record and a new one, each in a write that fails.
    await expect(store.profiles.put(profile('teams:before', long))).rejects.toBeInstanceOf(StoreUnavailableError);
    const failed = await store.profiles.put(profile('teams:during', long)).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failed).toBeInstanceOf(StoreUnavailableError);
    expect((failed as StoreUnavailableError).reason).toBe('ENOSPC');
    // Nothing of the failed line is left on disk, in the lines or in the space kept after them.
    expect(await journalFileText(join(dir, DATA_FILE))).toBe(good);
    expect(await readFile(join(dir, DATA_FILE), 'utf8')).not.toContain('xxxx');
    // Nor in memory: the store is as it was before the failed writes.
    expect((await store.profiles.get('teams:before'))?.area).toBe('ward 1');
    expect(await store.profiles.get('teams:during')).toBeUndefined();
    expect(await store.profiles.count()).toBe(1);
    const sick = await store.health();
    expect(sick.ok).toBe(false);
    expect(sick.detail).toContain('cannot save (ENOSPC)');

    // Still full: asking for health tries a write, which still fails.
    expect((await store.health()).ok).toBe(false);
    // Room again: the write health tries now works, and later changes are saved as usual.
    await rm(filler);
    expect((await store.health()).ok).toBe(true);
    await store.profiles.put(profile('teams:after', 'ward 3'));
    await store.close();

    const { data } = parseJournal(await readFile(join(dir, DATA_FILE), 'utf8'), DATA_FILE, PEOPLE);
    expect(Object.keys(data['profiles']!).sort()).toEqual(['teams:after', 'teams:before']);
    expect((data['profiles']!['teams:before'] as Profile).area).toBe('ward 1');
  });

  it('on a full disk, small changes go on into the space kept ahead only until more is needed; then the store says so, and every confirmed change is kept', async () => {
    const store = await LowStore.open(dir, { backup: { intervalHours: 0, keep: 1 } });
    await store.profiles.put(profile('teams:before', 'ward 1'));
    const filler = join(dir, 'filler');
    const { bavail, bsize } = await statfs(dir);
    await writeFile(filler, Buffer.alloc(Number(bavail) * Number(bsize) + 8192)).catch(() => undefined);
    const confirmed: string[] = [];
    let failed: unknown;
    for (let i = 0; i < 200 && failed === undefined; i++) {
      await store.profiles.put(profile(`teams:full-${i}`, `ward ${i} ${'z'.repeat(200)}`)).then(
        () => confirmed.push(`teams:full-${i}`),
        (err: unknown) => (failed = err),
      );
    }
    // It fails within half the space kept for so small a file (16 KB), not after the loop ran out.
    expect(failed).toBeInstanceOf(StoreUnavailableError);
    expect((failed as StoreUnavailableError).reason).toBe('ENOSPC');
    expect(confirmed.length * 300).toBeLessThan(KEPT_SPACE_MIN);
    expect((await store.health()).ok).toBe(false);
    await rm(filler);
    expect((await store.health()).ok).toBe(true);
    await store.close();
    const { data } = parseJournal(await readFile(join(dir, DATA_FILE), 'utf8'), DATA_FILE, PEOPLE);
    expect(Object.keys(data['profiles']!).sort()).toEqual(['teams:before', ...confirmed].sort());
  });

  it('a turn whose changes cannot be saved has all of them undone, in memory and on disk, and none written later', async () => {
    const store = await LowStore.open(dir, { backup: { intervalHours: 0, keep: 1 } });
    await store.profiles.put(profile('teams:t', 'ward 1'));
    const good = await journalFileText(join(dir, DATA_FILE));
    const filler = join(dir, 'filler');
    const { bavail, bsize } = await statfs(dir);
    await writeFile(filler, Buffer.alloc(Number(bavail) * Number(bsize) + 8192)).catch(() => undefined);
    const long = 'x'.repeat(20_000);
    await expect(
      store.inTurn(async () => {
        await store.profiles.put(profile('teams:t', long));
        await store.dialogs.put('teams:t', 'c', { dialog: 'd', step: 's', data: {}, history: [], misses: 0, updatedAt: 'x' });
      }),
    ).rejects.toBeInstanceOf(StoreUnavailableError);
    expect((await store.profiles.get('teams:t'))?.area).toBe('ward 1');
    expect(await store.dialogs.get('teams:t', 'c')).toBeUndefined();
    expect(await journalFileText(join(dir, DATA_FILE))).toBe(good);
    await rm(filler);
    expect((await store.health()).ok).toBe(true);
    await store.close();
    const { data } = parseJournal(await readFile(join(dir, DATA_FILE), 'utf8'), DATA_FILE, PEOPLE);
    expect((data['profiles']!['teams:t'] as Profile).area).toBe('ward 1');
    expect(data['dialogs']).toEqual({});
  });

  it('saves on close a conversation reference whose write failed (references stay queued)', async () => {
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

  it('a dialog answer typed while the folder is read-only is not kept: typed again, it answers the same question, and a restart agrees', async () => {
    const content = await loadContent(defaultContentDir);
    const say = async (store: LowStore, text: string) => {
      const bot = dialogBot(dialogServices(store, content));
      const out: OutboundMessage[] = await bot.handle({ platform: 'teams', userKey: 'teams:29:ro', conversationKey: 'teams:c-ro', isDirect: true, text });
      return out.map((m) => plainText(m.blocks)).join('\n');
    };
    const GOOD_AT = 'What are you good at?';
    const ENJOY = 'What do you enjoy most about your work?';
    const AHEAD = 'what would you like to be doing in a year or two?';
    let store = await LowStore.open(dir, { backup: { intervalHours: 0, keep: 1 } });
    await say(store, 'hi');
    expect(await say(store, 'Career conversation')).toContain(GOOD_AT);

    // Each answer in a career conversation is kept in the dialog state only: that is the turn's one write.
    // A folder cannot be made read-only while a file in it is open for writing: wait until the store has
    // closed its journal (a second after its last write).
    await new Promise((r) => setTimeout(r, APPEND_IDLE_CLOSE_MS + 300));
    execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
    const failed = await say(store, 'I am calm under pressure');
    expect(failed).toContain("couldn't save that");
    expect(failed).not.toContain(ENJOY);
    execFileSync('mount', ['-o', 'remount,rw', dir], { stdio: 'pipe' });

    // The same answer again answers the same question, so the next question is the one after it.
    const again = await say(store, 'I am calm under pressure');
    expect(again).toContain(ENJOY);
    expect(again).not.toContain(AHEAD);
    await store.close();

    store = await LowStore.open(dir, { backup: { intervalHours: 0, keep: 1 } });
    expect(await say(store, 'Talking with patients')).toContain(AHEAD);
    const state = JSON.stringify(await store.dialogs.get('teams:29:ro', 'teams:c-ro'));
    await store.close();
    expect(state).toContain('I am calm under pressure');
    expect(state).toContain('Talking with patients');
  });
});
