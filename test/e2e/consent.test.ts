/**
 * Who is told what, over the real server and each platform's wire format: a
 * preceptee rates a check-in 2, says "No" to the first meeting and to
 * supernumerary time, writes that she does not want her manager to know, and
 * asks only that her preceptor get in touch. The bot then says "Nobody else
 * has been told", and that must stay true: the preceptor gets one alert (with
 * the standards not met, without her words), the line manager gets nothing
 * then, and the next weekly summary and the "my team" view leave the check-in
 * out for the manager while the preceptor's summary shows it.
 */
import { describe, expect, it } from 'vitest';
import { teamsMessage } from '../helpers/fake-connector.js';
import { TEAM, buttonPress, buttonsIn, dmEvent, postSlack, type SlackCall } from '../helpers/fake-slack.js';
import { postJson, slackAppForSuite, teamsAppForSuite, type TestApp } from '../helpers/app.js';
import { cardErrors } from '../helpers/adaptive-cards.js';
import { enrol } from '../../dialogs/enrolment/enrol.js';
import { blockText, cardText, submitActions } from '../helpers/cards.js';

const SCHEDULE = { timeZone: 'Europe/London', checkinTime: '10:00' };
const START = '2026-03-02'; // a Monday
const DUE = new Date('2026-03-16T10:00:00Z'); // "Your first two weeks", 10:00 in London
const DIGEST = new Date('2026-03-23T09:00:00Z'); // the next Monday's weekly summary (DIGEST_DAY monday, 09:00)
const NEED = 'I feel overwhelmed every shift. I do not want my manager to know.';

/** What each platform's test gives the shared story: how to say, press and read. */
interface Platform {
  /** Says something as `who` and returns the text of every reply to them. */
  say(who: string, text: string): Promise<string>;
  /** Presses the button labelled `label` in the last message to `who`, and returns the text of the replies. */
  press(who: string, label: string): Promise<string>;
  /** The text of every message sent to `who` so far. */
  sentTo(who: string): string[];
  clear(): void;
}

async function story(t: TestApp, p: Platform, key: (who: string) => string, samName: string, setNow: (d: Date) => void): Promise<void> {
  for (const who of ['sam', 'jo', 'pat']) await p.say(who, 'hi');
  await enrol({ store: t.app.store, content: t.app.content }, SCHEDULE, {
    subject: key('sam'),
    programmeId: 'preceptorship-nursing-core',
    startDate: START,
    managerKey: key('jo'),
    preceptorKey: key('pat'),
    enrolledBy: key('jo'),
  }, new Date('2026-03-01T12:00:00Z'));
  p.clear();

  setNow(DUE);
  await t.app.scheduler.tick(DUE);
  expect(p.sentTo('sam').join('\n')).toContain('Your first two weeks');
  setNow(new Date('2026-03-16T10:30:00Z'));
  expect(await p.press('sam', '2')).toContain('Have you had your first meeting with your preceptor?');
  expect(await p.say('sam', 'no')).toContain('Have you had supernumerary time');
  expect(await p.say('sam', 'no')).toContain('What is going well?');
  expect(await p.say('sam', 'skip')).toContain('anything worrying you?');
  // The stress words get the calm reply (not the crisis list first), and the check-in goes on.
  const calm = await p.say('sam', NEED);
  expect(calm).toContain('Would you like your preceptor to get in touch?');
  expect(calm.indexOf('supernumerary time')).toBeLessThan(calm.indexOf('999'));
  const asked = await p.say('sam', 'yes');
  expect(asked).toContain('Can I pass on what you wrote, or just that you would like a chat?');
  expect(asked).toContain('If you say yes, I will also tell your preceptor:');
  expect(asked).toContain('Has not had supernumerary time yet.');
  const told = await p.press('sam', 'Just ask them to get in touch');
  expect(told).toContain('I have let your preceptor know that you would like a chat, without your words. Nobody else has been told.');

  // The preceptor: one alert, with the standards not met and without her words.
  const toPat = p.sentTo('pat');
  expect(toPat).toHaveLength(1);
  expect(toPat[0]).toContain('(confidence 2 out of 5)');
  expect(toPat[0]).toContain('Has not had a first meeting with their preceptor yet.');
  expect(toPat[0]).toContain('Has not had supernumerary time yet.');
  expect(toPat[0]).not.toContain('overwhelmed');
  expect(toPat[0]).not.toContain('manager to know');
  // The line manager: nothing at all.
  expect(p.sentTo('jo')).toEqual([]);

  // A week later, the weekly summaries: the preceptor's shows the check-in, the manager's does not.
  p.clear();
  setNow(DIGEST);
  await t.app.scheduler.tick(DIGEST);
  const patDigest = p.sentTo('pat').join('\n');
  expect(patDigest).toContain('Your weekly summary');
  // Named, as Teams or Slack gave the name when Sam first wrote.
  expect(patDigest).toContain(`${samName}: the "Your first two weeks" check-in needs attention (confidence 2 out of 5, asked for support)`);
  const joDigest = p.sentTo('jo').join('\n');
  for (const secret of ['needs attention', 'confidence 2', 'supernumerary', 'overwhelmed', 'asked for support']) expect(joDigest).not.toContain(secret);

  // And the manager's view on demand says the same.
  p.clear();
  const view = await p.say('jo', 'my team');
  expect(view).toContain(`${samName} (your line report)`);
  expect(view).toContain('None shared with you');
  for (const secret of ['needs attention', 'confidence 2', 'supernumerary', 'overwhelmed']) expect(view).not.toContain(secret);
  expect(await t.app.store.checkins.get(`${(await t.app.store.enrolments.listForUser(key('sam')))[0]!.id}|first-meeting`)).toMatchObject({
    rating: 2,
    supportRequested: true,
    shareWords: false,
    escalatedTo: key('pat'),
    items: { 'met-preceptor': ['no'], supernumerary: ['no'] },
  });
}

describe('what the preceptee is told holds later, on Teams (Bot Framework wire format)', () => {
  let now = new Date('2026-03-01T12:00:00Z');
  const app = teamsAppForSuite(() => now);

  const names: Record<string, string> = { sam: 'Sam Taylor', jo: 'Jo Manager', pat: 'Pat Preceptor' };
  const cardsTo = (who: string) => app.connector.cardsFor(`a:conv-29:${who}`);
  const textsTo = (who: string) =>
    cardsTo(who).map((card) => {
      expect(cardErrors(card)).toEqual([]);
      return cardText(card);
    });
  /** Posts, then waits until `who` has a new card; returns the text of the new ones. */
  async function turn(who: string, body: Parameters<typeof teamsMessage>[1]): Promise<string> {
    const before = cardsTo(who).length;
    await postJson(`${app.t.url}/api/messages`, teamsMessage(app.connector.url, { ...body, userId: `29:${who}`, userName: names[who] }));
    for (const deadline = Date.now() + 10_000; cardsTo(who).length <= before; ) {
      if (Date.now() > deadline) throw new Error(`no reply to ${who}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return textsTo(who).slice(before).join('\n');
  }
  const platform: Platform = {
    say: (who, text) => turn(who, { text }),
    async press(who, label) {
      const action = submitActions(cardsTo(who).at(-1)!).find((a) => a.title === label);
      expect(action, `a "${label}" button`).toBeDefined();
      return turn(who, { value: action!.data });
    },
    sentTo: textsTo,
    clear: () => app.connector.clear(),
  };

  it('a concern passed only to the preceptor never reaches the line manager', async () => {
    await story(app.t, platform, (who) => `teams:29:${who}`, 'Sam Taylor', (d) => (now = d));
  });
});

describe('what the preceptee is told holds later, on Slack (Events API and interactivity)', () => {
  let now = new Date('2026-03-01T12:00:00Z');
  const app = slackAppForSuite(() => now);

  const person = (who: string) => ({ user: `U0${who.toUpperCase()}`, channel: `D0${who.toUpperCase()}` });
  let from = 0;
  const postsTo = (who: string): SlackCall[] => app.slack.calls.slice(from).filter((c) => c.method === 'chat.postMessage' && c.body['channel'] === person(who).channel);
  /** Does something, then waits until `who` has a new message; returns the text of the new ones. */
  async function turn(who: string, action: () => Promise<unknown>): Promise<string> {
    const before = postsTo(who).length;
    await action();
    await app.slack.waitFor(() => postsTo(who).length > before);
    // Let any second message of the same turn arrive.
    await new Promise((r) => setTimeout(r, 50));
    return postsTo(who).slice(before).map(blockText).join('\n');
  }
  const platform: Platform = {
    say: (who, text) => turn(who, () => postSlack(app.t.url, { json: dmEvent(text, person(who)) })),
    async press(who, label) {
      const button = postsTo(who).flatMap(buttonsIn).reverse().find((b) => b.text.text === label);
      expect(button, `a "${label}" button`).toBeDefined();
      return turn(who, () => postSlack(app.t.url, { form: buttonPress(button!, person(who)) }));
    },
    sentTo: (who) => postsTo(who).map(blockText),
    clear: () => (from = app.slack.calls.length),
  };

  it('a concern passed only to the preceptor never reaches the line manager', async () => {
    await story(app.t, platform, (who) => `slack:${TEAM}:${person(who).user}`, 'Person U0SAM', (d) => (now = d));
  });
});
