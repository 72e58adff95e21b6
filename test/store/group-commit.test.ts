/**
 * Group commit in the embedded store: writes made together share appends and
 * flushes, yet each write's promise resolves only once its own record is on
 * disk; the journal file is kept open while more writes are waiting, and for a second after.
 */
import { readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_FILE, DEDUPE_FILE, LowStore, PEOPLE_COLLECTIONS } from '../../src/store/lowdb.js';
import { SEEN_FLUSH_MS } from '../../src/store/lowdb/dedupe.js';
import { areaProfile as profile, journalFileText } from '../helpers/journal.js';
import { parseJournal } from '../../src/store/journal.js';
import type { Profile } from '../../src/store/ports.js';
import { removeDir, tempDir } from '../helpers/tmp.js';
import { APPEND_IDLE_CLOSE_MS } from '../../src/store/durable-file.js';


async function profilesOnDisk(dir: string): Promise<Record<string, Profile>> {
  const text = await journalFileText(join(dir, DATA_FILE));
  return parseJournal(text, DATA_FILE, PEOPLE_COLLECTIONS).data['profiles'] as Record<string, Profile>;
}

/** How many of this process's open files are `file` (Linux; undefined elsewhere). */
async function openHandles(file: string): Promise<number | undefined> {
  let fds: string[];
  try {
    fds = await readdir('/proc/self/fd');
  } catch {
    return undefined;
  }
  let n = 0;
  for (const fd of fds) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '');
    if (target === file) n++;
  }
  return n;
}

describe('embedded store group commit', () => {
  let dir: string;
  let store: LowStore;
  beforeEach(async () => {
    dir = await tempDir('cc-group-');
    store = await LowStore.open(dir, { backup: { intervalHours: 0, keep: 1 } });
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  it('puts each of N concurrent writes on disk before its promise resolves, with fewer flushes than writes', async () => {
    const N = 40;
    const syncsBefore = store.syncCount;
    const missing: string[] = [];
    await Promise.all(
      Array.from({ length: N }, (_, i) =>
        store.profiles.put(profile(`teams:u${i}`, `ward ${i}`)).then(async () => {
          const onDisk = await profilesOnDisk(dir);
          if (onDisk[`teams:u${i}`]?.area !== `ward ${i}`) missing.push(`teams:u${i}`);
        }),
      ),
    );
    expect(missing).toEqual([]);
    const syncs = store.syncCount - syncsBefore;
    expect(syncs).toBeGreaterThanOrEqual(1);
    expect(syncs).toBeLessThan(N);
    expect(Object.keys(await profilesOnDisk(dir))).toHaveLength(N);
  });

  it('writes the keys of messages claimed one after another a moment later, together, without anyone waiting for them', async () => {
    const syncsBefore = store.syncCount;
    const t0 = Date.parse('2026-03-01T10:00:00.000Z');
    for (let i = 0; i < 30; i++) {
      expect(await store.dedupe.claim(`slack:T1:ev${i}`, new Date(t0), 60_000)).toBe(true);
      // A claim made again at once is refused from memory, before anything is on disk.
      expect(await store.dedupe.claim(`slack:T1:ev${i}`, new Date(t0 + 1), 60_000)).toBe(false);
    }
    expect(store.syncCount).toBe(syncsBefore);
    await new Promise((r) => setTimeout(r, SEEN_FLUSH_MS));
    for (let i = 0; i < 100 && store.syncCount === syncsBefore; i++) await new Promise((r) => setTimeout(r, 20));
    const seen = parseJournal(await journalFileText(join(dir, DEDUPE_FILE)), DEDUPE_FILE, ['seen']).data['seen'] as Record<string, number>;
    expect(Object.keys(seen)).toHaveLength(30);
    expect(store.syncCount - syncsBefore).toBe(1);
  });

  it('holds the data file open while writes are waiting and for a second after the last, once', async () => {
    const file = join(dir, DATA_FILE);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.profiles.put(profile(`teams:v${i}`, 'ward'))));
    const handles = await openHandles(file);
    if (handles !== undefined) expect(handles).toBeLessThanOrEqual(1);
    await store.profiles.put(profile('teams:alone', 'ward'));
    if (handles !== undefined) expect(await openHandles(file)).toBe(1);
    await new Promise((r) => setTimeout(r, APPEND_IDLE_CLOSE_MS + 300));
    if (handles !== undefined) expect(await openHandles(file)).toBe(0);
  });
});

describe('embedded store group commit with compaction', () => {
  it('loses nothing when the journal is rewritten while writes keep coming (the open file is the old one)', async () => {
    const dir = await tempDir('cc-group-compact-');
    try {
      const store = await LowStore.open(dir, { backup: { intervalHours: 0, keep: 1 }, journal: { minLinesToCompact: 40, compactRatio: 1.5, sliceSize: 5 } });
      // 300 saves for 30 people, one started every millisecond or so without waiting for the last:
      // while one write is on its way to disk, more are waiting (so the file stays open), and the journal
      // is compacted part way through.
      const compactionsBefore = store.compactionCount;
      const saves: Promise<void>[] = [];
      for (let round = 0; round < 10; round++) {
        for (let i = 0; i < 30; i++) {
          saves.push(store.profiles.put(profile(`teams:w${i}`, `round ${round}`)));
          await new Promise<void>((r) => setTimeout(r, 1));
        }
      }
      await Promise.all(saves);
      expect(store.compactionCount).toBeGreaterThan(compactionsBefore);
      await store.close();
      const onDisk = await profilesOnDisk(dir);
      expect(Object.keys(onDisk)).toHaveLength(30);
      for (let i = 0; i < 30; i++) expect(onDisk[`teams:w${i}`]?.area).toBe('round 9');
      const reopened = await LowStore.open(dir, { backup: { intervalHours: 0, keep: 1 } });
      expect((await reopened.profiles.get('teams:w7'))?.area).toBe('round 9');
      await reopened.close();
    } finally {
      await removeDir(dir);
    }
  });
});
