/**
 * 20,000 check-ins due in the same minute, delivered through the real Teams
 * channel to a fast fake Bot Connector on 127.0.0.1 at the configured rate.
 * Counts what arrived per conversation: nothing may be lost or sent twice.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { buildWithChannels } from '../../src/app/app.js';
import { createLogger } from '../../src/log.js';
import { buildScheduler } from '../../src/scheduler/index.js';
import { planCheckins } from '../../dialogs/checkins/plan.js';
import type { Enrolment } from '../../src/store/ports.js';
import { startSink } from './sink.js';

export interface SchedulerBenchResult {
  people: number;
  enrolPlanMs: number;
  planMs: number;
  configuredRate: number;
  achievedRate: number;
  rateShare: number;
  delivered: number;
  lost: number;
  duplicated: number;
  peakRssMb: number;
  /** RSS after setting up 20,000 people, before the tick. */
  beforeTickRssMb: number;
  tickMs: number;
}

export async function benchScheduler(people: number, rate = 400): Promise<SchedulerBenchResult> {
  const sink = await startSink();
  const dir = await mkdtemp(join(tmpdir(), 'cc-bench-sched-'));
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dir, SCHEDULER: 'off', TEAMS_SEND_RATE: String(rate), LOG_LEVEL: 'warn' });
  const core = await buildWithChannels(config, { log: createLogger('warn') });
  const { store, content } = core;
  const programme = content.programmes.get('new-starter-induction');
  if (!programme) throw new Error('The bench needs the new-starter-induction programme.');
  const first = programme.checkins[0]!;
  // Everyone started on the same day, so every first check-in falls due together.
  const now = new Date('2027-01-12T10:00:30Z');
  const start = '2027-01-12';
  const t0 = performance.now();
  const rows = [];
  const enrolments: Enrolment[] = [];
  for (let i = 0; i < people; i++) {
    const userKey = `teams:29:bench-${i}`;
    const e: Enrolment = { id: `${programme.id}|${userKey}`, subject: userKey, userKey, programmeId: programme.id, startDate: start, managerKey: `teams:29:mgr-${i % 100}`, enrolledBy: 'bench', status: 'active', createdAt: now.toISOString(), updatedAt: now.toISOString() };
    enrolments.push(e);
    rows.push(...planCheckins(e, programme, { timeZone: config.scheduler.timeZone, checkinTime: '10:00', now }).filter((r) => r.payload['checkinId'] === first.id));
  }
  await Promise.all(enrolments.map((e) => store.enrolments.put(e)));
  await Promise.all(
    enrolments.map((e, i) =>
      store.refs.put({
        userKey: e.userKey!,
        platform: 'teams',
        ref: { serviceUrl: `${sink.url}/`, channelId: 'msteams', conversation: { id: `a:bench-${i}`, conversationType: 'personal', tenantId: 'bench' }, bot: { id: '28:bot', name: 'Career Companion' }, user: { id: e.userKey!.slice(6) } },
        updatedAt: now.toISOString(),
      }),
    ),
  );
  await store.reminders.insertNew(rows);
  const enrolPlanMs = performance.now() - t0;

  globalThis.gc?.();
  const beforeTickRss = process.memoryUsage().rss;
  let peak = beforeTickRss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  let firstSendAt = 0;
  let lastSendAt = 0;
  const watcher = setInterval(() => {
    const n = sink.total();
    if (n > 0 && firstSendAt === 0) firstSendAt = performance.now();
    if (n >= people && lastSendAt === 0) lastSendAt = performance.now();
  }, 5);
  const scheduler = buildScheduler(core.services, config.scheduler, core.features.reminders);
  const tickStart = performance.now();
  const report = await scheduler.tick(now);
  const tickMs = performance.now() - tickStart;
  if (lastSendAt === 0) lastSendAt = performance.now();
  clearInterval(watcher);
  clearInterval(sampler);

  let duplicated = 0;
  let delivered = 0;
  for (const [, n] of sink.teams) {
    delivered++;
    if (n > 1) duplicated += n - 1;
  }
  const lost = people - delivered;
  const seconds = (lastSendAt - firstSendAt) / 1000;
  const achievedRate = seconds > 0 ? (people - 1) / seconds : 0;
  await store.close();
  await sink.close();
  await rm(dir, { recursive: true, force: true });
  return {
    people,
    enrolPlanMs,
    planMs: firstSendAt > 0 ? firstSendAt - tickStart : tickMs,
    configuredRate: rate,
    achievedRate,
    rateShare: achievedRate / rate,
    delivered,
    lost,
    duplicated,
    peakRssMb: peak / 1024 / 1024,
    beforeTickRssMb: beforeTickRss / 1024 / 1024,
    tickMs: report.sent >= 0 ? tickMs : tickMs,
  };
}
