/**
 * The bot's own ids on Slack (auth.test) when Slack does not confirm the token
 * at start-up: the server stays up, says what is wrong, and asks again when the
 * next event comes, so the person who wrote is answered once Slack answers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET, dmEvent, postSlack, startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { removeDir, startTestApp, type TestApp } from '../helpers/app.js';

describe('Slack: a bot token Slack does not confirm at start-up', () => {
  let slack: FakeSlack;
  let t: TestApp;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    slack = await startFakeSlack();
    slack.failNext('auth.test', 1, 'invalid_auth');
    t = await startTestApp({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await t.stop();
    await slack.close();
    await removeDir(t.dataDir);
  });
  afterEach(() => slack.clear());

  it('keeps the server up and says what is wrong, without the token', async () => {
    await slack.waitFor((c) => c.some((x) => x.method === 'auth.test'));
    await new Promise((r) => setTimeout(r, 100));
    expect(unhandled).toEqual([]);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const warning = t.logs.find((l) => l.includes('auth.test'));
    expect(warning).toContain('invalid_auth');
    expect(t.logs.join('\n')).not.toContain(BOT_TOKEN);
  });

  it('asks again for the next event and answers it', async () => {
    expect((await postSlack(t.url, { json: dmEvent('hi', { user: 'U0AUTH', channel: 'D0AUTH' }) })).status).toBe(200);
    await slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body['channel'] === 'D0AUTH'));
    expect(slack.calls.filter((c) => c.method === 'auth.test')).toHaveLength(1);
    // Known now: a second event does not ask again.
    expect((await postSlack(t.url, { json: dmEvent('hello again', { user: 'U0AUTH', channel: 'D0AUTH', eventId: 'Ev0AUTH2', ts: '1700000000.000200' }) })).status).toBe(200);
    await slack.waitFor((c) => c.filter((x) => x.method === 'chat.postMessage' && x.body['channel'] === 'D0AUTH').length >= 2);
    expect(slack.calls.filter((c) => c.method === 'auth.test')).toHaveLength(1);
    expect(unhandled).toEqual([]);
  });
});
