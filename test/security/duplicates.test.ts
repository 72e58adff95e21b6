/**
 * Redeliveries over the real server: Slack retries and duplicate events, and
 * Teams resends and double card submits, each cause one effect and one reply.
 *
 * "Ignored" is observed, not waited for: the server logs "… redelivery ignored"
 * when it drops a copy, and each test waits for that line before counting
 * replies, so no test depends on how long anything takes.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET, TEAM, buttonPress, buttonsIn, dmEvent, postSlack, startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { startFakeConnector, teamsMessage, type FakeConnector } from '../helpers/fake-connector.js';
import { postJson, removeDir, startTestApp, type TestApp } from '../helpers/app.js';
import { until } from '../helpers/process.js';
import { DEDUPE_TTL_MS, RESUBMIT_WINDOW_MS, claimAll, dedupeKey, slackClaims, teamsClaims } from '../../src/channels/dedupe.js';

const RETRY = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };

function cardText(card: Record<string, any>): string {
  const out: string[] = [];
  const walk = (x: any) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    if (x.type === 'TextBlock' && typeof x.text === 'string') out.push(x.text);
    Object.values(x).forEach(walk);
  };
  walk(card['body']);
  return out.join('\n');
}

function submitData(card: Record<string, any>, title: string): unknown {
  let found: unknown;
  const walk = (x: any) => {
    if (!x || typeof x !== 'object' || found !== undefined) return;
    if (Array.isArray(x)) return x.forEach(walk);
    if (x.type === 'Action.Submit' && x.title === title) found = x.data;
    Object.values(x).forEach(walk);
  };
  walk(card);
  return found;
}

describe('dedupe keys', () => {
  it('are hashed: no ids of people in clear', () => {
    const claims = [
      ...slackClaims(dmEvent('hi', { user: 'U0PERSON', channel: 'D0PERSON', eventId: 'EvPERSON', ts: '123.456' })),
      ...teamsClaims({ id: 'act-1', type: 'message', conversation: { id: 'a:conv-29:person' }, replyToId: 'r-1', value: { action: 'help' } }),
    ];
    expect(claims).toHaveLength(4);
    for (const c of claims) {
      expect(c.key).toMatch(/^[a-z-]+:[0-9a-f]{64}$/);
      expect(c.key).not.toMatch(/PERSON|person|EvPERSON|123\.456/);
    }
  });

  it('are the SHA-256 in hex of the parts joined, as kept in stores already', () => {
    for (const parts of [['T0TEST', 'Ev1'], ['T0TEST', 'message', 'd8f1-\u00e9\u{1f600}'], ['']]) {
      const expected = createHash('sha256').update(parts.join('\u001f')).digest('hex');
      expect(dedupeKey('slack-event', ...parts)).toBe(`slack-event:${expected}`);
    }
  });

  it('remember message ids for 24 hours, and a Teams card submission for a short window', () => {
    expect(DEDUPE_TTL_MS).toBe(24 * 3600 * 1000);
    const [activity, submit] = teamsClaims({ id: 'a', type: 'message', conversation: { id: 'c' }, replyToId: 'r', value: { b: 1, a: 2 } });
    expect(activity!.ttlMs).toBe(DEDUPE_TTL_MS);
    expect(submit!.ttlMs).toBe(RESUBMIT_WINDOW_MS);
    // Key order in the submitted value does not matter.
    expect(teamsClaims({ id: 'b', type: 'message', conversation: { id: 'c' }, replyToId: 'r', value: { a: 2, b: 1 } })[1]!.key).toBe(submit!.key);
  });

  it('keep a message and an @mention of the same message apart', () => {
    const base = { type: 'event_callback', team_id: 'T1', event_id: 'Ev1' };
    const msg = slackClaims({ ...base, event: { type: 'message', client_msg_id: 'm1', channel: 'C1', ts: '1.1' } });
    const mention = slackClaims({ ...base, event_id: 'Ev2', event: { type: 'app_mention', client_msg_id: 'm1', channel: 'C1', ts: '1.1' } });
    expect(msg[1]!.key).not.toBe(mention[1]!.key);
  });

  it('claimAll reports a duplicate if any key was seen, and copies racing each other are handled exactly once', async () => {
    const seen = new Map<string, number>();
    const store = {
      dedupe: {
        // Like the real store: check and record at once, then the write takes a moment; a duplicate answers at once.
        async claim(key: string, now: Date, ttl: number) {
          const until = seen.get(key);
          if (until !== undefined && until > now.getTime()) return false;
          seen.set(key, now.getTime() + ttl);
          await new Promise((r) => setTimeout(r, 1));
          return true;
        },
      },
    };
    const now = new Date('2026-03-02T10:00:00Z');
    const k = (s: string) => ({ key: dedupeKey('t', s), ttlMs: 1000 });
    expect(await claimAll(store, [k('event-1'), k('msg-1')], now)).toBe(true);
    expect(await claimAll(store, [k('event-2'), k('msg-1')], now)).toBe(false);
    expect(await claimAll(store, [k('event-1')], new Date(now.getTime() + 1001))).toBe(true);

    // Two copies of one event arriving together: exactly one wins.
    const same = [k('together-event'), k('together-msg')];
    expect((await Promise.all([claimAll(store, same, now), claimAll(store, [...same].reverse(), now)])).filter(Boolean)).toHaveLength(1);
    // Copies arriving together, each listing its keys in its own order: exactly one wins.
    for (let round = 0; round < 20; round++) {
      const a = [k(`race-a-${round}`), k(`race-msg-${round}`)];
      const b = [k(`race-msg-${round}`), k(`race-b-${round}`)];
      const results = await Promise.all([claimAll(store, a, now), claimAll(store, b, now), claimAll(store, a, now)]);
      expect(results.filter(Boolean)).toHaveLength(1);
    }
  });
});

describe('Slack redeliveries', () => {
  let slack: FakeSlack;
  let t: TestApp;

  beforeAll(async () => {
    slack = await startFakeSlack();
    t = await startTestApp({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
  });
  afterAll(async () => {
    await t.stop();
    await slack.close();
    await removeDir(t.dataDir);
  });
  beforeEach(() => slack.clear());

  const ignoredCount = () => t.logs.filter((l) => l.includes('Slack redelivery ignored')).length;
  const waitIgnored = (n: number) => until(() => (ignoredCount() >= n ? true : undefined), 10_000, `${n} ignored Slack redeliveries`);
  const postsTo = (channel: string) => slack.posted().filter((c) => c.body['channel'] === channel);
  const firstReply = (channel: string) => slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body['channel'] === channel));

  it('the same event posted twice (same event_id): one reply', async () => {
    const before = ignoredCount();
    const event = dmEvent('help', { user: 'U0TWICE', channel: 'D0TWICE', eventId: 'EvTwice' });
    expect((await postSlack(t.url, { json: event })).status).toBe(200);
    expect((await postSlack(t.url, { json: event }, { headers: RETRY })).status).toBe(200);
    await firstReply('D0TWICE');
    await waitIgnored(before + 1);
    expect(postsTo('D0TWICE')).toHaveLength(1);
  });

  it('the same message under a new event_id, as a retry (same client_msg_id): still one reply', async () => {
    const before = ignoredCount();
    const ts = '1760000000.000100';
    expect((await postSlack(t.url, { json: dmEvent('help', { user: 'U0NEWID', channel: 'D0NEWID', eventId: 'EvFirst', ts }) })).status).toBe(200);
    await firstReply('D0NEWID');
    const again = await postSlack(t.url, { json: dmEvent('help', { user: 'U0NEWID', channel: 'D0NEWID', eventId: 'EvSecond', ts }) }, { headers: RETRY });
    expect(again.status).toBe(200);
    await waitIgnored(before + 1);
    expect(postsTo('D0NEWID')).toHaveLength(1);
  });

  it('the same message without a client_msg_id is recognised by channel and ts', async () => {
    const before = ignoredCount();
    const strip = (e: any) => {
      delete e.event.client_msg_id;
      return e;
    };
    const ts = '1760000001.000200';
    await postSlack(t.url, { json: strip(dmEvent('help', { user: 'U0NOCMID', channel: 'D0NOCMID', eventId: 'EvNoId1', ts })) });
    await firstReply('D0NOCMID');
    await postSlack(t.url, { json: strip(dmEvent('help', { user: 'U0NOCMID', channel: 'D0NOCMID', eventId: 'EvNoId2', ts })) });
    await waitIgnored(before + 1);
    expect(postsTo('D0NOCMID')).toHaveLength(1);
  });

  it('a retry that is the first copy to arrive is processed normally', async () => {
    const res = await postSlack(t.url, { json: dmEvent('help', { user: 'U0RETRY', channel: 'D0RETRY', eventId: 'EvRetryFirst' }) }, { headers: RETRY });
    expect(res.status).toBe(200);
    await firstReply('D0RETRY');
    expect(postsTo('D0RETRY')).toHaveLength(1);
  });

  it('two different messages with the same text are both answered', async () => {
    await postSlack(t.url, { json: dmEvent('help', { user: 'U0SAME', channel: 'D0SAME', ts: '1760000002.000100' }) });
    await firstReply('D0SAME');
    await postSlack(t.url, { json: dmEvent('help', { user: 'U0SAME', channel: 'D0SAME', ts: '1760000003.000100' }) });
    await slack.waitFor(() => postsTo('D0SAME').length === 2);
  });

  it('a button press delivered twice (same trigger_id and action_ts): one reply; a new press is answered', async () => {
    await postSlack(t.url, { json: dmEvent('hi', { user: 'U0PRESS', channel: 'D0PRESS' }) });
    await firstReply('D0PRESS');
    const help = buttonsIn(postsTo('D0PRESS')[0]!).find((b) => b.text.text === 'What can you do?');
    expect(help).toBeDefined();
    slack.clear();
    const before = ignoredCount();
    const press = buttonPress(help!, { user: 'U0PRESS', channel: 'D0PRESS' });
    expect((await postSlack(t.url, { form: press })).status).toBe(200);
    expect((await postSlack(t.url, { form: press })).status).toBe(200);
    await firstReply('D0PRESS');
    await waitIgnored(before + 1);
    expect(postsTo('D0PRESS')).toHaveLength(1);
    // Pressing the button again is a new press (new trigger_id): it is answered.
    expect((await postSlack(t.url, { form: buttonPress(help!, { user: 'U0PRESS', channel: 'D0PRESS' }) })).status).toBe(200);
    await slack.waitFor(() => postsTo('D0PRESS').length === 2);
  });

  it('a slash command delivered twice (same trigger_id): one answer, and both requests are acknowledged', async () => {
    const before = ignoredCount();
    const form = { token: 'x', team_id: TEAM, channel_id: 'C0CHAN', user_id: 'U0CMD', command: '/careers', text: 'help', response_url: `${slack.responseUrl}twice`, trigger_id: 'trig-twice' };
    expect((await postSlack(t.url, { form })).status).toBe(200);
    expect((await postSlack(t.url, { form })).status).toBe(200);
    await slack.waitFor((c) => c.some((x) => x.method === 'response_url:/respond/twice'));
    await waitIgnored(before + 1);
    expect(slack.calls.filter((c) => c.method === 'response_url:/respond/twice')).toHaveLength(1);
  });
});

describe('Slack gets its answer before slow work finishes', () => {
  let slack: FakeSlack;
  let t: TestApp;

  beforeAll(async () => {
    slack = await startFakeSlack({ delayMs: { 'chat.postMessage': 4000 } });
    t = await startTestApp({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
  });
  afterAll(async () => {
    await t.stop();
    await slack.close();
    await removeDir(t.dataDir);
  });

  it('the HTTP response to an event comes back while chat.postMessage is still unanswered', async () => {
    const res = await postSlack(t.url, { json: dmEvent('help', { user: 'U0SLOW', channel: 'D0SLOW' }) });
    const answeredWhenAcknowledged = slack.answered.filter((c) => c.method === 'chat.postMessage').length;
    expect(res.status).toBe(200);
    expect(answeredWhenAcknowledged).toBe(0);
    // The work does go on: the reply is sent, and answered later.
    await slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body['channel'] === 'D0SLOW'));
    expect(slack.answered.filter((c) => c.method === 'chat.postMessage')).toHaveLength(0);
    await until(() => (slack.answered.some((c) => c.method === 'chat.postMessage') ? true : undefined), 15_000, 'the slow postMessage to be answered');
  });
});

describe('Teams redeliveries', () => {
  let connector: FakeConnector;
  let t: TestApp;

  beforeAll(async () => {
    connector = await startFakeConnector();
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.stop();
    await connector.close();
    await removeDir(t.dataDir);
  });
  beforeEach(() => connector.clear());

  const post = (activity: Record<string, unknown>) => postJson(`${t.url}/api/messages`, activity);
  const repliesTo = (userId: string) => connector.activities.filter((a) => a.conversationId === `a:conv-${userId}`);

  it('the same activity posted twice: 200 both times, one reply', async () => {
    const activity = teamsMessage(connector.url, { text: 'help', userId: '29:twice', id: 'act-twice' });
    expect((await post(activity)).status).toBe(200);
    expect((await post(activity)).status).toBe(200);
    // The handler answers after the turn, so both turns (or non-turns) are over.
    expect(repliesTo('29:twice')).toHaveLength(1);
    expect(t.logs.some((l) => l.includes('Teams redelivery ignored'))).toBe(true);
  });

  it('the same id in another conversation is a different activity', async () => {
    expect((await post(teamsMessage(connector.url, { text: 'help', userId: '29:conv-a', id: 'act-shared' }))).status).toBe(200);
    expect((await post(teamsMessage(connector.url, { text: 'help', userId: '29:conv-b', id: 'act-shared' }))).status).toBe(200);
    expect(repliesTo('29:conv-a')).toHaveLength(1);
    expect(repliesTo('29:conv-b')).toHaveLength(1);
  });

  it('a card submitted twice (new activity ids, same card and values): one effect, one reply', async () => {
    await post(teamsMessage(connector.url, { text: 'hi', userId: '29:submit' }));
    const [greeting] = repliesTo('29:submit');
    const help = submitData(greeting!.activity['attachments'][0].content, 'What can you do?');
    expect(help).toBeDefined();
    connector.clear();
    const first = await post(teamsMessage(connector.url, { value: help, userId: '29:submit', id: 'act-submit-1', replyToId: 'reply-card-1' }));
    const second = await post(teamsMessage(connector.url, { value: help, userId: '29:submit', id: 'act-submit-2', replyToId: 'reply-card-1' }));
    expect([first.status, second.status]).toEqual([200, 200]);
    const replies = repliesTo('29:submit');
    expect(replies).toHaveLength(1);
    expect(replies.flatMap((r) => r.activity['attachments'].map((a: any) => cardText(a.content))).filter((x) => x.includes('What I can help with'))).toHaveLength(1);
  });

  it('the same values submitted from two different cards: two replies', async () => {
    await post(teamsMessage(connector.url, { text: 'hi', userId: '29:two-cards' }));
    const help = submitData(repliesTo('29:two-cards')[0]!.activity['attachments'][0].content, 'What can you do?');
    connector.clear();
    await post(teamsMessage(connector.url, { value: help, userId: '29:two-cards', replyToId: 'reply-card-A' }));
    await post(teamsMessage(connector.url, { value: help, userId: '29:two-cards', replyToId: 'reply-card-B' }));
    expect(repliesTo('29:two-cards')).toHaveLength(2);
  });

  it('a welcome (conversationUpdate) delivered twice is sent once', async () => {
    const activity = { ...teamsMessage(connector.url, { userId: '29:install', id: 'act-install' }), type: 'conversationUpdate', membersAdded: [{ id: '29:install' }] };
    expect((await post(activity)).status).toBe(200);
    expect((await post(activity)).status).toBe(200);
    expect(repliesTo('29:install')).toHaveLength(1);
  });
});
