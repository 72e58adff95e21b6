/**
 * The first check on every request to /slack/events, before Bolt reads the
 * body: the signature headers must be there, and the timestamp Slack signed
 * must be within five minutes of now, either way (a replayed request is stale;
 * one from the future means a wrong clock or a forgery). Bolt then checks the
 * HMAC signature against the raw body.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** How far a request's timestamp may be from now, in seconds (Slack's own limit). */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export type SlackHeaderCheck = { ok: true } | { ok: false; reason: string };

function single(headers: IncomingHttpHeaders, name: string): string | undefined | null {
  const v = headers[name];
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.length === 1 ? v[0]! : null;
  return v;
}

export function checkSlackRequestHeaders(headers: IncomingHttpHeaders, nowSeconds: number): SlackHeaderCheck {
  const signature = single(headers, 'x-slack-signature');
  const timestamp = single(headers, 'x-slack-request-timestamp');
  if (signature === undefined || signature === '') return { ok: false, reason: 'The request has no x-slack-signature header.' };
  if (signature === null) return { ok: false, reason: 'The request has more than one x-slack-signature header.' };
  if (!/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'The x-slack-signature header is not a Slack signature.' };
  if (timestamp === undefined || timestamp === '') return { ok: false, reason: 'The request has no x-slack-request-timestamp header.' };
  if (timestamp === null) return { ok: false, reason: 'The request has more than one x-slack-request-timestamp header.' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'The x-slack-request-timestamp header is not a number of seconds.' };
  const age = nowSeconds - Number(timestamp);
  if (age > MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: 'The request is too old (its timestamp is more than 5 minutes ago).' };
  if (-age > MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: 'The request is from the future (its timestamp is more than 5 minutes ahead).' };
  return { ok: true };
}
