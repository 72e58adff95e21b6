/**
 * The stay conversation, Freedom to Speak Up and the calm reply to stress,
 * over the real server: the Teams wire format (a fake Bot Connector) and
 * Slack (a fake Slack Web API). A request for a stay conversation reaches the
 * manager only after a yes: with a no, nothing at all is sent to them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { teamsMessage } from '../helpers/fake-connector.js';
import { TEAM, buttonPress, buttonsIn, dmEvent, postSlack, type SlackCall } from '../helpers/fake-slack.js';
import { postJson, type TestApp, slackAppForSuite, teamsAppForSuite } from '../helpers/app.js';
import { blockText, cardText, submitActions } from '../helpers/cards.js';

const onboarded = (t: TestApp, userKey: string, platform: 'teams' | 'slack', managerKey?: string) =>
  t.app.store.profiles.put({
    userKey,
    platform,
    createdAt: 'x',
    updatedAt: 'x',
    onboarded: true,
    ...(managerKey ? { managerKey, managerName: 'Jo' } : {}),
  });

describe('stay conversation over Teams (Bot Framework wire format)', () => {
  const app = teamsAppForSuite();

  /** Sends typed text (or a card submit) and waits for `count` replies; returns their text. */
  const send = async (userId: string, body: { text?: string; value?: unknown }, count = 1): Promise<string> => {
    app.connector.clear();
    const res = await postJson(`${app.t.url}/api/messages`, teamsMessage(app.connector.url, { ...body, userId }));
    expect(res.status).toBe(200);
    const replies = await app.connector.waitFor(count);
    return replies.map((r) => (r.activity['attachments'] ?? []).map((a: any) => cardText(a.content)).join('\n') || String(r.activity['text'] ?? '')).join('\n---\n');
  };
  const button = (title: string) => {
    const found = app.connector.activities.flatMap((a) => (a.activity['attachments'] ?? []).flatMap((x: any) => submitActions(x.content))).find((a) => a.title === title);
    expect(found, `a "${title}" button`).toBeDefined();
    return found!.data;
  };

  it('"I\'m thinking of leaving the NHS" starts the stay conversation, not a resources menu', async () => {
    await onboarded(app.t, 'teams:29:leaver', 'teams');
    const reply = await send('29:leaver', { text: "I'm thinking of leaving the NHS" });
    expect(reply).toContain('I will not tell your manager or anyone unless you say yes.');
    expect(reply).not.toContain('Which area would you like resources for');
    expect(app.connector.activities.flatMap((a) => (a.activity['attachments'] ?? []).flatMap((x: any) => submitActions(x.content))).map((a) => a.title)).toContain('Workload');
  });

  it('"who is my freedom to speak up guardian" gets the guardian answer', async () => {
    await onboarded(app.t, 'teams:29:ftsu', 'teams');
    const reply = await send('29:ftsu', { text: 'who is my freedom to speak up guardian' });
    expect(reply).toContain('Every NHS trust has a Freedom to Speak Up guardian');
    expect(reply).toContain("Your trust's Freedom to Speak Up guardian");
    expect(reply).not.toContain('I could not tell which area you mean');
  });

  it('"I feel overwhelmed every shift" gets a calm reply that does not lead with 999', async () => {
    await onboarded(app.t, 'teams:29:overwhelmed', 'teams');
    const reply = await send('29:overwhelmed', { text: 'I feel overwhelmed every shift' }, 2);
    expect(reply).toContain('Feeling overwhelmed at work is common');
    expect(reply.indexOf('999')).toBeGreaterThan(reply.indexOf('Talk to your manager'));
    expect(reply).not.toContain('Call 999, or go to A&E');
  });

  it('a stay conversation where the person says no: the manager receives nothing', async () => {
    await send('29:boss-no', { text: 'hi' });
    await onboarded(app.t, 'teams:29:stay-no', 'teams', 'teams:29:boss-no');
    await send('29:stay-no', { text: 'I want to quit' });
    await send('29:stay-no', { value: button('Workload') }, 2);
    await send('29:stay-no', { value: button('No, keep this between us') });
    expect(cardText(app.connector.activities.at(-1)!.activity['attachments'][0].content)).toContain('I have not told anyone');
    expect(app.connector.activities.filter((a) => a.conversationId === 'a:conv-29:boss-no')).toEqual([]);
  });

  it('with a yes, the request reaches the manager', async () => {
    await send('29:boss-yes', { text: 'hi' });
    await onboarded(app.t, 'teams:29:stay-yes', 'teams', 'teams:29:boss-yes');
    await send('29:stay-yes', { text: 'handing in my notice' });
    await send('29:stay-yes', { value: button('Pay') }, 2);
    const yes = button('Yes, ask my manager');
    app.connector.clear();
    await postJson(`${app.t.url}/api/messages`, teamsMessage(app.connector.url, { value: yes, userId: '29:stay-yes' }));
    await app.connector.waitFor(2);
    const toBoss = app.connector.cardsFor('a:conv-29:boss-yes').map(cardText).join('\n');
    expect(toBoss).toContain('would like a stay conversation with you');
    expect(app.connector.cardsFor('a:conv-29:stay-yes').map(cardText).join('\n')).toContain('I have asked Jo to get in touch');
  });
});

describe('stay conversation over Slack (Events API and interactivity)', () => {
  const app = slackAppForSuite();
  beforeEach(() => app.slack.clear());

  const key = (user: string) => `slack:${TEAM}:${user}`;
  const postsTo = (channel: string) => app.slack.posted().filter((c) => c.body['channel'] === channel);
  /** Types in a direct message and waits for `count` posts to that channel. */
  const say = async (user: string, text: string, count = 1): Promise<SlackCall[]> => {
    app.slack.clear();
    const channel = `D${user}`;
    expect((await postSlack(app.t.url, { json: dmEvent(text, { user, channel }) })).status).toBe(200);
    await app.slack.waitFor(() => postsTo(channel).length >= count);
    return postsTo(channel);
  };
  const press = async (user: string, posts: SlackCall[], label: string, wait: (calls: SlackCall[]) => boolean): Promise<void> => {
    const b = posts.flatMap(buttonsIn).find((x) => x.text.text === label);
    expect(b, `a "${label}" button`).toBeDefined();
    app.slack.clear();
    expect((await postSlack(app.t.url, { form: buttonPress(b!, { user, channel: `D${user}` }) })).status).toBe(200);
    await app.slack.waitFor(wait);
  };
  const text = (posts: SlackCall[]) => posts.map(blockText).join('\n---\n');

  it('"I\'m thinking of leaving the NHS" starts the stay conversation, not a resources menu', async () => {
    await onboarded(app.t, key('U0LEAVE'), 'slack');
    const posts = await say('U0LEAVE', "I'm thinking of leaving the NHS");
    expect(text(posts)).toContain('I will not tell your manager or anyone unless you say yes.');
    expect(text(posts)).not.toContain('Which area would you like resources for');
    expect(posts.flatMap(buttonsIn).map((b) => b.text.text)).toContain('Rather not say');
  });

  it('"who is my freedom to speak up guardian" gets the guardian answer', async () => {
    await onboarded(app.t, key('U0FTSU'), 'slack');
    const posts = await say('U0FTSU', 'who is my freedom to speak up guardian');
    expect(text(posts)).toContain('Every NHS trust has a Freedom to Speak Up guardian');
    expect(text(posts)).toContain('nationalguardian.org.uk');
  });

  it('"I feel overwhelmed every shift" gets a calm reply that does not lead with 999', async () => {
    await onboarded(app.t, key('U0OVER'), 'slack');
    const posts = await say('U0OVER', 'I feel overwhelmed every shift', 2);
    const all = text(posts);
    expect(all).toContain('Feeling overwhelmed at work is common');
    expect(all.indexOf('999')).toBeGreaterThan(all.indexOf('Talk to your manager'));
    expect(all).not.toContain('Call 999, or go to A&amp;E');
    expect(all).not.toContain('Call 999, or go to A&E');
  });

  it('a stay conversation where the person says no: the manager receives nothing', async () => {
    await say('U0BOSSN', 'hi');
    await onboarded(app.t, key('U0STAYN'), 'slack', key('U0BOSSN'));
    const first = await say('U0STAYN', 'I want to quit');
    await press('U0STAYN', first, 'Workload', () => postsTo('DU0STAYN').length >= 2);
    const offers = postsTo('DU0STAYN');
    await press('U0STAYN', offers, 'No, keep this between us', () => postsTo('DU0STAYN').length >= 1);
    expect(text(postsTo('DU0STAYN'))).toContain('I have not told anyone');
    expect(postsTo('DU0BOSSN')).toEqual([]);
  });

  it('with a yes, the request reaches the manager', async () => {
    await say('U0BOSSY', 'hi');
    await onboarded(app.t, key('U0STAYY'), 'slack', key('U0BOSSY'));
    const first = await say('U0STAYY', "I'm done with nursing");
    await press('U0STAYY', first, 'Team or manager', () => postsTo('DU0STAYY').length >= 2);
    const offers = postsTo('DU0STAYY');
    await press('U0STAYY', offers, 'Yes, ask my manager', () => postsTo('DU0STAYY').length >= 1 && postsTo('DU0BOSSY').length >= 1);
    expect(text(postsTo('DU0BOSSY'))).toContain('would like a stay conversation with you');
    expect(text(postsTo('DU0STAYY'))).toContain('I have asked Jo to get in touch');
  });
});
