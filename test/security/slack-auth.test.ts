/**
 * Slack request signatures over the real server: requests to /slack/events
 * without Slack's headers, with a timestamp more than 5 minutes away, or with a
 * signature that does not match the body get 401 and nothing happens.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET, TEAM, dmEvent, postSlack, sign, startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { removeDir, startTestApp, type TestApp } from '../helpers/app.js';
import { checkSlackRequestHeaders } from '../../src/channels/slack/verify.js';

const NOW = 1_760_000_000;
const GOOD_SIG = `v0=${'a'.repeat(64)}`;

describe('checkSlackRequestHeaders', () => {
  /** null leaves the header out. */
  const headers = (ts: string | string[] | null, sig: string | string[] | null = GOOD_SIG) => ({
    ...(sig === null ? {} : { 'x-slack-signature': sig }),
    ...(ts === null ? {} : { 'x-slack-request-timestamp': ts }),
  });

  it('accepts both headers with a timestamp up to 5 minutes either side of now', () => {
    for (const ts of [NOW, NOW - 300, NOW + 300, NOW - 240]) expect(checkSlackRequestHeaders(headers(String(ts)), NOW)).toEqual({ ok: true });
  });

  it.each([
    ['no signature', headers(String(NOW), null), /no x-slack-signature/],
    ['an empty signature', headers(String(NOW), ''), /no x-slack-signature/],
    ['a signature that is not v0=<hex>', headers(String(NOW), 'v1=abc'), /not a Slack signature/],
    ['two signatures', headers(String(NOW), [GOOD_SIG, GOOD_SIG]), /more than one x-slack-signature/],
    ['no timestamp', headers(null), /no x-slack-request-timestamp/],
    ['two timestamps', headers([String(NOW), String(NOW)]), /more than one x-slack-request-timestamp/],
    ['a timestamp that is not a number', headers('yesterday'), /not a number/],
    ['a timestamp with a fraction', headers(`${NOW}.5`), /not a number/],
    ['a negative timestamp', headers(`-${NOW}`), /not a number/],
    ['a timestamp 301 seconds old', headers(String(NOW - 301)), /too old/],
    ['a timestamp 6 minutes old', headers(String(NOW - 360)), /too old/],
    ['a timestamp 301 seconds ahead', headers(String(NOW + 301)), /future/],
  ])('rejects %s', (_name, h, reason) => {
    const r = checkSlackRequestHeaders(h, NOW);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(reason);
  });
});

describe('Slack: only requests Slack signed are processed', () => {
  let slack: FakeSlack;
  let t: TestApp;
  let n = 0;

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

  /**
   * Proves a refused request did nothing: a genuine request sent after it is
   * answered, and by then there is still no trace of the refused one (no Web
   * API call for its channel, no stored reference).
   */
  async function expectNothingProcessed(user: string, channel: string): Promise<void> {
    const sentinel = `U0SENT${++n}`;
    expect((await postSlack(t.url, { json: dmEvent('hi', { user: sentinel, channel: `D0SENT${n}` }) })).status).toBe(200);
    await slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body['channel'] === `D0SENT${n}`));
    expect(slack.calls.filter((c) => c.method !== 'auth.test' && JSON.stringify(c.body).includes(channel))).toEqual([]);
    expect(slack.calls.filter((c) => JSON.stringify(c.body).includes(user))).toEqual([]);
    expect(await t.app.store.refs.get(`slack:${TEAM}:${user}`)).toBeUndefined();
  }

  const nowSec = () => Math.floor(Date.now() / 1000);

  it('a bad signature (signed with another secret): 401', async () => {
    const res = await postSlack(t.url, { json: dmEvent('hi', { user: 'U0BADSIG', channel: 'D0BADSIG' }) }, { secret: 'not-the-signing-secret' });
    expect(res.status).toBe(401);
    await expectNothingProcessed('U0BADSIG', 'D0BADSIG');
  });

  it('a body changed after signing: 401', async () => {
    const body = JSON.stringify(dmEvent('hi', { user: 'U0TAMPER', channel: 'D0TAMPER' }));
    const headers = sign(JSON.stringify(dmEvent('hi', { user: 'U0OTHER', channel: 'D0OTHER' })));
    const res = await fetch(`${t.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect(res.status).toBe(401);
    await expectNothingProcessed('U0TAMPER', 'D0TAMPER');
  });

  const without = (h: Record<string, string>, name: string) => Object.fromEntries(Object.entries(h).filter(([k]) => k !== name));

  it.each([
    ['no signature header', 'NOSIG', (b: string) => without(sign(b), 'x-slack-signature'), /x-slack-signature/],
    ['no timestamp header', 'NOTS', (b: string) => without(sign(b), 'x-slack-request-timestamp'), /x-slack-request-timestamp/],
    ['a timestamp that is not a number', 'NANTS', (b: string) => ({ ...sign(b), 'x-slack-request-timestamp': 'now' }), /not a number/],
    ['a stale timestamp (6 minutes old, correctly signed)', 'STALE', (b: string) => sign(b, nowSec() - 360), /too old/],
    ['a timestamp 6 minutes in the future (correctly signed)', 'FUTURE', (b: string) => sign(b, nowSec() + 360), /future/],
  ])('%s: 401 with a JSON reason, before Bolt reads the body', async (_name, id, headersFor, reason) => {
    const user = `U0${id}`;
    const channel = `D0${id}`;
    const body = JSON.stringify(dmEvent('hi', { user, channel }));
    const headers = headersFor(body);
    const res = await fetch(`${t.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(((await res.json()) as { error: string }).error).toMatch(reason);
    await expectNothingProcessed(user, channel);
  });

  it('a correctly signed request 4 minutes old is accepted and answered', async () => {
    const res = await postSlack(t.url, { json: dmEvent('hi', { user: 'U0LATE', channel: 'D0LATE' }) }, { timestamp: nowSec() - 240 });
    expect(res.status).toBe(200);
    await slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && x.body['channel'] === 'D0LATE'));
    expect(await t.app.store.refs.get(`slack:${TEAM}:U0LATE`)).toBeDefined();
  });

  it('refusals are logged without the request body', async () => {
    const res = await postSlack(t.url, { json: dmEvent('my secret career plan', { user: 'U0LOG' }) }, { unsigned: true });
    expect(res.status).toBe(401);
    const refusals = t.logs.filter((l) => l.includes('Refused a Slack request'));
    expect(refusals.length).toBeGreaterThan(0);
    expect(t.logs.join('\n')).not.toContain('my secret career plan');
  });
});
