/**
 * Builds the scheduler from the core's services, the settings and the
 * features' reminder handlers and planners, and runs it once a minute with
 * node-cron (plus a catch-up tick at start-up).
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Config } from '../config.js';
import type { Services } from '../core/dialog.js';
import type { ReminderHandler, Planner } from './scheduler.js';
import { Scheduler } from './scheduler.js';
import type { RetryOptions } from './outbox.js';
import { StoreUnavailableError } from '../store/ports.js';

/** What the features give the scheduler: a handler per reminder kind, and planners. */
export interface ReminderWork {
  handlers: Record<string, ReminderHandler>;
  planners: Planner[];
}

export function buildScheduler(
  services: Services,
  settings: Config['scheduler'],
  work: ReminderWork,
  opts: { retry?: RetryOptions; owner?: string; sleep?: (ms: number) => Promise<void> } = {},
): Scheduler {
  return new Scheduler({
    store: services.store,
    messenger: services.messenger,
    log: services.log,
    handlers: work.handlers,
    planners: work.planners,
    timeZone: settings.timeZone,
    bankHolidays: services.content.bankHolidays,
    graceMs: settings.graceMs,
    rates: settings.rates,
    leaseMs: settings.leaseMs,
    ...opts,
  });
}

/** Runs a tick every minute (never two at once) and one straight away to catch up. */
export function runEveryMinute(scheduler: Scheduler, services: Services, timeZone: string): { stop(): Promise<void> } {
  const run = () =>
    scheduler.tick(services.clock()).catch((err: unknown) => {
      // The store logs its own outage once when it starts; a line a minute would bury it.
      if (err instanceof StoreUnavailableError) services.log.debug({ reason: err.reason }, 'Scheduler tick skipped: the store cannot save');
      else services.log.error({ err }, 'Scheduler tick failed');
    });
  const task: ScheduledTask = cron.schedule('* * * * *', run, { timezone: timeZone, noOverlap: true, name: 'career-companion-scheduler' });
  const first = run();
  return {
    async stop() {
      await task.stop();
      await first;
      while (scheduler.busy) await new Promise((r) => setTimeout(r, 50));
    },
  };
}
