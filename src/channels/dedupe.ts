/**
 * Exactly-once handling of inbound messages that Teams or Slack deliver more
 * than once (retries after a timeout, a card submitted twice, the same message
 * under a new event id).
 *
 * Each inbound message yields one or more keys. Its keys are claimed in the
 * store (`store.dedupe.claim`, atomic per key); the message is handled only if
 * all of them were new. Keys are sha256 hashes, so the store holds no ids of
 * people in clear. Claims happen before the work, so a message whose work fails
 * is not retried by a redelivery (at most once, never twice).
 *
 * No platform SDK is imported here: the payload shapes are read as plain JSON.
 */
import * as crypto from 'node:crypto';
import type { DedupeStore } from '../store/ports.js';

/** How long a message id is remembered: far longer than any platform retries. */
export const DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * How long the same Teams card submission (same card, same values, new
 * activity id) counts as a duplicate. Shorter than DEDUPE_TTL_MS on purpose:
 * double submits arrive seconds apart, and a person who presses the same
 * button again later should get an answer.
 */
export const RESUBMIT_WINDOW_MS = 10 * 60 * 1000;

export interface DedupeClaim {
  key: string;
  ttlMs: number;
}

/** SHA-256 in hex; crypto.hash (Node 20.12 and later) does it without making a Hash object (a third of the time). */
const sha256Hex: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (text) => (crypto as unknown as { hash(algorithm: string, data: string, encoding: 'hex'): string }).hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** A key of a kind (kept readable, carries no ids) and a hash of the parts that identify the message. */
export function dedupeKey(kind: string, ...parts: string[]): string {
  return `${kind}:${sha256Hex(parts.join('\u001f'))}`;
}

/**
 * Claims the keys one by one, in sorted order, stopping at the first that was
 * seen before. True when all were new (handle the message); false for a
 * duplicate (do nothing).
 *
 * Two copies that share a key are handled at most once (that key is claimed
 * once). Stopping early and a fixed order matter when copies race: a copy that
 * recorded all its keys regardless, or claimed them in its own order, could
 * block the other copy while being blocked by it, and neither would be handled.
 */
export async function claimAll(store: { dedupe: DedupeStore }, claims: DedupeClaim[], now: Date): Promise<boolean> {
  const ordered = [...claims].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const c of ordered) {
    if (!(await store.dedupe.claim(c.key, now, c.ttlMs))) return false;
  }
  return true;
}

/** JSON with object keys sorted, so equal values give equal text. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * Keys for one Slack request body (Events API, slash command or interactivity),
 * as Bolt hands it to middleware.
 * - events: the event_id; for messages and mentions also the message itself
 *   (client_msg_id, or channel and ts), so a copy under a new event_id is caught;
 * - block actions: the trigger_id and action_ts pair;
 * - slash commands: the trigger_id.
 */
export function slackClaims(body: unknown): DedupeClaim[] {
  if (!body || typeof body !== 'object') return [];
  const b = body as Record<string, any>;
  const team = str(b['team_id']) ?? str(b['team']?.['id']) ?? str(b['user']?.['team_id']) ?? '';
  const claims: DedupeClaim[] = [];
  const add = (kind: string, ...parts: string[]) => claims.push({ key: dedupeKey(kind, team, ...parts), ttlMs: DEDUPE_TTL_MS });

  if (b['type'] === 'event_callback') {
    const eventId = str(b['event_id']);
    if (eventId) add('slack-event', eventId);
    const e = (b['event'] ?? {}) as Record<string, unknown>;
    const type = str(e['type']);
    if (type === 'message' || type === 'app_mention') {
      // The event type is part of the key: one message can arrive both as a
      // `message` event and as an `app_mention`, and those are different work.
      const clientMsgId = str(e['client_msg_id']);
      const channel = str(e['channel']);
      const ts = str(e['ts']);
      if (clientMsgId) add('slack-message', type, clientMsgId);
      else if (channel && ts) add('slack-message', type, channel, ts);
    }
    return claims;
  }
  if (b['type'] === 'block_actions') {
    const trigger = str(b['trigger_id']);
    const actionTs = str(b['actions']?.[0]?.['action_ts']);
    if (trigger || actionTs) add('slack-action', trigger ?? '', actionTs ?? '');
    return claims;
  }
  if (str(b['command']) && str(b['trigger_id'])) {
    add('slack-command', b['trigger_id'] as string);
  }
  return claims;
}

/** The parts of a Bot Framework activity that dedupe reads. */
export interface ActivityLike {
  id?: string;
  type?: string;
  replyToId?: string;
  value?: unknown;
  conversation?: { id?: string };
}

/**
 * Keys for one Teams activity:
 * - the activity id within its conversation (a redelivery of the same activity);
 * - for card submissions, the card (replyToId) and the submitted values, so the
 *   same card submitted twice under two activity ids counts once.
 */
export function teamsClaims(activity: ActivityLike): DedupeClaim[] {
  const conversation = str(activity.conversation?.id) ?? '';
  const claims: DedupeClaim[] = [];
  const id = str(activity.id);
  if (id) claims.push({ key: dedupeKey('teams-activity', conversation, id), ttlMs: DEDUPE_TTL_MS });
  const replyTo = str(activity.replyToId);
  if (activity.type === 'message' && replyTo && activity.value !== undefined && activity.value !== null) {
    claims.push({ key: dedupeKey('teams-submit', conversation, replyTo, stableStringify(activity.value)), ttlMs: RESUBMIT_WINDOW_MS });
  }
  return claims;
}
