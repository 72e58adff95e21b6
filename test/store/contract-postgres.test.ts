/**
 * The store contract against Postgres. The run gets its own schema (dropped
 * at the end); each test starts from empty tables. Skipped (with a warning)
 * where there is no Postgres; failing instead when REQUIRE_POSTGRES=1 (CI).
 *
 * Below the contract: what only Postgres has (settings, start-up errors,
 * migrations under concurrent start-up, the append-only audit table) and the
 * `migrate --from lowdb --to postgres` command.
 */
import { Readable, Writable } from 'node:stream';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { run as runMigrate } from '../../src/cli/migrate.js';
import type { CliIO } from '../../src/cli/io.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILE, LowStore, REMINDERS_FILE } from '../../src/store/lowdb.js';
import { openStore } from '../../src/store/open.js';
import { PgStore } from '../../src/store/postgres.js';
import { MIGRATIONS } from '../../src/store/postgres-migrations/index.js';
import { StoreOpenError, type Store } from '../../src/store/ports.js';
import { createTestSchema, postgresReady, querySchema, truncateAll, type TestSchema } from '../helpers/postgres.js';
import { journalText, readJournal } from '../helpers/journal.js';
import { removeDir, tempDir } from '../helpers/tmp.js';
import { checkin, dialogState, enrolment, plan, profile, reminder, storeContract } from './contract.js';

const ready = await postgresReady();

describe.skipIf(!ready)('Postgres', () => {
  let db: TestSchema | undefined;
  afterAll(async () => {
    await db?.drop();
  });

  storeContract('postgres', async () => {
    db ??= await createTestSchema();
    const url = db.url;
    const opened: Store[] = [await PgStore.open({ url, poolSize: 4 })];
    await truncateAll(url);
    return {
      store: opened[0]!,
      reopen: async () => {
        const s = await PgStore.open({ url, poolSize: 4 });
        opened.push(s);
        return s;
      },
      cleanup: async () => {
        for (const s of opened) await s.close();
      },
    };
  });
});

describe('Postgres settings', () => {
  it('needs DATABASE_URL with STORE=postgres, and never shows it', () => {
    expect(() => loadConfig({ STORE: 'postgres' })).toThrow(/DATABASE_URL: must be set when STORE=postgres/);
    let message = '';
    try {
      loadConfig({ STORE: 'postgres', DATABASE_URL: 'mysql://admin:hunter2secret@db.example/cc' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL: expected a postgres:\/\/ address/);
    expect(message).not.toContain('hunter2secret');
    const config = loadConfig({ STORE: 'postgres', DATABASE_URL: 'postgres://cc:pw@db.example:5432/cc', SCHEDULER_LEASE_SECONDS: '45' });
    expect(config.store).toEqual({ kind: 'postgres', url: 'postgres://cc:pw@db.example:5432/cc', poolSize: 10 });
    expect(config.scheduler.leaseMs).toBe(45_000);
    expect(loadConfig({}).store).toEqual({ kind: 'lowdb' });
  });
});

describe.skipIf(!ready)('opening Postgres', () => {
  it('stops start-up with a message naming DATABASE_URL, password hidden, when the database cannot be reached', async () => {
    const url = 'postgres://postgres:s3cret-pw@127.0.0.1:1/test';
    const config = loadConfig({ STORE: 'postgres', DATABASE_URL: url });
    const err = await openStore(config).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreOpenError);
    expect((err as Error).message).toContain('DATABASE_URL=postgres://postgres:***@127.0.0.1:1/test');
    expect((err as Error).message).toMatch(/Check that Postgres is running/);
    expect((err as Error).message).not.toContain('s3cret-pw');
  });

  it('migrates exactly once when several instances start at the same moment', async () => {
    const db = await createTestSchema();
    try {
      const stores = await Promise.all(Array.from({ length: 4 }, () => PgStore.open({ url: db.url, poolSize: 1 })));
      for (const s of stores) expect((await s.health()).ok).toBe(true);
      await Promise.all(stores.map((s) => s.close()));
      const rows = await querySchema<{ version: number }>(db.url, 'SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await db.drop();
    }
  });

  it('refuses a schema written by a newer version, and an audit row cannot be changed', async () => {
    const db = await createTestSchema();
    try {
      const store = await PgStore.open({ url: db.url, poolSize: 1 });
      await store.audit.append({ at: '2027-01-01T00:00:00.000Z', action: 'view', actor: 'system' });
      await store.close();
      await expect(querySchema(db.url, `UPDATE audit SET actor = 'someone else'`)).rejects.toThrow(/append-only/);
      await expect(querySchema(db.url, 'DELETE FROM audit')).rejects.toThrow(/append-only/);
      await querySchema(db.url, `INSERT INTO schema_migrations (version, name) VALUES (9999, 'from the future')`);
      await expect(PgStore.open({ url: db.url })).rejects.toThrow(/newer version of Career Companion/);
    } finally {
      await db.drop();
    }
  });
});

describe.skipIf(!ready)('career-companion migrate --from lowdb --to postgres', () => {
  let dir: string;
  let db: TestSchema;
  beforeEach(async () => {
    dir = await tempDir('cc-migrate-');
    db = await createTestSchema();
  });
  afterEach(async () => {
    await removeDir(dir);
    await db.drop();
  });

  const cli = async (args: string[], env: Record<string, string>) => {
    let out = '';
    let err = '';
    const sink = (add: (s: string) => void) =>
      new Writable({
        write(chunk, _enc, cb) {
          add(String(chunk));
          cb();
        },
      });
    const io: CliIO = { stdin: Readable.from([]), stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), env };
    const code = await runMigrate(args, io);
    return { code, out, err };
  };

  it('copies everything, prints counts, and changes nothing when run again', async () => {
    const now = new Date();
    const low = await LowStore.open(dir);
    await low.profiles.put(profile('teams:a', { band: '3', managerKey: 'teams:m' }));
    await low.profiles.put(profile('__proto__', { band: '9' }));
    await low.dialogs.put('teams:a', 'conv-1', dialogState('profile', { step: 'area', data: { mode: 'single' } }));
    await low.refs.put({ userKey: 'teams:a', platform: 'teams', ref: { conversation: { id: 'a:1' } }, aliases: ['aad:1'], updatedAt: now.toISOString() });
    await low.plans.put(plan('teams:a', '2027-01-01T09:00:00.000Z', { sharedWith: { managerKey: 'teams:m', at: '2027-01-01T09:30:00.000Z' } }));
    await low.enrolments.put(enrolment('teams:a', 'new-starter-induction', { userKey: 'teams:a', managerKey: 'teams:m' }));
    await low.reminders.insertNew([reminder('r-pending', '2027-01-12T10:00:00.000Z', { userKey: 'teams:a' }), reminder('r-claimed', '2027-01-12T09:00:00.000Z')]);
    await low.reminders.claimDue(new Date('2027-01-12T09:30:00.000Z'), 'old-owner', 60_000, 1);
    await low.checkins.put(checkin('new-starter-induction|teams:a', 'day-1', 'teams:a', '2027-01-04T10:00:00.000Z'));
    await low.dedupe.claim('teams:act-1', now, 3_600_000);
    const entries = [
      { at: '2027-01-01T00:00:00.000Z', action: 'enrolment', actor: 'p_abc', subject: 'p_def', detail: 'records=1' },
      { at: '2027-01-02T00:00:00.000Z', action: 'view', actor: 'system' },
    ] as const;
    for (const e of entries) await low.audit.append({ ...e });
    await low.close();

    const args = ['--from', 'lowdb', '--to', 'postgres', '--data-dir', dir];
    const first = await cli(args, { DATABASE_URL: db.url });
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('profiles: 2 (2 added)');
    expect(first.out).toContain('dialog states: 1 (1 added)');
    expect(first.out).toContain('reminders: 2 (2 added)');
    expect(first.out).toContain('audit entries: 2 (2 added)');

    const pg = await PgStore.open({ url: db.url, poolSize: 2 });
    try {
      expect((await pg.profiles.get('__proto__'))?.band).toBe('9');
      expect((await pg.dialogs.get('teams:a', 'conv-1'))?.step).toBe('area');
      expect((await pg.refs.findByAlias('aad:1'))?.userKey).toBe('teams:a');
      expect((await pg.plans.listSharedWith('teams:m')).map((p) => p.userKey)).toEqual(['teams:a']);
      expect((await pg.enrolments.listForSupporter('teams:m')).map((e) => e.id)).toEqual(['new-starter-induction|teams:a']);
      expect((await pg.reminders.get('r-claimed'))?.lease).toEqual({ owner: 'old-owner', until: '2027-01-12T09:31:00.000Z' });
      expect((await pg.reminders.countByState())).toMatchObject({ pending: 1, claimed: 1 });
      expect((await pg.checkins.listForUser('teams:a'))[0]?.text).toEqual({ worries: 'Finding the stock room' });
      expect(await pg.dedupe.claim('teams:act-1', now, 3_600_000)).toBe(false);
      expect(await pg.audit.tail(10)).toEqual(entries);

      // Postgres moves on; a second run must not overwrite it or add anything.
      await pg.profiles.put(profile('teams:a', { band: '4' }));
      const second = await cli(args, { DATABASE_URL: db.url });
      expect(second.code).toBe(0);
      expect(second.out).toContain('profiles: 2 (0 added, 2 already there)');
      expect(second.out).toContain('audit entries: 2 (0 added, 2 already there)');
      expect((await pg.profiles.get('teams:a'))?.band).toBe('4');
      expect(await pg.audit.tail(10)).toEqual(entries);
      expect(await pg.profiles.count()).toBe(2);
    } finally {
      await pg.close();
    }
  });

  it('reads journals written by an older version (migrating them first) and drops a torn last line', async () => {
    // A version 1 people journal, as an older build left it, killed while appending its last record.
    const v1 = journalText('career-companion', 1, {
      profiles: { 'teams:old': profile('teams:old', { band: '5' }), 'teams:gone': profile('teams:gone') },
      dialogs: { 'teams:old\u0000conv-9': dialogState('profile', { step: 'band' }) },
    });
    const deleted = `${JSON.stringify(['profiles', 'teams:gone', null])}\n`;
    const torn = '["profiles","teams:torn",{"userKey":"teams:torn","band":"8"';
    await writeFile(join(dir, DATA_FILE), v1 + deleted + torn);
    await writeFile(join(dir, REMINDERS_FILE), journalText('reminders', 1, { reminders: { 'r-1': reminder('r-1', '2027-02-01T10:00:00.000Z', { userKey: 'teams:old' }) } }));

    const args = ['--from', 'lowdb', '--to', 'postgres', '--data-dir', dir];
    const first = await cli(args, { DATABASE_URL: db.url });
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toContain('profiles: 1 (1 added)');
    expect(first.out).toContain('dialog states: 1 (1 added)');
    expect(first.out).toContain('reminders: 1 (1 added)');
    // The store was opened the way the server opens it: migrated to v2, and no lock left behind.
    expect((await readJournal(join(dir, DATA_FILE), ['profiles'])).schemaVersion).toBe(2);
    await expect(readFile(join(dir, '.lock'), 'utf8')).rejects.toThrow(/ENOENT/);

    const pg = await PgStore.open({ url: db.url, poolSize: 2 });
    try {
      expect((await pg.profiles.get('teams:old'))?.band).toBe('5');
      expect(await pg.profiles.get('teams:gone')).toBeUndefined();
      expect(await pg.profiles.get('teams:torn')).toBeUndefined();
      expect((await pg.dialogs.get('teams:old', 'conv-9'))?.step).toBe('band');
      expect((await pg.reminders.get('r-1'))?.userKey).toBe('teams:old');
      const second = await cli(args, { DATABASE_URL: db.url });
      expect(second.code).toBe(0);
      expect(second.out).toContain('profiles: 1 (0 added, 1 already there)');
      expect(second.out).toContain('reminders: 1 (0 added, 1 already there)');
      expect(await pg.profiles.count()).toBe(1);
    } finally {
      await pg.close();
    }
  });

  it('refuses a damaged journal, copying nothing and leaving the file untouched', async () => {
    const damaged = `${journalText('career-companion', 2, { profiles: { 'teams:a': profile('teams:a') } })}["profiles","teams:b",{"userK\n${JSON.stringify(['profiles', 'teams:c', profile('teams:c')])}\n`;
    await writeFile(join(dir, DATA_FILE), damaged);
    const r = await cli(['--from', 'lowdb', '--to', 'postgres', '--data-dir', dir], { DATABASE_URL: db.url });
    expect(r.code).toBe(1);
    expect(r.err).toContain(join(dir, DATA_FILE));
    expect(r.err).toContain('damaged line 3');
    expect(await readFile(join(dir, DATA_FILE), 'utf8')).toBe(damaged);
    const pg = await PgStore.open({ url: db.url, poolSize: 2 });
    try {
      expect(await pg.profiles.count()).toBe(0);
    } finally {
      await pg.close();
    }
  });

  it('answers usage errors with exit code 2, hiding the password', async () => {
    expect((await cli([], { DATABASE_URL: db.url })).code).toBe(2);
    expect((await cli(['--from', 'lowdb'], { DATABASE_URL: db.url })).code).toBe(2);
    expect((await cli(['--from', 'mongo', '--to', 'postgres'], { DATABASE_URL: db.url })).code).toBe(2);
    expect((await cli(['--from', 'lowdb', '--to', 'postgres', '--data-dir'], { DATABASE_URL: db.url })).code).toBe(2);
    expect((await cli(['--from', 'lowdb', '--to', 'postgres', '--data-dir', dir], {})).code).toBe(2);
    const bad = await cli(['--from', 'lowdb', '--to', 'postgres', '--data-dir', dir], { DATABASE_URL: 'http://u:topsecretpw@x/y' });
    expect(bad.code).toBe(2);
    expect(bad.err).not.toContain('topsecretpw');
    const nothing = await cli(['--from', 'lowdb', '--to', 'postgres', '--data-dir', `${dir}/nothing-here`], { DATABASE_URL: db.url });
    expect(nothing.code).toBe(1);
    expect(nothing.err).toMatch(/There is no embedded store/);
    expect((await cli(['--help'], {})).code).toBe(0);
  });
});
