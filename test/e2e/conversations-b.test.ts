/**
 * The career conversation end to end, over the real server: once through Teams
 * (fake Bot Connector) with a server restart in the middle, and once through
 * Slack (fake Slack Web API). Both share the summary with a line manager who
 * is named with a platform mention; the manager's message must arrive only
 * after the person says "Yes, share it", and never with the wellbeing answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeConnector, teamsMessage, type CapturedActivity, type FakeConnector } from '../helpers/fake-connector.js';
import { BOT_TOKEN, SIGNING_SECRET, TEAM, buttonPress, buttonsIn, dmEvent, postSlack, startFakeSlack, type FakeSlack, type SlackCall } from '../helpers/fake-slack.js';
import { postJson, removeDir, startTestApp, type TestApp } from '../helpers/app.js';
import { cardErrors } from '../helpers/adaptive-cards.js';
import { readDue } from '../../dialogs/career-conversation/answers.js';
import { actionDueAt } from '../../dialogs/my-plan/plan.js';
import { localDate } from '../../src/time/zone.js';
import { submitActions } from '../helpers/cards.js';

function cardText(card: Record<string, any>): string {
  const out: string[] = [];
  const walk = (x: any) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    if (x.type === 'TextBlock' && typeof x.text === 'string') out.push(x.text);
    if (x.type === 'FactSet') for (const f of x.facts ?? []) out.push(`${f.title} ${f.value}`);
    Object.values(x).forEach(walk);
  };
  walk(card['body']);
  return out.join('\n').replace(/[\u200B-\u200D\u2060\\]/g, '');
}

function blockText(call: SlackCall): string {
  const out: string[] = [];
  const walk = (x: any) => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(walk);
    if ((x.type === 'mrkdwn' || x.type === 'plain_text') && typeof x.text === 'string') out.push(x.text);
    Object.values(x).forEach(walk);
  };
  walk(call.body['blocks']);
  return out.join('\n').replace(/[\u200B-\u200D\u2060]/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

describe('career conversation over Teams', () => {
  const USER_ID = '29:alex-cc';
  const USER_KEY = `teams:${USER_ID}`;
  const CONV = `a:conv-${USER_ID}`;
  let connector: FakeConnector;
  let t: TestApp;
  let replies: CapturedActivity[] = [];

  beforeAll(async () => {
    connector = await startFakeConnector();
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.stop();
    await connector.close();
    await removeDir(t.dataDir);
  });

  const cards = () =>
    replies.flatMap((a) => (a.activity['attachments'] ?? []).filter((x: any) => x.contentType === 'application/vnd.microsoft.card.adaptive').map((x: any) => x.content as Record<string, any>));
  const files = () => replies.flatMap((a) => (a.activity['attachments'] ?? []).filter((x: any) => x.contentType !== 'application/vnd.microsoft.card.adaptive'));
  const shown = () => cards().map(cardText).join('\n');
  const buttons = () => cards().flatMap(submitActions);

  /** Posts one activity and returns the replies to it (the turn finishes before the HTTP answer). */
  const post = async (activity: Record<string, unknown>): Promise<string> => {
    const before = connector.activities.length;
    const res = await postJson(`${t.url}/api/messages`, activity);
    expect(res.status).toBe(200);
    replies = connector.activities.slice(before).filter((a) => a.conversationId === CONV);
    for (const card of cards()) expect(cardErrors(card)).toEqual([]);
    return shown();
  };
  const say = (text: string, extra: Record<string, unknown> = {}) => post({ ...teamsMessage(connector.url, { text, userId: USER_ID }), ...extra });
  const press = async (title: string, inputs: Record<string, string> = {}) => {
    const b = buttons().find((x) => x.title === title);
    if (!b) throw new Error(`No button "${title}" in: ${buttons().map((x) => x.title).join(', ')}`);
    return post(teamsMessage(connector.url, { value: { ...b.data, ...inputs }, userId: USER_ID }));
  };
  const managerActivities = () => connector.activities.filter((a) => a.conversationId !== CONV);

  it('runs the whole conversation, survives a restart, and shares with a mentioned manager only after a yes', async () => {
    expect(await say('I would like a career conversation')).toContain('What are you good at?');
    expect(await say('Calm with anxious patients')).toContain('What do you enjoy most');
    expect(await say('Wound care')).toContain('in a year or two');

    // A restart in the middle: the next answer lands on the same question.
    t = await t.restart();
    expect(await say('I want to become a nursing associate')).toContain('Which of these sounds most like you right now?');
    expect(await say('back')).toContain('Your answer so far: "I want to become a nursing associate"');
    await press('Keep this answer');

    // No role in the profile yet: the person types it.
    expect(await press('Step up to a bigger role')).toContain('What is your role now?');
    const options = await say('band 3 healthcare assistant');
    expect(options).toContain('from your role as Healthcare support worker (Band 3)');
    const ap = buttons().find((b) => b.title.startsWith('Assistant practitioner (Band 4)'));
    expect(ap).toBeDefined();
    expect(await press(ap!.title)).toContain('Added Assistant practitioner');
    expect(await press("That's all")).toContain('What do I need?');
    expect(await press('Save and carry on', { areas: 'career-progression,personal-skills', other: 'More confidence in handovers' })).toContain(
      'How are you feeling about work at the moment?',
    );
    expect(await press('2 Low')).toContain('NHS Talking Therapies');
    expect(shown()).toContain('What is one thing you will do next?');
    await say('Ask my manager about the apprenticeship');
    await say('in 3 months');
    const summary = await press("No, that's all");
    expect(summary).toContain('Your career conversation summary');
    expect(summary).toContain('2 out of 5');

    const [plan] = await t.app.store.plans.listForUser(USER_KEY);
    expect(plan).toMatchObject({ growth: 'stretch', options: ['assistant-practitioner'], answers: { strengths: 'Calm with anxious patients', wellbeing: '2' } });
    const due = readDue(t.app.content, 'in 3 months', localDate(new Date(), 'Europe/London'));
    expect(due.kind).toBe('date');
    const reminders = await t.app.store.reminders.listForUser(USER_KEY);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ kind: 'action', state: 'pending', payload: { planId: plan!.id, actionId: 'a1' } });
    if (due.kind === 'date') expect(reminders[0]!.dueAt).toBe(actionDueAt(due.date, new Date(), 'Europe/London'));

    // Sharing: mention the manager with a Teams mention entity.
    expect(await press('Share with my line manager')).toContain('Who is your line manager?');
    const named = await say('My manager is <at>Sam</at>', {
      entities: [{ type: 'mention', mentioned: { id: '29:manager', name: 'Sam' }, text: '<at>Sam</at>' }],
    });
    expect(named).toContain('saved Sam as your line manager');
    expect((await t.app.store.profiles.get(USER_KEY))?.managerKey).toBe('teams:29:manager');
    const confirm = await say('Alex');
    expect(confirm).toContain('Your manager, Sam, will see:');
    expect(confirm).toContain('They will not see your wellbeing answer.');
    // Nothing has reached the manager, and no conversation was created for them.
    expect(connector.conversations).toHaveLength(0);
    expect(managerActivities()).toHaveLength(0);

    const done = await press('Yes, share it');
    expect(done).toContain('Sam now has your summary');
    expect(connector.conversations).toHaveLength(1);
    expect(connector.conversations[0]!.body['members']).toEqual([expect.objectContaining({ id: '29:manager' })]);
    const toManager = connector.activities.filter((a) => a.conversationId === connector.conversations[0]!.id);
    expect(toManager.length).toBeGreaterThan(0);
    const managerText = toManager.flatMap((a) => (a.activity['attachments'] ?? []).map((x: any) => cardText(x.content))).join('\n');
    expect(managerText).toContain('Career conversation summary from Alex');
    expect(managerText).toContain('Ask my manager about the apprenticeship');
    expect(managerText).not.toMatch(/out of 5|How I feel|2 Low/);
    expect((await t.app.store.plans.get(plan!.id))?.sharedWith?.managerKey).toBe('teams:29:manager');

    // Download, then finish: nothing more goes to the manager.
    expect(await press('Download as text')).toMatch(/career-conversation-\d{4}-\d{2}-\d{2}\.txt/);
    const [file] = files();
    expect(file).toMatchObject({ contentType: 'text/plain', name: expect.stringMatching(/^career-conversation-\d{4}-\d{2}-\d{2}\.txt$/) });
    expect(Buffer.from(String(file.contentUrl).split(',')[1] ?? '', 'base64').toString('utf8')).toContain('Strengths: Calm with anxious patients');
    const sentToManager = managerActivities().length;
    expect(await press('Not now')).toContain('Your plan is saved');
    expect(managerActivities()).toHaveLength(sentToManager);
    expect(await say('my plan')).toContain('Your career plan');
  });
});

describe('career conversation over Slack', () => {
  const USER = 'U0USER1';
  const CHANNEL = 'D0USER1';
  const USER_KEY = `slack:${TEAM}:${USER}`;
  let slack: FakeSlack;
  let t: TestApp;
  let replies: SlackCall[] = [];
  let seq = 0;

  beforeAll(async () => {
    slack = await startFakeSlack();
    t = await startTestApp({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
    const at = new Date().toISOString();
    await t.app.store.profiles.put({ userKey: USER_KEY, platform: 'slack', roleId: 'hcsw-band-2', band: '2', onboarded: true, createdAt: at, updatedAt: at });
  });
  afterAll(async () => {
    await t.stop();
    await slack.close();
    await removeDir(t.dataDir);
  });

  const postsTo = (channel: string, from = 0) => slack.calls.slice(from).filter((c) => c.method === 'chat.postMessage' && c.body['channel'] === channel);
  const shown = () => replies.map(blockText).join('\n');
  const buttons = () => replies.flatMap(buttonsIn);

  /**
   * Sends and waits until the replies contain `expected` and the last one has buttons
   * (every turn ends with a next step; Slack is answered first and the turn runs after).
   */
  const send = async (payload: { json?: unknown; form?: Record<string, string> }, expected: string): Promise<string> => {
    const before = slack.calls.length;
    const res = await postSlack(t.url, payload);
    expect(res.status).toBe(200);
    await slack.waitFor(() => {
      const posts = postsTo(CHANNEL, before);
      return posts.map(blockText).join('\n').includes(expected) && buttonsIn(posts.at(-1)!).length > 0;
    });
    replies = postsTo(CHANNEL, before);
    return shown();
  };
  const say = (text: string, expected: string) => send({ json: dmEvent(text, { ts: `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, '0')}` }) }, expected);
  const press = (label: string, expected: string) => {
    const b = buttons().find((x) => x.text.text === label);
    if (!b) throw new Error(`No button "${label}" in: ${buttons().map((x) => x.text.text).join(', ')}`);
    return send({ form: buttonPress(b) }, expected);
  };
  const managerCalls = () => slack.calls.filter((c) => (c.method === 'conversations.open' && String(c.body['users']).includes('U0MANAGER')) || c.body['channel'] === 'DU0MANAGER');

  it('runs the whole conversation and shares with the mentioned manager by direct message only after a yes', async () => {
    await say('I would like a career conversation', 'What are you good at?');
    await press('Skip', 'What do you enjoy most');
    await say('Helping people', 'in a year or two');
    await say('Become a nursing associate', 'Which of these sounds most like you');
    const options = await press('Step up to a bigger role', 'What are my options?');
    expect(options).toContain('from your role as Healthcare support worker (Band 2)');
    await say('nursing associate', 'Added');
    await press("That's all", 'What do I need?');
    await say('maths and English', 'How are you feeling about work');
    await press('4 Good', 'What is one thing you will do next?');
    await say('Sign up for Functional Skills maths', 'When will you do it by?');
    await say('end of March', 'Would you like to add another action?');
    const summary = await press("No, that's all", 'Your career conversation summary');
    expect(summary).toContain('Sign up for Functional Skills maths (by 31 March');
    expect(summary).toContain('4 out of 5');

    await press('Share with my line manager', 'Who is your line manager?');
    // Slack sends no names; the adapter looks the person up (users.info), so the name is not asked for.
    const confirm = await say('My manager is <@U0MANAGER>', 'Yes, share it');
    expect((await t.app.store.profiles.get(USER_KEY))?.managerKey).toBe(`slack:${TEAM}:U0MANAGER`);
    expect(confirm).toContain('Your manager will see:');
    expect(confirm).toContain('They will not see your wellbeing answer.');
    expect(managerCalls()).toEqual([]);

    await press('Yes, share it', 'now has your summary');
    await slack.waitFor(() => postsTo('DU0MANAGER').length > 0);
    expect(slack.calls.some((c) => c.method === 'conversations.open' && String(c.body['users']).includes('U0MANAGER'))).toBe(true);
    const managerText = postsTo('DU0MANAGER').map(blockText).join('\n');
    expect(managerText).toContain('Career conversation summary from Person U0USER1');
    expect(managerText).toContain('Sign up for Functional Skills maths');
    expect(managerText).not.toMatch(/out of 5|How I feel|Very good/);
    const [plan] = await t.app.store.plans.listForUser(USER_KEY);
    expect(plan?.sharedWith?.managerKey).toBe(`slack:${TEAM}:U0MANAGER`);
    expect(plan?.needs).toEqual({ 'skills-for-life': 'maths, english' });

    const managerPosts = postsTo('DU0MANAGER').length;
    await press('Not now', 'Your plan is saved');
    expect(postsTo('DU0MANAGER')).toHaveLength(managerPosts);
  });
});
