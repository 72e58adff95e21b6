/**
 * "What do you hold about me" and "delete my data" over the real server, in
 * each platform's wire format: Teams (fake Bot Connector) and Slack (fake
 * Slack Web API, signed requests). Checks what arrives at the platform, the
 * raw data files and the audit log.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeConnector, teamsMessage, type FakeConnector } from '../helpers/fake-connector.js';
import { BOT_TOKEN, SIGNING_SECRET, TEAM, buttonPress, buttonsIn, dmEvent, postSlack, startFakeSlack, type FakeSlack, type SlackCall } from '../helpers/fake-slack.js';
import { postJson, removeDir, startTestApp, type TestApp } from '../helpers/app.js';
import { cardErrors } from '../helpers/adaptive-cards.js';
import { cardText, submitActions, blockText } from '../helpers/cards.js';

const rawData = async (dir: string) => (await Promise.all(['career-companion.jsonl', 'reminders.jsonl'].map((f) => readFile(join(dir, f), 'utf8')))).join('\n');
const auditLog = async (dir: string) => readFile(join(dir, 'audit.log'), 'utf8').catch(() => '');

describe('privacy over Teams (Bot Framework wire format)', () => {
  let connector: FakeConnector;
  let t: TestApp;
  const USER = '29:privacy-teams-1';
  const KEY = `teams:${USER}`;

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

  const send = async (body: Record<string, unknown>, expectActivities: number) => {
    const res = await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { userId: USER, ...body }));
    expect(res.status).toBe(200);
    return connector.waitFor(expectActivities);
  };

  it('exports everything as a card and a JSON file, then erases it all after a confirmation', async () => {
    // Something to hold: a profile answer.
    await t.app.store.profiles.put({ userKey: KEY, platform: 'teams', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', band: '4', area: 'zebra-quartz-4471' });

    const [card, file] = await send({ text: 'what do you hold about me' }, 2);
    const content = card!.activity['attachments'][0].content;
    expect(cardErrors(content)).toEqual([]);
    const text = cardText(content);
    expect(text).toContain('What I hold about you');
    expect(text).toContain('Your profile');
    expect(text).toContain('How I can message you');
    expect(text).toContain('zebra-quartz-4471');
    const att = file!.activity['attachments'][0];
    expect(att.name).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(att.contentType).toBe('application/json');
    const json = JSON.parse(Buffer.from(String(att.contentUrl).replace(/^data:application\/json;base64,/, ''), 'base64').toString('utf8'));
    expect(json.userKey).toBe(KEY);
    expect(json.profile.area).toBe('zebra-quartz-4471');
    expect(json.conversationReference.ref.conversation.id).toBe(`a:conv-${USER}`);
    expect(await auditLog(t.dataDir)).toContain('"action":"export"');

    connector.clear();
    const [confirm] = await send({ text: 'delete my data' }, 1);
    const confirmCard = confirm!.activity['attachments'][0].content;
    expect(cardText(confirmCard)).toContain('Delete everything I hold about you?');
    const yes = submitActions(confirmCard).find((a) => a.title === 'Yes, delete everything');
    expect(yes).toBeDefined();

    connector.clear();
    const [done] = await send({ value: yes!.data }, 1);
    expect(cardText(done!.activity['attachments'][0].content)).toContain('Your data is deleted');

    // Gone, including the conversation reference saved at the start of this very turn, and the dialog state.
    const raw = await rawData(t.dataDir);
    expect(raw).not.toContain(USER);
    expect(raw).not.toContain('zebra-quartz-4471');
    expect(await t.app.store.refs.get(KEY)).toBeUndefined();
    const audit = await auditLog(t.dataDir);
    expect(audit).toContain('"action":"erasure"');
    expect(audit).not.toContain(USER);

    // Asking again: nothing but the reference this message created, and the reply says so.
    connector.clear();
    const [again] = await send({ text: 'what do you hold about me' }, 2);
    expect(cardText(again!.activity['attachments'][0].content)).toContain('Nothing, apart from how to message you.');
  });
});

describe('privacy over Slack (Events API and interactivity)', () => {
  let slack: FakeSlack;
  let t: TestApp;
  const USER = 'U0PRIV1';
  const CHANNEL = 'D0PRIV1';
  const KEY = `slack:${TEAM}:${USER}`;

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

  const posts = () => slack.posted();

  it('exports in the direct message (with the file sent there), then erases after a button press', async () => {
    await t.app.store.profiles.put({ userKey: KEY, platform: 'slack', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', band: '5' });

    expect((await postSlack(t.url, { json: dmEvent('What do you hold about me?', { user: USER, channel: CHANNEL }) })).status).toBe(200);
    // The file goes first; the summary that mentions it follows.
    await slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage' && blockText(x).includes('What I hold about you')));
    expect(slack.uploaded()).toEqual([expect.stringMatching(/^my-data-\d{4}-\d{2}-\d{2}\.json$/)]);
    const summary = posts().find((p) => blockText(p).includes('What I hold about you'))!;
    expect(summary.body['channel']).toBe(CHANNEL);
    expect(blockText(summary)).toContain('Band 5');
    const upload = slack.calls.find((c) => c.method === 'files.getUploadURLExternal')!;
    expect(upload.body['filename']).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(Number(upload.body['length'])).toBeGreaterThan(100);

    slack.clear();
    await postSlack(t.url, { json: dmEvent('delete my data', { user: USER, channel: CHANNEL }) });
    await slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'));
    const yes = buttonsIn(posts()[0]!).find((b) => b.text.text === 'Yes, delete everything');
    expect(yes).toBeDefined();

    slack.clear();
    expect((await postSlack(t.url, { form: buttonPress(yes!, { user: USER, channel: CHANNEL }) })).status).toBe(200);
    await slack.waitFor((c) => c.some((x) => x.method === 'chat.postMessage'));
    expect(blockText(posts()[0]!)).toContain('Your data is deleted');

    const raw = await rawData(t.dataDir);
    expect(raw).not.toContain(USER);
    expect(await t.app.store.profiles.get(KEY)).toBeUndefined();
    expect(await t.app.store.refs.get(KEY)).toBeUndefined();
    expect(await t.app.store.dialogs.listForUser(KEY)).toEqual([]);
    const audit = await auditLog(t.dataDir);
    expect(audit).toContain('"action":"erasure"');
    expect(audit).not.toContain(USER);
  });
});
