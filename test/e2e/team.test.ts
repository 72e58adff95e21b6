/**
 * "My team" and "How is my preceptee doing?" over the real server: Teams (Bot
 * Framework wire format, fake Bot Connector) and Slack (Events API, fake Web
 * API). Two managers each see only their own reports, by name: one name kept
 * when the person first wrote, one given when they were enrolled.
 */
import { describe, expect, it } from 'vitest';
import { teamsMessage } from '../helpers/fake-connector.js';
import { TEAM, buttonPress, buttonsIn, dmEvent, postSlack, type SlackCall } from '../helpers/fake-slack.js';
import { postJson, teamsAppForSuite, slackAppForSuite } from '../helpers/app.js';
import { cardErrors } from '../helpers/adaptive-cards.js';
import { enrol } from '../../dialogs/enrolment/enrol.js';
import { cardText, blockText, submitActions } from '../helpers/cards.js';

const SCHEDULE = { timeZone: 'Europe/London', checkinTime: '10:00' };

describe('my team on Teams (Bot Framework wire format)', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const app = teamsAppForSuite(() => now);

  const post = (opts: Parameters<typeof teamsMessage>[1]) => postJson(`${app.t.url}/api/messages`, teamsMessage(app.connector.url, opts));
  /** Says something and returns the text of the one card that comes back. */
  async function ask(userId: string, text: string, userName = 'Someone'): Promise<{ text: string; card: Record<string, any> }> {
    app.connector.clear();
    await post({ text, userId, userName });
    await app.connector.waitFor(1);
    const card = app.connector.activities.at(-1)!.activity['attachments'][0].content;
    expect(cardErrors(card)).toEqual([]);
    return { text: cardText(card), card };
  }

  it('shows each manager and the preceptor only their own people, named', async () => {
    const ctx = { store: app.t.app.store, content: app.t.app.content };
    await enrol(ctx, SCHEDULE, {
      subject: 'teams:29:sam',
      programmeId: 'preceptorship-nursing-core',
      startDate: '2026-03-02',
      managerKey: 'teams:29:jo',
      preceptorKey: 'teams:29:pat',
      enrolledBy: 'teams:29:jo',
    }, now);
    // Lee's name came with the enrolment (as from a spreadsheet's name column).
    await enrol(ctx, SCHEDULE, { subject: 'teams:29:lee', programmeId: 'new-starter-induction', startDate: '2026-03-02', managerKey: 'teams:29:kim', enrolledBy: 'csv', displayName: 'Lee Green' }, now);
    // Sam's name is kept when Sam first writes: Teams sends it.
    await ask('29:sam', 'hi', 'Sam Taylor');
    expect((await app.t.app.store.enrolments.listForUser('teams:29:sam'))[0]?.displayName).toBe('Sam Taylor');

    const jo = await ask('29:jo', 'how is my team doing', 'Jo Manager');
    expect(jo.text).toContain('Sam Taylor (your line report)');
    expect(jo.text).toContain('Nursing preceptorship (core standard)');
    expect(jo.text).toContain('Starts on Monday 2 March 2026');
    expect(jo.text).toContain('"Your first two weeks" on');
    expect(jo.text).not.toContain('Lee');
    expect(submitActions(jo.card).map((a) => a.title)).toEqual(expect.arrayContaining(['Send Sam Taylor a gentle nudge', 'Enrol someone']));

    const kim = await ask('29:kim', 'team summary', 'Kim Lead');
    expect(kim.text).toContain('Lee Green (your line report)');
    expect(kim.text).not.toContain('Sam');
    // Lee has never written to the bot: the nudge opens a new chat with Lee, through Kim's.
    const nudge = submitActions(kim.card).find((a) => a.title === 'Send Lee Green a gentle nudge')!;
    app.connector.clear();
    await post({ value: nudge.data, userId: '29:kim', userName: 'Kim Lead' });
    await app.connector.waitFor(2);
    expect(app.connector.conversations.at(-1)!.body['members']).toEqual([expect.objectContaining({ id: '29:lee' })]);
    const toLee = app.connector.cardsFor(app.connector.conversations.at(-1)!.id);
    expect(toLee).toHaveLength(1);
    expect(cardText(toLee[0]!)).toContain('Kim Lead');
    expect(cardText(app.connector.cardsFor('a:conv-29:kim').at(-1)!)).toContain('Lee Green');

    const pat = await ask('29:pat', 'How is my preceptee doing?', 'Pat Preceptor');
    expect(pat.text).toContain('Sam Taylor (your preceptee)');
    expect(pat.text).not.toContain('Appraisal');
    expect(pat.text).not.toContain('Lee');

    const sam = await ask('29:jo', 'How is Sam doing?', 'Jo Manager');
    expect(sam.text).toContain('How Sam Taylor is getting on');

    const nobody = await ask('29:nobody', 'my reports');
    expect(nobody.text).toContain('I do not have anyone down as your line report or preceptee yet');
  });
});

describe('my team on Slack (Events API)', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const SAM = { user: 'U0SAM', channel: 'D0SAM' };
  const JO = { user: 'U0JO', channel: 'D0JO' };
  const PAT = { user: 'U0PAT', channel: 'D0PAT' };
  const KIM = { user: 'U0KIM', channel: 'D0KIM' };
  const app = slackAppForSuite(() => now);

  const postsTo = (channel: string) => app.slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body['channel'] === channel);
  async function expectReply(who: { user: string; channel: string }, text: string, expected: string): Promise<SlackCall> {
    const before = postsTo(who.channel).length;
    await postSlack(app.t.url, { json: dmEvent(text, who) });
    await app.slack.waitFor(() => postsTo(who.channel).slice(before).some((c) => blockText(c).includes(expected)));
    return postsTo(who.channel).slice(before).find((c) => blockText(c).includes(expected))!;
  }
  const key = (u: string) => `slack:${TEAM}:${u}`;

  it('answers "my team" and "how is my preceptee doing" with only the asker\'s own people', async () => {
    const ctx = { store: app.t.app.store, content: app.t.app.content };
    await enrol(ctx, SCHEDULE, { subject: key(SAM.user), programmeId: 'preceptorship-nursing-core', startDate: '2026-03-02', managerKey: key(JO.user), preceptorKey: key(PAT.user), enrolledBy: 'csv', displayName: 'Sam Taylor' }, now);
    await enrol(ctx, SCHEDULE, { subject: key('U0LEE'), programmeId: 'new-starter-induction', startDate: '2026-03-02', managerKey: key(KIM.user), enrolledBy: 'csv', displayName: 'Lee Green' }, now);

    const jo = await expectReply(JO, 'my team', 'Sam Taylor (your line report)');
    expect(blockText(jo)).not.toContain('Lee Green');
    expect(buttonsIn(jo).map((b) => b.text.text)).toContain('Send Sam Taylor a gentle nudge');
    // Sam has never written to the bot: Slack opens a direct message for the nudge.
    const nudge = buttonsIn(jo).find((b) => b.text.text === 'Send Sam Taylor a gentle nudge')!;
    const before = app.slack.calls.length;
    await postSlack(app.t.url, { form: buttonPress(nudge, JO) });
    await app.slack.waitFor(() => postsTo(JO.channel).length > 1 && app.slack.calls.slice(before).some((c) => c.method === 'chat.postMessage' && c.body['channel'] !== JO.channel));
    const toSam = app.slack.calls.slice(before).filter((c) => c.method === 'chat.postMessage' && c.body['channel'] !== JO.channel);
    expect(toSam).toHaveLength(1);
    expect(app.slack.calls.slice(before).some((c) => c.method === 'conversations.open' && c.body['users'] === SAM.user)).toBe(true);
    const kim = await expectReply(KIM, 'show me my team\'s digest', 'Lee Green (your line report)');
    expect(blockText(kim)).not.toContain('Sam Taylor');
    const pat = await expectReply(PAT, 'how is my preceptee doing', 'Sam Taylor (your preceptee)');
    expect(blockText(pat)).not.toContain('Lee Green');
    expect(blockText(pat)).not.toContain('Appraisal');
  });
});
