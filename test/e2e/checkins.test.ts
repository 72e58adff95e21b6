/**
 * Check-ins over the real server: a person is enrolled (the enrol service),
 * the scheduler is ticked at the due time, the check-in card reaches the fake
 * Bot Connector (Teams) or the fake Slack Web API, the person taps a low
 * rating and answers, and the manager gets the escalation in their own chat.
 */
import { describe, expect, it } from 'vitest';
import { teamsMessage } from '../helpers/fake-connector.js';
import { TEAM, buttonPress, buttonsIn, dmEvent, postSlack, type SlackCall } from '../helpers/fake-slack.js';
import { postJson, teamsAppForSuite, slackAppForSuite } from '../helpers/app.js';
import { cardErrors } from '../helpers/adaptive-cards.js';
import { enrol } from '../../dialogs/enrolment/enrol.js';
import { cardText, submitActions, blockText } from '../helpers/cards.js';

/** TIME_ZONE and CHECKIN_TIME as the tests run them. */
const SCHEDULE = { timeZone: 'Europe/London', checkinTime: '10:00' };

const DUE = new Date('2026-03-02T10:00:00Z'); // Monday, 10:00 in London: the first day's check-in

describe('check-ins on Teams (Bot Framework wire format)', () => {
  let now = new Date('2026-03-01T12:00:00Z');
  const app = teamsAppForSuite(() => now);

  const post = (opts: Parameters<typeof teamsMessage>[1]) => postJson(`${app.t.url}/api/messages`, teamsMessage(app.connector.url, opts));
  const cardsTo = (conversationId: string) => app.connector.cardsFor(conversationId);

  it('sends the check-in, takes a low rating and answers, and tells only the manager', async () => {
    // Both have talked to the bot, so it knows how to reach them.
    await post({ text: 'hi', userId: '29:person' });
    await post({ text: 'hi', userId: '29:manager' });
    await app.connector.waitFor(2);
    app.connector.clear();

    const { enrolment } = await enrol({ store: app.t.app.store, content: app.t.app.content }, SCHEDULE, {
      subject: 'teams:29:person',
      programmeId: 'new-starter-induction',
      startDate: '2026-03-02',
      managerKey: 'teams:29:manager',
      enrolledBy: 'teams:29:manager',
    }, now);
    expect(enrolment.userKey).toBe('teams:29:person');

    now = DUE;
    await app.t.app.scheduler.tick(DUE);
    await app.connector.waitFor(1);
    const [card] = cardsTo('a:conv-29:person');
    expect(card).toBeDefined();
    expect(cardErrors(card)).toEqual([]);
    expect(cardText(card!)).toContain('Check-in: Your first day');
    expect(cardsTo('a:conv-29:manager')).toHaveLength(0);
    const two = submitActions(card!).find((a) => a.title === '2');
    expect(two?.data).toEqual({ cc: 'checkin.rate', v: { e: enrolment.id, c: 'day-1', r: '2' } });

    now = new Date('2026-03-02T10:30:00Z');
    app.connector.clear();
    await post({ value: two!.data, userId: '29:person' });
    await app.connector.waitFor(1);
    expect(app.connector.activities.map((a) => cardText(a.activity['attachments'][0].content)).join('\n')).toContain('What is going well?');
    expect((await app.t.app.store.checkins.get(`${enrolment.id}|day-1`))?.rating).toBe(2);

    for (const [text, next] of [
      ['Everyone is friendly', 'anything worrying you?'],
      ['I have not had my rota yet', 'Do you know who your manager is'],
      ['yes', 'Would you like your manager to get in touch?'],
      ['yes', 'Can I pass on what you wrote'],
    ] as const) {
      app.connector.clear();
      await post({ text, userId: '29:person' });
      await app.connector.waitFor(1);
      expect(app.connector.activities.map((a) => cardText(a.activity['attachments'][0].content)).join('\n')).toContain(next);
    }
    const share = submitActions(app.connector.activities.at(-1)!.activity['attachments'][0].content).find((a) => a.title === 'Pass on my words');
    app.connector.clear();
    await post({ value: share!.data, userId: '29:person' });
    await app.connector.waitFor(2);

    const toManager = cardsTo('a:conv-29:manager');
    expect(toManager).toHaveLength(1);
    expect(cardErrors(toManager[0])).toEqual([]);
    const text = cardText(toManager[0]!);
    expect(text).toContain('Alex would like some support after their "Your first day" check-in (confidence 2 out of 5).');
    expect(text).toContain('I have not had my rota yet');
    expect(cardText(cardsTo('a:conv-29:person').at(-1)!)).toContain('I have let your manager know that you would like a chat, and what you wrote.');
    // Nobody else was sent anything.
    expect(new Set(app.connector.activities.map((a) => a.conversationId))).toEqual(new Set(['a:conv-29:person', 'a:conv-29:manager']));
    expect(await app.t.app.store.checkins.get(`${enrolment.id}|day-1`)).toMatchObject({
      rating: 2,
      supportRequested: true,
      shareWords: true,
      escalatedTo: 'teams:29:manager',
      text: { 'going-well': 'Everyone is friendly', need: 'I have not had my rota yet' },
      items: { 'know-manager': ['yes'] },
    });
  });
});

describe('check-ins on Slack (Events API and interactivity)', () => {
  let now = new Date('2026-03-01T12:00:00Z');
  const PERSON = { user: 'U0PERSON', channel: 'D0PERSON' };
  const MANAGER = { user: 'U0MANAGER', channel: 'D0MANAGER' };
  const app = slackAppForSuite(() => now);

  const postsTo = (channel: string) => app.slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body['channel'] === channel);
  /** Does something, then waits until the person's chat has a new message containing `expected`. */
  async function expectReply(action: () => Promise<unknown>, channel: string, expected: string): Promise<SlackCall> {
    const before = postsTo(channel).length;
    await action();
    await app.slack.waitFor(() => postsTo(channel).slice(before).some((c) => blockText(c).includes(expected)));
    return postsTo(channel).slice(before).find((c) => blockText(c).includes(expected))!;
  }
  const say = (text: string) => postSlack(app.t.url, { json: dmEvent(text, PERSON) });

  it('sends the check-in to the person\'s DM, then the escalation to the manager\'s DM', async () => {
    await expectReply(() => say('hi'), PERSON.channel, 'Hello, I am Career Companion');
    await expectReply(() => postSlack(app.t.url, { json: dmEvent('hi', MANAGER) }), MANAGER.channel, 'Hello, I am Career Companion');

    const { enrolment } = await enrol({ store: app.t.app.store, content: app.t.app.content }, SCHEDULE, {
      subject: `slack:${TEAM}:${PERSON.user}`,
      programmeId: 'new-starter-induction',
      startDate: '2026-03-02',
      managerKey: `slack:${TEAM}:${MANAGER.user}`,
      enrolledBy: 'csv',
    }, now);

    now = DUE;
    const card = await expectReply(() => app.t.app.scheduler.tick(DUE), PERSON.channel, 'Check-in: Your first day');
    const two = buttonsIn(card).find((b) => b.text.text === '2')!;
    expect(two).toBeDefined();

    now = new Date('2026-03-02T10:30:00Z');
    await expectReply(() => postSlack(app.t.url, { form: buttonPress(two, PERSON) }), PERSON.channel, 'What is going well?');
    expect((await app.t.app.store.checkins.get(`${enrolment.id}|day-1`))?.rating).toBe(2);
    await expectReply(() => say('skip'), PERSON.channel, 'anything worrying you?');
    await expectReply(() => say('Too many shifts in a row'), PERSON.channel, 'Do you know who your manager is');
    await expectReply(() => say('no'), PERSON.channel, 'Would you like your manager to get in touch?');
    const share = await expectReply(() => say('yes please'), PERSON.channel, 'Can I pass on what you wrote');
    const justChat = buttonsIn(share).find((b) => b.text.text === 'Just ask them to get in touch')!;
    const before = postsTo(MANAGER.channel).length;
    await expectReply(() => postSlack(app.t.url, { form: buttonPress(justChat, PERSON) }), PERSON.channel, 'without your words');

    const toManager = postsTo(MANAGER.channel).slice(before);
    expect(toManager).toHaveLength(1);
    const text = blockText(toManager[0]!);
    // Slack sends no names with events: the adapter looks the person up (users.info) for the turn.
    expect(text).toContain(' would like some support after their "Your first day" check-in (confidence 2 out of 5).');
    expect(text).toMatch(/^Person U\w+ would like some support|\nPerson U\w+ would like some support/);
    expect(text).not.toContain('Too many shifts');
    const channels = new Set(app.slack.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.body['channel']));
    expect(channels).toEqual(new Set([PERSON.channel, MANAGER.channel]));
    expect(await app.t.app.store.checkins.get(`${enrolment.id}|day-1`)).toMatchObject({ rating: 2, supportRequested: true, shareWords: false, escalatedTo: `slack:${TEAM}:${MANAGER.user}` });
  });
});
