/**
 * Schema migrations: ordered, repeatable, and run by LowStore.open after a
 * backup of the old data.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../src/store/backup.js';
import { DATA_FILE, DEDUPE_FILE, LowStore, PEOPLE_SCHEMA_VERSION, REMINDERS_FILE, SCHEMA_VERSION } from '../../src/store/lowdb.js';
import { MIGRATIONS, SCHEMA_VERSIONS, migrate, type DocumentKind, type Migration, type StoredData } from '../../src/store/migrations.js';
import { journalText, readJournal } from '../helpers/journal.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

const PEOPLE = ['profiles', 'dialogs', 'refs', 'enrolments', 'checkins', 'plans'];

/**
 * V1_PEOPLE as a version 1 journal on disk: its collections as records, no
 * plans, and records of a collection ("users") that no version ever read.
 */
const v1Journal = (): string =>
  journalText('career-companion', 1, {
    profiles: V1_PEOPLE.profiles,
    dialogs: V1_PEOPLE.dialogs,
    refs: V1_PEOPLE.refs,
    enrolments: V1_PEOPLE.enrolments,
    users: { 'old-1': { lastCompaction: V1_PEOPLE.lastCompaction } },
  });

/** A people file as version 1 wrote it: no plans map, and a key nothing ever read. */
const V1_PEOPLE = {
  schemaVersion: 1,
  profiles: {
    'teams:29:a': { userKey: 'teams:29:a', platform: 'teams', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', band: '3', roleId: 'hcsw', held: ['level2-maths-english'] },
    'slack:T1:U2': { userKey: 'slack:T1:U2', platform: 'slack', createdAt: '2026-01-03T00:00:00.000Z', updatedAt: '2026-01-03T00:00:00.000Z', goalRoleId: 'nursing-associate' },
  },
  dialogs: {
    'teams:29:a\u0000conv-1': { dialog: 'profile', step: 'band', data: { roleId: 'hcsw' }, history: ['role'], misses: 1, updatedAt: '2026-01-02T00:00:00.000Z' },
  },
  refs: {
    'teams:29:a': { userKey: 'teams:29:a', platform: 'teams', ref: { serviceUrl: 'https://smba.example/', conversation: { id: 'c1' } }, aliases: ['aad:0000'], updatedAt: '2026-01-02T00:00:00.000Z' },
  },
  enrolments: {
    'new-starter-induction|teams:29:a': {
      id: 'new-starter-induction|teams:29:a',
      subject: 'teams:29:a',
      userKey: 'teams:29:a',
      programmeId: 'new-starter-induction',
      startDate: '2026-01-05',
      enrolledBy: 'csv',
      status: 'active',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  },
  checkins: {},
  lastCompaction: '2025-12-01',
  users: [],
};

const v1 = (): StoredData => structuredClone(V1_PEOPLE) as StoredData;

describe('migrate', () => {
  it('lists steps in ascending order, ending at each document\u2019s version', () => {
    for (const kind of Object.keys(MIGRATIONS) as DocumentKind[]) {
      const steps = MIGRATIONS[kind];
      const tos = steps.map((s) => s.to);
      expect(tos).toEqual([...tos].sort((a, b) => a - b));
      expect(new Set(tos).size).toBe(tos.length);
      if (steps.length > 0) expect(tos.at(-1)).toBe(SCHEMA_VERSIONS[kind]);
    }
    expect(SCHEMA_VERSION).toBe(PEOPLE_SCHEMA_VERSION);
    expect(PEOPLE_SCHEMA_VERSION).toBe(2);
    expect(SCHEMA_VERSIONS.reminders).toBe(1);
    expect(SCHEMA_VERSIONS.dedupe).toBe(1);
  });

  it('people v1 → v2 keeps every record, drops unknown top-level keys and fills missing maps', () => {
    const { data, from, to, applied } = migrate(v1(), 2, MIGRATIONS.people);
    expect({ from, to, applied }).toEqual({ from: 1, to: 2, applied: ['people-tidy-top-level'] });
    expect(Object.keys(data).sort()).toEqual(['checkins', 'dialogs', 'enrolments', 'plans', 'profiles', 'refs', 'schemaVersion']);
    expect(data.schemaVersion).toBe(2);
    expect(data['profiles']).toEqual(V1_PEOPLE.profiles);
    expect(data['dialogs']).toEqual(V1_PEOPLE.dialogs);
    expect(data['refs']).toEqual(V1_PEOPLE.refs);
    expect(data['enrolments']).toEqual(V1_PEOPLE.enrolments);
    expect(data['plans']).toEqual({});
    expect(data['checkins']).toEqual({});
  });

  it('fills maps that are missing or not maps at all', () => {
    const { data } = migrate({ schemaVersion: 1, profiles: { a: { userKey: 'a' } }, plans: 'x', enrolments: null } as StoredData, 2, MIGRATIONS.people);
    expect(data).toEqual({ schemaVersion: 2, profiles: { a: { userKey: 'a' } }, dialogs: {}, refs: {}, enrolments: {}, checkins: {}, plans: {} });
  });

  it('every step is repeatable: running it on migrated data changes nothing', () => {
    const samples: Record<DocumentKind, StoredData> = {
      people: v1(),
      reminders: { schemaVersion: 0, reminders: { r1: { id: 'r1' } } },
      dedupe: { schemaVersion: 0, seen: { k: 1 } },
    };
    for (const kind of Object.keys(MIGRATIONS) as DocumentKind[]) {
      let data = structuredClone(samples[kind]);
      for (const step of MIGRATIONS[kind]) {
        data = step.up(data);
        data.schemaVersion = step.to;
        const once = structuredClone(data);
        const twice = step.up(structuredClone(data));
        twice.schemaVersion = step.to;
        expect(twice).toEqual(once);
      }
    }
    // And migrate() itself: migrating migrated data applies no step and changes nothing.
    const first = migrate(v1(), 2, MIGRATIONS.people).data;
    const again = migrate(structuredClone(first), 2, MIGRATIONS.people);
    expect(again.applied).toEqual([]);
    expect(again.data).toEqual(first);
  });

  it('applies only the steps above the data\u2019s version, in order, setting the version after each', () => {
    const seen: Array<[string, unknown]> = [];
    const step = (to: number): Migration => ({
      to,
      name: `to-${to}`,
      up: (d) => {
        seen.push([`to-${to}`, d.schemaVersion]);
        return { ...d, [`v${to}`]: true };
      },
    });
    const steps = [step(2), step(3), step(4)];
    const r = migrate({ schemaVersion: 2 }, 4, steps);
    expect(r.applied).toEqual(['to-3', 'to-4']);
    expect(seen).toEqual([
      ['to-3', 2],
      ['to-4', 3],
    ]);
    expect(r.data).toEqual({ schemaVersion: 4, v3: true, v4: true });
    expect(migrate({ schemaVersion: 1 }, 3, steps).applied).toEqual(['to-2', 'to-3']);
    expect(() => migrate({ schemaVersion: 5 }, 4, steps)).toThrow(/newer/);
    expect(() => migrate({ schemaVersion: 1 }, 4, [step(3), step(2)])).toThrow(/order/);
  });
});

describe('LowStore.open migrates older files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('backs up a v1 people file, migrates it to v2 keeping all data, and does it once', async () => {
    const file = join(dir, DATA_FILE);
    const original = v1Journal();
    await writeFile(file, original);
    await writeFile(join(dir, REMINDERS_FILE), journalText('reminders', 1));

    const store = await LowStore.open(dir);
    expect(store.migrated).toEqual([{ file: DATA_FILE, from: 1, to: 2, steps: ['people-tidy-top-level'] }]);

    // The backup was made first, from the old data, byte for byte.
    const backups = await listBackups(dir, DATA_FILE);
    expect(backups).toHaveLength(1);
    expect(await readFile(backups[0]!.path, 'utf8')).toBe(original);
    const backedUp = await readJournal(backups[0]!.path, [...PEOPLE, 'users']);
    expect(backedUp.schemaVersion).toBe(1);
    expect(backedUp.profiles).toEqual(V1_PEOPLE.profiles);

    // The file on disk is a fresh v2 journal with every record.
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text.split('\n')[0]!)).toEqual({ journal: 'career-companion', schemaVersion: 2 });
    expect(text).not.toContain('"users"');
    expect(text).not.toContain(V1_PEOPLE.lastCompaction);
    const onDisk = await readJournal(file, [...PEOPLE, 'users']);
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk.users).toEqual({});
    expect(onDisk.profiles).toEqual(V1_PEOPLE.profiles);
    expect(onDisk.dialogs).toEqual(V1_PEOPLE.dialogs);
    expect(onDisk.refs).toEqual(V1_PEOPLE.refs);
    expect(onDisk.enrolments).toEqual(V1_PEOPLE.enrolments);
    expect(onDisk.plans).toEqual({});

    // And through the store's own ports.
    expect((await store.profiles.get('teams:29:a'))?.band).toBe('3');
    expect(await store.profiles.count()).toBe(2);
    expect((await store.dialogs.get('teams:29:a', 'conv-1'))?.step).toBe('band');
    expect((await store.refs.findByAlias('aad:0000'))?.userKey).toBe('teams:29:a');
    expect(await store.enrolments.list()).toHaveLength(1);
    await store.close();

    // Opening again runs no migration and changes nothing.
    const before = await readFile(file, 'utf8');
    const again = await LowStore.open(dir);
    expect(again.migrated).toEqual([]);
    await again.close();
    expect(await readFile(file, 'utf8')).toBe(before);

    // Reminders and dedupe stay at version 1.
    expect((await readJournal(join(dir, REMINDERS_FILE), ['reminders'])).schemaVersion).toBe(1);
    expect((await readJournal(join(dir, DEDUPE_FILE), ['seen'])).schemaVersion).toBe(1);
  });

  it('migrates nothing when one of the files is corrupt', async () => {
    const file = join(dir, DATA_FILE);
    const original = v1Journal();
    await writeFile(file, original);
    const damaged = `${journalText('reminders', 1)}["reminders","r1",{"id":"r\n["reminders","r1",null]\n`;
    await writeFile(join(dir, REMINDERS_FILE), damaged);
    await expect(LowStore.open(dir)).rejects.toThrow(/reminders\.jsonl has a damaged line 2/);
    expect(await readFile(file, 'utf8')).toBe(original);
    expect(await readFile(join(dir, REMINDERS_FILE), 'utf8')).toBe(damaged);
    expect(await listBackups(dir, DATA_FILE)).toEqual([]);
  });

  it('still refuses a file from a newer version, leaving it untouched', async () => {
    const text = journalText('career-companion', PEOPLE_SCHEMA_VERSION + 1, { profiles: { 'teams:a': { userKey: 'teams:a' } } });
    await writeFile(join(dir, DATA_FILE), text);
    await expect(LowStore.open(dir)).rejects.toThrow(/newer version/);
    expect(await readFile(join(dir, DATA_FILE), 'utf8')).toBe(text);
    await writeFile(join(dir, DATA_FILE), journalText('career-companion', 1));
    const newer = journalText('reminders', 2);
    await writeFile(join(dir, REMINDERS_FILE), newer);
    await expect(LowStore.open(dir)).rejects.toThrow(/reminders\.jsonl was written by a newer version \(schema 2; this version reads up to 1\)/);
    // Nothing was migrated or changed: the v1 people file is as written.
    expect(await readFile(join(dir, DATA_FILE), 'utf8')).toBe(journalText('career-companion', 1));
    expect(await readFile(join(dir, REMINDERS_FILE), 'utf8')).toBe(newer);
  });
});
