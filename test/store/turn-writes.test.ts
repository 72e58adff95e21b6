/**
 * A turn's changes to the embedded store go to disk together when it ends
 * (src/store/lowdb/turn-writes.ts): one write, held out of other writes and
 * of rewrites until then.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_FILE, LowStore, PEOPLE_COLLECTIONS } from '../../src/store/lowdb.js';
import { parseJournal } from '../../src/store/journal.js';
import type { DialogState, Profile } from '../../src/store/ports.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { dialogBot, dialogServices } from '../helpers/bot.js';
import { areaProfile as profile, journalFileText } from '../helpers/journal.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

const state = (step: string): DialogState => ({ dialog: 'd', step, data: {}, history: [], misses: 0, updatedAt: '2026-01-01T00:00:00.000Z' });

let dir: string;
let store: LowStore;

async function onDisk(): Promise<{ profiles: Record<string, Profile>; dialogs: Record<string, DialogState> }> {
  const { data } = parseJournal(await journalFileText(join(dir, DATA_FILE)), DATA_FILE, PEOPLE_COLLECTIONS);
  return data as unknown as { profiles: Record<string, Profile>; dialogs: Record<string, DialogState> };
}

/** A promise the test resolves when it wants: a turn waits on it part way through. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((r) => (open = r));
  return { wait, open };
}

describe('a turn saves its changes together', () => {
  beforeEach(async () => {
    dir = await tempDir('cc-turn-');
    store = await LowStore.open(dir, { backup: { intervalHours: 0, keep: 1 }, journal: { minLinesToCompact: 12, compactRatio: 1.5, sliceSize: 2 } });
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  it('writes all of a turn’s changes in one flush at its end, and resolves only once they are on disk', async () => {
    const before = store.syncCount;
    const seen = await store.inTurn(async () => {
      await store.profiles.put(profile('teams:a', 'ward 1'));
      await store.dialogs.put('teams:a', 'c', state('s1'));
      await store.profiles.put(profile('teams:a', 'ward 2'));
      // Nothing is on disk yet, but the turn reads its own changes.
      expect(store.syncCount).toBe(before);
      return (await store.profiles.get('teams:a'))?.area;
    });
    expect(seen).toBe('ward 2');
    expect(store.syncCount - before).toBe(1);
    const disk = await onDisk();
    expect(disk.profiles['teams:a']?.area).toBe('ward 2');
    expect(Object.keys(disk.dialogs)).toHaveLength(1);
  });

  it('keeps a turn’s changes out of other writes until it ends', async () => {
    const g = gate();
    const turn = store.inTurn(async () => {
      await store.profiles.put(profile('teams:held', 'ward 1'));
      await g.wait;
    });
    // Another write, made and finished while the turn is under way.
    await store.profiles.put(profile('teams:other', 'ward 9'));
    let disk = await onDisk();
    expect(disk.profiles['teams:other']?.area).toBe('ward 9');
    expect(disk.profiles['teams:held']).toBeUndefined();
    g.open();
    await turn;
    disk = await onDisk();
    expect(disk.profiles['teams:held']?.area).toBe('ward 1');
  });

  it('a rewrite of the file during a turn keeps the turn’s records as they were before it, changed or deleted', async () => {
    await store.profiles.put(profile('teams:changed', 'ward 1'));
    await store.profiles.put(profile('teams:gone', 'ward 5'));
    const g = gate();
    const turn = store.inTurn(async () => {
      await store.profiles.put(profile('teams:changed', 'ward 2'));
      await store.profiles.delete('teams:gone');
      await store.profiles.put(profile('teams:new', 'ward 3'));
      await g.wait;
    });
    const compactions = store.compactionCount;
    for (let i = 0; i < 40 && store.compactionCount === compactions; i++) await store.profiles.put(profile('teams:busy', `ward ${i}`));
    expect(store.compactionCount).toBeGreaterThan(compactions);
    let disk = await onDisk();
    expect(disk.profiles['teams:changed']?.area).toBe('ward 1');
    expect(disk.profiles['teams:gone']?.area).toBe('ward 5');
    expect(disk.profiles['teams:new']).toBeUndefined();
    g.open();
    await turn;
    disk = await onDisk();
    expect(disk.profiles['teams:changed']?.area).toBe('ward 2');
    expect(disk.profiles['teams:gone']).toBeUndefined();
    expect(disk.profiles['teams:new']?.area).toBe('ward 3');
  });

  it('writes what a turn has changed so far when asked, before it goes on', async () => {
    await store.inTurn(async () => {
      await store.profiles.put(profile('teams:a', 'ward 1'));
      await store.flushTurn();
      expect((await onDisk()).profiles['teams:a']?.area).toBe('ward 1');
      await store.profiles.put(profile('teams:b', 'ward 2'));
      expect((await onDisk()).profiles['teams:b']).toBeUndefined();
    });
    expect((await onDisk()).profiles['teams:b']?.area).toBe('ward 2');
  });

  it('a turn that fails for another reason still saves what it changed, as a write made at once would have', async () => {
    await expect(
      store.inTurn(async () => {
        await store.profiles.put(profile('teams:a', 'ward 1'));
        throw new Error('a fault in a dialog');
      }),
    ).rejects.toThrow('a fault in a dialog');
    expect((await onDisk()).profiles['teams:a']?.area).toBe('ward 1');
  });

  it('a dialog step that changes the profile and the conversation waits for one flush, not two', async () => {
    const content = await loadContent(defaultContentDir);
    const bot = dialogBot(dialogServices(store, content));
    const say = async (text: string) => {
      const out: OutboundMessage[] = await bot.handle({ platform: 'teams', userKey: 'teams:29:one', conversationKey: 'teams:c-one', isDirect: true, text });
      return out.map((m) => plainText(m.blocks)).join('\n');
    };
    await say('change my area');
    const before = store.syncCount;
    const writes = store.writeCount;
    await say('emergency department');
    expect((await store.profiles.get('teams:29:one'))?.area).toBeTruthy();
    expect(store.writeCount - writes).toBe(1);
    expect(store.syncCount - before).toBe(1);
    const disk = await onDisk();
    expect(disk.profiles['teams:29:one']?.area).toBe((await store.profiles.get('teams:29:one'))?.area);
  });
});
