/**
 * Someone enrolled by another person (a manager, or a trust's spreadsheet)
 * first writes to the bot, over the Teams wire format and over Slack: they are
 * told who set up their check-ins, on what, when the next one is, how to pause
 * or stop, and that their words are passed on only with a yes. Told once: a
 * later "hello" gets the usual welcome. Someone who first hears from the bot
 * through a check-in finds the same explanation above it, once.
 */
import { describe, expect, it } from 'vitest';
import { teamsMessage } from '../helpers/fake-connector.js';
import { TEAM, buttonsIn, dmEvent, postSlack, type SlackCall } from '../helpers/fake-slack.js';
import { postJson, teamsAppForSuite, slackAppForSuite } from '../helpers/app.js';
import { cardErrors } from '../helpers/adaptive-cards.js';
import { enrol } from '../../dialogs/enrolment/enrol.js';
import { cardText, blockText, submitActions } from '../helpers/cards.js';

const SCHEDULE = { timeZone: 'Europe/London', checkinTime: '10:00' };
const WHO_ARE_YOU = 'hi, who are you and why are you messaging me?';

describe('an enrolled person asks who the bot is, on Teams', () => {
  let now = new Date('2026-03-01T12:00:00Z');
  const app = teamsAppForSuite(() => now);

  async function ask(text: string, userId: string): Promise<string> {
    app.connector.clear();
    await postJson(`${app.t.url}/api/messages`, teamsMessage(app.connector.url, { text, userId }));
    const replies = await app.connector.waitFor(1);
    for (const r of replies) expect(cardErrors(r.activity['attachments'][0].content)).toEqual([]);
    return replies.map((r) => cardText(r.activity['attachments'][0].content)).join('\n');
  }

  it('tells someone enrolled from a spreadsheet who, on what, what next, how to stop, and that words stay private; once', async () => {
    const { enrolment } = await enrol({ store: app.t.app.store, content: app.t.app.content }, SCHEDULE, {
      subject: 'teams:29:csv-person',
      programmeId: 'new-starter-induction',
      startDate: '2026-03-02',
      managerKey: 'teams:29:manager',
      enrolledBy: 'csv',
    }, now);

    const why = await ask(WHO_ARE_YOU, '29:csv-person');
    expect(why).toContain("Why I'm messaging you");
    expect(why).toContain("I'm Career Companion");
    expect(why).toContain('Your trust signed you up for check-ins on New starter induction.');
    expect(why).toContain('Your next check-in is on Monday 2 March 2026.');
    expect(why).toContain('To have a break, type "pause". To stop them, type "stop check-ins".');
    expect(why).toContain('What you write stays between us. I only pass on your words if you say yes.');
    expect(why).toContain('If you rate a check-in 2 or lower, I\'ll ask if you would like me to let your line manager know, so they can support you.');
    expect(why).not.toContain('Sorry, I did not understand');
    expect((await app.t.app.store.enrolments.get(enrolment.id))?.toldWhyAt).toBe(now.toISOString());

    // Told once: "hello" now gets the usual welcome; asked outright, it is said again.
    expect(await ask('hello', '29:csv-person')).not.toContain("Why I'm messaging you");
    expect(await ask('who are you?', '29:csv-person')).toContain('Your trust signed you up');

    // Someone who enrolled themselves is not told someone else did.
    await enrol({ store: app.t.app.store, content: app.t.app.content }, SCHEDULE, {
      subject: 'teams:29:self', programmeId: 'new-starter-induction', startDate: '2026-03-02', enrolledBy: 'teams:29:self',
    }, now);
    expect(await ask('hello', '29:self')).not.toContain("Why I'm messaging you");
  });

  it('a plain "hello" as the first message gets the explanation too', async () => {
    await enrol({ store: app.t.app.store, content: app.t.app.content }, SCHEDULE, {
      subject: 'teams:29:hello-person', programmeId: 'hcsw-new-to-care', startDate: '2026-03-02', managerKey: 'teams:29:manager', enrolledBy: 'teams:29:manager',
    }, now);
    const text = await ask('hello', '29:hello-person');
    expect(text).toContain('Your manager signed you up for check-ins on New to care healthcare support worker induction.');
  });

  it('puts the explanation above the first check-in when that is how they first hear from the bot, and only once', async () => {
    // They have talked to the bot before being enrolled (so it can reach them), but were never told why.
    await ask('what is the band 5 pay?', '29:first-checkin');
    const { enrolment } = await enrol({ store: app.t.app.store, content: app.t.app.content }, SCHEDULE, {
      subject: 'teams:29:first-checkin', programmeId: 'new-starter-induction', startDate: '2026-03-02', managerKey: 'teams:29:manager', enrolledBy: 'csv',
    }, now);
    app.connector.clear();
    now = new Date('2026-03-02T10:00:00Z');
    await app.t.app.scheduler.tick(now);
    await app.connector.waitFor(1);
    const [card] = app.connector.cardsFor('a:conv-29:first-checkin');
    expect(card).toBeDefined();
    expect(cardErrors(card!)).toEqual([]);
    const text = cardText(card!);
    expect(text).toContain("Why I'm messaging you");
    expect(text).toContain('Your trust signed you up for check-ins on New starter induction.');
    expect(text).toContain('Check-in: Your first day');
    expect(text.indexOf("Why I'm messaging you")).toBeLessThan(text.indexOf('Check-in: Your first day'));
    expect((await app.t.app.store.enrolments.get(enrolment.id))?.toldWhyAt).toBeDefined();

    // The next check-in is just the check-in.
    app.connector.clear();
    now = new Date('2026-03-09T10:00:00Z');
    await app.t.app.scheduler.tick(now);
    await app.connector.waitFor(1);
    const later = app.connector.cardsFor('a:conv-29:first-checkin').map((c) => cardText(c)).join('\n');
    expect(later).toContain('Check-in:');
    expect(later).not.toContain("Why I'm messaging you");
  });

  it('"hi i\'m a newly qualified nurse, just started on the ward" offers nursing preceptorship first', async () => {
    app.connector.clear();
    await postJson(`${app.t.url}/api/messages`, teamsMessage(app.connector.url, { text: "hi i'm a newly qualified nurse, just started on the ward", userId: '29:nqn' }));
    const replies = await app.connector.waitFor(2);
    // What they said of their role is noted first, as for anyone; then the offer.
    expect(cardText(replies[0]!.activity['attachments'][0].content)).toContain('Noted: your role is Registered nurse (adult).');
    const card = replies[1]!.activity['attachments'][0].content;
    expect(cardErrors(card)).toEqual([]);
    expect(cardText(card)).toContain('These check-ins are made for people starting out like you.');
    expect(submitActions(card).map((a) => a.title)).toEqual(['Nursing preceptorship (core standard)', 'Nursing preceptorship (gold standard)', 'New starter induction', 'Show all programmes']);

    // The summary shows each check-in on the day it will really be sent: 7 March 2027 is a Sunday.
    app.connector.clear();
    const core = submitActions(card).find((a) => a.title === 'Nursing preceptorship (core standard)')!;
    await postJson(`${app.t.url}/api/messages`, teamsMessage(app.connector.url, { value: core.data, userId: '29:nqn' }));
    await app.connector.waitFor(1);
    await ask('7 December 2026', '29:nqn');
    await ask('skip', '29:nqn');
    const summary = await ask('skip', '29:nqn');
    expect(summary).toContain('Monday 8 March 2027: Mid-point');
    expect(summary).not.toContain('Sunday 7 March 2027');
  });
});

describe('an enrolled person asks who the bot is, on Slack', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const PERSON = { user: 'U0NEWBIE', channel: 'D0NEWBIE' };
  const app = slackAppForSuite(() => now);

  const postsTo = (channel: string) => app.slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body['channel'] === channel);
  async function expectReply(text: string, expected: string): Promise<SlackCall> {
    const before = postsTo(PERSON.channel).length;
    await postSlack(app.t.url, { json: dmEvent(text, PERSON) });
    await app.slack.waitFor(() => postsTo(PERSON.channel).slice(before).some((c) => blockText(c).includes(expected)));
    return postsTo(PERSON.channel).slice(before).find((c) => blockText(c).includes(expected))!;
  }

  it('tells someone their manager enrolled who, on what, what next and how to stop', async () => {
    await enrol({ store: app.t.app.store, content: app.t.app.content }, SCHEDULE, {
      subject: `slack:${TEAM}:${PERSON.user}`,
      programmeId: 'hcsw-new-to-care',
      startDate: '2026-03-02',
      managerKey: `slack:${TEAM}:U0MANAGER`,
      enrolledBy: `slack:${TEAM}:U0MANAGER`,
      enrolledByName: 'Jo Bloggs',
    }, now);
    const reply = blockText(await expectReply(WHO_ARE_YOU, "Why I'm messaging you"));
    expect(reply).toContain('Jo Bloggs signed you up for check-ins on New to care healthcare support worker induction.');
    expect(reply).toContain('Your next check-in is on Monday 2 March 2026.');
    expect(reply).toContain('type "stop check-ins"');
    expect(reply).toContain('I only pass on your words if you say yes.');
    const hello = blockText(await expectReply('hello', 'Career Companion'));
    expect(hello).not.toContain("Why I'm messaging you");
  });

  it('"I\'m a newly qualified nurse" offers nursing preceptorship first', async () => {
    const offer = await expectReply("hi i'm a newly qualified nurse, just started on the ward", 'These check-ins are made for people starting out like you.');
    expect(buttonsIn(offer).map((b) => b.text.text)).toEqual(['Nursing preceptorship (core standard)', 'Nursing preceptorship (gold standard)', 'New starter induction', 'Show all programmes']);
    await expectReply('Nursing preceptorship (core standard)', 'When is your first day?');
    await expectReply('7 December 2026', 'line manager');
    await expectReply('skip', 'preceptor');
    const summary = blockText(await expectReply('skip', 'Mid-point'));
    expect(summary).toContain('Monday 8 March 2027: Mid-point');
    expect(summary).not.toContain('Sunday 7 March 2027');
  });
});
