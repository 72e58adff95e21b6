/**
 * A fast stand-in for Teams' Bot Connector and the Slack Web API on 127.0.0.1:
 * answers every call at once and counts what arrived, per conversation or channel.
 */
import { createServer, type Server } from 'node:http';

export interface Sink {
  url: string;
  /** Teams activities received, by conversation id. */
  teams: Map<string, number>;
  /** Slack chat.postMessage calls, by channel. */
  slack: Map<string, number>;
  /** The bodies of the last 4 Teams activities or Slack messages, by conversation id or channel. */
  recent: Map<string, string[]>;
  /** Resolves when `count` more messages to this Teams conversation or Slack channel have arrived. */
  nextMessages(key: string, count: number): Promise<void>;
  total(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startSink(): Promise<Sink> {
  const teams = new Map<string, number>();
  const slack = new Map<string, number>();
  const recent = new Map<string, string[]>();
  /** Who waits for messages to a channel or conversation, by its key, with how many more each waits for. */
  const waiting = new Map<string, Array<{ left: number; resolve: () => void }>>();
  const arrived = (key: string) => {
    const list = waiting.get(key);
    if (!list) return;
    for (const w of list) if (--w.left === 0) w.resolve();
    const rest = list.filter((w) => w.left > 0);
    if (rest.length > 0) waiting.set(key, rest);
    else waiting.delete(key);
  };
  const keep = (key: string, body: string) => {
    arrived(key);
    const list = recent.get(key) ?? [];
    list.push(body);
    if (list.length > 4) list.shift();
    recent.set(key, list);
  };
  let ts = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '';
      const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(url);
      if (m) {
        const id = decodeURIComponent(m[1]!);
        teams.set(id, (teams.get(id) ?? 0) + 1);
        keep(id, Buffer.concat(chunks).toString('utf8'));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"x"}');
        return;
      }
      if (url.startsWith('/v3/conversations')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`{"id":"conv-${++ts}"}`);
        return;
      }
      if (url.startsWith('/api/')) {
        const method = url.slice(5).split('?')[0];
        const body = Buffer.concat(chunks).toString('utf8');
        res.writeHead(200, { 'content-type': 'application/json' });
        if (method === 'auth.test') {
          res.end('{"ok":true,"user_id":"UBOT","bot_id":"BBOT","team_id":"T0BENCH"}');
          return;
        }
        if (method === 'conversations.open') {
          const users = new URLSearchParams(body).get('users') ?? (body.startsWith('{') ? JSON.parse(body).users : 'X');
          res.end(`{"ok":true,"channel":{"id":"D${users}"}}`);
          return;
        }
        if (method === 'chat.postMessage') {
          const channel = new URLSearchParams(body).get('channel') ?? (body.startsWith('{') ? JSON.parse(body).channel : '?');
          slack.set(channel, (slack.get(channel) ?? 0) + 1);
          keep(channel, body);
          res.end(`{"ok":true,"channel":"${channel}","ts":"${++ts}.0001"}`);
          return;
        }
        res.end('{"ok":true}');
        return;
      }
      res.writeHead(404);
      res.end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return {
    url: `http://127.0.0.1:${port}`,
    teams,
    slack,
    recent,
    nextMessages: (key, count) =>
      new Promise<void>((resolve) => {
        const w = { left: Math.max(1, count), resolve };
        const list = waiting.get(key);
        if (list) list.push(w);
        else waiting.set(key, [w]);
      }),
    total: () => sum(teams) + sum(slack),
    reset() {
      teams.clear();
      slack.clear();
      recent.clear();
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
