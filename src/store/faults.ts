/**
 * "Degraded, not silent": what a store does when it cannot save.
 *
 * A store that cannot write (a full or read-only disk, Postgres out of reach)
 * throws StoreUnavailableError. The core answers such a turn with a short
 * "I couldn't save that" and claims nothing as done; the channels answer
 * Teams and Slack normally, so nobody is left without a reply.
 *
 * A FaultTracker keeps the store's state for /healthz: failing (with the
 * reason, an error code and no contents) from the first failed write until a
 * write succeeds. It logs once when an episode starts and once when it ends,
 * never once per turn.
 */
import type { Logger } from '../log.js';
import { StoreUnavailableError } from './ports.js';

export interface StoreFault {
  /** An error code such as ENOSPC, EROFS or ECONNREFUSED: never contents. */
  reason: string;
  /** When the episode started (ISO time). */
  since: string;
}

/** A short, content-free reason for an error: its code, or its kind. */
export function faultReason(err: unknown): string {
  const e = (err ?? {}) as { code?: unknown; name?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && /^[A-Z0-9_]{2,20}$/.test(e.code)) return e.code;
  if (e.cause && e.cause !== err) return faultReason(e.cause);
  return typeof e.name === 'string' && e.name !== 'Error' ? e.name : 'unavailable';
}

export class FaultTracker {
  private fault: StoreFault | undefined;

  constructor(
    private readonly kind: string,
    private readonly log: Logger | undefined,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  get current(): StoreFault | undefined {
    return this.fault;
  }

  /** Records a failed write or read; returns the error to throw at the caller. */
  failed(err: unknown): StoreUnavailableError {
    if (err instanceof StoreUnavailableError) return err;
    const reason = faultReason(err);
    if (!this.fault) {
      this.fault = { reason, since: this.clock().toISOString() };
      this.log?.error({ store: this.kind, reason }, 'The store cannot save. People are told their message was not saved until it can.');
    } else {
      this.fault.reason = reason;
    }
    return new StoreUnavailableError(reason, { cause: err });
  }

  /** Records a write that reached the store: ends an episode if there was one. */
  succeeded(): void {
    if (!this.fault) return;
    const { reason, since } = this.fault;
    this.fault = undefined;
    this.log?.info({ store: this.kind, reason, since }, 'The store is saving again.');
  }
}
