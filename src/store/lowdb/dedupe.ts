/** Keys of messages already handled, in the embedded store (the dedupe document, `dedupe.jsonl`). */
import type { DedupeStore } from '../ports.js';
import type { LowContext } from './context.js';

export function lowDedupe(ctx: LowContext): DedupeStore {
  const { seen } = ctx;
  let claimsSincePrune = 0;
  return {
    claim: async (key, now, ttlMs) => {
      const map = seen.data.seen;
      const t = now.getTime();
      const until = map[key];
      if (until !== undefined && until > t) return false;
      seen.touch('seen', key);
      map[key] = t + ttlMs;
      if (++claimsSincePrune >= 500) {
        claimsSincePrune = 0;
        for (const [k, v] of Object.entries(map)) {
          if (v <= t) {
            seen.touch('seen', k);
            delete map[k];
          }
        }
      }
      // The claim holds in memory at once, which is what stops a redelivery in
      // this process; the copy on disk only matters across a restart, so the
      // turn does not wait for it (close() still does).
      void ctx.commit(seen).catch(() => undefined);
      return true;
    },
  };
}
