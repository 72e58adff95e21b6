import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_FILE, LowStore, SCHEMA_VERSION, WriteQueue } from '../../src/store/lowdb.js';
import { StoreOpenError, type Profile } from '../../src/store/ports.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

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
    const data = JSON.parse(await readFile(join(dir, DATA_FILE), 'utf8'));
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.profiles).toEqual({});
  });

  it('has every change on disk by the time the promise resolves', async () => {
    const store = await LowStore.open(dir);
    await store.profiles.put(profile('teams:a', { band: '3' }));
    const onDisk = JSON.parse(await readFile(join(dir, DATA_FILE), 'utf8'));
    expect(onDisk.profiles['teams:a'].band).toBe('3');
    await store.refs.put({ userKey: 'teams:a', platform: 'teams', ref: { x: 1 }, updatedAt: 'now' });
    await store.dialogs.put('teams:a', 'c', { dialog: 'd', step: 's', data: {}, history: [], misses: 0, updatedAt: 'now' });
    const again = JSON.parse(await readFile(join(dir, DATA_FILE), 'utf8'));
    expect(again.refs['teams:a'].ref).toEqual({ x: 1 });
    expect(Object.keys(again.dialogs)).toHaveLength(1);
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

  it('refuses an empty data file, names it, and leaves it untouched', async () => {
    const file = join(dir, DATA_FILE);
    await writeFile(file, '');
    await expect(LowStore.open(dir)).rejects.toThrow(StoreOpenError);
    await expect(LowStore.open(dir)).rejects.toThrow(file);
    expect(await readFile(file, 'utf8')).toBe('');
  });

  it('refuses a corrupt data file and leaves it untouched', async () => {
    const file = join(dir, DATA_FILE);
    await writeFile(file, '{"schemaVersion":1,"profiles":{');
    await expect(LowStore.open(dir)).rejects.toThrow(/not valid JSON/);
    expect(await readFile(file, 'utf8')).toBe('{"schemaVersion":1,"profiles":{');
  });

  it('refuses a file from a newer version', async () => {
    await writeFile(join(dir, DATA_FILE), JSON.stringify({ schemaVersion: 99 }));
    await expect(LowStore.open(dir)).rejects.toThrow(/newer version/);
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
