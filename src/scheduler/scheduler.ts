/**
 * The scheduler. Reminders are rows in the store; a tick (once a minute, from
 * node-cron) claims what is due with a lease, decides for each whether to send
 * now, later (quiet hours, pause) or not at all (too late: missed), sends
 * through the paced outbox, and records the outcome.
 *
 * Nothing lives only in memory: a restart picks up every pending reminder, and
 * a crash between sending and recording leaves the claim to expire, so the
 * reminder is sent again once (at most one duplicate, never a silent loss).
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../log.js';
import type { OutboundMessage } from '../core/messages.js';
import { platformOf, type Messenger } from '../core/messenger.js';
import type { Profile, Reminder, ReminderKind, Store } from '../store/ports.js';
import type { Services } from '../core/dialog.js';
import type { Config } from '../config.js';
import { DEFAULT_RETRY, Pacer, deliver, type RetryOptions } from './outbox.js';
import { DEFAULT_WORKING_PATTERN, isAllowed, nextAllowed } from '../time/zone.js';

export type Prepared =
  | {
      send: true;
      userKey: string;
      messages: OutboundMessage[];
      /** A colleague whose conversation shows the way to a person the bot has not met (Teams). */
      via?: string;
      /** Keep to the person's working hours and pauses (true for everything but urgent escalations). */
      respectHours: boolean;
    }
  | { send: false; state: 'cancelled' | 'failed'; reason: string };

/** What reminder handlers and planners are built with. */
export interface SchedulerContext {
  services: Services;
  settings: Config['scheduler'];
}

/** What to do for one kind of reminder. */
export interface ReminderHandler {
  prepare(reminder: Reminder, now: Date): Promise<Prepared>;
  /** After a send: follow-up reminders to add (e.g. a nudge if there is no answer). */
  afterSent?(reminder: Reminder, now: Date): Promise<Reminder[]>;
  /** When it is given up because it is too late. */
  afterMissed?(reminder: Reminder, now: Date): Promise<void>;
}

/** Adds reminders that come round on a schedule (weekly digests, appraisal reminders). Runs at the start of each tick. */
export type Planner = (now: Date) => Promise<Reminder[]>;

export interface SchedulerOptions {
  store: Store;
  messenger: Messenger;
  log: Logger;
  handlers: Partial<Record<ReminderKind, ReminderHandler>>;
  planners?: Planner[];
  timeZone: string;
  bankHolidays: ReadonlySet<string>;
  /** Reminders older than this when first seen are marked missed instead of sent. */
  graceMs: number;
  /** Messages a second, per platform. */
  rates: Record<string, number>;
  retry?: RetryOptions;
  /** How long a claim is held before another tick may take the reminder. */
  leaseMs?: number;
  /** Identifies this process's claims. */
  owner?: string;
  sleep?: (ms: number) => Promise<void>;
}

export interface TickReport {
  claimed: number;
  sent: number;
  deferred: number;
  missed: number;
  failed: number;
  cancelled: number;
  planned: number;
}

export class Scheduler {
  private readonly pacers = new Map<string, Pacer>();
  readonly owner: string;
  private readonly leaseMs: number;
  private running: Promise<TickReport> | undefined;
  lastTick?: { at: string; report: TickReport };

  constructor(private readonly opts: SchedulerOptions) {
    this.owner = opts.owner ?? `scheduler-${randomUUID()}`;
    this.leaseMs = opts.leaseMs ?? 10 * 60_000;
  }

  private pacer(platform: string): Pacer {
    let p = this.pacers.get(platform);
    if (!p) {
      const rate = this.opts.rates[platform] ?? 10;
      p = new Pacer({ rate, ...(this.opts.sleep ? { sleep: this.opts.sleep } : {}) });
      this.pacers.set(platform, p);
    }
    return p;
  }

  /** True while a tick is running. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Runs one tick at `now`. Ticks never overlap: a second call waits for the first. */
  async tick(now: Date): Promise<TickReport> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.runTick(now);
    try {
      const report = await this.running;
      this.lastTick = { at: now.toISOString(), report };
      return report;
    } finally {
      this.running = undefined;
    }
  }

  private async runTick(now: Date): Promise<TickReport> {
    const { store, log } = this.opts;
    const report: TickReport = { claimed: 0, sent: 0, deferred: 0, missed: 0, failed: 0, cancelled: 0, planned: 0 };
    for (const planner of this.opts.planners ?? []) {
      report.planned += await store.reminders.insertNew(await planner(now));
    }
    // A pool of workers takes claimed reminders one at a time, and claims more
    // (in small batches, so leases stay fresh) when the queue runs low. This
    // keeps sends flowing at the paced rate without holding thousands of
    // half-built messages in memory at once.
    const batchSize = 200;
    const totalRate = Object.values(this.opts.rates).reduce((a, b) => a + b, 0);
    const workers = Math.min(256, Math.max(16, Math.ceil(totalRate / 4)));
    const queue: Reminder[] = [];
    let exhausted = false;
    let claiming: Promise<void> | undefined;
    const refill = () =>
      (claiming ??= (async () => {
        const batch = await store.reminders.claimDue(now, this.owner, this.leaseMs, batchSize);
        if (batch.length === 0) exhausted = true;
        report.claimed += batch.length;
        queue.push(...batch);
      })().finally(() => {
        claiming = undefined;
      }));
    const work = async () => {
      for (;;) {
        if (queue.length < workers && !exhausted) void refill().catch(() => undefined);
        const next = queue.shift();
        if (!next) {
          if (exhausted && !claiming) return;
          await refill();
          continue;
        }
        report[await this.process(next, now)]++;
      }
    };
    await Promise.all(Array.from({ length: workers }, work));
    if (report.claimed > 0 || report.planned > 0) {
      log.info({ ...report }, 'Scheduler tick');
    }
    return report;
  }

  private async process(r: Reminder, now: Date): Promise<'sent' | 'deferred' | 'missed' | 'failed' | 'cancelled'> {
    const { store, log } = this.opts;
    const handler = this.opts.handlers[r.kind];
    const release = { lease: undefined } as Partial<Reminder>;
    try {
      if (!handler) {
        await store.reminders.update(r.id, { ...release, state: 'failed', lastError: `no handler for ${r.kind}`, updatedAt: now.toISOString() }, this.owner);
        return 'failed';
      }
      if (now.getTime() - Date.parse(r.dueAt) > this.opts.graceMs) {
        await store.reminders.update(r.id, { ...release, state: 'missed', lastError: 'too late to send', updatedAt: now.toISOString() }, this.owner);
        await handler.afterMissed?.(r, now);
        return 'missed';
      }
      const prepared = await handler.prepare(r, now);
      if (!prepared.send) {
        await store.reminders.update(r.id, { ...release, state: prepared.state, lastError: prepared.reason, updatedAt: now.toISOString() }, this.owner);
        return prepared.state;
      }
      if (prepared.respectHours) {
        const later = await this.laterTime(prepared.userKey, now);
        if (later) {
          await store.reminders.update(r.id, { ...release, state: 'pending', dueAt: later.toISOString(), updatedAt: now.toISOString() }, this.owner);
          return 'deferred';
        }
      }
      const { result, attempts } = await deliver(
        this.pacer(platformOf(prepared.userKey)),
        () => this.opts.messenger.send(prepared.userKey, prepared.messages, prepared.via ? { via: prepared.via } : {}),
        { ...(this.opts.retry ?? DEFAULT_RETRY), ...(this.opts.sleep ? { sleep: this.opts.sleep } : {}) },
      );
      const at = new Date().toISOString();
      if (result.status === 'sent') {
        // Follow-ups first: they are keyed, so planning them twice is harmless, and a process
        // that dies before the send is recorded has them already. Recording first would lose
        // them for good if it died in between.
        const followUps = (await handler.afterSent?.(r, now)) ?? [];
        if (followUps.length > 0) await store.reminders.insertNew(followUps);
        await store.reminders.update(r.id, { ...release, state: 'sent', sentAt: at, attempts: r.attempts + attempts, updatedAt: at }, this.owner);
        return 'sent';
      }
      // Given up: the log names the kind and the reason, never the person.
      log.warn({ kind: r.kind, reason: result.reason, attempts }, 'A reminder could not be delivered');
      await store.reminders.update(r.id, { ...release, state: 'failed', lastError: result.reason, attempts: r.attempts + attempts, updatedAt: at }, this.owner);
      return 'failed';
    } catch (err) {
      log.error({ err, kind: r.kind }, 'A reminder failed');
      // Leave the claim to expire: it will be tried again by a later tick.
      return 'failed';
    }
  }

  /** When the person does not want messages now, the time to try again. */
  private async laterTime(userKey: string, now: Date): Promise<Date | undefined> {
    const profile = await this.opts.store.profiles.get(userKey);
    return laterTimeFor(profile, now, this.opts.timeZone, this.opts.bankHolidays);
  }
}

/**
 * The one rule for when a message that respects working hours may go: undefined
 * when it may go at `at`, else the time it will (after a pause, or at the next
 * start of the person's working day, skipping days off and bank holidays).
 * The scheduler sends by it; anything that shows a planned date asks it too.
 */
export function laterTimeFor(
  profile: Pick<Profile, 'pausedUntil' | 'workingPattern'> | undefined,
  at: Date,
  timeZone: string,
  bankHolidays: ReadonlySet<string>,
): Date | undefined {
  if (profile?.pausedUntil && Date.parse(profile.pausedUntil) > at.getTime()) return new Date(profile.pausedUntil);
  const pattern = profile?.workingPattern ?? DEFAULT_WORKING_PATTERN;
  if (isAllowed(at, pattern, timeZone, bankHolidays)) return undefined;
  // A pattern with no days at all means "send any time" rather than "never".
  return nextAllowed(at, pattern, timeZone, bankHolidays);
}
