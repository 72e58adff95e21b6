/**
 * The turns the bench sends, as people use the bot, and the data they need.
 *
 * Before the load, as a trust would: the server starts; each of the bench's
 * people says hello and then their role and band (so they have a profile); the
 * server stops; `career-companion enrol --csv` enrols them all on the new-starter
 * induction, and `career-companion reminders run` sends each their first check-in.
 * Then the server starts again for the load, and one turn of each kind is sent and
 * its reply read, so a bench never measures the wrong answer.
 *
 * The turn kinds, each conversation being one person, and each kind its own
 * people (so one kind never leaves another's people part way through a dialog):
 * - route: "how do i become a nursing associate" from a person with a profile
 *   (a full route answer with its card);
 * - dialog: a step of a dialog, in turn "change my area" then the area;
 * - checkin: a check-in answer, in turn a press of a rating button and a typed
 *   answer to the next question.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LowStore } from '../../src/store/lowdb.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import {
  PROGRAMME,
  SLACK_TEAM,
  enrolCsv,
  lastWorkingDay,
  pool,
  post,
  ratingValue,
  runCli,
  slackMessage,
  slackPress,
  slackUser,
  teamsActivity,
  teamsUser,
  waitFor,
} from '../load/common.js';
import type { BodyFor } from './load.js';
import type { Sink } from './sink.js';

export type Platform = 'teams' | 'slack';
export type KindName = 'route' | 'dialog' | 'checkin';

export const KINDS: Array<{ name: KindName; label: string }> = [
  { name: 'route', label: 'route answer, person with a profile' },
  { name: 'dialog', label: 'dialog step' },
  { name: 'checkin', label: 'check-in answer' },
];

/** The check-in every person has been sent (the first of the new-starter induction). */
const CHECKIN = 'day-1';
const ROUTE = 'how do i become a nursing associate';
const PROFILE = 'I am a band 3 healthcare assistant';
const DIALOG = ['change my area', 'emergency department'];
const CHECKIN_TEXT = 'Going well, thank you';
const RATING = 4;

const tag = (n: number) => `bench-${n}`;

function teamsReq(sinkUrl: string, n: number, body: { text?: string; value?: unknown }): { body: string; headers: Record<string, string> } {
  return { body: teamsActivity(sinkUrl, tag(n), body), headers: { 'content-type': 'application/json' } };
}

/** The request for turn `t` of person `n` in a kind. */
export function turn(platform: Platform, kind: KindName, sinkUrl: string, enrolments: readonly string[], n: number, t: number): { body: string; headers: Record<string, string> } {
  if (kind === 'checkin' && t % 2 === 0) {
    const value = ratingValue(enrolments[n]!, CHECKIN, RATING);
    return platform === 'teams' ? teamsReq(sinkUrl, n, { value }) : slackPress(n, 'checkin.rate', value.v);
  }
  const text = kind === 'route' ? ROUTE : kind === 'dialog' ? DIALOG[t % DIALOG.length]! : CHECKIN_TEXT;
  return platform === 'teams' ? teamsReq(sinkUrl, n, { text }) : slackMessage(n, text);
}

/** The first person of each kind's people; each kind has `perKind` people from there. */
export const firstOf = (kind: KindName, perKind: number) => KINDS.findIndex((k) => k.name === kind) * perKind;

/**
 * The requests of a kind's load: conversation c is person firstOf(kind) + c. Each
 * person's turns count on from one load run to the next, so a dialog step always
 * follows the step before it.
 */
export function bodyFor(platform: Platform, kind: KindName, sinkUrl: string, enrolments: readonly string[], perKind: number, turns: Map<number, number>): BodyFor {
  return (c) => {
    const n = firstOf(kind, perKind) + c;
    const t = turns.get(n) ?? 0;
    turns.set(n, t + 1);
    return turn(platform, kind, sinkUrl, enrolments, n, t);
  };
}

/** The path the platform posts to. */
export const path = (platform: Platform) => (platform === 'teams' ? '/api/messages' : '/slack/events');

/** Where the fake platform counts the messages to person `n`: their Teams conversation or Slack channel. */
export const sinkKey = (platform: Platform, n: number) => (platform === 'teams' ? teamsUser(tag(n)).conversationId : slackUser(n).channel);

/** Sends one request and waits for the bot's reply at the sink; returns the bodies of the messages that reached it. */
async function exchange(
  sink: Sink,
  serverUrl: string,
  platform: Platform,
  n: number,
  req: { body: string; headers: Record<string, string> },
  settleMs = 0,
): Promise<{ text: string; messages: number }> {
  const key = sinkKey(platform, n);
  const count = () => (platform === 'teams' ? sink.teams.get(key) : sink.slack.get(key)) ?? 0;
  const before = count();
  const res = await post(`${serverUrl}${path(platform)}`, req.body, req.headers);
  if (res.status !== 200) throw new Error(`A bench set-up turn got ${res.status || res.error}.`);
  if (!(await waitFor(() => count() > before, 15_000))) throw new Error(`A bench set-up turn got no reply at the fake ${platform}.`);
  // A turn may answer in more than one message (Slack posts each separately): wait until no more come, so the
  // next turn's reply is not taken from this one's last message.
  for (let seen = -1; settleMs > 0 && count() !== seen; ) {
    seen = count();
    await new Promise((r) => setTimeout(r, settleMs));
  }
  const bodies = (sink.recent.get(key) ?? []).slice(-(count() - before)).join('\n');
  // Slack's Web API client posts form-encoded bodies.
  return { text: platform === 'slack' ? decodeURIComponent(bodies.replace(/\+/g, ' ')) : bodies, messages: count() - before };
}

/** Step 1 (server running): every person says hello and gives their role and band. */
export async function greetPeople(sink: Sink, serverUrl: string, platform: Platform, people: number): Promise<void> {
  const ids = Array.from({ length: people }, (_, n) => n);
  await pool(ids, 16, async (n) => {
    await exchange(sink, serverUrl, platform, n, platform === 'teams' ? teamsReq(sink.url, n, { text: 'hi' }) : slackMessage(n, 'hi'));
    const reply = await exchange(sink, serverUrl, platform, n, platform === 'teams' ? teamsReq(sink.url, n, { text: PROFILE }) : slackMessage(n, PROFILE));
    if (!/your role is/.test(reply.text)) throw new Error(`Bench person ${n} has no profile: ${reply.text.slice(0, 400)}`);
  });
}

/** Step 2 (server stopped): enrol everyone and send their first check-in. Returns each person's enrolment id. */
export async function enrolPeople(dataDir: string, env: Record<string, string>, platform: Platform, people: number): Promise<string[]> {
  const startDay = lastWorkingDay((await loadContent(defaultContentDir)).bankHolidays);
  const csv = join(dataDir, 'enrol.csv');
  const rows = Array.from({ length: people }, (_, n) =>
    platform === 'teams' ? { person: teamsUser(tag(n)).userId, startDate: startDay } : { person: slackUser(n).user, startDate: startDay, slackTeam: SLACK_TEAM },
  );
  await writeFile(csv, enrolCsv(rows));
  const enrolled = await runCli(['enrol', '--csv', csv, '--now', `${startDay}T08:00:00Z`], env);
  if (enrolled.code !== 0) throw new Error(`enrol --csv exited ${String(enrolled.code)}: ${enrolled.stderr || enrolled.stdout}`);
  const tick = await runCli(['reminders', 'run', '--now', `${startDay}T12:00:00Z`], env);
  if (tick.code !== 0) throw new Error(`reminders run exited ${String(tick.code)}: ${tick.stderr || tick.stdout}`);
  const store = await LowStore.open(dataDir);
  try {
    const ids: string[] = [];
    for (let n = 0; n < people; n++) {
      const key = platform === 'teams' ? `teams:${teamsUser(tag(n)).userId}` : `slack:${SLACK_TEAM}:${slackUser(n).user}`;
      const e = (await store.enrolments.listForUser(key)).find((x) => x.programmeId === PROGRAMME && x.status === 'active');
      if (!e) throw new Error(`Bench person ${key} was not enrolled.`);
      ids.push(e.id);
    }
    return ids;
  } finally {
    await store.close();
  }
}

/** What the replies to each kind's first turns must contain (a second rating press too, as the load repeats them). */
const EXPECT: Record<KindName, RegExp[]> = {
  route: [/Nursing associate/, /Nursing associate/],
  dialog: [/area/i, /saved your area/i, /area/i],
  checkin: [/out of 5 is saved|going well/i, /.+/, /out of 5 is saved|going well/i],
};

/**
 * Step 3 (server running again): the first turns of each kind for the kind's last
 * person (one the load does not use), replies checked, so the load measures the
 * turns it says it does.
 */
export async function checkTurns(sink: Sink, serverUrl: string, platform: Platform, enrolments: readonly string[], perKind: number): Promise<Record<KindName, number[]>> {
  const messages = {} as Record<KindName, number[]>;
  for (const { name } of KINDS) {
    const n = firstOf(name, perKind) + perKind - 1;
    messages[name] = [];
    for (let t = 0; t < EXPECT[name].length; t++) {
      const reply = await exchange(sink, serverUrl, platform, n, turn(platform, name, sink.url, enrolments, n, t), 200);
      if (!EXPECT[name][t]!.test(reply.text)) throw new Error(`The ${platform} ${name} turn ${t + 1} did not get the expected reply: ${reply.text.slice(0, 600)}`);
      messages[name].push(reply.messages);
    }
  }
  return messages;
}

/** How many messages turn `t` of a kind sends back, from the counts `checkTurns` saw (the kinds' turns repeat in twos). */
export const messagesOfTurn = (seen: readonly number[], t: number) => seen[t === 0 ? 0 : 1 + ((t - 1) % Math.max(1, seen.length - 1))] ?? 1;
