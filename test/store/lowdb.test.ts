import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_FILE, DEDUPE_FILE, LowStore, SCHEMA_VERSION, WriteQueue } from '../../src/store/lowdb.js';
import { StoreOpenError, type Profile } from '../../src/store/ports.js';
import { journalFileBytes, journalText, readJournal, writeAtJournalEnd } from '../helpers/journal.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

const PEOPLE = ['profiles', 'dialogs', 'refs', 'enrolments', 'checkins', 'plans'];

const profile = (userKey: string, extra: Partial<Profile> = {}): Profile => ({
  userKey,
  platform: 'teams',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

describe('embedded store (lowdb)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('creates the data file with a schema version on first start', async () => {
    const store = await LowStore.open(dir);
    await store.close();
    const text = await readFile(join(dir, DATA_FILE), 'utf8');
    expect(JSON.parse(text.split('\n')[0]!)).toEqual({ journal: 'career-companion', schemaVersion: SCHEMA_VERSION });
    const data = await readJournal(join(dir, DATA_FILE), PEOPLE);
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.profiles).toEqual({});
  });

  it('has every change on disk by the time the promise resolves', async () => {
    const store = await LowStore.open(dir);
    await store.profiles.put(profile('teams:a', { band: '3' }));
    const onDisk = await readJournal(join(dir, DATA_FILE), PEOPLE);
    expect(onDisk.profiles['teams:a'].band).toBe('3');
    await store.refs.put({ userKey: 'teams:a', platform: 'teams', ref: { x: 1 }, updatedAt: 'now' });
    await store.dialogs.put('teams:a', 'c', { dialog: 'd', step: 's', data: {}, history: [], misses: 0, updatedAt: 'now' });
    const again = await readJournal(join(dir, DATA_FILE), PEOPLE);
    expect(again.refs['teams:a'].ref).toEqual({ x: 1 });
    expect(Object.keys(again.dialogs)).toHaveLength(1);
    await store.profiles.delete('teams:a');
    const afterDelete = await readJournal(join(dir, DATA_FILE), PEOPLE);
    expect(afterDelete.profiles['teams:a']).toBeUndefined();
    expect(afterDelete.refs['teams:a']).toBeDefined();
    await store.close();
  });

  it('coalesces a burst of changes into a few writes', async () => {
    const store = await LowStore.open(dir);
    const before = store.writeCount;
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.profiles.put(profile(`teams:${i}`))));
    expect(store.writeCount - before).toBeLessThanOrEqual(3);
    const reopened = await LowStore.open(dir);
    expect(await reopened.profiles.count()).toBe(200);
    await store.close();
    await reopened.close();
  });

  it('forgets expired message keys, those read back from disk included, and keeps the rest', async () => {
    const t0 = Date.parse('2027-01-12T10:00:00.000Z');
    const first = await LowStore.open(dir);
    // Read back after a restart: one key with a short life, one with a long one.
    expect(await first.dedupe.claim('old-short', new Date(t0), 60_000)).toBe(true);
    expect(await first.dedupe.claim('old-long', new Date(t0), 86_400_000)).toBe(true);
    await first.close();
    const store = await LowStore.open(dir);
    // Claimed out of time order, with two lives, and one claimed again after it expired.
    const later = t0 + 120_000;
    expect(await store.dedupe.claim('again', new Date(t0), 60_000)).toBe(true);
    expect(await store.dedupe.claim('again', new Date(later), 600_000)).toBe(true);
    const claim = async (key: string, at: number, ttl: number) => expect(await store.dedupe.claim(key, new Date(at), ttl)).toBe(true);
    for (let i = 0; i < 497; i++) await claim(`k${i}`, i % 2 === 0 ? later : t0 + i, i % 3 === 0 ? 60_000 : 86_400_000);
    // The 500th claim since the start, at `later`, forgets what has expired by then.
    await claim('k497', later, 86_400_000);
    for (let i = 498; i < 600; i++) await claim(`k${i}`, t0 + i, 60_000);
    await store.close();
    const { seen } = await readJournal(join(dir, DEDUPE_FILE), ['seen']);
    const kept = Object.keys(seen as Record<string, number>);
    expect(kept).toContain('old-long');
    expect(kept).not.toContain('old-short');
    expect(kept).toContain('again');
    const gone = Array.from({ length: 497 }, (_, i) => i).filter((i) => i % 3 === 0 && i % 2 === 1);
    expect(gone.length).toBeGreaterThan(50);
    for (const i of gone) expect(kept).not.toContain(`k${i}`);
    for (let i = 0; i < 600; i++) if (!gone.includes(i)) expect(kept).toContain(`k${i}`);
  });

  it('finds a manager\'s reports after a profile is changed in place and saved', async () => {
    const store = await LowStore.open(dir);
    await store.profiles.put(profile('teams:a', { managerKey: 'teams:m' }));
    await store.profiles.put(profile('teams:b', { managerKey: 'teams:m' }));
    expect((await store.profiles.listForManager('teams:m')).map((p) => p.userKey)).toEqual(['teams:a', 'teams:b']);
    // The embedded store hands out its own objects: a caller may change one and save it.
    const a = (await store.profiles.get('teams:a'))!;
    a.managerKey = 'teams:n';
    await store.profiles.put(a);
    const b = (await store.profiles.get('teams:b'))!;
    delete b.managerKey;
    await store.profiles.put(b);
    expect(await store.profiles.listForManager('teams:m')).toEqual([]);
    expect((await store.profiles.listForManager('teams:n')).map((p) => p.userKey)).toEqual(['teams:a']);
    await store.close();
  });

  it('refuses an empty data file, names it, and leaves it untouched', async () => {
    const file = join(dir, DATA_FILE);
    await writeFile(file, '');
    await expect(LowStore.open(dir)).rejects.toThrow(StoreOpenError);
    await expect(LowStore.open(dir)).rejects.toThrow(file);
    expect(await readFile(file, 'utf8')).toBe('');
  });

  it('refuses a corrupt data file and leaves it untouched', async () => {
    const file = join(dir, DATA_FILE);
    // A damaged middle line: records after it cannot be trusted, so nothing is guessed.
    const text = journalText('career-companion', SCHEMA_VERSION, { profiles: { 'teams:a': profile('teams:a') } }) + '["profiles","teams:b",{"userKey":\n' + journalText('x', 1, { profiles: { 'teams:c': profile('teams:c') } }).split('\n').slice(1).join('\n');
    await writeFile(file, text);
    await expect(LowStore.open(dir)).rejects.toThrow(StoreOpenError);
    await expect(LowStore.open(dir)).rejects.toThrow(/damaged line 3/);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('refuses a file with no header (such as an old whole-document JSON file) and leaves it untouched', async () => {
    const file = join(dir, DATA_FILE);
    const text = '{"schemaVersion":1,"profiles":{\n"teams:a":{}}}\n';
    await writeFile(file, text);
    await expect(LowStore.open(dir)).rejects.toThrow(StoreOpenError);
    await expect(LowStore.open(dir)).rejects.toThrow(/does not start with a Career Companion header/);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('refuses a file from a newer version', async () => {
    const file = join(dir, DATA_FILE);
    const text = journalText('career-companion', 99);
    await writeFile(file, text);
    await expect(LowStore.open(dir)).rejects.toThrow(/newer version/);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('drops a torn last line (an append that was never confirmed) and opens with everything before it', async () => {
    const file = join(dir, DATA_FILE);
    const first = await LowStore.open(dir);
    await first.profiles.put(profile('teams:a', { band: '5' }));
    await first.profiles.put(profile('teams:b', { band: '6' }));
    await first.close();
    // The process died half way through appending a record: no trailing newline.
    await writeAtJournalEnd(file, '["profiles","teams:c",{"userKey":"teams:c","band":"7","plat');
    const store = await LowStore.open(dir);
    expect(await readFile(file, 'utf8')).not.toContain('teams:c');
    expect((await store.profiles.get('teams:a'))?.band).toBe('5');
    expect((await store.profiles.get('teams:b'))?.band).toBe('6');
    expect(await store.profiles.get('teams:c')).toBeUndefined();
    expect(await store.profiles.count()).toBe(2);
    // Writing after the torn line still leaves a journal that reads back whole.
    await store.profiles.put(profile('teams:d', { band: '8' }));
    await store.close();
    const again = await LowStore.open(dir);
    expect((await again.profiles.get('teams:d'))?.band).toBe('8');
    expect((await again.profiles.get('teams:a'))?.band).toBe('5');
    expect(await again.profiles.get('teams:c')).toBeUndefined();
    expect(await again.profiles.count()).toBe(3);
    await again.close();
  });

  it('compacts the journal after many updates of the same records, keeping the data', async () => {
    const file = join(dir, DATA_FILE);
    const journal = { minLinesToCompact: 40, compactRatio: 2, sliceSize: 3 };
    const store = await LowStore.open(dir, { journal });
    for (let i = 0; i < 5; i++) await store.profiles.put(profile(`teams:${i}`, { band: '1' }));
    await store.dialogs.put('teams:0', 'c', { dialog: 'd', step: 's', data: {}, history: [], misses: 0, updatedAt: 'x' });
    await store.dialogs.put('teams:0', 'c', undefined);
    let peakLines = 0;
    let peakBytes = 0;
    for (let round = 0; round < 60; round++) {
      await store.profiles.put(profile(`teams:${round % 5}`, { band: String(round) }));
      const lines = (await readFile(file, 'utf8')).split('\n').length - 1;
      peakLines = Math.max(peakLines, lines);
      peakBytes = Math.max(peakBytes, await journalFileBytes(file));
    }
    await store.close();
    const text = await readFile(file, 'utf8');
    const lines = text.split('\n').length - 1;
    // A header and 67 appended records in all, yet the file was rewritten to its
    // live records along the way: it shrank from its peak and holds far fewer lines.
    expect(peakLines).toBeGreaterThanOrEqual(40);
    expect(lines).toBeLessThan(peakLines);
    expect(await journalFileBytes(file)).toBeLessThan(peakBytes);
    expect(lines).toBeLessThan(40);
    const onDisk = await readJournal(file, PEOPLE);
    expect(Object.keys(onDisk.profiles).sort()).toEqual(['teams:0', 'teams:1', 'teams:2', 'teams:3', 'teams:4']);
    expect(onDisk.dialogs).toEqual({});
    const reopened = await LowStore.open(dir, { journal });
    for (let k = 0; k < 5; k++) {
      // The last round that wrote teams:k was the largest round < 60 with round % 5 === k.
      expect((await reopened.profiles.get(`teams:${k}`))?.band).toBe(String(55 + k));
    }
    expect(await reopened.profiles.count()).toBe(5);
    expect(await reopened.dialogs.get('teams:0', 'c')).toBeUndefined();
    await reopened.close();
  });

  it('leaves no superseded line holding data deleted or blanked for privacy', async () => {
    const file = join(dir, DATA_FILE);
    const store = await LowStore.open(dir);
    await store.profiles.put(profile('teams:gone', { area: 'walrus-area' }));
    await store.profiles.put(profile('teams:stays', { area: 'kept-area', managerKey: 'teams:gone' }));
    await store.profiles.put(profile('teams:stays', { area: 'kept-area' })); // the link removed, as erasure does
    await store.dialogs.put('teams:gone', 'c', { dialog: 'd', step: 's', data: { typed: 'secret-words' }, history: [], misses: 0, updatedAt: 'x' });
    await store.checkins.put({
      id: 'a1',
      userKey: 'teams:stays',
      enrolmentId: 'e',
      programmeId: 'p',
      checkinId: 'w1',
      text: { note: 'old-free-text' },
      items: {},
      supportRequested: false,
      shareWords: false,
      answeredAt: '2026-01-01T00:00:00.000Z',
    });
    expect(await readFile(file, 'utf8')).toContain('secret-words');

    // The retention purge blanks old free text: it is gone from the file, not only superseded.
    expect(await store.checkins.purgeTextBefore(new Date('2026-06-01T00:00:00.000Z'))).toBe(1);
    expect(await readFile(file, 'utf8')).not.toContain('old-free-text');

    expect(await store.dialogs.deleteUser('teams:gone')).toBe(1);
    expect(await readFile(file, 'utf8')).not.toContain('secret-words');
    expect(await store.profiles.delete('teams:gone')).toBe(true);
    expect(await store.refs.delete('teams:gone')).toBe(false); // the last step of an erasure scrubs even with no reference
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('teams:gone');
    expect(text).not.toContain('walrus-area');
    expect(text).toContain('kept-area');
    await store.close();
    const reopened = await LowStore.open(dir);
    expect(await reopened.profiles.get('teams:gone')).toBeUndefined();
    expect((await reopened.profiles.get('teams:stays'))?.managerKey).toBeUndefined();
    expect((await reopened.checkins.get('a1'))?.text).toEqual({});
    await reopened.close();
  });

  it('stores hostile keys as data, not as prototypes', async () => {
    const store = await LowStore.open(dir);
    await store.profiles.put(profile('__proto__', { band: '9' }));
    expect((await store.profiles.get('__proto__'))?.band).toBe('9');
    expect(({} as Record<string, unknown>)['band']).toBeUndefined();
    await store.close();
    const reopened = await LowStore.open(dir);
    expect((await reopened.profiles.get('__proto__'))?.band).toBe('9');
    await reopened.close();
  });

  it('deletes a person and their dialogs', async () => {
    const store = await LowStore.open(dir);
    await store.profiles.put(profile('teams:a'));
    await store.dialogs.put('teams:a', 'c1', { dialog: 'd', step: 's', data: {}, history: [], misses: 0, updatedAt: 'x' });
    await store.dialogs.put('teams:a', 'c2', { dialog: 'd', step: 's', data: {}, history: [], misses: 0, updatedAt: 'x' });
    await store.dialogs.put('teams:ab', 'c1', { dialog: 'd', step: 's', data: {}, history: [], misses: 0, updatedAt: 'x' });
    expect(await store.dialogs.deleteUser('teams:a')).toBe(2);
    expect(await store.profiles.delete('teams:a')).toBe(true);
    expect(await store.dialogs.get('teams:ab', 'c1')).toBeDefined();
    await store.close();
  });
});

describe('WriteQueue', () => {
  it('never runs two writes at once and always writes after the last commit', async () => {
    let running = 0;
    let maxRunning = 0;
    let value = 0;
    const written: number[] = [];
    const q = new WriteQueue(async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      const snapshot = value;
      await new Promise((r) => setTimeout(r, 5));
      written.push(snapshot);
      running--;
    });
    const commits: Promise<void>[] = [];
    for (let i = 1; i <= 20; i++) {
      value = i;
      commits.push(q.commit());
      if (i % 5 === 0) await new Promise((r) => setTimeout(r, 2));
    }
    await Promise.all(commits);
    expect(maxRunning).toBe(1);
    expect(written.at(-1)).toBe(20);
    expect(written.length).toBeLessThan(20);
  });
});

describe('data files in an older format', () => {
  it('refuses to start over a career-companion.json without a journal, and leaves it alone', async () => {
    const dir = await tempDir();
    try {
      const old = join(dir, 'career-companion.json');
      await writeFile(old, '{"schemaVersion":1,"profiles":{}}');
      await expect(LowStore.open(dir)).rejects.toThrow(/older format/);
      expect(await readFile(old, 'utf8')).toBe('{"schemaVersion":1,"profiles":{}}');
    } finally {
      await removeDir(dir);
    }
  });
});
