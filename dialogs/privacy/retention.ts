/**
 * Storage limitation (UK GDPR Article 5(1)(e)): the free text people write in
 * check-ins is deleted `days` after they wrote it. Ratings, ticked items and
 * whether support was asked for stay (they carry no words), until the person
 * deletes their data.
 *
 * The purge runs once a day as a scheduler planner. It remembers the last day
 * it ran in memory and, so that a restart does not purge twice in a day, also
 * looks for today's `retention-purge` line in the audit log (that line is its
 * small record). Running twice would do no harm: the purge is idempotent.
 */
import type { Services } from '../../src/core/dialog.js';
import { recordAudit } from '../../src/core/audit.js';
import type { Planner } from '../../src/scheduler/scheduler.js';

export const DEFAULT_CHECKIN_TEXT_RETENTION_DAYS = 365;
const DAY_MS = 86_400_000;

/** Deletes check-in free text older than `days` days. Returns how many answers lost their text. */
export async function purgeCheckinText(services: Pick<Services, 'store' | 'audit' | 'log'>, days: number, now: Date): Promise<number> {
  const before = new Date(now.getTime() - days * DAY_MS);
  const n = await services.store.checkins.purgeTextBefore(before);
  await recordAudit(services, 'retention-purge', 'system', undefined, { answers: n, days });
  services.log.info({ event: 'retention-purge', answers: n, days }, 'Old check-in free text deleted');
  return n;
}

/** A planner (adds no reminders) that runs `purgeCheckinText` once a day (UTC). */
export function retentionPlanner(services: Pick<Services, 'store' | 'audit' | 'log'>, days: number = DEFAULT_CHECKIN_TEXT_RETENTION_DAYS): Planner {
  let lastDay: string | undefined;
  return async (now) => {
    const today = now.toISOString().slice(0, 10);
    if (lastDay === today) return [];
    try {
      const recent = await services.store.audit.tail(500);
      if (recent.some((e) => e.action === 'retention-purge' && e.at.slice(0, 10) === today)) {
        lastDay = today;
        return [];
      }
      await purgeCheckinText(services, days, now);
      lastDay = today;
    } catch (err) {
      // Never stop the tick: check-ins must still go out. The next tick tries again.
      services.log.error({ err, event: 'retention-purge-failed' }, 'Could not delete old check-in free text');
    }
    return [];
  };
}
