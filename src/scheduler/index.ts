/**
 * Builds the scheduler from the core's services and the settings, and runs it
 * once a minute with node-cron (plus a catch-up tick at start-up).
 *
 * Each kind of reminder has a handler (what to send) in src/scheduler/handlers;
 * planners add reminders that come round on a schedule (weekly digests).
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Config } from '../config.js';
import type { Services } from '../core/dialog.js';
import type { ReminderHandler, Planner } from './scheduler.js';
import { Scheduler } from './scheduler.js';
import type { ReminderKind } from '../store/ports.js';
import type { RetryOptions } from './outbox.js';
import { checkinHandlers } from './handlers/checkin.js';
import { digestHandler, digestPlanner } from './handlers/digest.js';
import { retentionPlanner } from '../privacy/retention.js';
import { actionHandler } from './handlers/action.js';

export interface SchedulerContext {
  services: Services;
  settings: Config['scheduler'];
}

/** Every handler and planner, by kind. Each module adds itself here. */
function handlersFor(ctx: SchedulerContext): { handlers: Partial<Record<ReminderKind, ReminderHandler>>; planners: Planner[] } {
  const handlers: Partial<Record<ReminderKind, ReminderHandler>> = {};
  const planners: Planner[] = [];
  const checkins = checkinHandlers(ctx);
  handlers.checkin = checkins.checkin;
  handlers.nudge = checkins.nudge;
  handlers.digest = digestHandler(ctx);
  handlers.action = actionHandler(ctx.services);
  planners.push(digestPlanner(ctx));
  planners.push(retentionPlanner(ctx.services, ctx.settings.checkinTextRetentionDays));
  return { handlers, planners };
}

export function buildScheduler(services: Services, settings: Config['scheduler'], opts: { retry?: RetryOptions; owner?: string; sleep?: (ms: number) => Promise<void> } = {}): Scheduler {
  const { handlers, planners } = handlersFor({ services, settings });
  return new Scheduler({
    store: services.store,
    messenger: services.messenger,
    log: services.log,
    handlers,
    planners,
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
    scheduler.tick(services.clock()).catch((err) => {
      services.log.error({ err }, 'Scheduler tick failed');
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
