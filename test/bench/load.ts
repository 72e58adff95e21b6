/**
 * Load generation with autocannon: closed loop (N connections, each its own
 * conversation, sending as fast as answers come back) and open loop (a fixed
 * offered rate), reporting throughput and latency percentiles.
 */
import { createHmac } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';

export interface LoadResult {
  throughput: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
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
