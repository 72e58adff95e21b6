/**
 * A fake Slack Web API on 127.0.0.1 (reached through SLACK_API_URL), plus a
 * signer for requests to /slack/events, as Slack signs them.
 */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export interface SlackCall {
  method: string;
  body: Record<string, any>;
}

export interface FakeSlack {
  /** Base URL to use as SLACK_API_URL. */
  apiUrl: string;
  /** Base URL for response_url values. */
  responseUrl: string;
  calls: SlackCall[];
  /** Calls that have had their answer (with `delayMs`, calls can be received but not answered yet). */
  answered: SlackCall[];
  /** Makes the next `n` calls of `method` answer 429 with Retry-After. */
  rateLimitNext(method: string, n: number, retryAfterSeconds: number): void;
  /** Makes the next `n` calls of `method` answer `{ ok: false, error }` (e.g. `files.completeUploadExternal`). */
  failNext(method: string, n: number, error?: string): void;
  /** Files whose upload completed (files.completeUploadExternal), by file name. */
  uploaded(): string[];
  waitFor(pred: (calls: SlackCall[]) => boolean, timeoutMs?: number): Promise<SlackCall[]>;
  posted(): SlackCall[];
  clear(): void;
  close(): Promise<void>;
}

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-test-token';
export const TEAM = 'T0TEST';

export interface FakeSlackOptions {
  /** Answer these Web API methods (e.g. `chat.postMessage`) only after this many milliseconds. */
  delayMs?: Record<string, number>;
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const answered: SlackCall[] = [];
  const limits = new Map<string, { n: number; after: number }>();
  const failures = new Map<string, { n: number; error: string }>();
  const names = new Map<string, string>();
  const uploaded: string[] = [];
  let ts = 1000;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = req.url ?? '';
      const type = String(req.headers['content-type'] ?? '');
      let body: Record<string, any> = {};
      if (type.includes('json')) body = raw ? JSON.parse(raw) : {};
      else {
        for (const [k, v] of new URLSearchParams(raw)) {
          try {
            body[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
          } catch {
            body[k] = v;
          }
        }
      }
      if (url.startsWith('/upload/')) {
        // The file's bytes, posted to the upload_url that files.getUploadURLExternal gave (files.uploadV2's step 2).
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('OK');
        return;
      }
      const method = url.startsWith('/api/') ? url.slice(5).split('?')[0]! : `response_url:${url}`;
      const failure = failures.get(method);
      if (failure && failure.n > 0) {
        failure.n--;
        calls.push({ method, body });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: failure.error }));
        return;
      }
      const limit = limits.get(method);
      if (limit && limit.n > 0) {
        limit.n--;
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(limit.after) });
        res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      const call: SlackCall = { method, body };
      calls.push(call);
      let out: Record<string, unknown> = { ok: true };
      if (method === 'auth.test') out = { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: TEAM, user: 'career-companion', team: 'Test' };
      else if (method === 'users.lookupByEmail') {
        const m = /^([a-z0-9]+)@slack\.example$/.exec(String(body['email'] ?? ''));
        out = m ? { ok: true, user: { id: `U0${m[1]!.toUpperCase()}`, team_id: TEAM } } : { ok: false, error: 'users_not_found' };
      } else if (method === 'users.info') out = { ok: true, user: { id: body['user'], real_name: `Person ${String(body['user'] ?? '')}`, profile: { display_name: `Person ${String(body['user'] ?? '')}` } } };
      else if (method === 'conversations.open') out = { ok: true, channel: { id: `D${String(body['users'] ?? 'X').replace(/[^A-Z0-9]/g, '')}` } };
      else if (method === 'files.getUploadURLExternal') {
        const id = `F${String(++ts)}`;
        names.set(id, String(body['filename'] ?? ''));
        out = { ok: true, upload_url: `http://127.0.0.1:${(server.address() as { port: number }).port}/upload/${id}`, file_id: id };
      } else if (method === 'files.completeUploadExternal') {
        const files: Array<{ id: string }> = Array.isArray(body['files']) ? body['files'] : [];
        for (const f of files) uploaded.push(names.get(f.id) ?? f.id);
        out = { ok: true, files: files.map((f) => ({ id: f.id })) };
      } else if (method === 'chat.postMessage' || method === 'chat.postEphemeral') out = { ok: true, channel: body['channel'], ts: `${++ts}.000100`, message_ts: `${ts}.000100` };
      const answer = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(out));
        answered.push(call);
      };
      const delay = options.delayMs?.[method];
      if (delay) setTimeout(answer, delay);
      else answer();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const fake: FakeSlack = {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: `http://127.0.0.1:${port}/respond/`,
    calls,
    answered,
    rateLimitNext(method, n, after) {
      limits.set(method, { n, after });
    },
    failNext(method, n, error = 'internal_error') {
      failures.set(method, { n, error });
    },
    uploaded: () => [...uploaded],
    async waitFor(pred, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pred(calls)) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for Slack calls; got: ${calls.map((c) => c.method).join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return calls;
    },
    posted() {
      return calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral' || c.method.startsWith('response_url:'));
    },
    clear() {
      calls.length = 0;
      answered.length = 0;
      uploaded.length = 0;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  return fake;
}

export function sign(body: string, timestamp = Math.floor(Date.now() / 1000), secret = SIGNING_SECRET): Record<string, string> {
  const sig = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': sig, 'x-slack-request-timestamp': String(timestamp) };
}

/** Posts a signed Events API or interactivity request. */
export async function postSlack(
  baseUrl: string,
  payload: { json?: unknown; form?: Record<string, string> },
  opts: { headers?: Record<string, string>; unsigned?: boolean; timestamp?: number; secret?: string } = {},
): Promise<Response> {
  const isJson = payload.json !== undefined;
  const body = isJson ? JSON.stringify(payload.json) : new URLSearchParams(payload.form).toString();
  const headers: Record<string, string> = {
    'content-type': isJson ? 'application/json' : 'application/x-www-form-urlencoded',
    ...(opts.unsigned ? {} : sign(body, opts.timestamp, opts.secret)),
    ...(opts.headers ?? {}),
  };
  return fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body });
}

export function dmEvent(text: string, opts: { user?: string; channel?: string; eventId?: string; ts?: string } = {}): unknown {
  const ts = opts.ts ?? `${Date.now() / 1000}`;
  return {
    token: 'ignored',
    team_id: TEAM,
    api_app_id: 'A0TEST',
    type: 'event_callback',
    event_id: opts.eventId ?? `Ev${Math.random().toString(36).slice(2)}`,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'message',
      channel_type: 'im',
      channel: opts.channel ?? 'D0USER1',
      user: opts.user ?? 'U0USER1',
      text,
      ts,
      client_msg_id: `m-${ts}`,
      team: TEAM,
    },
    authorizations: [{ team_id: TEAM, user_id: 'UBOT', is_bot: true }],
  };
}

/** A block_actions interactivity payload for a button the bot rendered. */
export function buttonPress(button: { action_id: string; value?: string }, opts: { user?: string; channel?: string; stateValues?: unknown; responseUrl?: string } = {}): Record<string, string> {
  const payload = {
    type: 'block_actions',
    team: { id: TEAM, domain: 'test' },
    user: { id: opts.user ?? 'U0USER1', team_id: TEAM },
    api_app_id: 'A0TEST',
    trigger_id: `trig-${Math.random().toString(36).slice(2)}`,
    container: { type: 'message', channel_id: opts.channel ?? 'D0USER1', message_ts: '1.1', is_ephemeral: false },
    channel: { id: opts.channel ?? 'D0USER1', name: 'directmessage' },
    state: { values: opts.stateValues ?? {} },
    response_url: opts.responseUrl ?? 'http://127.0.0.1:9/unused',
    actions: [{ type: 'button', block_id: 'b', action_id: button.action_id, value: button.value, action_ts: `${Date.now() / 1000}` }],
  };
  return { payload: JSON.stringify(payload) };
}

/** Every button in the blocks of a posted message. */
export function buttonsIn(call: SlackCall): Array<{ action_id: string; value?: string; text: { text: string } }> {
  const blocks: any[] = call.body['blocks'] ?? [];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements.filter((e: any) => e.type === 'button'));
}
