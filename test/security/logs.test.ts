/**
 * Logs never contain tokens, secrets, JWTs or what people typed, at any level.
 *
 * Starts the real server with logs at `trace`, captured, with a distinctive
 * Slack bot token and signing secret, and runs whole flows over Teams (fake
 * Bot Connector) and Slack (fake Slack Web API, signed requests): a profile,
 * a pathway question, part of a career conversation, "what do you hold about
 * me" and "delete my data", typing distinctive strings throughout, plus a
 * request carrying a fake JWT and requests with bad signatures. Then checks
 * that none of those strings (nor anything token-shaped) reached the logs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeConnector, teamsMessage, type FakeConnector } from '../helpers/fake-connector.js';
import { TEAM, buttonPress, buttonsIn, dmEvent, postSlack, startFakeSlack, type FakeSlack, type SlackCall } from '../helpers/fake-slack.js';
import { postJson, removeDir, startTestApp, type TestApp } from '../helpers/app.js';
import { submitActions, blockText } from '../helpers/cards.js';

const BOT_TOKEN = 'xoxb-1111-2222-LOGTESTtokenVALUE7731';
const SIGNING_SECRET = 'signing-secret-LOGTEST-7731-abcdef';
const FAKE_JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImxvZ3Rlc3QifQ.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoibG9ndGVzdCJ9.c2lnbmF0dXJlLWxvZ3Rlc3QtNzczMQ';
/** Typed by people in the flows below. */
const TYPED = ['zebra-quartz-4471', 'heron-basalt-5582', 'lynx-marble-6693', 'otter-slate-7704'];

function cardText(card: Record<string, any>): string {
  const out: string[] = [];
  const walk = (x: any) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    if (x.type === 'TextBlock' && typeof x.text === 'string') out.push(x.text);
    Object.values(x).forEach(walk);
  };
  walk(card.body);
  return out.join('\n').replace(/[\u200B-\u200D\u2060\\]/g, '');
}

describe('logs at trace level hold no secrets and nothing people typed', () => {
  let connector: FakeConnector;
  let slack: FakeSlack;
  let t: TestApp;

  beforeAll(async () => {
    connector = await startFakeConnector();
    slack = await startFakeSlack();
    t = await startTestApp(
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'trace' },
      { logLevel: 'trace' },
    );
  });
  afterAll(async () => {
    await t?.stop();
    await connector?.close();
    await slack?.close();
    if (t) await removeDir(t.dataDir);
  });

  /** Teams: sends and returns the text of every card in the replies. */
  const teams = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
    connector.clear();
    const res = await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { userId: '29:logs-user', ...body }), headers);
    if (res.status !== 200) return { status: res.status, text: '', actions: [] as Array<{ title: string; data: any }> };
    // The server answers once the turn's replies have been sent, so they are all here.
    await connector.waitFor(1);
    const cards = connector.activities.flatMap((a) => (a.activity['attachments'] ?? []).filter((x: any) => x.contentType === 'application/vnd.microsoft.card.adaptive').map((x: any) => x.content));
    return { status: res.status, text: cards.map(cardText).join('\n'), actions: cards.flatMap(submitActions) };
  };
  const teamsSay = async (text: string) => teams({ text });
  const teamsPress = async (last: { actions: Array<{ title: string; data: any }> }, title: string) => {
    const a = last.actions.find((x) => x.title === title);
    if (!a) throw new Error(`No button "${title}" in: ${last.actions.map((x) => x.title).join(', ')}`);
    return teams({ value: a.data });
  };

  /** Slack: sends a direct message (or a button press) and returns the posted messages. */
  const slackSend = async (payload: { json?: unknown; form?: Record<string, string> }) => {
    slack.clear();
    const res = await postSlack(t.url, payload, { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    await slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'));
    // Slack events are acknowledged before the turn runs: give the rest of this turn's posts a moment
    // to arrive before the next message clears the list.
    await new Promise((r) => setTimeout(r, 150));
    return slack.posted();
  };
  const slackSay = async (text: string) => slackSend({ json: dmEvent(text, { user: 'U0LOGS', channel: 'D0LOGS' }) });
  const slackText = (posts: SlackCall[]) => posts.map(blockText).join('\n');

  it('runs whole flows on both platforms, then finds none of the secrets or typed words in the logs', async () => {
    // --- Teams ---
    // A request with a (fake) JWT: refused or ignored, but never logged.
    const jwtRes = await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { userId: '29:jwt', text: `hello ${TYPED[0]}` }), { authorization: `Bearer ${FAKE_JWT}` });
    expect([200, 401]).toContain(jwtRes.status);

    expect((await teamsSay('hi')).text).toContain('Hello, I am Career Companion');
    // Profile: role, band, then the area in the person's own words.
    let r = await teamsSay('change my role');
    r = await teamsSay('healthcare assistant');
    r = await teamsSay('change my area');
    r = await teamsSay(`${TYPED[0]} ward`);
    expect((await t.app.store.profiles.get('teams:29:logs-user'))?.area).toContain(TYPED[0]);
    r = await teamsSay('cancel');
    // A pathway question.
    r = await teamsSay('How do I become a nursing associate?');
    expect(r.text.toLowerCase()).toContain('nursing associate');
    // Part of a career conversation, in the person's words.
    r = await teamsSay('I would like a career conversation');
    expect(r.text).toContain('career conversation');
    r = await teamsSay(`I am calm under pressure ${TYPED[1]}`);
    r = await teamsSay(`Talking with patients ${TYPED[1]}`);
    // The answers were taken (kept where the conversation saves them), so the typed words went all the way through.
    const held = JSON.stringify([await t.app.store.dialogs.listForUser('teams:29:logs-user'), await t.app.store.plans.listForUser('teams:29:logs-user')]);
    expect(held).toContain(TYPED[1]);
    r = await teamsSay('cancel');
    // Export, then erasure.
    r = await teamsSay('what do you hold about me');
    expect(r.text).toContain('What I hold about you');
    r = await teamsSay('delete my data');
    r = await teamsPress(r, 'Yes, delete everything');
    expect(r.text).toContain('Your data is deleted');

    // --- Slack ---
    // Refused requests: no signature, and one signed with the wrong secret.
    expect((await postSlack(t.url, { json: dmEvent(`hi ${TYPED[2]}`, { user: 'U0LOGS', channel: 'D0LOGS' }) }, { unsigned: true })).status).toBe(401);
    expect((await postSlack(t.url, { json: dmEvent(`hi ${TYPED[2]}`, { user: 'U0LOGS', channel: 'D0LOGS' }) }, { secret: 'wrong-secret' })).status).toBe(401);

    let s = await slackSay('hi');
    expect(slackText(s)).toContain('Hello, I am Career Companion');
    s = await slackSay('change my role');
    s = await slackSay('healthcare assistant');
    s = await slackSay('change my area');
    s = await slackSay(`${TYPED[2]} clinic`);
    expect((await t.app.store.profiles.get(`slack:${TEAM}:U0LOGS`))?.area).toContain(TYPED[2]);
    s = await slackSay('cancel');
    s = await slackSay('How do I become a nursing associate?');
    expect(slackText(s).toLowerCase()).toContain('nursing associate');
    s = await slackSay('I would like a career conversation');
    s = await slackSay(`I am organised ${TYPED[3]}`);
    s = await slackSay(`Teaching new starters ${TYPED[3]}`);
    s = await slackSay('cancel');
    s = await slackSay('what do you hold about me');
    expect(slackText(s)).toContain('What I hold about you');
    s = await slackSay('delete my data');
    const yes = s.flatMap(buttonsIn).find((b) => b.text.text === 'Yes, delete everything');
    expect(yes).toBeDefined();
    s = await slackSend({ form: buttonPress(yes!, { user: 'U0LOGS', channel: 'D0LOGS' }) });
    expect(slackText(s)).toContain('Your data is deleted');
    expect(await t.app.store.profiles.get(`slack:${TEAM}:U0LOGS`)).toBeUndefined();

    // --- The logs ---
    const logs = t.logs.join('');
    // The test really captured trace-level output from the flows.
    expect(t.app.log.level).toBe('trace');
    expect(t.logs.length).toBeGreaterThan(20);
    expect(logs).toContain('"level":20');
    for (const secret of [BOT_TOKEN, SIGNING_SECRET, FAKE_JWT, FAKE_JWT.split('.')[1]!, FAKE_JWT.split('.')[2]!, ...TYPED]) {
      expect(logs, `the logs contain ${secret.slice(0, 12)}…`).not.toContain(secret);
    }
    for (const shape of ['xoxb-', 'xapp-', 'eyJ', 'Bearer ', 'LOGTEST']) {
      expect(logs, `the logs contain ${shape}`).not.toContain(shape);
    }
    // Things people typed that are not distinctive strings still never appear as log fields.
    expect(logs).not.toContain('calm under pressure');
    expect(logs).not.toContain('Teaching new starters');
  });
});
