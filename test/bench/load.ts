/**
 * Load generation with autocannon: closed loop (N connections, each its own
 * conversation, sending as fast as answers come back) and open loop (a fixed
 * offered rate), reporting throughput and latency percentiles.
 */
import { createHmac } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';

export interface LoadResult {
  throughput: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  /** Paced load only: requests sent again after the connection failed, as Slack does (counted once each, whatever came of the second try). */
  retried?: number;
  /** Paced load only: of `errors`, the turns whose reply had not come 10 s after the request. */
  late?: number;
}

export type BodyFor = (conversation: number, turn: number) => { body: string; headers?: Record<string, string> };

export async function runLoad(opts: {
  url: string;
  connections: number;
  durationSeconds: number;
  /** Offered load in requests a second across all connections (open loop). */
  rate?: number;
  bodyFor: BodyFor;
}): Promise<LoadResult> {
  let nextConversation = 0;
  const instance = autocannon({
    url: opts.url,
    method: 'POST',
    connections: opts.connections,
    duration: opts.durationSeconds,
    ...(opts.rate ? { overallRate: opts.rate } : {}),
    // Each connection is one conversation for the whole run, as the turn kinds assume: its next body is
    // set when an answer comes back, before autocannon sends again (autocannon empties the context that
    // `requests[].setupRequest` gets after every request, so that could not keep a conversation).
    setupClient: (client: { setHeadersAndBody(headers: Record<string, string>, body: string): void; on(event: 'response', f: () => void): void }) => {
      const conversation = nextConversation++;
      let turn = 0;
      const next = () => {
        const { body, headers } = opts.bodyFor(conversation, turn++);
        client.setHeadersAndBody({ 'content-type': 'application/json', ...(headers ?? {}) }, body);
      };
      next();
      client.on('response', next);
    },
  } as never);
  const r = (await instance) as unknown as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
  };
  return { throughput: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, errors: r.errors, non2xx: r.non2xx };
}

export function teamsBody(serviceUrl: string, text: (conversation: number, turn: number) => string): BodyFor {
  return (c, t) => ({
    body: JSON.stringify({
      type: 'message',
      id: `bench-${c}-${t}-${Math.random().toString(36).slice(2, 8)}`,
      serviceUrl,
      channelId: 'msteams',
      from: { id: `29:bench-${c}`, name: 'Bench' },
      conversation: { id: `a:bench-${c}`, conversationType: 'personal', tenantId: 'bench' },
      recipient: { id: '28:bot', name: 'Career Companion' },
      text: text(c, t),
      locale: 'en-GB',
    }),
  });
}

export function slackBody(secret: string, text: (conversation: number, turn: number) => string): BodyFor {
  return (c, t) => {
    const body = JSON.stringify({
      team_id: 'T0BENCH',
      api_app_id: 'A0BENCH',
      type: 'event_callback',
      event_id: `Ev${c}x${t}x${Math.random().toString(36).slice(2, 8)}`,
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'message', channel_type: 'im', channel: `D${c}`, user: `U${c}`, text: text(c, t), ts: `${Date.now() / 1000}${t}`, client_msg_id: `m-${c}-${t}-${Math.random()}`, team: 'T0BENCH' },
    });
    const ts = Math.floor(Date.now() / 1000);
    const sig = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
    return { body, headers: { 'x-slack-signature': sig, 'x-slack-request-timestamp': String(ts) } };
  };
}

/** Starts a process that prints "PORT <n>" or the server's JSON "listening" log line. */
export async function startProcess(cmd: string, args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; port: number; startedAt: number }> {
  const startedAt = performance.now();
  const child = spawn(cmd, args, { env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start: ${err}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /PORT (\d+)/.exec(out) ?? /"port":(\d+)[^\n]*listening/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${err}`)));
  });
  return { child, port, startedAt };
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}

export function rssMb(pid: number): Promise<number> {
  return import('node:fs/promises').then(async ({ readFile }) => {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : NaN;
  });
}

/** CPU time (user and system) a process has used so far, in milliseconds, from /proc (Linux). */
export async function cpuMs(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at field 3; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/**
 * Load where a turn ends when its reply reaches the fake platform, not when the request
 * is answered: for Slack, which is answered before the turn's work (its three-second
 * rule). Each conversation sends its next message only after the reply to its last one,
 * as a person does. Closed loop: `connections` conversations, each as fast as replies
 * come back. Open loop (`rate`): turns offered at that rate over the conversations in
 * turn, each conversation's turns one after another, latency counted from when a turn
 * was due (so a slow reply delays the turns behind it, as it would a person's).
 */
export async function runPaced(opts: {
  url: string;
  connections: number;
  durationSeconds: number;
  rate?: number;
  bodyFor: BodyFor;
  /** Resolves when all the replies to turn `t` of conversation `c` have arrived. */
  replies: (conversation: number, turn: number) => Promise<void>;
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: opts.connections });
  const target = new URL(opts.url);
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let retried = 0;
  let late = 0;
  let done = 0;
  const end = Date.now() + opts.durationSeconds * 1000;
  const send = (body: string, headers: Record<string, string>) =>
    new Promise<number>((resolve) => {
      const req = request({ agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
      req.end(body);
    });
  /** One turn of conversation c: sent, answered, and its reply arrived (at most 10 s). */
  const turnOf = async (c: number, t: number, due: number): Promise<void> => {
    const { body, headers } = opts.bodyFor(c, t);
    const reply = opts.replies(c, t);
    let status = await send(body, { 'content-type': 'application/json', ...(headers ?? {}) });
    if (status === 0) {
      // The connection failed before an answer came (a kept-alive connection closed as it was reused, say):
      // Slack sends the event again at once, saying it is a retry, and so does this load.
      retried++;
      status = await send(body, { 'content-type': 'application/json', ...(headers ?? {}), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' });
    }
    if (status === 0) errors++;
    else if (status < 200 || status >= 300) non2xx++;
    const timedOut = await Promise.race([reply.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 10_000).unref())]);
    if (timedOut) {
      errors++;
      late++;
    } else if (Date.now() <= end) {
      done++;
      latencies.push(Date.now() - due);
    }
  };
  const conversations = opts.connections;
  const turnNo = new Array<number>(conversations).fill(0);
  if (!opts.rate) {
    await Promise.all(
      Array.from({ length: conversations }, async (_, c) => {
        while (Date.now() < end) await turnOf(c, turnNo[c]!++, Date.now());
      }),
    );
  } else {
    // Each conversation's turns in order: a turn waits for the one before it.
    const last = new Array<Promise<void>>(conversations).fill(Promise.resolve());
    const interval = 1000 / opts.rate;
    const start = Date.now();
    for (let k = 0; ; k++) {
      const due = start + k * interval;
      if (due >= end) break;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
      const c = k % conversations;
      last[c] = last[c]!.then(() => turnOf(c, turnNo[c]!++, due));
    }
    await Promise.all(last);
  }
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { throughput: done / opts.durationSeconds, p50: pct(50), p99: pct(99), requests: turnNo.reduce((a, b) => a + b, 0), errors, non2xx, retried, late };
}
