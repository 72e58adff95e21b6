/**
 * Soak: mixed Teams and Slack traffic against the real server (a separate process on
 * 127.0.0.1, temporary DATA_DIR, fake platforms on 127.0.0.1), for SOAK_SECONDS
 * (default 60), while people answer real check-ins.
 *
 * 1. Set-up, as a trust would do it: start the server; every enrolled person says hi
 *    (so the bot can reach them); stop it; `career-companion enrol --csv` enrols them on
 *    new-starter-induction starting on the last working day; `career-companion reminders run --now
 *    <that day 12:00>` sends their first check-in ("Your first day") to the sink. The times
 *    come from `soakClock` (common.ts), so the set-up is the same on any day of the week
 *    (test/load/soak-clock.test.ts checks it for each).
 * 2. The soak: the server again, with at once
 *    - autocannon on /api/messages (Teams, closed loop, SOAK_CONNECTIONS people):
 *      greetings, pathway questions, a profile conversation and its answers;
 *    - autocannon on /slack/events (signed, unique event ids, SOAK_SLACK_RATE a second);
 *    - the check-in people, SOAK_ANSWER_CONCURRENCY at a time, each in turn: a rating
 *      button press (a Teams card submit, or a Slack block action), then a typed answer
 *      to the next question, round after round until the time is up.
 *    An answer is confirmed when its HTTP answer was 200 and the bot's reply reached
 *    the sink (for Teams during the request; for Slack, which is answered first and
 *    replied to after, within 15 seconds).
 * 3. Stop the server; `career-companion store check` must exit 0; open the store
 *    (LowStore.open) and check that each person's last confirmed rating and answer
 *    are there.
 *
 * Pass: no 5xx and no other non-2xx answer, no network error or time-out, no lost
 * check-in answer. Prints a summary; exits 1 on failure.
 *
 * Run: npm run soak (builds, compiles to dist-bench/, runs dist-bench/test/load/soak.js).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startSink, type Sink } from '../bench/sink.js';
import { LowStore } from '../../src/store/lowdb.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import {
  PROGRAMME,
  SLACK_TEAM,
  enrolCsv,
  envNumber,
  freePort,
  pool,
  post,
  ratingValue,
  runCli,
  serverEnv,
  slackMessage,
  slackPress,
  slackUser,
  sleep,
  soakClock,
  startServer,
  stopServer,
  teamsActivity,
  teamsUser,
  waitFor,
  type ServerProcess,
} from './common.js';

const SECONDS = envNumber('SOAK_SECONDS', 60);
const TEAMS_PEOPLE = envNumber('SOAK_TEAMS_PEOPLE', 200);
const SLACK_PEOPLE = envNumber('SOAK_SLACK_PEOPLE', 100);
const CONNECTIONS = envNumber('SOAK_CONNECTIONS', 16);
const SLACK_RATE = envNumber('SOAK_SLACK_RATE', 40);
const ANSWER_CONCURRENCY = envNumber('SOAK_ANSWER_CONCURRENCY', 16);
const SLACK_REPLY_WAIT_MS = 15_000;
const CHECKIN = 'day-1';
const FIRST_QUESTION = 'going-well';

/** What people who are not enrolled say, in turn: greetings, pathway questions, a profile conversation and its answers. */
const SCRIPT = [
  'hi',
  'How do I become a nursing associate?',
  'What are my options?',
  'my profile',
  'Healthcare support worker',
  'band 3',
  'Ward 7',
  'skip',
  'skip',
  'Show me courses to improve my maths',
  'help',
  'How long does it take to become a registered nurse?',
  'cancel',
];

interface Person {
  platform: 'teams' | 'slack';
  /** Teams tag or Slack number. */
  tag: string;
  n: number;
  userKey: string;
  enrolmentId?: string;
  /** Sink key: Teams conversation id or Slack channel. */
  sinkKey: string;
  sent: number;
  confirmed: number;
  lastRating?: number;
  lastText?: string;
  /** The rating and text in the store must be one of these: the last confirmed, or one sent after it without confirmation. */
  ratingsSince: Set<number>;
  textsSince: Set<string>;
}

interface Tally {
  requests: number;
  non2xx: number;
  s5xx: number;
  errors: number;
  timeouts: number;
  statuses: Record<string, number>;
}

const tally = (): Tally => ({ requests: 0, non2xx: 0, s5xx: 0, errors: 0, timeouts: 0, statuses: {} });

function count(t: Tally, r: { status: number; error?: string }): void {
  t.requests++;
  const key = r.status === 0 ? (r.error ?? 'error') : String(r.status);
  t.statuses[key] = (t.statuses[key] ?? 0) + 1;
  if (r.status === 0) {
    if (r.error === 'TimeoutError') t.timeouts++;
    else t.errors++;
  } else if (r.status >= 500) {
    t.s5xx++;
    t.non2xx++;
  } else if (r.status < 200 || r.status >= 300) t.non2xx++;
}

const sinkCount = (sink: Sink, p: Person) => (p.platform === 'teams' ? sink.teams.get(p.sinkKey) : sink.slack.get(p.sinkKey)) ?? 0;

/** Sends one request for a person and reports whether the bot's reply reached the sink. */
async function sendFor(sink: Sink, url: string, p: Person, req: { body: string; headers: Record<string, string> }, t: Tally): Promise<boolean> {
  const before = sinkCount(sink, p);
  const path = p.platform === 'teams' ? '/api/messages' : '/slack/events';
  const res = await post(`${url}${path}`, req.body, req.headers);
  count(t, res);
  if (res.status !== 200) return false;
  if (p.platform === 'teams') return sinkCount(sink, p) > before;
  return waitFor(() => sinkCount(sink, p) > before, SLACK_REPLY_WAIT_MS);
}

function teamsRequest(sinkUrl: string, p: Person, body: { text?: string; value?: unknown }) {
  return { body: teamsActivity(sinkUrl, p.tag, body), headers: { 'content-type': 'application/json' } };
}

interface CannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '5xx': number;
  statusCodeStats: Record<string, { count: number }>;
}

function cannon(opts: Record<string, unknown>): Promise<CannonResult> {
  return autocannon(opts) as Promise<CannonResult>;
}

async function main(): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cc-soak-'));
  const sink = await startSink();
  const port = await freePort();
  const env = serverEnv(dataDir, sink.url, port);
  // The day people started, when they are enrolled and when their first check-in is sent: a working day, so it is not held back.
  const { startDay, enrolAt, tickAt } = soakClock((await loadContent(defaultContentDir)).bankHolidays);
  const problems: string[] = [];
  let server: ServerProcess | undefined;

  const people: Person[] = [];
  for (let i = 0; i < TEAMS_PEOPLE; i++) {
    const tag = `soak-${i}`;
    people.push({ platform: 'teams', tag, n: i, userKey: `teams:${teamsUser(tag).userId}`, sinkKey: teamsUser(tag).conversationId, sent: 0, confirmed: 0, ratingsSince: new Set(), textsSince: new Set() });
  }
  for (let i = 0; i < SLACK_PEOPLE; i++) {
    const { user, channel } = slackUser(i);
    people.push({ platform: 'slack', tag: user, n: i, userKey: `slack:${SLACK_TEAM}:${user}`, sinkKey: channel, sent: 0, confirmed: 0, ratingsSince: new Set(), textsSince: new Set() });
  }

  try {
    // ---- 1. Set-up ------------------------------------------------------------------
    console.log(`Soak: ${SECONDS} s, ${TEAMS_PEOPLE} Teams and ${SLACK_PEOPLE} Slack people with check-ins, data in ${dataDir}`);
    server = await startServer(env);
    const setup = tally();
    await pool(people, 16, async (p) => {
      const req = p.platform === 'teams' ? teamsRequest(sink.url, p, { text: 'hi' }) : slackMessage(p.n, 'hi');
      if (!(await sendFor(sink, server!.url, p, req, setup))) problems.push(`set-up: ${p.userKey} got no greeting`);
    });
    await stopServer(server);
    server = undefined;

    const csvFile = join(dataDir, 'enrol.csv');
    await writeFile(
      csvFile,
      enrolCsv(people.map((p) => ({ person: p.platform === 'teams' ? teamsUser(p.tag).userId : p.tag, startDate: startDay, ...(p.platform === 'slack' ? { slackTeam: SLACK_TEAM } : {}) }))),
    );
    const enrolled = await runCli(['enrol', '--csv', csvFile, '--now', enrolAt], env);
    if (enrolled.code !== 0) throw new Error(`enrol --csv exited ${String(enrolled.code)}: ${enrolled.stderr || enrolled.stdout}`);
    const before = sink.total();
    const tick = await runCli(['reminders', 'run', '--now', tickAt], env);
    if (tick.code !== 0) throw new Error(`reminders run exited ${String(tick.code)}: ${tick.stderr || tick.stdout}`);
    console.log(`  ${tick.stdout.trim()}`);
    if (sink.total() - before < people.length) problems.push(`set-up: ${sink.total() - before} check-ins reached the sink for ${people.length} people`);

    const store = await LowStore.open(dataDir);
    try {
      for (const p of people) {
        const e = (await store.enrolments.listForUser(p.userKey)).find((x) => x.programmeId === PROGRAMME && x.status === 'active');
        if (!e) throw new Error(`${p.userKey} was not enrolled`);
        p.enrolmentId = e.id;
      }
    } finally {
      await store.close();
    }

    // ---- 2. The soak -------------------------------------------------------------------
    sink.reset();
    server = await startServer(env);
    const url = server.url;
    const deadline = Date.now() + SECONDS * 1000;
    const answers = tally();

    let nextConversation = 0;
    const teamsLoad = cannon({
      url: `${url}/api/messages`,
      method: 'POST',
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 20,
      headers: { 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (req: Record<string, unknown>, context: Record<string, number>) => {
            if (context['c'] === undefined) {
              context['c'] = nextConversation++;
              context['turn'] = 0;
            }
            const turn = context['turn']!++;
            return { ...req, body: teamsActivity(sink.url, `soak-bg-${context['c']}`, { text: SCRIPT[turn % SCRIPT.length]! }) };
          },
        },
      ],
    });
    let slackTurn = 0;
    const slackLoad = cannon({
      url: `${url}/slack/events`,
      method: 'POST',
      connections: 4,
      overallRate: SLACK_RATE,
      duration: SECONDS,
      timeout: 20,
      requests: [
        {
          setupRequest: (req: Record<string, unknown>) => {
            const turn = slackTurn++;
            // 40 background Slack people, each going through the script in order.
            const { body, headers } = slackMessage(10_000 + (turn % 40), SCRIPT[Math.floor(turn / 40) % SCRIPT.length]!);
            return { ...req, body, headers };
          },
        },
      ],
    });

    // The check-in people: rating press, then the answer to the next question, round after round.
    let round = 0;
    const answering = (async () => {
      const queue = [...people];
      await pool(
        Array.from({ length: ANSWER_CONCURRENCY }, (_, i) => i),
        ANSWER_CONCURRENCY,
        async () => {
          while (Date.now() < deadline) {
            const p = queue.shift();
            if (!p) return;
            const r = 1 + ((p.sent + p.n) % 5);
            const rating = p.platform === 'teams' ? teamsRequest(sink.url, p, { value: ratingValue(p.enrolmentId!, CHECKIN, r) }) : slackPress(p.n, 'checkin.rate', ratingValue(p.enrolmentId!, CHECKIN, r).v);
            p.sent++;
            p.ratingsSince.add(r);
            if (await sendFor(sink, url, p, rating, answers)) {
              p.confirmed++;
              p.lastRating = r;
              p.ratingsSince = new Set([r]);
              const text = `Going well, round ${++round} for ${p.tag}`;
              p.sent++;
              p.textsSince.add(text);
              const answer = p.platform === 'teams' ? teamsRequest(sink.url, p, { text }) : slackMessage(p.n, text);
              if (await sendFor(sink, url, p, answer, answers)) {
                p.confirmed++;
                p.lastText = text;
                p.textsSince = new Set([text]);
              }
            }
            queue.push(p);
          }
        },
      );
    })();

    const [teams, slack] = await Promise.all([teamsLoad, slackLoad, answering]);
    await sleep(2000); // the last Slack replies
    const stopCode = await stopServer(server);
    server = undefined;
    if (stopCode !== 0) problems.push(`the server exited with ${String(stopCode)} on SIGTERM`);

    // ---- 3. Check -----------------------------------------------------------------------
    const check = await runCli(['store', 'check', '--data-dir', dataDir], env);
    if (check.code !== 0) problems.push(`store check exited ${String(check.code)}: ${(check.stdout + check.stderr).trim().slice(0, 500)}`);

    let confirmedPeople = 0;
    let found = 0;
    let lost = 0;
    const answered = people.filter((p) => p.lastRating !== undefined);
    const final = await LowStore.open(dataDir);
    try {
      for (const p of answered) {
        confirmedPeople++;
        const a = await final.checkins.get(`${p.enrolmentId}|${CHECKIN}`);
        const ratingOk = a?.rating !== undefined && p.ratingsSince.has(a.rating);
        const textOk = p.lastText === undefined || (a?.text[FIRST_QUESTION] !== undefined && p.textsSince.has(a.text[FIRST_QUESTION]!));
        if (ratingOk && textOk) found++;
        else {
          lost++;
          if (lost <= 5) problems.push(`lost: ${p.userKey} confirmed rating ${String(p.lastRating)} / "${p.lastText ?? ''}", store has ${JSON.stringify(a ? { rating: a.rating, text: a.text[FIRST_QUESTION] } : null)}`);
        }
      }
    } finally {
      await final.close();
    }

    // ---- Summary ------------------------------------------------------------------------
    const sent = people.reduce((n, p) => n + p.sent, 0);
    const confirmed = people.reduce((n, p) => n + p.confirmed, 0);
    const cannonLine = (name: string, r: CannonResult) =>
      `  ${name.padEnd(6)} ${String(r.requests.total).padStart(7)} requests, ${r.requests.average.toFixed(0)}/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms, non-2xx ${r.non2xx} (5xx ${r['5xx']}), errors ${r.errors}, time-outs ${r.timeouts}`;
    console.log('Soak summary');
    console.log(cannonLine('Teams', teams));
    console.log(cannonLine('Slack', slack));
    console.log(
      `  check-ins: ${sent} answers sent, ${confirmed} confirmed, by ${confirmedPeople} people; found ${found}, lost ${lost}; ` +
        `answer requests: non-2xx ${answers.non2xx} (5xx ${answers.s5xx}), errors ${answers.errors}, time-outs ${answers.timeouts}`,
    );
    console.log(`  replies at the sink during the soak: ${sink.total()}`);

    for (const [name, r] of [['Teams', teams], ['Slack', slack]] as const) {
      if (r.non2xx > 0) problems.push(`${name}: ${r.non2xx} non-2xx answers (${r['5xx']} 5xx): ${JSON.stringify(r.statusCodeStats)}`);
      if (r.errors > 0 || r.timeouts > 0) problems.push(`${name}: ${r.errors} errors, ${r.timeouts} time-outs`);
      if (r.requests.total === 0) problems.push(`${name}: no requests were made`);
    }
    if (answers.non2xx > 0 || answers.errors > 0 || answers.timeouts > 0) problems.push(`check-in answers: ${JSON.stringify(answers.statuses)}`);
    if (confirmed === 0) problems.push('no check-in answer was confirmed');
    if (confirmed < sent) problems.push(`${sent - confirmed} check-in answers were sent but not confirmed`);
    if (lost > 0) problems.push(`${lost} people's confirmed check-in answers are not in the store`);
  } catch (err) {
    problems.push(err instanceof Error ? err.message : String(err));
  } finally {
    if (server) await stopServer(server);
    await sink.close();
    if (problems.length === 0) await rm(dataDir, { recursive: true, force: true });
  }

  if (problems.length > 0) {
    console.log(`FAILED (${problems.length} problem${problems.length === 1 ? '' : 's'}); data kept in ${dataDir}`);
    for (const p of problems.slice(0, 20)) console.log(`  - ${p}`);
    return 1;
  }
  console.log('PASSED: no 5xx, no errors or time-outs, no lost check-in answer');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
