/**
 * Enrolling on check-ins in the chat: transcripts over the real dialogs, router,
 * content and a LowStore in a temporary folder, with a recording messenger.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Bot } from '../../../src/core/runtime.js';
import type { Services } from '../../../src/core/dialog.js';
import { plainText, type Block, type Choice, type InboundMessage, type OutboundMessage } from '../../../src/core/messages.js';
import type { DeliveryResult, SendOptions } from '../../../src/core/messenger.js';
import { LowStore } from '../../../src/store/lowdb.js';
import { createLogger } from '../../../src/log.js';
import { loadContent } from '../../../src/content/load.js';
import { defaultContentDir } from '../../../src/paths.js';
import type { Content } from '../../../src/content/model.js';
import { dialogBot } from '../../helpers/bot.js';
import { isEnrolRequest, matchProgrammes } from '../../../dialogs/enrolment/enrol-dialog.js';
import { longDate } from '../../../src/time/format.js';
import { parseDate } from '../../../src/time/parse.js';
import { planCheckins } from '../../../dialogs/checkins/plan.js';
import { localDate } from '../../../src/time/zone.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';

// A Saturday.
const NOW = new Date('2026-11-21T10:00:00Z');
// The day after: a Sunday.
const SUNDAY = new Date('2026-11-22T10:00:00Z');
const MANAGER = 'teams:29:manager';
const REPORT = 'teams:29:report';

describe('enrol dialog', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  let bot: Bot;
  let sent: Array<{ userKey: string; messages: OutboundMessage[]; opts: SendOptions | undefined }>;
  let delivery: DeliveryResult;
  let now: Date;

  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });
  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    sent = [];
    delivery = { status: 'sent' };
    now = NOW;
    const services: Services = {
      store,
      log: createLogger('silent'),
      clock: () => now,
      content,
      timeZone: 'Europe/London',
      messenger: {
        send: async (userKey, messages, opts) => {
          sent.push({ userKey, messages, opts });
          return delivery;
        },
      },
    };
    bot = dialogBot(services);
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  const msg = (from: string, m: Partial<InboundMessage>): InboundMessage => ({ platform: 'teams', userKey: from, conversationKey: `teams:a:${from}`, ...m });
  const say = (text: string, opts: { from?: string; mentions?: InboundMessage['mentions'] } = {}) =>
    bot.handle(msg(opts.from ?? MANAGER, { text, ...(opts.mentions ? { mentions: opts.mentions } : {}) }));
  const texts = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n---\n');
  const buttons = (out: OutboundMessage[]): Choice[] =>
    out.flatMap((o) => o.blocks).flatMap((b: Block) => (b.type === 'choices' ? b.choices : []));
  const press = async (out: OutboundMessage[], label: string, from = MANAGER) => {
    const b = buttons(out).find((c) => c.label === label);
    if (!b) throw new Error(`No "${label}" button in: ${buttons(out).map((c) => c.label).join(', ')}`);
    return bot.handle(msg(from, { action: { id: b.action, value: b.value ?? {} } }));
  };
  const listItems = (out: OutboundMessage[]) => out.flatMap((o) => o.blocks).flatMap((b) => (b.type === 'list' ? b.items : []));
  const sam = [{ userKey: REPORT, name: 'Sam' }];

  it('a manager enrols a mentioned report in one sentence, confirms, and the report is welcomed', async () => {
    const card = await say('enrol on new-to-care starting 3 March', { mentions: sam });
    const text = texts(card);
    expect(text).toContain('Check this before I set up check-ins for Sam');
    expect(text).toContain('Programme: New to care healthcare support worker induction');
    expect(text).toContain('For: Sam');
    expect(text).toContain('First day: Wednesday 3 March 2027');
    expect(text).toContain('Line manager: You');
    expect(text).toContain('Who hears about concerns: You, as their line manager, if a check-in is rated 2 or lower out of 5 and the person says yes');
    expect(buttons(card).map((b) => b.label)).toEqual(['Confirm', 'Change', 'Cancel']);
    // Nothing is saved before Confirm.
    expect(await store.enrolments.list()).toHaveLength(0);

    const done = await press(card, 'Confirm');
    const enrolment = await store.enrolments.get(`hcsw-new-to-care|${REPORT}`);
    expect(enrolment).toMatchObject({ subject: REPORT, userKey: REPORT, startDate: '2027-03-03', managerKey: MANAGER, enrolledBy: MANAGER, status: 'active', displayName: 'Sam' });
    const programme = content.programmes.get('hcsw-new-to-care')!;
    const reminders = await store.reminders.listByPayload('enrolmentId', enrolment!.id);
    expect(reminders).toHaveLength(programme.checkins.length);

    // The check-in dates on the card are the ones planned.
    const planned = planCheckins(enrolment!, programme, { timeZone: 'Europe/London', checkinTime: '10:00', now: NOW });
    expect(listItems(card)).toEqual(planned.map((r, i) => `${longDate(localDate(new Date(r.dueAt), 'Europe/London'))}: ${programme.checkins[i]!.title}`));
    expect(reminders.map((r) => r.dueAt).sort()).toEqual(planned.map((r) => r.dueAt).sort());

    expect(sent).toHaveLength(1);
    expect(sent[0]!.userKey).toBe(REPORT);
    expect(sent[0]!.opts).toEqual({ via: MANAGER });
    const welcome = texts(sent[0]!.messages);
    expect(welcome).toContain('Your manager signed you up for check-ins on New to care healthcare support worker induction.');
    expect(welcome).toContain('Your next check-in is on Wednesday 3 March 2027.');
    expect(welcome).toContain('I only pass on your words if you say yes.');
    expect(welcome).toContain('type "pause"');
    // Told once: the enrolment remembers it.
    expect((await store.enrolments.get(`hcsw-new-to-care|${REPORT}`))?.toldWhyAt).toBe(NOW.toISOString());
    const reply = texts(done);
    expect(reply).toContain('Done: Sam is on New to care healthcare support worker induction. Their first check-in is on Wednesday 3 March 2027.');
    expect(reply).toContain("I've sent Sam a short welcome");
    expect(buttons(done).length).toBeGreaterThan(0);
    // The dialog is over.
    expect(await store.dialogs.get(MANAGER, `teams:a:${MANAGER}`)).toBeUndefined();
  });

  it('tells the manager when the welcome could not be delivered', async () => {
    delivery = { status: 'failed', reason: 'no conversation with this person yet' };
    const card = await say('enroll @Sam on the new starter induction from 3/3', { mentions: sam });
    const done = texts(await press(card, 'Confirm'));
    expect(done).toContain('I could not send Sam a welcome just now');
    expect(done).toContain('ask them to open Career Companion and say hello');
    expect(await store.enrolments.get(`new-starter-induction|${REPORT}`)).toBeDefined();
  });

  it('asks for a missing date, with examples after a miss, then shows the card', async () => {
    const ask = await say('enrol on preceptorship-ahp', { mentions: sam });
    expect(texts(ask)).toContain("When is Sam's first day?");
    expect(buttons(ask).map((b) => b.label)).toEqual(['Today', 'Next Monday (Monday 23 November 2026)']);
    const miss = texts(await say('whenever'));
    expect(miss).toContain('I could not read that as a date.');
    expect(miss).toContain('For example: "3 March", "3/3", "next Monday", "today", "2027-03-03".');
    const tooLate = texts(await say('2030-01-01'));
    expect(tooLate).toContain('Tuesday 1 January 2030 is more than 2 years from now');
    const card = texts(await say('next Monday'));
    expect(card).toContain('Programme: Allied health professional preceptorship');
    expect(card).toContain('First day: Monday 23 November 2026');
    expect(card).toContain('Preceptor: Not given');
  });

  it('asks who and which programme when the request names neither, and offers the preceptorships to choose from', async () => {
    const who = await say('enrol someone');
    expect(texts(who)).toContain('Who are the check-ins for?');
    const which = await say('for @Sam', { mentions: sam });
    expect(texts(which)).toContain('Which check-in programme is it for Sam?');
    expect(buttons(which).map((b) => b.label)).toContain("One trust's approach: Band 3 maternity support worker induction (Southampton example)");
    const several = await say('preceptorship');
    expect(texts(several)).toContain('Which one? There is more than one preceptorship programme.');
    expect(buttons(several).map((b) => b.label)).toEqual([
      'Nursing preceptorship (core standard)',
      'Nursing preceptorship (gold standard)',
      'Midwifery preceptorship',
      'Allied health professional preceptorship',
    ]);
    const date = await press(several, 'Midwifery preceptorship');
    expect(texts(date)).toContain("When is Sam's first day?");
  });

  it('a new starter enrols themselves, names their manager, and is told what happens next', async () => {
    const me = 'teams:29:newbie';
    const ask = await say('enrol me on the new starter induction starting today', { from: me });
    expect(texts(ask)).toContain('Who is your line manager?');
    const card = await say('my manager is @Jo', { from: me, mentions: [{ userKey: 'teams:29:jo', name: 'Jo' }] });
    const text = texts(card);
    expect(text).toContain('Check this before I set up your check-ins');
    expect(text).toContain('For: You');
    expect(text).toContain('First day: Saturday 21 November 2026');
    expect(text).toContain('Line manager: Jo');
    expect(text).toContain('Who hears about concerns: Jo (line manager), if a check-in is rated 2 or lower out of 5 and the person says yes');
    const done = texts(await press(card, 'Confirm', me));
    expect(done).toContain("You're all set");
    // The first day is a Saturday: the first check-in goes out on the next working day, and says so.
    expect(done).toContain('Your first check-in is on Monday 23 November 2026.');
    expect(done).toContain("I'll ask if you would like your line manager, Jo, to know, so they can support you. I tell them only if you say yes.");
    expect(done).toContain('typing "pause check-ins"');
    expect(await store.enrolments.get(`new-starter-induction|${me}`)).toMatchObject({ userKey: me, managerKey: 'teams:29:jo', enrolledBy: me, startDate: '2026-11-21' });
    // Someone enrolling themselves gives no name; none is kept from the manager's mention either.
    expect((await store.enrolments.get(`new-starter-induction|${me}`))?.displayName).toBeUndefined();
    expect(sent).toHaveLength(0);
  });

  it('a new starter who says on a Sunday "I started last Monday" gets check-ins from the Monday just gone', async () => {
    now = SUNDAY;
    const me = 'teams:29:newbie';
    const ask = await say('enrol me on the new starter induction, I started last Monday', { from: me });
    expect(texts(ask)).toContain('Who is your line manager?');
    const card = await press(ask, 'Skip', me);
    expect(texts(card)).toContain('First day: Monday 16 November 2026');
    await press(card, 'Confirm', me);
    const enrolment = await store.enrolments.get(`new-starter-induction|${me}`);
    expect(enrolment).toMatchObject({ startDate: '2026-11-16' });
    // Every check-in is planned from that Monday, not from the next one.
    const programme = content.programmes.get('new-starter-induction')!;
    const planned = planCheckins(enrolment!, programme, { timeZone: 'Europe/London', checkinTime: '10:00', now: SUNDAY });
    const reminders = await store.reminders.listByPayload('enrolmentId', enrolment!.id);
    expect(reminders.map((r) => r.originalDueAt).sort()).toEqual(planned.map((r) => r.originalDueAt).sort());
    const week = reminders.find((r) => r.payload['checkinId'] === 'week-1');
    expect(week && localDate(new Date(week.originalDueAt), 'Europe/London')).toBe('2026-11-23');
  });

  it('"I\'m a new starter" asks for the programme, date, manager and, for preceptorship, the preceptor', async () => {
    const me = 'teams:29:nurse';
    const which = await say("I'm a new starter", { from: me });
    expect(texts(which)).toContain('Which check-in programme is it for you?');
    const date = await press(which, 'Nursing preceptorship (gold standard)', me);
    expect(texts(date)).toContain('When is your first day?');
    const manager = await say('4 January', { from: me });
    expect(texts(manager)).toContain('Who is your line manager?');
    const preceptor = await press(manager, 'Skip', me);
    expect(texts(preceptor)).toContain('Who is your preceptor?');
    const card = await say('my preceptor is @Kim', { from: me, mentions: [{ userKey: 'teams:29:kim', name: 'Kim' }] });
    expect(texts(card)).toContain('First day: Monday 4 January 2027');
    expect(texts(card)).toContain('Line manager: Not given');
    expect(texts(card)).toContain('Preceptor: Kim');
    expect(texts(card)).toContain('Who hears about concerns: Kim (preceptor)');
  });

  it('Cancel on the card writes nothing', async () => {
    const card = await say('enrol @Sam on new to care starting 3 March', { mentions: sam });
    const writes = store.writeCount;
    const out = texts(await press(card, 'Cancel'));
    expect(out).toContain('OK, I have not set anything up.');
    expect(await store.enrolments.list()).toHaveLength(0);
    expect(await store.reminders.countByState()).toMatchObject({ pending: 0 });
    expect(await store.profiles.count()).toBe(0);
    expect(sent).toHaveLength(0);
    // Only the dialog state was cleared.
    expect(store.writeCount - writes).toBeLessThanOrEqual(1);
  });

  it('Change goes back to a step and returns to the card', async () => {
    const card = await say('enrol @Sam on new to care starting 3 March', { mentions: sam });
    const change = await press(card, 'Change');
    expect(buttons(change).map((b) => b.label)).toEqual(['Programme', 'First day', 'Who it is for']);
    await press(change, 'First day');
    const again = texts(await say('10 March'));
    expect(again).toContain('First day: Wednesday 10 March 2027');
    expect(again).toContain('Programme: New to care healthcare support worker induction');
  });

  it('labels a local example on the card', async () => {
    const card = texts(await say('enrol @Sam on msw induction starting 3 March', { mentions: sam }));
    expect(card).toContain("One trust's approach (University Hospital Southampton NHS Foundation Trust)");
  });

  it('enrolling as preceptor makes the person enrolling the preceptor, not the manager', async () => {
    const card = texts(await say('enrol @Sam on nursing preceptorship starting 4 January as their preceptor', { mentions: sam }));
    expect(card).toContain('Programme: Nursing preceptorship (core standard)');
    expect(card).toContain('Preceptor: You');
    expect(card).toContain('Line manager: Not given');
  });

  it('says so when the same enrolment is confirmed again', async () => {
    await press(await say('enrol @Sam on new to care starting 3 March', { mentions: sam }), 'Confirm');
    sent = [];
    const again = texts(await press(await say('enrol @Sam on new to care starting 3 March', { mentions: sam }), 'Confirm'));
    expect(again).toContain('Nothing to change: Sam is already on New to care healthcare support worker induction');
    expect(sent).toHaveLength(0);
  });
});

describe('understanding enrolment requests', () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });

  it('knows an enrolment request', () => {
    for (const t of ['enrol @Sam on new to care', 'Enroll me please', 'sign me up for preceptorship', 'add me to the induction', "I'm a new starter", 'I am a new starter']) {
      expect(isEnrolRequest(content, t), t).toBe(true);
    }
    for (const t of ['how do I become a nurse', 'check in', 'what is preceptorship', 'I started a new job']) expect(isEnrolRequest(content, t), t).toBe(false);
  });

  it('reads dates relative to today in the UK', () => {
    const today = '2026-11-21';
    const p = (t: string) => parseDate(t, today, 'start')?.date;
    expect(p('starting 3 March')).toBe('2027-03-03');
    expect(p('from March 3rd')).toBe('2027-03-03');
    expect(p('3rd of March 2028')).toBe('2028-03-03');
    expect(p('3/3')).toBe('2027-03-03');
    expect(p('03/03/2027')).toBe('2027-03-03');
    expect(p('2027-03-03')).toBe('2027-03-03');
    expect(p('today')).toBe('2026-11-21');
    expect(p('tomorrow')).toBe('2026-11-22');
    expect(p('next Monday')).toBe('2026-11-23');
    expect(p('on Saturday')).toBe('2026-11-28');
    // Without a year: the next one within 11 months, else the past one within a month.
    expect(p('1 November')).toBe('2026-11-01');
    expect(p('15 October')).toBe('2027-10-15');
    expect(p('25 October')).toBe('2026-10-25');
    expect(p('30 February')).toBeUndefined();
    expect(p('whenever')).toBeUndefined();
    expect(longDate('2027-03-02')).toBe('Tuesday 2 March 2027');
  });

  it('matches programmes by id, title and common names', () => {
    const m = (t: string, role?: string) => matchProgrammes(t, content, role).map((p) => p.id);
    expect(m('new-to-care')).toEqual(['hcsw-new-to-care']);
    expect(m('New to care healthcare support worker induction')).toEqual(['hcsw-new-to-care']);
    expect(m('the new starter induction')).toEqual(['new-starter-induction']);
    expect(m('induction')).toEqual(['new-starter-induction']);
    expect(m('induction', 'maternity-support-worker')).toEqual(['msw-band3-induction-southampton']);
    expect(m('MSW induction')).toEqual(['msw-band3-induction-southampton']);
    expect(m('gold preceptorship')).toEqual(['preceptorship-nursing-gold']);
    expect(m('midwifery preceptorship')).toEqual(['preceptorship-midwifery']);
    expect(m('AHP preceptorship')).toEqual(['preceptorship-ahp']);
    expect(m('preceptorship', 'midwife')).toEqual(['preceptorship-midwifery']);
    expect(m('preceptorship')).toHaveLength(4);
    expect(m('a course on maths')).toEqual([]);
  });
});
