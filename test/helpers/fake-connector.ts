/**
 * A fake Bot Connector on 127.0.0.1: stands in for the Teams service that bots
 * send replies to (activity.serviceUrl), and records every activity it gets.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface CapturedActivity {
  conversationId: string;
  replyToId?: string;
  activity: Record<string, any>;
  headers: IncomingMessage['headers'];
}

export interface FakeConnector {
  url: string;
  activities: CapturedActivity[];
  /** Conversations the bot created (POST /v3/conversations), e.g. to message a manager first. */
  conversations: Array<{ id: string; body: Record<string, any> }>;
  /** Makes the next `n` sends answer with this status (e.g. 429), then back to 200. */
  failNext(status: number, n?: number, headers?: Record<string, string>): void;
  waitFor(count: number, timeoutMs?: number): Promise<CapturedActivity[]>;
  cardsFor(conversationId: string): Array<Record<string, any>>;
  clear(): void;
  close(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const activities: CapturedActivity[] = [];
  const conversations: Array<{ id: string; body: Record<string, any> }> = [];
  const waiters: Array<() => void> = [];
  let failures: Array<{ status: number; headers: Record<string, string> }> = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST' && /^\/+v3\/conversations\/?(?:\?.*)?$/.test(req.url ?? '')) {
        // Creating a one-to-one conversation (someone the bot has not talked to yet).
        const id = `conv-${conversations.length + 1}`;
        conversations.push({ id, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id }));
        return;
      }
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      if (req.method !== 'POST' || !m) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{}');
        return;
      }
      const fail = failures.shift();
      if (fail) {
        res.writeHead(fail.status, { 'content-type': 'application/json', ...fail.headers });
        res.end(JSON.stringify({ error: { code: 'Throttled', message: 'slow down' } }));
        return;
      }
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const captured: CapturedActivity = { conversationId: decodeURIComponent(m[1]!), activity, headers: req.headers };
      if (m[2]) captured.replyToId = decodeURIComponent(m[2]);
      activities.push(captured);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${++n}` }));
      for (const w of waiters.splice(0)) w();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    activities,
    conversations,
    failNext(status, count = 1, headers = {}) {
      failures = Array.from({ length: count }, () => ({ status, headers }));
    },
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (activities.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`Expected ${count} activities, got ${activities.length}`);
        await new Promise<void>((r) => {
          const t = setTimeout(r, Math.min(left, 200));
          waiters.push(() => {
            clearTimeout(t);
            r();
          });
        });
      }
      return activities.slice(0, count);
    },
    cardsFor(conversationId) {
      return activities
        .filter((a) => a.conversationId === conversationId)
        .flatMap((a) => (a.activity['attachments'] ?? []).map((x: any) => x.content));
    },
    clear() {
      activities.length = 0;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A Bot Framework message activity as Teams sends it. */
export function teamsMessage(
  serviceUrl: string,
  opts: {
    text?: string;
    value?: unknown;
    userId?: string;
    /** The sender's display name (default Alex). */
    userName?: string;
    conversationId?: string;
    id?: string;
    channelId?: string;
    conversationType?: string;
    /** The id of the bot message whose card was submitted. */
    replyToId?: string;
    /** The Microsoft Entra tenant (default `tenant-1`); null leaves the tenant out, as the Emulator does. */
    tenantId?: string | null;
  },
): Record<string, unknown> {
  const userId = opts.userId ?? '29:user-1';
  const conversationId = opts.conversationId ?? `a:conv-${userId}`;
  const activity: Record<string, unknown> = {
    type: 'message',
    id: opts.id ?? `act-${Math.random().toString(36).slice(2)}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: opts.channelId ?? 'msteams',
    from: { id: userId, name: opts.userName ?? 'Alex', aadObjectId: '00000000-0000-0000-0000-0000000000a1' },
    conversation: { id: conversationId, conversationType: opts.conversationType ?? 'personal', tenantId: 'tenant-1' },
    recipient: { id: '28:bot', name: 'Career Companion' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'en-GB',
  };
  if (opts.tenantId !== undefined) {
    const conversation = activity['conversation'] as Record<string, unknown>;
    if (opts.tenantId === null) {
      delete conversation['tenantId'];
      delete activity['channelData'];
    } else {
      conversation['tenantId'] = opts.tenantId;
      activity['channelData'] = { tenant: { id: opts.tenantId } };
    }
  }
  if (opts.replyToId !== undefined) activity['replyToId'] = opts.replyToId;
  if (opts.text !== undefined) activity['text'] = opts.text;
  if (opts.value !== undefined) activity['value'] = opts.value;
  return activity;
}
