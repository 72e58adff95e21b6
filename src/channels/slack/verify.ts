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

/**
 * A body that passed, with what was parsed to check it, so it is not parsed again:
 * the JSON object (Events API); for a form, its text, and its `payload` field as text and parsed (interactivity).
 */
export type SlackBodyParsed = { ok: true; json?: Record<string, unknown>; text?: string; payloadText?: string; payload?: Record<string, unknown> };

export type SlackBodyCheck = SlackBodyParsed | { ok: false; status: 400; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bad = (reason: string): SlackBodyCheck => ({ ok: false, status: 400, reason });

/**
 * Slack's ids: workspaces `T…`, Enterprise Grid organisations `E…` (a team id
 * may be either), users `U…`/`W…` (and `B…` for bots), channels `C…`/`D…`/`G…`,
 * all in capital letters and digits. Bolt and our code use them as keys (Bolt
 * keeps a client per team id in a plain object), so a name such as `__proto__`
 * or `constructor` must never get that far.
 */
const SLACK_ID: Record<'team' | 'enterprise' | 'user' | 'channel', RegExp> = {
  team: /^[TE][A-Z0-9]{1,40}$/,
  enterprise: /^E[A-Z0-9]{1,40}$/,
  user: /^[UWB][A-Z0-9]{1,40}$/,
  channel: /^[CDG][A-Z0-9]{1,40}$/,
};

type IdKind = keyof typeof SLACK_ID;

/** An id field that is there must be a Slack id of its kind. Enterprise ids may be null or empty (not on Enterprise Grid). */
function idProblem(kind: IdKind, value: unknown, where: string): SlackBodyCheck | undefined {
  if (value === undefined) return undefined;
  if (kind === 'enterprise' && (value === null || value === '')) return undefined;
  if (typeof value === 'string' && SLACK_ID[kind].test(value)) return undefined;
  return bad(`The ${where} is not a Slack id.`);
}

function firstProblem(checks: Array<[IdKind, unknown, string]>): SlackBodyCheck | undefined {
  for (const [kind, value, where] of checks) {
    const p = idProblem(kind, value, where);
    if (p) return p;
  }
  return undefined;
}

const field = (o: unknown, key: string): unknown => (isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined);

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
    // Slack's envelopes always say their type in text; Bolt cannot route one whose type is anything else.
    if (body['type'] !== undefined && typeof body['type'] !== 'string') return bad('The type must be text.');
    if (body['type'] === 'url_verification') return typeof body['challenge'] === 'string' ? { ok: true, json: body } : bad('The challenge is missing.');
    if (body['type'] === 'event_callback') {
      const event = body['event'];
      if (!isObject(event) || typeof event['type'] !== 'string') return bad('The event is missing or has no type.');
      for (const key of ['user', 'channel', 'text', 'ts', 'team']) {
        if (event[key] !== undefined && typeof event[key] !== 'string') return bad(`The event's ${key} must be text.`);
      }
      const auths = body['authorizations'];
      if (auths !== undefined && (!Array.isArray(auths) || auths.some((a) => !isObject(a)))) return bad('The authorizations must be a list.');
      if (body['team_id'] !== undefined && typeof body['team_id'] !== 'string') return bad('The team_id must be text.');
      const ids = firstProblem([
        ['team', body['team_id'], 'team_id'],
        ['enterprise', body['enterprise_id'], 'enterprise_id'],
        ['team', event['team'], "event's team"],
        ['team', event['user_team'], "event's user_team"],
        ['team', event['source_team'], "event's source_team"],
        ['user', event['user'], "event's user"],
        ['channel', event['channel'], "event's channel"],
        ...((auths as unknown[] | undefined) ?? []).flatMap((a): Array<[IdKind, unknown, string]> => [
          ['team', field(a, 'team_id'), "authorization's team_id"],
          ['enterprise', field(a, 'enterprise_id'), "authorization's enterprise_id"],
          ['user', field(a, 'user_id'), "authorization's user_id"],
        ]),
      ]);
      if (ids) return ids;
    }
    return { ok: true, json: body };
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
    const ids = firstProblem([
      ['team', field(p['team'], 'id'), "payload's team id"],
      ['enterprise', field(p['enterprise'], 'id'), "payload's enterprise id"],
      ['user', field(p['user'], 'id'), "payload's user id"],
      ['team', field(p['user'], 'team_id'), "payload's user team_id"],
      ['channel', field(p['channel'], 'id'), "payload's channel id"],
      ['channel', field(p['container'], 'channel_id'), "payload's container channel_id"],
    ]);
    return ids ?? { ok: true, text, payloadText: payload, payload: p };
  }
  if (form.get('ssl_check') === '1') return { ok: true, text };
  if (typeof form.get('command') === 'string' && typeof form.get('user_id') === 'string') {
    const ids = firstProblem([
      ['team', form.get('team_id') ?? undefined, 'team_id'],
      ['enterprise', form.get('enterprise_id') ?? undefined, 'enterprise_id'],
      ['user', form.get('user_id'), 'user_id'],
      ['channel', form.get('channel_id') ?? undefined, 'channel_id'],
    ]);
    return ids ?? { ok: true, text };
  }
  return bad('The body is not a Slack event, action or command.');
}
