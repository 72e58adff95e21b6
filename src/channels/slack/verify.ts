/**
 * The first check on every request to /slack/events, before Bolt reads the
 * body: the signature headers must be there, and the timestamp Slack signed
 * must be within five minutes of now, either way (a replayed request is stale;
 * one from the future means a wrong clock or a forgery). Bolt then checks the
 * HMAC signature against the raw body.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
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

/** The signature Slack puts on a request: HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret. */
export function slackSignatureMatches(secret: string, timestamp: string, rawBody: Buffer, signature: string): boolean {
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(rawBody).digest('hex')}`, 'utf8');
  const given = Buffer.from(signature, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export type SlackBodyCheck = { ok: true } | { ok: false; status: 400; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bad = (reason: string): SlackBodyCheck => ({ ok: false, status: 400, reason });

/**
 * The shape Bolt and our listeners rely on, checked on a signed body before Bolt
 * sees it: a JSON object (Events API) or a form (interactivity, slash commands).
 * A signed but malformed body gets 400 instead of an error deep inside Bolt.
 */
export function checkSlackBody(rawBody: Buffer, contentType: string): SlackBodyCheck {
  const text = rawBody.toString('utf8');
  if (contentType.includes('application/json')) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return bad('The body is not valid JSON.');
    }
    if (!isObject(body)) return bad('The body must be a JSON object.');
    if (body['type'] === 'url_verification') return typeof body['challenge'] === 'string' ? { ok: true } : bad('The challenge is missing.');
    if (body['type'] === 'event_callback') {
      const event = body['event'];
      if (!isObject(event) || typeof event['type'] !== 'string') return bad('The event is missing or has no type.');
      for (const key of ['user', 'channel', 'text', 'ts', 'team']) {
        if (event[key] !== undefined && typeof event[key] !== 'string') return bad(`The event's ${key} must be text.`);
      }
      const auths = body['authorizations'];
      if (auths !== undefined && (!Array.isArray(auths) || auths.some((a) => !isObject(a)))) return bad('The authorizations must be a list.');
      if (body['team_id'] !== undefined && typeof body['team_id'] !== 'string') return bad('The team_id must be text.');
    }
    return { ok: true };
  }
  const form = new URLSearchParams(text);
  const payload = form.get('payload');
  if (payload !== null) {
    let p: unknown;
    try {
      p = JSON.parse(payload);
    } catch {
      return bad('The payload is not valid JSON.');
    }
    if (!isObject(p) || typeof p['type'] !== 'string') return bad('The payload must be an object with a type.');
    if (p['user'] !== undefined && !isObject(p['user'])) return bad('The payload user must be an object.');
    if (p['actions'] !== undefined && (!Array.isArray(p['actions']) || p['actions'].some((a) => !isObject(a)))) return bad('The payload actions must be a list.');
    return { ok: true };
  }
  if (form.get('ssl_check') === '1') return { ok: true };
  if (typeof form.get('command') === 'string' && typeof form.get('user_id') === 'string') return { ok: true };
  return bad('The body is not a Slack event, action or command.');
}
