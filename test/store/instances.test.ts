/**
 * Several instances on one Postgres database, as real processes.
 *
 * 1. Three `career-companion reminders run` processes (three scheduler
 *    instances) share 5,000 due check-ins, each talking to its own fake Slack
 *    API, so every delivery is traced to the instance that made it. One is
 *    killed with SIGKILL mid-run; once its lease has expired a fourth run takes
 *    its claims over. Every check-in must be delivered, and the only
 *    duplicates allowed are ones the killed process had sent but not yet
 *    recorded when it died.
 * 2. Three servers share dialog state and redelivery checks: a conversation
 *    started on one server (Teams wire format, fake Bot Connector) carries on
 *    on the others.
 *
 * The processes run the built tool (bin/career-companion.js; `npm test` builds
 * it first). Skipped without Postgres, failing instead when REQUIRE_POSTGRES=1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgStore } from '../../src/store/postgres.js';
import type { Enrolment, Reminder } from '../../src/store/ports.js';
import { startFakeSlack, BOT_TOKEN, SIGNING_SECRET, TEAM, type FakeSlack } from '../helpers/fake-slack.js';
import { startFakeConnector, teamsMessage, type FakeConnector } from '../helpers/fake-connector.js';
import { spawnCli, startServerProcess, until, type Spawned } from '../helpers/process.js';
import { createTestSchema, postgresReady, querySchema, type TestSchema } from '../helpers/postgres.js';
import { removeDir, tempDir } from '../helpers/tmp.js';

const ready = await postgresReady();

const PEOPLE = 5_000;
const PROGRAMME = 'new-starter-induction';
const CHECKIN = 'day-1';
/** A Tuesday, 10:00 in London: inside the default working hours, not a bank holiday. */
const NOW = '2027-03-02T10:00:00.000Z';
const DUE = '2027-03-02T09:00:00.000Z';
const LEASE_SECONDS = 30;
const AFTER_LEASE = new Date(Date.parse(NOW) + (LEASE_SECONDS + 1) * 1000).toISOString();
const AUDIT_KEY = 'instances-test-audit-key-0123456789abcdef';

const userId = (i: number) => `U${String(i).padStart(5, '0')}`;
/** The fake Slack opens a DM channel named D + the user id. */
const channelOf = (i: number) => `D${userId(i)}`;

function people(): { enrolments: Enrolment[]; reminders: Reminder[] } {
  const enrolments: Enrolment[] = [];
  const reminders: Reminder[] = [];
  for (let i = 1; i <= PEOPLE; i++) {
    const userKey = `slack:${TEAM}:${userId(i)}`;
    const id = `${PROGRAMME}|${userKey}`;
    enrolments.push({ id, subject: userKey, userKey, programmeId: PROGRAMME, startDate: '2027-03-02', enrolledBy: 'csv', status: 'active', createdAt: DUE, updatedAt: DUE });
    reminders.push({
      id: `checkin|${id}|${CHECKIN}`,
      kind: 'checkin',
      userKey,
      dueAt: DUE,
      originalDueAt: DUE,
      state: 'pending',
      attempts: 0,
      payload: { enrolmentId: id, programmeId: PROGRAMME, checkinId: CHECKIN },
      updatedAt: DUE,
    });
  }
  return { enrolments, reminders };
}

const posts = (slack: FakeSlack) => slack.calls.filter((c) => c.method === 'chat.postMessage').map((c) => String(c.body['channel']));

describe.skipIf(!ready)('several instances on one Postgres', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await tempDir('cc-instances-');
  });
  afterAll(async () => {
    await removeDir(dataDir);
  });

  const baseEnv = (db: TestSchema): Record<string, string> => ({
    NODE_ENV: 'test',
    STORE: 'postgres',
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '5',
    SCHEDULER_LEASE_SECONDS: String(LEASE_SECONDS),
    AUDIT_KEY,
    DATA_DIR: dataDir,
    PLAYGROUND: 'off',
  });

  describe('reminders', () => {
    let db: TestSchema;
    let store: PgStore;
    const slacks: FakeSlack[] = [];
    const runs: Spawned[] = [];

    beforeAll(async () => {
      db = await createTestSchema();
      store = await PgStore.open({ url: db.url });
      const { enrolments, reminders } = people();
      const empty = { profiles: [], dialogs: [], refs: [], plans: [], checkins: [], dedupe: [], audit: [] };
      const counts = await store.importSnapshot({ ...empty, enrolments, reminders });
      expect(counts.reminders.added).toBe(PEOPLE);
      for (let i = 0; i < 4; i++) slacks.push(await startFakeSlack());
    });
    afterAll(async () => {
      for (const r of runs) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
      await store?.close();
      for (const s of slacks) await s.close();
      await db?.drop();
    });

    const tick = (slack: FakeSlack, now: string, db: TestSchema) => {
      const run = spawnCli(['reminders', 'run', '--now', now], {
        ...baseEnv(db),
        SCHEDULER: 'on',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        SLACK_SEND_RATE: '500',
        LOG_LEVEL: 'warn',
      });
      runs.push(run);
      return run;
    };

    it('delivers every due check-in once across three instances, even when one is killed mid-run', async () => {
      const started = Date.now();
      const instances = [0, 1, 2].map((i) => tick(slacks[i]!, NOW, db));

      // Kill whichever instance is first to be well into its sends.
      const victim = await until(
        () => {
          for (const [i, run] of instances.entries()) {
            if (run.child.exitCode !== null) throw new Error(`Instance ${i} finished before it could be stopped mid-run (stderr: ${run.stderr()})`);
          }
          const i = slacks.slice(0, 3).findIndex((s) => posts(s).length >= 100);
          return i >= 0 ? i : undefined;
        },
        120_000,
        'an instance to be sending',
      );
      const killedAt = Date.now();
      instances[victim]!.child.kill('SIGKILL');
      await instances[victim]!.exited;
      const survivors = instances.filter((_, i) => i !== victim);
      const codes = await Promise.all(survivors.map((s) => s.exited));
      for (const [i, code] of codes.entries()) expect(code, `a surviving instance failed: ${survivors[i]!.stderr()}`).toBe(0);

      const survivorsDone = Date.now();

      // What the killed instance still held: claimed, with a lease no live tick at NOW may take.
      const held = await querySchema<{ id: string; lease_owner: string }>(db.url, `SELECT id, lease_owner FROM reminders WHERE state = 'claimed'`);
      const inFlight = new Set(held.map((r) => r.id));
      expect(inFlight.size).toBeGreaterThan(0);
      expect(new Set(held.map((r) => r.lease_owner)).size).toBe(1);
      const sentBy = slacks.slice(0, 3).map((s) => posts(s).length);
      expect(sentBy[victim]).toBeGreaterThanOrEqual(100);
      expect(sentBy.filter((n, i) => i !== victim && n > 0).length, 'no surviving instance sent anything').toBeGreaterThan(0);

      // A tick after the lease has expired takes the dead instance's claims over.
      const recovery = tick(slacks[3]!, AFTER_LEASE, db);
      expect(await recovery.exited, recovery.stderr()).toBe(0);
      const recovered = Date.now();
      expect(posts(slacks[3]!).length).toBe(inFlight.size);

      const all = slacks.flatMap(posts);
      const delivered = new Set(all);
      const duplicates = all.length - delivered.size;
      expect(delivered.size).toBe(PEOPLE);
      for (let i = 1; i <= PEOPLE; i++) expect(delivered.has(channelOf(i))).toBe(true);
      // Duplicates only where the killed instance had sent but not yet recorded the send when it died.
      expect(duplicates).toBeLessThanOrEqual(inFlight.size);
      const seen = new Map<string, number>();
      for (const c of all) seen.set(c, (seen.get(c) ?? 0) + 1);
      const killedPosts = new Set(posts(slacks[victim]!));
      for (const [channel, n] of seen) {
        if (n === 1) continue;
        expect(n, `${channel} was sent ${n} times`).toBe(2);
        const reminderId = `checkin|${PROGRAMME}|slack:${TEAM}:${channel.slice(1)}|${CHECKIN}`;
        expect(inFlight.has(reminderId), `${channel} was sent twice but was not in flight in the killed instance`).toBe(true);
        expect(killedPosts.has(channel)).toBe(true);
      }

      const states = await querySchema<{ state: string; n: number }>(db.url, `SELECT state, count(*)::int AS n FROM reminders WHERE kind = 'checkin' GROUP BY state`);
      expect(states).toEqual([{ state: 'sent', n: PEOPLE }]);
      // Each sent check-in planned its nudge exactly once, whoever sent it.
      const nudges = await querySchema<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM reminders WHERE kind = 'nudge'`);
      expect(nudges[0]?.n).toBe(PEOPLE);
      console.info(
        `instances: sent ${sentBy.join(' / ')} (instance ${victim} killed), then ${inFlight.size} taken over; delivered ${delivered.size}, duplicates ${duplicates}; ` +
          `killed after ${killedAt - started} ms, survivors done after ${survivorsDone - started} ms, recovery took ${recovered - survivorsDone} ms`,
      );
    }, 240_000);
  });

  describe('dialogs and redeliveries', () => {
    let db: TestSchema;
    let store: PgStore;
    let connector: FakeConnector;
    const servers: Array<Spawned & { url: string }> = [];

    beforeAll(async () => {
      db = await createTestSchema();
      // Migrate once here, so the three servers below all start on an existing schema.
      store = await PgStore.open({ url: db.url });
      connector = await startFakeConnector();
      // One at a time: each start has its own time limit, and a busy machine starts three at once slowly.
      for (let i = 0; i < 3; i++) servers.push(await startServerProcess({ ...baseEnv(db), SCHEDULER: 'on', HOST: '127.0.0.1' }));
    }, 120_000);
    afterAll(async () => {
      for (const s of servers) {
        s.child.kill('SIGTERM');
        await s.exited;
      }
      await store?.close();
      await connector?.close();
      await db?.drop();
    }, 60_000);

    const say = async (server: number, activity: Record<string, unknown>) => {
      const res = await fetch(`${servers[server]!.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      expect(res.status).toBe(200);
    };

    it('report Postgres as their store', async () => {
      for (const s of servers) {
        const body = (await (await fetch(`${s.url}/healthz`)).json()) as any;
        expect(body.store).toMatchObject({ ok: true, kind: 'postgres' });
      }
    });

    it('continue on one server a dialog started on another', async () => {
      const user = '29:shared';
      const userKey = `teams:${user}`;
      await say(0, teamsMessage(connector.url, { text: 'hi', userId: user }));
      await connector.waitFor(1);

      connector.clear();
      await say(1, teamsMessage(connector.url, { text: 'change my area of work', userId: user }));
      await connector.waitFor(1);
      const asked = await store.dialogs.listForUser(userKey);
      expect(asked.map((x) => [x.state.dialog, x.state.step])).toEqual([['profile', 'area']]);

      connector.clear();
      await say(2, teamsMessage(connector.url, { text: 'Emergency department', userId: user }));
      await connector.waitFor(1);
      expect((await store.profiles.get(userKey))?.area).toBe('Emergency department');
      expect((await store.dialogs.listForUser(userKey)).filter((x) => x.state.dialog === 'profile')).toEqual([]);
      // Every server can reach the person afterwards: the conversation reference is shared too.
      expect((await store.refs.get(userKey))?.platform).toBe('teams');
    });

    it('handle a redelivered message once, whichever servers it reaches', async () => {
      connector.clear();
      const activity = teamsMessage(connector.url, { text: 'help', userId: '29:twice', id: 'act-redelivered-1' });
      await Promise.all([say(0, activity), say(1, activity), say(2, activity)]);
      // Each POST answers only after its turn (if any) has replied, so all replies are in by now.
      expect(connector.activities).toHaveLength(1);
    });
  });
});
