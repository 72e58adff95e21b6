/**
 * Slack over the real server: signed requests to /slack/events, Web API calls
 * captured by a fake Slack API on 127.0.0.1 (SLACK_API_URL).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET, TEAM, buttonPress, buttonsIn, dmEvent, postSlack, startFakeSlack, type FakeSlack, type SlackCall } from '../helpers/fake-slack.js';
import { removeDir, startTestApp, type TestApp } from '../helpers/app.js';
import { blockText } from '../helpers/cards.js';

/** All the visible text of a posted message's blocks. */
describe('Slack channel (Events API and interactivity)', () => {
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

  it('reports Slack as on over HTTP', async () => {
    const body = (await (await fetch(`${t.url}/healthz`)).json()) as any;
    expect(body.slack).toEqual({ enabled: true, mode: 'http' });
  });

  it('answers the URL verification challenge', async () => {
    const res = await postSlack(t.url, { json: { type: 'url_verification', challenge: 'abc123', token: 'x' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('abc123');
  });

  it('greets in a direct message, then a button press reaches the core', async () => {
    const res = await postSlack(t.url, { json: dmEvent('hi') });
    expect(res.status).toBe(200);
    await slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'));
    const post = slack.posted()[0]!;
    expect(post.body['channel']).toBe('D0USER1');
    expect(blockText(post)).toContain('Hello, I am Career Companion');
    const help = buttonsIn(post).find((b) => b.text.text === 'What can you do?');
    expect(help).toBeDefined();

    slack.clear();
    const press = await postSlack(t.url, { form: buttonPress(help!) });
    expect(press.status).toBe(200);
    await slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'));
    expect(blockText(slack.posted()[0]!)).toContain('What I can help with');
  });

  it('stores how to reach the person by direct message', async () => {
    await postSlack(t.url, { json: dmEvent('hello', { user: 'U0REF', channel: 'D0REF' }) });
    await slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'));
    const ref = await t.app.store.refs.get(`slack:${TEAM}:U0REF`);
    expect(ref?.ref).toEqual({ teamId: TEAM, userId: 'U0REF', channelId: 'D0REF' });
  });

  it('answers an @mention only to the person who asked', async () => {
    const event = {
      team_id: TEAM,
      api_app_id: 'A0TEST',
      type: 'event_callback',
      event_id: 'EvMention1',
      event_time: 1,
      event: { type: 'app_mention', user: 'U0USER2', channel: 'C0CHAN', text: '<@UBOT> help', ts: '2.2', team: TEAM },
    };
    expect((await postSlack(t.url, { json: event })).status).toBe(200);
    await slack.waitFor((c) => c.some((x) => x.method === 'chat.postEphemeral'));
    const post = slack.calls.find((c) => c.method === 'chat.postEphemeral')!;
    expect(post.body).toMatchObject({ channel: 'C0CHAN', user: 'U0USER2' });
    expect(blockText(post)).toContain('What I can help with');
    expect(slack.calls.some((c) => c.method === 'chat.postMessage')).toBe(false);
  });

  it('handles the /careers slash command through its response_url', async () => {
    const form = {
      token: 'x',
      team_id: TEAM,
      channel_id: 'C0CHAN',
      user_id: 'U0USER3',
      command: '/careers',
      text: '',
      response_url: `${slack.responseUrl}cmd1`,
      trigger_id: 'trig1',
    };
    const res = await postSlack(t.url, { form });
    expect(res.status).toBe(200);
    await slack.waitFor((c) => c.some((x) => x.method === 'response_url:/respond/cmd1'));
    const reply = slack.calls.find((c) => c.method === 'response_url:/respond/cmd1')!;
    expect(reply.body['response_type']).toBe('ephemeral');
    expect(blockText(reply)).toContain('Hello, I am Career Companion');
  });

  it('publishes a welcome on the App Home tab', async () => {
    const event = { team_id: TEAM, api_app_id: 'A0TEST', type: 'event_callback', event_id: 'EvHome1', event_time: 1, event: { type: 'app_home_opened', user: 'U0USER4', channel: 'D0USER4', tab: 'home' } };
    expect((await postSlack(t.url, { json: event })).status).toBe(200);
    await slack.waitFor((c) => c.some((x) => x.method === 'views.publish'));
    const call = slack.calls.find((c) => c.method === 'views.publish')!;
    expect(call.body['user_id']).toBe('U0USER4');
    expect(JSON.stringify(call.body['view'])).toContain('Career Companion');
  });

  it('ignores event types it does not use', async () => {
    const event = { team_id: TEAM, api_app_id: 'A0TEST', type: 'event_callback', event_id: 'EvOther', event_time: 1, event: { type: 'reaction_added', user: 'U1', reaction: 'tada' } };
    expect((await postSlack(t.url, { json: event })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 150));
    expect(slack.posted()).toHaveLength(0);
  });

  describe('refuses requests Slack did not sign', () => {
    it('a bad signature gets 401 and nothing is processed', async () => {
      const res = await postSlack(t.url, { json: dmEvent('hi', { user: 'U0FORGED' }) }, { secret: 'wrong-secret' });
      expect(res.status).toBe(401);
      await new Promise((r) => setTimeout(r, 150));
      expect(slack.calls.filter((c) => c.method !== 'auth.test')).toHaveLength(0);
      expect(await t.app.store.refs.get(`slack:${TEAM}:U0FORGED`)).toBeUndefined();
    });
    it('a missing signature gets 401', async () => {
      const res = await postSlack(t.url, { json: dmEvent('hi', { user: 'U0FORGED' }) }, { unsigned: true });
      expect(res.status).toBe(401);
      await new Promise((r) => setTimeout(r, 150));
      expect(slack.posted()).toHaveLength(0);
    });
    it('a stale timestamp gets 401', async () => {
      const res = await postSlack(t.url, { json: dmEvent('hi', { user: 'U0FORGED' }) }, { timestamp: Math.floor(Date.now() / 1000) - 600 });
      expect(res.status).toBe(401);
    });
    it('a body that is not JSON gets a 4xx', async () => {
      const res = await fetch(`${t.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    });
  });

  describe('files', () => {
    const USER = 'U0FILE';
    const CHANNEL = 'D0FILE';
    const seedPlan = () =>
      t.app.store.plans.put({
        id: `slack:${TEAM}:${USER}|2026-11-20T09:00:00.000Z`,
        userKey: `slack:${TEAM}:${USER}`,
        startedAt: '2026-11-20T09:00:00.000Z',
        completedAt: '2026-11-20T09:20:00.000Z',
        answers: { aspirations: 'Become a nursing associate' },
        options: [],
        needs: {},
        actions: [{ id: 'a1', text: 'Ask about the apprenticeship' }],
      });
    /** "show my plan", then "Download as text": the calls made for the press, in order. */
    const download = async (): Promise<SlackCall[]> => {
      await postSlack(t.url, { json: dmEvent('show my plan', { user: USER, channel: CHANNEL }) });
      await slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && buttonsIn(x).some((b) => b.text.text === 'Download as text')));
      const button = slack.posted().flatMap(buttonsIn).find((b) => b.text.text === 'Download as text')!;
      slack.clear();
      await postSlack(t.url, { form: buttonPress(button, { user: USER, channel: CHANNEL }) });
      await slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'));
      return [...slack.calls];
    };

    it('sends the file first, and says it is there only once it is', async () => {
      await seedPlan();
      const calls = await download();
      expect(slack.uploaded()).toEqual([expect.stringMatching(/^career-conversation-2026-11-20\.txt$/)]);
      const done = calls.findIndex((c) => c.method === 'files.completeUploadExternal');
      const said = calls.findIndex((c) => c.method === 'chat.postMessage' && blockText(c).includes('Here is your summary as a text file'));
      expect(done).toBeGreaterThanOrEqual(0);
      expect(said).toBeGreaterThan(done);
    });

    it('says plainly that the file could not be sent when the upload fails, and never that it was', async () => {
      await seedPlan();
      slack.failNext('files.completeUploadExternal', 1);
      const calls = await download();
      expect(slack.uploaded()).toEqual([]);
      const text = calls.filter((c) => c.method === 'chat.postMessage').map(blockText).join('\n');
      expect(text).not.toContain('Here is your summary');
      expect(text).toContain("I couldn't send you the file career-conversation-2026-11-20.txt just now. Please ask for it again in a few minutes.");
    });
  });
});

describe('Slack off', () => {
  it('says so on /healthz and refuses /slack/events with 404', async () => {
    const t = await startTestApp();
    try {
      const body = (await (await fetch(`${t.url}/healthz`)).json()) as any;
      expect(body.slack).toEqual({ enabled: false });
      const res = await postSlack(t.url, { json: dmEvent('hi') });
      expect(res.status).toBe(404);
      expect(t.logs.filter((l) => l.includes('Slack is off'))).toHaveLength(1);
    } finally {
      await t.stop();
      await removeDir(t.dataDir);
    }
  });
});

describe("a person's display name", () => {
  it('is looked up once for turns that arrive while the lookup is under way', async () => {
    const slack = await startFakeSlack({ delayMs: { 'users.info': 300 } });
    const t = await startTestApp({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
    try {
      const at = Date.now() / 1000;
      const sent = await Promise.all(['hi', 'hello', 'hey'].map((text, i) => postSlack(t.url, { json: dmEvent(text, { user: 'U0NAME', channel: 'D0NAME', ts: `${at + i}` }) })));
      expect(sent.map((r) => r.status)).toEqual([200, 200, 200]);
      await slack.waitFor((c) => c.filter((x) => x.method === 'chat.postMessage').length >= 3, 10_000);
      expect(slack.calls.filter((c) => c.method === 'users.info')).toHaveLength(1);
    } finally {
      await t.stop();
      await slack.close();
      await removeDir(t.dataDir);
    }
  });
});
