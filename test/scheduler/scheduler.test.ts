/**
 * The scheduler with a controllable clock, over the real embedded store.
 * The messenger here records sends: it stands in for Teams and Slack, which lie
 * outside the machine (the end-to-end delivery tests use the real channels).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LowStore } from '../../src/store/lowdb.js';
import { Scheduler, type ReminderHandler } from '../../src/scheduler/scheduler.js';
import { Pacer, deliver, backoff } from '../../src/scheduler/outbox.js';
import { zonedTime } from '../../src/time/zone.js';
import { createLogger } from '../../src/log.js';
import { textMessage } from '../../src/core/messages.js';
import type { DeliveryResult } from '../../src/core/messenger.js';
import type { Reminder, Store } from '../../src/store/ports.js';
import { removeDir, tempDir } from '../helpers/tmp.js';
import { RecordingMessenger } from '../helpers/messenger.js';

const TZ = 'Europe/London';
const log = createLogger('silent');
const instantSleep = async () => undefined;


/** A handler that sends the reminder's id as text. */
const simple: ReminderHandler = {
  async prepare(r) {
    return { send: true, userKey: r.userKey, messages: [textMessage(`reminder ${r.id}`)], respectHours: r.payload['hours'] === 'yes' };
  },
};

function reminder(id: string, dueAt: string, extra: Partial<Reminder> = {}): Reminder {
  return { id, kind: 'action', userKey: 'teams:29:a', dueAt, originalDueAt: dueAt, state: 'pending', attempts: 0, payload: {}, updatedAt: dueAt, ...extra };
}

describe('scheduler', () => {
  let dir: string;
  let store: LowStore;
  let messenger: RecordingMessenger;
  const make = (s: Store, owner = 'test-owner', leaseMs = 60_000) =>
    new Scheduler({
      store: s,
      messenger,
      log,
      handlers: { action: simple },
      timeZone: TZ,
      bankHolidays: new Set(['2027-05-03']),
      graceMs: 24 * 3_600_000,
      rates: { teams: 1000, slack: 1000 },
      sleep: instantSleep,
      owner,
      leaseMs,
    });

  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    messenger = new RecordingMessenger();
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  it('sends a reminder when it is due, not before, and only once', async () => {
    await store.reminders.insertNew([reminder('r1', '2027-01-12T10:00:00.000Z')]);
    const s = make(store);
    expect((await s.tick(new Date('2027-01-12T09:59:00Z'))).sent).toBe(0);
    expect((await s.tick(new Date('2027-01-12T10:00:00Z'))).sent).toBe(1);
    expect((await s.tick(new Date('2027-01-12T10:01:00Z'))).sent).toBe(0);
    expect(messenger.sent).toHaveLength(1);
    expect((await store.reminders.get('r1'))?.state).toBe('sent');
  });

  it('sends a late reminder within the grace period once, and marks an older one missed', async () => {
    await store.reminders.insertNew([reminder('late', '2027-01-12T10:00:00.000Z'), reminder('too-late', '2027-01-10T10:00:00.000Z')]);
    const report = await make(store).tick(new Date('2027-01-12T15:00:00Z'));
    expect(report).toMatchObject({ sent: 1, missed: 1 });
    expect((await store.reminders.get('too-late'))?.state).toBe('missed');
  });

  it('after a restart across the due time, sends exactly one catch-up', async () => {
    await store.reminders.insertNew([reminder('r1', '2027-01-12T10:00:00.000Z')]);
    await make(store).tick(new Date('2027-01-12T09:59:00Z'));
    await store.close();
    // The server is down from 09:59 to 11:30.
    store = await LowStore.open(dir);
    const s = make(store, 'after-restart');
    expect((await s.tick(new Date('2027-01-12T11:30:00Z'))).sent).toBe(1);
    expect((await s.tick(new Date('2027-01-12T11:31:00Z'))).sent).toBe(0);
    expect(messenger.sent).toHaveLength(1);
  });

  it('a crash between sending and recording causes at most one duplicate, never a loss', async () => {
    await store.reminders.insertNew([reminder('r1', '2027-01-12T10:00:00.000Z')]);
    // A store whose "sent" record fails, as if the process died right after sending.
    const crashing: Store = Object.create(store);
    Object.defineProperty(crashing, 'reminders', {
      value: {
        ...store.reminders,
        claimDue: store.reminders.claimDue.bind(store.reminders),
        update: async (id: string, change: Partial<Reminder>, owner?: string) => {
          if (change.state === 'sent') throw new Error('process killed');
          return store.reminders.update(id, change, owner);
        },
      },
    });
    await make(crashing, 'crashed', 60_000).tick(new Date('2027-01-12T10:00:00Z'));
    expect(messenger.sent).toHaveLength(1);
    expect((await store.reminders.get('r1'))?.state).toBe('claimed');
    // Another process, before the lease runs out: nothing to do.
    const s = make(store, 'survivor');
    expect((await s.tick(new Date('2027-01-12T10:00:30Z'))).sent).toBe(0);
    // After the lease: sent again (the one duplicate), then recorded.
    expect((await s.tick(new Date('2027-01-12T10:01:30Z'))).sent).toBe(1);
    expect((await s.tick(new Date('2027-01-12T10:02:30Z'))).sent).toBe(0);
    expect(messenger.sent).toHaveLength(2);
    expect((await store.reminders.get('r1'))?.state).toBe('sent');
  });

  it('a crash after sending never leaves a sent reminder without its follow-up', async () => {
    await store.reminders.insertNew([reminder('r1', '2027-01-12T10:00:00.000Z')]);
    const withFollowUp: ReminderHandler = {
      ...simple,
      async afterSent(r) {
        return [reminder(`${r.id}-nudge`, '2027-01-14T10:00:00.000Z')];
      },
    };
    // A store that dies while the send is being recorded: whichever write comes second fails.
    let writes = 0;
    const crashing: Store = Object.create(store);
    Object.defineProperty(crashing, 'reminders', {
      value: {
        ...store.reminders,
        claimDue: store.reminders.claimDue.bind(store.reminders),
        insertNew: async (rows: Reminder[]) => {
          if (++writes > 1) throw new Error('process killed');
          return store.reminders.insertNew(rows);
        },
        update: async (id: string, change: Partial<Reminder>, owner?: string) => {
          if (change.state === 'sent' && ++writes > 1) throw new Error('process killed');
          return store.reminders.update(id, change, owner);
        },
      },
    });
    const sched = (s: Store, owner: string) =>
      new Scheduler({ store: s, messenger, log, handlers: { action: withFollowUp }, timeZone: TZ, bankHolidays: new Set(), graceMs: 24 * 3_600_000, rates: { teams: 1000 }, sleep: instantSleep, owner, leaseMs: 60_000 });
    await sched(crashing, 'crashed').tick(new Date('2027-01-12T10:00:00Z'));
    const afterCrash = await store.reminders.get('r1');
    if (afterCrash?.state === 'sent') expect(await store.reminders.get('r1-nudge')).toBeDefined();
    // After the lease a survivor finishes the job: sent once more at most, and the follow-up is there.
    await sched(store, 'survivor').tick(new Date('2027-01-12T10:01:30Z'));
    expect((await store.reminders.get('r1'))?.state).toBe('sent');
    expect((await store.reminders.get('r1-nudge'))?.state).toBe('pending');
    expect(messenger.sent.length).toBeLessThanOrEqual(2);
  });

  it('keeps to working hours: a Saturday reminder moves to Monday, and a bank holiday Monday to Tuesday', async () => {
    await store.reminders.insertNew([reminder('sat', '2027-05-01T09:00:00.000Z', { payload: { hours: 'yes' } })]);
    const s = make(store);
    expect((await s.tick(new Date('2027-05-01T09:00:00Z'))).deferred).toBe(1);
    expect((await store.reminders.get('sat'))?.dueAt).toBe('2027-05-04T08:00:00.000Z');
    expect((await s.tick(new Date('2027-05-04T07:59:00Z'))).sent).toBe(0);
    expect((await s.tick(new Date('2027-05-04T08:00:00Z'))).sent).toBe(1);
  });

  it('follows a person\'s own pattern and pause', async () => {
    await store.profiles.put({
      userKey: 'teams:29:a',
      platform: 'teams',
      createdAt: 'x',
      updatedAt: 'x',
      workingPattern: { days: [0, 1, 2, 3, 4, 5, 6], start: '19:00', end: '07:00', quietOnBankHolidays: false },
    });
    await store.reminders.insertNew([reminder('night', '2027-01-12T10:00:00.000Z', { payload: { hours: 'yes' } })]);
    const s = make(store);
    await s.tick(new Date('2027-01-12T10:00:00Z'));
    expect((await store.reminders.get('night'))?.dueAt).toBe('2027-01-12T19:00:00.000Z');
    await store.profiles.put({ ...(await store.profiles.get('teams:29:a'))!, pausedUntil: '2027-01-20T00:00:00.000Z' });
    await s.tick(new Date('2027-01-12T19:00:00Z'));
    expect((await store.reminders.get('night'))?.dueAt).toBe('2027-01-20T00:00:00.000Z');
    expect(messenger.sent).toHaveLength(0);
  });

  for (const [name, day] of [
    ['March', '2027-03-28'],
    ['October', '2027-10-31'],
  ] as const) {
    it(`sends exactly once across the ${name} clock change, ticking every minute`, async () => {
      const due = zonedTime(day, '01:30', TZ);
      const due2 = zonedTime(day, '10:00', TZ);
      await store.reminders.insertNew([reminder('night', due.toISOString()), reminder('morning', due2.toISOString())]);
      const s = make(store);
      const start = Date.parse(`${day}T00:00:00Z`);
      for (let t = start; t <= start + 12 * 3_600_000; t += 60_000) await s.tick(new Date(t));
      expect(messenger.sent.map((m) => m.messages[0]!.text).sort()).toEqual(['reminder morning', 'reminder night']);
    });
  }

  it('two schedulers on one store never send the same reminder twice', async () => {
    await store.reminders.insertNew(Array.from({ length: 300 }, (_, i) => reminder(`r${i}`, '2027-01-12T10:00:00.000Z')));
    const now = new Date('2027-01-12T10:00:00Z');
    await Promise.all([make(store, 'a').tick(now), make(store, 'b').tick(now)]);
    expect(messenger.sent).toHaveLength(300);
    expect(new Set(messenger.sent.map((m) => m.messages[0]!.text)).size).toBe(300);
  });

  it('retries a rate-limited send and gives up on a permanent failure, recording why', async () => {
    await store.reminders.insertNew([reminder('r1', '2027-01-12T10:00:00.000Z'), reminder('r2', '2027-01-12T10:00:00.000Z', { userKey: 'teams:29:b' })]);
    messenger.results = [{ status: 'retry', reason: 'rate limited', afterMs: 10 }, { status: 'sent' }, { status: 'failed', reason: 'platform answered 403' }];
    const report = await make(store).tick(new Date('2027-01-12T10:00:00Z'));
    expect(report).toMatchObject({ sent: 1, failed: 1 });
    const failed = [await store.reminders.get('r1'), await store.reminders.get('r2')].find((r) => r?.state === 'failed');
    expect(failed?.lastError).toBe('platform answered 403');
  });
});

describe('outbox pacing', () => {
  /** A virtual clock: sleeping moves time on instantly. */
  function virtual() {
    let now = 0;
    return { now: () => now, sleep: async (ms: number) => void (now += ms) };
  }

  it('spaces sends at the configured rate', async () => {
    const clock = virtual();
    const pacer = new Pacer({ rate: 5, concurrency: 1, ...clock });
    const times: number[] = [];
    for (let i = 0; i < 10; i++) await pacer.run(async () => void times.push(clock.now()));
    expect(times[9]! - times[0]!).toBe(1800);
  });

  it('pauses the platform for Retry-After, then carries on', async () => {
    const clock = virtual();
    const pacer = new Pacer({ rate: 100, concurrency: 1, ...clock });
    const results: DeliveryResult[] = [{ status: 'retry', reason: 'rate limited', afterMs: 3000 }, { status: 'sent' }];
    const at: number[] = [];
    const out = await deliver(
      pacer,
      async () => {
        at.push(clock.now());
        return results.shift()!;
      },
      { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000, sleep: clock.sleep },
    );
    expect(out).toEqual({ result: { status: 'sent' }, attempts: 2 });
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(3000);
  });

  it('gives up after the last attempt', async () => {
    const clock = virtual();
    const out = await deliver(new Pacer({ rate: 100, ...clock }), async () => ({ status: 'retry', reason: 'platform answered 502' }), {
      attempts: 3,
      baseDelayMs: 10,
      maxDelayMs: 100,
      sleep: clock.sleep,
    });
    expect(out).toEqual({ result: { status: 'retry', reason: 'platform answered 502' }, attempts: 3 });
  });

  it('backs off with jitter inside a growing cap', () => {
    const opts = { attempts: 5, baseDelayMs: 500, maxDelayMs: 4000 };
    expect(backoff(0, { ...opts, random: () => 1 })).toBe(500);
    expect(backoff(2, { ...opts, random: () => 1 })).toBe(2000);
    expect(backoff(6, { ...opts, random: () => 1 })).toBe(4000);
    expect(backoff(3, { ...opts, random: () => 0.5 })).toBe(2000);
  });
});
