/**
 * Sending to a person outside a turn (reminders, check-ins, a summary shared
 * with a manager). The core and the scheduler use this port; the channel
 * adapters implement it with each platform's proactive path.
 */
import type { OutboundMessage } from './messages.js';

export type DeliveryResult =
  | { status: 'sent' }
  /** Worth trying again later: rate limited, or the platform was briefly unavailable. */
  | { status: 'retry'; reason: string; afterMs?: number }
  /** Will not work by trying again: no way to reach the person, or the platform refused. */
  | { status: 'failed'; reason: string };

export interface SendOptions {
  /**
   * Another person on the same platform and organisation whose conversation can
   * show the way (e.g. the report, when messaging their manager for the first time).
   */
  via?: string;
}

export interface Messenger {
  send(userKey: string, messages: OutboundMessage[], opts?: SendOptions): Promise<DeliveryResult>;
}

/** Platform of a user key such as `teams:29:abc` or `slack:T1:U2` (see ../user-keys.ts). */
export { platformOf } from '../user-keys.js';

/** Reads the HTTP status and Retry-After of an error thrown by a platform client. */
export function classifyError(err: unknown): DeliveryResult {
  const e = err as Record<string, any> | null;
  const status: number | undefined =
    typeof e?.['statusCode'] === 'number' ? e['statusCode'] : typeof e?.['status'] === 'number' ? e['status'] : typeof e?.['response']?.['status'] === 'number' ? e['response']['status'] : undefined;
  const retryAfterRaw = e?.['retryAfter'] ?? headerOf(e?.['response']?.['headers'], 'retry-after') ?? headerOf(e?.['headers'], 'retry-after');
  const afterSeconds = retryAfterRaw !== undefined ? Number(retryAfterRaw) : NaN;
  const afterMs = Number.isFinite(afterSeconds) ? Math.max(0, afterSeconds * 1000) : undefined;
  const code = typeof e?.['code'] === 'string' ? e['code'] : '';
  if (code === 'slack_webapi_rate_limited_error' || status === 429) {
    return afterMs !== undefined ? { status: 'retry', reason: 'rate limited', afterMs } : { status: 'retry', reason: 'rate limited' };
  }
  if (status === 412 || status === 502 || status === 503 || status === 504 || status === 500) {
    return { status: 'retry', reason: `platform answered ${status}` };
  }
  if (code === 'slack_webapi_request_error' || code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT' || e?.['name'] === 'FetchError') {
    return { status: 'retry', reason: 'network error' };
  }
  if (status !== undefined) return { status: 'failed', reason: `platform answered ${status}` };
  if (code === 'slack_webapi_platform_error') return { status: 'failed', reason: `Slack refused: ${String(e?.['data']?.['error'] ?? 'error')}` };
  return { status: 'retry', reason: e instanceof Error ? e.name : 'unknown error' };
}

function headerOf(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  const h = headers as { get?: (n: string) => string | null } & Record<string, unknown>;
  if (typeof h.get === 'function') return h.get(name) ?? undefined;
  const v = h[name] ?? h[name.toLowerCase()];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}
