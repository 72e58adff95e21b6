/** Keys of messages already handled, in Postgres (table `dedupe`). */
import type { DedupeStore } from '../ports.js';
import { pgText as k, type Query } from './sql.js';

export function pgDedupe(q: Query): DedupeStore {
  let claimsSincePrune = 0;
  return {
    async claim(key, now, ttlMs) {
      const res = await q(
        `INSERT INTO dedupe (key, expires_at) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE dedupe.expires_at <= $3
         RETURNING key`,
        [k(key), new Date(now.getTime() + ttlMs), now],
      );
      if (++claimsSincePrune >= 500) {
        claimsSincePrune = 0;
        await q('DELETE FROM dedupe WHERE expires_at <= $1', [now]);
      }
      return (res.rowCount ?? 0) > 0;
    },
  };
}
