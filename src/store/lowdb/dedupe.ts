/** Keys of messages already handled, in the embedded store (the dedupe document, `dedupe.jsonl`). */
import type { DedupeStore } from '../ports.js';
import type { LowContext } from './context.js';

/**
 * The keys' expiry times, soonest first (a binary heap in two parallel
 * arrays), so that forgetting expired keys visits only those, not every key
 * held. An entry whose key has since been claimed again or removed no longer
 * matches the map and is skipped when it comes up.
 */
class Expiries {
  private readonly at: number[] = [];
  private readonly keys: string[] = [];

  push(until: number, key: string): void {
    const { at, keys } = this;
    let i = at.length;
    at.push(until);
    keys.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (at[p]! <= until) break;
      at[i] = at[p]!;
      keys[i] = keys[p]!;
      i = p;
    }
    at[i] = until;
    keys[i] = key;
  }

  /** The soonest expiry, or Infinity when there is none. */
  peek(): number {
    return this.at.length > 0 ? this.at[0]! : Infinity;
  }

  /** Takes the soonest entry out (call only when there is one). */
  pop(): [number, string] {
    const { at, keys } = this;
    const top: [number, string] = [at[0]!, keys[0]!];
    const lastAt = at.pop()!;
    const lastKey = keys.pop()!;
    const n = at.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && at[r]! < at[l]! ? r : l;
        if (at[c]! >= lastAt) break;
        at[i] = at[c]!;
        keys[i] = keys[c]!;
        i = c;
      }
      at[i] = lastAt;
      keys[i] = lastKey;
    }
    return top;
  }
}

/** How long claims wait to go to disk together (see `claim`). */
export const SEEN_FLUSH_MS = 200;

export function lowDedupe(ctx: LowContext): DedupeStore {
  const { seen } = ctx;
  let claimsSincePrune = 0;
  let expiries: Expiries | undefined;
  let tracked: Record<string, number> | undefined;
  let flushTimer: NodeJS.Timeout | undefined;
  return {
    claim: async (key, now, ttlMs) => {
      const map = seen.data.seen;
      const t = now.getTime();
      const until = map[key];
      if (until !== undefined && until > t) return false;
      seen.touch('seen', key);
      map[key] = t + ttlMs;
      if (tracked !== map) {
        // First claim (or the map was replaced): index the keys already held, once.
        tracked = map;
        expiries = new Expiries();
        for (const k in map) expiries.push(map[k]!, k);
      } else {
        expiries!.push(t + ttlMs, key);
      }
      if (++claimsSincePrune >= 500) {
        claimsSincePrune = 0;
        const heap = expiries!;
        while (heap.peek() <= t) {
          const [at, k] = heap.pop();
          if (map[k] !== at) continue;
          seen.touch('seen', k);
          delete map[k];
        }
      }
      // The claim holds in memory at once, which is what stops a redelivery in
      // this process; the copy on disk only matters across a restart, so the
      // turn does not wait for it (close() still does), and the claims of a
      // busy spell go to disk together, a moment later, in one write: a flush
      // for every message would compete for the disk with the flushes the
      // turns do wait for.
      if (!flushTimer) {
        flushTimer = setTimeout(() => {
          flushTimer = undefined;
          void ctx.commit(seen).catch(() => undefined);
        }, SEEN_FLUSH_MS);
        flushTimer.unref();
      }
      return true;
    },
  };
}
