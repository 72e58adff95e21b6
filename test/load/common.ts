/**
 * Shared by the load and fault scripts (soak.ts, kill9.ts): the real server as a
 * separate process on 127.0.0.1, the command-line tools as processes, and the wire
 * formats of Teams and Slack. Nothing here talks to anything but 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';

/** The server and tools to run: this package's, or another build's (BENCH_BIN), to compare two versions. */
export const BIN = process.env['BENCH_BIN'] ?? join(packageRoot, 'bin', 'career-companion.js');
export const SLACK_TEAM = 'T0BENCH'; // the team the sink's auth.test answers with
export const SIGNING_SECRET = 'load-signing-secret-0123456789abcdef';
export const BOT_TOKEN = 'xoxb-load-token';
export const PROGRAMME = 'new-starter-induction';

export const envNumber = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number, got "${raw}"`);
  return n;
};

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A port that was free a moment ago, so a restarted server can take the same address. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** The environment of the server and of the tools: this machine only, fake platforms at `sinkUrl`. */
export function serverEnv(dataDir: string, sinkUrl: string, port: number): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '/tmp',
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    SCHEDULER: 'off',
    PLAYGROUND: 'off',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${sinkUrl}/api/`,
    // Proactive sends go to the sink on this machine: no need to pace them as for the real platforms.
    TEAMS_SEND_RATE: '500',
    SLACK_SEND_RATE: '500',
  };
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Resolves with the exit code (or the signal) when the process has gone. */
  exited: Promise<number | string | null>;
  stderr(): string;
}

/** Starts `career-companion serve` (with these options for node, if any) and waits until it listens. */
export async function startServer(env: Record<string, string>, timeoutMs = 30_000, nodeArgs: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, BIN, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // BENCH_SERVER_LOG=<file>: every line the server writes is also appended there, to see what happened under a load.
  const logFile = process.env['BENCH_SERVER_LOG'];
  if (logFile) {
    const log = createWriteStream(logFile, { flags: 'a' });
    child.stdout!.pipe(log, { end: false });
    child.stderr!.pipe(log, { end: false });
  }
  let out = '';
  let err = '';
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  child.stderr!.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-20_000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within ${timeoutMs} ms. stderr: ${err}`)), timeoutMs);
    const onData = (d: Buffer) => {
      out = (out + d.toString()).slice(-20_000);
      const m = /"port":(\d+)[^\n]*Career Companion is listening/.exec(out);
      if (m) {
        clearTimeout(timer);
        // Keep reading so the pipe never fills; only the last lines are kept.
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${String(code)}) before it listened. stderr: ${err}`));
    });
  });
  return { child, url: `http://127.0.0.1:${port}`, exited, stderr: () => err };
}

/** SIGTERM and wait: the server finishes turns under way and flushes the store. */
export async function stopServer(s: ServerProcess, timeoutMs = 30_000): Promise<number | string | null> {
  if (s.child.exitCode !== null || s.child.signalCode !== null) return s.exited;
  s.child.kill('SIGTERM');
  const timer = setTimeout(() => s.child.kill('SIGKILL'), timeoutMs);
  const code = await s.exited;
  clearTimeout(timer);
  return code;
}

/** kill -9: no chance to flush anything. */
export async function killServer(s: ServerProcess): Promise<void> {
  if (s.child.exitCode !== null || s.child.signalCode !== null) return;
  s.child.kill('SIGKILL');
  await s.exited;
}

/** Runs a command-line tool to the end. */
export async function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, stdout, stderr };
}

/** YYYY-MM-DD in London, `days` from `now` (default: the real time). */
export function londonDate(days = 0, now: Date = new Date()): string {
  const d = new Date(now.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/**
 * The last working day before `today` (YYYY-MM-DD): a weekday that is not a
 * bank holiday in the shipped calendar. Check-ins are only sent in working
 * hours, so a run on a Sunday, a Monday or after a bank holiday must start
 * people on a day when their first check-in can go out at once.
 */
export function lastWorkingDay(bankHolidays: ReadonlySet<string>, today: string = londonDate()): string {
  const noon = new Date(`${today}T12:00:00Z`);
  for (let back = 1; back <= 14; back++) {
    const date = londonDate(-back, noon);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !bankHolidays.has(date)) return date;
  }
  throw new Error('No working day in the last two weeks.');
}

/**
 * The soak's clock for its set-up, fixed from the day it runs: people start on
 * the last working day, are enrolled at 08:00 UTC that day, and the scheduler
 * tick that sends their first check-in runs at 12:00 UTC that day (inside
 * working hours all year in London). `enrol --csv` and `reminders run` are
 * given these times with --now, so what they do does not depend on the day of
 * the week the soak runs. test/load/soak-clock.test.ts runs this set-up for
 * every day of a week.
 */
export function soakClock(bankHolidays: ReadonlySet<string>, today: string = londonDate()): { startDay: string; enrolAt: string; tickAt: string } {
  const startDay = lastWorkingDay(bankHolidays, today);
  return { startDay, enrolAt: `${startDay}T08:00:00Z`, tickAt: `${startDay}T12:00:00Z` };
}

// ---------------------------------------------------------------------------------------
// Wire formats
// ---------------------------------------------------------------------------------------

/** The Teams user id and conversation id of a person in these scripts. */
export const teamsUser = (tag: string) => ({ userId: `29:${tag}`, conversationId: `a:conv-${tag}` });

/** A Bot Framework message activity as Teams sends it: text, or a card submit (`value`). */
export function teamsActivity(serviceUrl: string, tag: string, body: { text?: string; value?: unknown }): string {
  const { userId, conversationId } = teamsUser(tag);
  const a: Record<string, unknown> = {
    type: 'message',
    id: `act-${randomUUID()}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: userId, name: 'Load test' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: 'load-tenant' },
    recipient: { id: '28:bot', name: 'Career Companion' },
    channelData: { tenant: { id: 'load-tenant' } },
    locale: 'en-GB',
  };
  if (body.text !== undefined) a['text'] = body.text;
  if (body.value !== undefined) a['value'] = body.value;
  return JSON.stringify(a);
}

export function slackSignature(body: string, secret = SIGNING_SECRET): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000);
  return {
    'x-slack-signature': `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`,
    'x-slack-request-timestamp': String(ts),
  };
}

/** A Slack user id and direct-message channel for a person in these scripts. */
export const slackUser = (n: number) => ({ user: `U0LOAD${n}`, channel: `D0LOAD${n}` });

/** A signed Events API direct message, with a unique event id. */
export function slackMessage(n: number, text: string): { body: string; headers: Record<string, string> } {
  const { user, channel } = slackUser(n);
  const ts = `${(Date.now() / 1000).toFixed(6)}`;
  const body = JSON.stringify({
    token: 'ignored',
    team_id: SLACK_TEAM,
    api_app_id: 'A0LOAD',
    type: 'event_callback',
    event_id: `Ev${randomUUID().replace(/-/g, '')}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel_type: 'im', channel, user, text, ts, client_msg_id: randomUUID(), team: SLACK_TEAM },
    authorizations: [{ team_id: SLACK_TEAM, user_id: 'UBOT', is_bot: true }],
  });
  return { body, headers: { 'content-type': 'application/json', ...slackSignature(body) } };
}

/** A signed press of one of our buttons (`cc_<n>`, value `{a, v}`) in the person's direct message. */
export function slackPress(n: number, action: string, value: Record<string, string>): { body: string; headers: Record<string, string> } {
  const { user, channel } = slackUser(n);
  const payload = {
    type: 'block_actions',
    team: { id: SLACK_TEAM, domain: 'load' },
    user: { id: user, team_id: SLACK_TEAM },
    api_app_id: 'A0LOAD',
    trigger_id: `trig-${randomUUID()}`,
    container: { type: 'message', channel_id: channel, message_ts: '1.1', is_ephemeral: false },
    channel: { id: channel, name: 'directmessage' },
    state: { values: {} },
    actions: [{ type: 'button', block_id: 'b', action_id: 'cc_1', value: JSON.stringify({ a: action, v: value }), action_ts: `${Date.now() / 1000}` }],
  };
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignature(body) } };
}

/** The Teams card submit of a check-in rating button (`checkin.rate`). */
export const ratingValue = (enrolmentId: string, checkinId: string, rating: number) => ({ cc: 'checkin.rate', v: { e: enrolmentId, c: checkinId, r: String(rating) } });

/** POST with a time limit; network errors and time-outs come back as status 0 with the reason. */
export async function post(url: string, body: string, headers: Record<string, string>, timeoutMs = 20_000): Promise<{ status: number; error?: string }> {
  try {
    const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return { status: res.status };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    return { status: 0, error: e.cause?.code ?? e.name ?? 'error' };
  }
}

/** Waits until `check` is true, polling; false if it never was within the time. */
export async function waitFor(check: () => boolean, timeoutMs: number, everyMs = 10): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(everyMs);
  }
  return true;
}

/** Runs `work` over `items` with at most `concurrency` at once. */
export async function pool<T>(items: T[], concurrency: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i);
    }
  });
  await Promise.all(runners);
}

/** Writes the enrolment CSV the `enrol --csv` command reads. */
export function enrolCsv(rows: Array<{ person: string; startDate: string; slackTeam?: string; manager?: string }>): string {
  const lines = ['person,programme,start_date,line_manager,slack_team'];
  for (const r of rows) lines.push([r.person, PROGRAMME, r.startDate, r.manager ?? '', r.slackTeam ?? ''].join(','));
  return lines.join('\n') + '\n';
}
