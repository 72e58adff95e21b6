/**
 * Paced delivery. Each platform has a rate (messages a second); sends wait for
 * their slot. A 429 pauses the whole platform for its Retry-After; 429, 412,
 * 502 and 504 (and network errors) are retried with jittered exponential
 * backoff, then given up with a result the caller records.
 */
import type { DeliveryResult } from '../core/messenger.js';

export interface PacerOptions {
  /** Messages a second. */
  rate: number;
  /** Sends that may be waiting on the platform at once. */
  concurrency?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Hands out send slots at a steady rate, and can be paused. */
export class Pacer {
  private nextSlot = 0;
  private pausedUntil = 0;
  private active = 0;
  private readonly waiters: Array<() => void> = [];
  private readonly interval: number;
  private readonly concurrency: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(opts: PacerOptions) {
    if (!(opts.rate > 0)) throw new Error('The send rate must be above zero.');
    this.interval = 1000 / opts.rate;
    this.concurrency = opts.concurrency ?? Math.max(4, Math.ceil(opts.rate * 2));
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? realSleep;
  }

  /** Waits for a slot, runs `fn`, and frees the slot. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    while (this.active >= this.concurrency) await new Promise<void>((r) => this.waiters.push(r));
    this.active++;
    try {
      const now = this.now();
      const slot = Math.max(now, this.nextSlot, this.pausedUntil);
      this.nextSlot = slot + this.interval;
      if (slot > now) await this.sleep(slot - now);
      // A pause that began while we waited applies to us too.
      const paused = this.pausedUntil - this.now();
      if (paused > 0) await this.sleep(paused);
      return await fn();
    } finally {
      this.active--;
      this.waiters.shift()?.();
    }
  }

  /** Stops all sends on this platform for `ms` (a 429's Retry-After). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
    this.nextSlot = Math.max(this.nextSlot, this.pausedUntil);
  }
}

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 5, baseDelayMs: 500, maxDelayMs: 30_000 };

/** Full-jitter exponential backoff: a random delay up to base × 2^attempt, capped. */
export function backoff(attempt: number, opts: RetryOptions): number {
  const cap = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** attempt);
  return Math.round((opts.random ?? Math.random)() * cap);
}

/**
 * Sends through the pacer, retrying what is worth retrying. Returns the last
 * result and how many attempts were made.
 */
export async function deliver(
  pacer: Pacer,
  send: () => Promise<DeliveryResult>,
  retry: RetryOptions = DEFAULT_RETRY,
): Promise<{ result: DeliveryResult; attempts: number }> {
  const sleep = retry.sleep ?? realSleep;
  let result: DeliveryResult = { status: 'failed', reason: 'not attempted' };
  for (let attempt = 0; attempt < retry.attempts; attempt++) {
    result = await pacer.run(send);
    if (result.status !== 'retry') return { result, attempts: attempt + 1 };
    if (attempt + 1 >= retry.attempts) break;
    if (result.afterMs !== undefined) {
      pacer.pause(result.afterMs);
    } else {
      await sleep(backoff(attempt, retry));
    }
  }
  return { result, attempts: retry.attempts };
}
