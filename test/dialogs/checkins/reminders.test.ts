/**
 * Check-ins end to end inside the process: the real scheduler (buildScheduler,
 * with the registered handlers and planners) over a real LowStore and the real
 * content, a controllable clock, the real Bot and dialogs for the answers, and
 * a recording Messenger standing in for Teams and Slack (outside the machine).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LowStore } from '../../../src/store/lowdb.js';
import { loadContent } from '../../../src/content/load.js';
import { defaultContentDir } from '../../../src/paths.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { buildScheduler } from '../../../src/scheduler/index.js';
import { planCheckins, checkinReminderId, nudgeReminderId } from '../../../dialogs/checkins/plan.js';
import { Bot } from '../../../src/core/runtime.js';
import { composeForTest, testSettings } from '../../helpers/bot.js';
import { plainText, type Choice, type OutboundMessage } from '../../../src/core/messages.js';
import type { Services } from '../../../src/core/dialog.js';
import type { Content } from '../../../src/content/model.js';
import type { Enrolment } from '../../../src/store/ports.js';
import type { Scheduler } from '../../../src/scheduler/scheduler.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';
import { RecordingMessenger } from '../../helpers/messenger.js';

const settings = loadConfig({ NODE_ENV: 'test' }).scheduler;
const TZ = settings.timeZone;


const texts = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks));
const choicesIn = (m: OutboundMessage): Choice[] => m.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : b.type === 'inputs' ? [b.submit] : []));
const button = (out: OutboundMessage[], label: string): Choice => {
  const c = out.flatMap(choicesIn).find((x) => x.label === label);
  if (!c) throw new Error(`No button "${label}" in: ${out.flatMap(choicesIn).map((x) => x.label).join(', ')}`);
  return c;
};

const PERSON = 'teams:29:person';
const MANAGER = 'teams:29:manager';
const PRECEPTOR = 'teams:29:preceptor';
const OTHER = 'teams:29:someone-else';

describe('check-ins through the scheduler', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  let messenger: RecordingMessenger;
  let now: Date;
  let services: Services;
  let scheduler: Scheduler;
  let bot: Bot;

  beforeEach(async () => {
    content ??= await loadContent(defaultContentDir);
    dir = await tempDir();
    store = await LowStore.open(dir);
    messenger = new RecordingMessenger();
    now = new Date('2026-03-01T12:00:00Z');
    services = { store, log: createLogger('silent'), clock: () => now, content, messenger, timeZone: 'Europe/London' };
    const composed = composeForTest(services, { ...testSettings(), scheduler: settings });
    scheduler = buildScheduler(services, settings, composed.reminders, { sleep: async () => undefined });
    bot = composed.bot;
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  async function enrolPerson(e: Partial<Enrolment> & { programmeId: string; startDate: string }, userKey = PERSON): Promise<Enrolment> {
    const enrolment: Enrolment = {
      id: `${e.programmeId}|${userKey}`,
      subject: userKey,
      userKey,
      enrolledBy: 'csv',
      status: 'active',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      ...e,
    };
    await store.enrolments.put(enrolment);
    await store.reminders.insertNew(planCheckins(enrolment, content.programmes.get(e.programmeId)!, { timeZone: TZ, checkinTime: settings.checkinTime, now }));
    return enrolment;
  }

  const tick = (at: string) => {
    now = new Date(at);
    return scheduler.tick(now);
  };
  const press = (userKey: string, c: Choice) => bot.handle({ platform: 'teams', userKey, conversationKey: `conv-${userKey}`, action: { id: c.action, value: c.value ?? {} } });
  const say = (userKey: string, text: string) => bot.handle({ platform: 'teams', userKey, conversationKey: `conv-${userKey}`, text });

  describe('when check-ins go out', () => {
    it('sends the check-in card when due, not before, with five rating buttons that carry the ids', async () => {
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-02', managerKey: MANAGER });
      expect((await tick('2026-03-02T09:59:00Z')).sent).toBe(0);
      const report = await tick('2026-03-02T10:00:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(1);
      const card = messenger.sendsTo(PERSON)[0]!.messages[0]!;
      const text = plainText(card.blocks);
      expect(text).toContain('Check-in: Your first day');
      expect(text).toContain('How confident do you feel about your new job today?');
      expect(text).toContain("Type 'pause check-ins' to stop these for a while.");
      const rating = choicesIn(card);
      expect(rating.map((c) => c.label)).toEqual(['1 Not at all', '2', '3', '4', '5 Very']);
      expect(rating[2]).toEqual({ label: '3', action: 'checkin.rate', value: { e: e.id, c: 'day-1', r: '3' } });
      expect(report.sent).toBeGreaterThanOrEqual(1);
      expect((await store.reminders.get(checkinReminderId(e.id, 'day-1')))?.state).toBe('sent');
      // The one nudge is planned 48 hours later.
      const nudge = await store.reminders.get(nudgeReminderId(e.id, 'day-1'));
      expect(nudge).toMatchObject({ kind: 'nudge', state: 'pending', userKey: PERSON, dueAt: '2026-03-04T10:00:00.000Z' });
      // Sending again changes nothing.
      await tick('2026-03-02T10:01:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(1);
    });

    it('sends a late check-in within the grace period, and marks a too-late one missed without sending it', async () => {
      const late = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-02' });
      await tick('2026-03-02T15:00:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(1);
      const other = 'teams:29:late';
      const tooLate = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-02-23' }, other);
      await tick('2026-02-26T10:00:00Z');
      expect(messenger.sendsTo(other)).toHaveLength(0);
      expect((await store.reminders.get(checkinReminderId(tooLate.id, 'day-1')))?.state).toBe('missed');
      expect((await store.reminders.get(checkinReminderId(late.id, 'day-1')))?.state).toBe('sent');
    });

    it('keeps to quiet hours: a Saturday check-in waits for Monday 09:00', async () => {
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-07' });
      const r = await tick('2026-03-07T10:00:00Z');
      expect(r.deferred).toBe(1);
      expect(messenger.sendsTo(PERSON)).toHaveLength(0);
      expect((await store.reminders.get(checkinReminderId(e.id, 'day-1')))?.dueAt).toBe('2026-03-09T09:00:00.000Z');
      await tick('2026-03-09T08:59:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(0);
      await tick('2026-03-09T09:00:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(1);
    });

    it('stays quiet on a bank holiday (Early May bank holiday 2026 moves to Tuesday 09:00 BST)', async () => {
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-05-04' });
      await tick('2026-05-04T09:00:00Z'); // 10:00 BST
      expect(messenger.sendsTo(PERSON)).toHaveLength(0);
      expect((await store.reminders.get(checkinReminderId(e.id, 'day-1')))?.dueAt).toBe('2026-05-05T08:00:00.000Z');
      await tick('2026-05-05T08:00:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(1);
    });

    it('follows a night-shift pattern set by "I work nights": a 10:00 check-in arrives at 19:00', async () => {
      const reply = texts(await say(PERSON, 'I work nights')).join('\n');
      expect(reply).toContain('every day, from 7pm to 7am (overnight)');
      expect((await store.profiles.get(PERSON))?.workingPattern).toMatchObject({ days: [0, 1, 2, 3, 4, 5, 6], start: '19:00', end: '07:00' });
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-02' });
      await tick('2026-03-02T10:00:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(0);
      expect((await store.reminders.get(checkinReminderId(e.id, 'day-1')))?.dueAt).toBe('2026-03-02T19:00:00.000Z');
      await tick('2026-03-02T19:00:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(1);
    });

    it('holds check-ins while paused ("pause check-ins for two weeks") and sends them after, in working hours', async () => {
      now = new Date('2026-03-01T12:00:00Z');
      const reply = texts(await say(PERSON, 'pause check-ins for two weeks')).join('\n');
      expect(reply).toContain('They will start again on Sunday 15 March 2026');
      expect((await store.profiles.get(PERSON))?.pausedUntil).toBe('2026-03-15T00:00:00.000Z');
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-02' });
      await tick('2026-03-02T10:00:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(0);
      expect((await store.reminders.get(checkinReminderId(e.id, 'day-1')))?.dueAt).toBe('2026-03-15T00:00:00.000Z');
      // Sunday midnight: the pause is over, but Sunday is not a working day.
      await tick('2026-03-15T00:00:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(0);
      await tick('2026-03-16T09:00:00Z');
      expect(messenger.sendsTo(PERSON).map((s) => plainText(s.messages[0]!.blocks))[0]).toContain('Your first day');
    });

    it('"resume check-ins" ends a pause and brings held check-ins forward', async () => {
      await say(PERSON, 'pause check-ins until 30 March');
      expect((await store.profiles.get(PERSON))?.pausedUntil).toBe('2026-03-29T23:00:00.000Z'); // midnight BST
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-02' });
      await tick('2026-03-02T10:00:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(0);
      now = new Date('2026-03-02T11:00:00Z');
      expect(texts(await say(PERSON, 'resume check-ins')).join('\n')).toContain('back on');
      expect((await store.profiles.get(PERSON))?.pausedUntil).toBeUndefined();
      expect((await store.reminders.get(checkinReminderId(e.id, 'day-1')))?.dueAt).toBe('2026-03-02T11:00:00.000Z');
      await tick('2026-03-02T11:01:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(1);
    });

    it('cancels check-ins for a withdrawn enrolment and fails honestly for a person not linked yet', async () => {
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-02' });
      await store.enrolments.put({ ...e, status: 'withdrawn' });
      const unlinked: Enrolment = {
        id: 'new-starter-induction|aad:abc',
        subject: 'aad:abc',
        programmeId: 'new-starter-induction',
        startDate: '2026-03-02',
        enrolledBy: 'csv',
        status: 'active',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      await store.enrolments.put(unlinked);
      await store.reminders.insertNew(planCheckins(unlinked, content.programmes.get('new-starter-induction')!, { timeZone: TZ, checkinTime: '10:00', now }));
      await tick('2026-03-02T10:00:00Z');
      expect(messenger.sent.filter((s) => s.userKey !== MANAGER)).toHaveLength(0);
      expect(await store.reminders.get(checkinReminderId(e.id, 'day-1'))).toMatchObject({ state: 'cancelled', lastError: 'enrolment withdrawn' });
      expect(await store.reminders.get(checkinReminderId(unlinked.id, 'day-1'))).toMatchObject({ state: 'failed', lastError: 'person not linked yet' });
    });
  });

  describe('nudges, snoozes and missed check-ins', () => {
    it('nudges once, then the check-in shows as missed in the manager digest', async () => {
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-02', managerKey: MANAGER });
      await tick('2026-03-02T10:00:00Z');
      await tick('2026-03-04T10:00:00Z');
      const toPerson = messenger.sendsTo(PERSON).map((s) => plainText(s.messages[0]!.blocks));
      expect(toPerson).toHaveLength(2);
      expect(toPerson[1]).toContain('A gentle reminder about your check-in, "Your first day"');
      expect(choicesIn(messenger.sendsTo(PERSON)[1]!.messages[0]!).map((c) => c.value?.['r'])).toEqual(['1', '2', '3', '4', '5']);
      // No second nudge, ever.
      await tick('2026-03-06T10:00:00Z');
      await tick('2026-03-08T10:00:00Z');
      expect(messenger.sendsTo(PERSON).filter((s) => plainText(s.messages[0]!.blocks).includes('gentle reminder'))).toHaveLength(1);
      // Monday 9 March 09:00: the weekly digest tells the manager.
      await tick('2026-03-09T09:00:00Z');
      const digest = messenger.textTo(MANAGER);
      expect(digest).toContain('Missed check-ins');
      expect(digest).toContain('has not answered the "Your first day" check-in, after one reminder');
      expect((await store.reminders.get(`digest|${MANAGER}|2026-03-09`))?.state).toBe('sent');
      expect(e.id).toBeTruthy();
    });

    it('does not nudge someone who answered, and an answered check-in is never missed', async () => {
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-02', managerKey: MANAGER });
      await tick('2026-03-02T10:00:00Z');
      now = new Date('2026-03-02T11:00:00Z');
      await press(PERSON, choicesIn(messenger.sendsTo(PERSON)[0]!.messages[0]!)[3]!);
      expect((await store.checkins.get(`${e.id}|day-1`))?.rating).toBe(4);
      await tick('2026-03-04T10:00:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(1);
      expect(await store.reminders.get(nudgeReminderId(e.id, 'day-1'))).toMatchObject({ state: 'cancelled', lastError: 'already answered' });
    });

    it('"remind me tomorrow" snoozes the waiting check-in to the next working morning and holds the nudge back', async () => {
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-06' }); // a Friday
      await tick('2026-03-06T10:00:00Z');
      now = new Date('2026-03-06T12:00:00Z');
      const reply = texts(await say(PERSON, 'remind me tomorrow')).join('\n');
      // Saturday is not a working day: Monday 09:00.
      expect(reply).toContain('I will remind you about your check-in on Monday 9 March at 9am.');
      const id = `${checkinReminderId(e.id, 'day-1')}|snooze|2026-03-09`;
      expect(await store.reminders.get(id)).toMatchObject({ kind: 'checkin', state: 'pending', dueAt: '2026-03-09T09:00:00.000Z' });
      expect(await store.reminders.get(nudgeReminderId(e.id, 'day-1'))).toMatchObject({ state: 'cancelled', lastError: 'snoozed' });
      await tick('2026-03-08T10:00:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(1);
      await tick('2026-03-09T09:00:00Z');
      expect(messenger.sendsTo(PERSON)).toHaveLength(2);
      expect(plainText(messenger.sendsTo(PERSON)[1]!.messages[0]!.blocks)).toContain('Check-in: Your first day');
      // The nudge comes back, 48 hours after the snoozed check-in.
      expect(await store.reminders.get(nudgeReminderId(e.id, 'day-1'))).toMatchObject({ state: 'pending', dueAt: '2026-03-11T09:00:00.000Z' });
    });

    it('"remind me next week" moves it to Monday, and says so when there is nothing waiting', async () => {
      now = new Date('2026-03-03T12:00:00Z');
      expect(texts(await say(PERSON, 'remind me next week')).join('\n')).toContain('nothing to move');
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-03' });
      await tick('2026-03-03T10:00:00Z');
      now = new Date('2026-03-03T12:00:00Z');
      expect(texts(await say(PERSON, 'remind me next week')).join('\n')).toContain('on Monday 9 March at 9am');
      expect(await store.reminders.get(`${checkinReminderId(e.id, 'day-1')}|snooze|2026-03-09`)).toBeDefined();
    });
  });

  describe('answers and escalation', () => {
    async function sendAndRate(rating: number, e: Enrolment, at = '2026-03-02T10:00:00Z'): Promise<OutboundMessage[]> {
      await tick(at);
      now = new Date(new Date(at).getTime() + 3_600_000);
      const card = messenger.sendsTo(PERSON).at(-1)!.messages[0]!;
      const tap = choicesIn(card).find((c) => c.value?.['r'] === String(rating))!;
      expect(tap.value?.['e']).toBe(e.id);
      return press(PERSON, tap);
    }

    it('saves the rating at once and asks every question in order (text, checklist, yes/no)', async () => {
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-02-23', managerKey: MANAGER }); // week-1 on 2 March
      await tick('2026-02-23T10:00:00Z');
      now = new Date('2026-02-23T11:00:00Z');
      await press(PERSON, choicesIn(messenger.sendsTo(PERSON)[0]!.messages[0]!)[4]!); // day-1: 5
      for (let i = 0; i < 5; i++) await say(PERSON, 'skip');
      messenger.sent.length = 0;

      let out = await sendAndRate(4, e);
      expect((await store.checkins.get(`${e.id}|week-1`))?.rating).toBe(4);
      expect(texts(out).join('\n')).toContain('Which of these have you done so far?');
      const submit = button(out, 'Send');
      out = await press(PERSON, { ...submit, value: { ...submit.value, items: 'corporate-induction,met-buddy' } });
      expect(texts(out).join('\n')).toContain('What is going well?');
      out = await say(PERSON, 'My team are lovely');
      expect(texts(out).join('\n')).toContain('Is there anything you need, or anything worrying you?');
      out = await say(PERSON, 'skip');
      expect(texts(out).join('\n')).toContain('Would you like your manager to get in touch?');
      out = await say(PERSON, 'no');
      expect(texts(out).join('\n')).toContain('Thank you. Your answers are saved.');
      expect(texts(out).join('\n')).toContain('Your next check-in, "One month in", is on Monday 23 March 2026.');
      const a = await store.checkins.get(`${e.id}|week-1`);
      expect(a).toMatchObject({ rating: 4, items: { 'induction-items': ['corporate-induction', 'met-buddy'] }, text: { 'going-well': 'My team are lovely' }, supportRequested: false, shareWords: false });
      expect(a?.escalatedTo).toBeUndefined();
      expect(messenger.sendsTo(MANAGER)).toHaveLength(0);
    });

    it('a low rating reaches the preceptor first, without the words unless the person agrees, and nobody else', async () => {
      // Preceptorship: notify preceptor, then manager. First check-in two weeks after the start.
      const e = await enrolPerson({ programmeId: 'preceptorship-nursing-core', startDate: '2026-02-16', managerKey: MANAGER, preceptorKey: PRECEPTOR });
      let out = await sendAndRate(2, e);
      expect(texts(out).join('\n')).toContain('Have you had your first meeting with your preceptor?');
      await press(PERSON, button(out, 'No'));
      await say(PERSON, 'yes');
      await say(PERSON, 'Nothing much');
      out = await say(PERSON, 'I feel out of my depth on nights');
      expect(texts(out).join('\n')).toContain('Would you like your preceptor to get in touch?');
      out = await press(PERSON, button(out, 'Yes, please'));
      expect(texts(out).join('\n')).toContain('Can I pass on what you wrote, or just that you would like a chat?');
      // The "No" to a standard's question is shown before they choose, exactly as it would be passed on.
      expect(texts(out).join('\n')).toContain('If you say yes, I will also tell your preceptor:');
      expect(texts(out).join('\n')).toContain('Has not had a first meeting with their preceptor yet.');
      expect(out.flatMap(choicesIn).map((c) => c.label)).toEqual(['Pass on my words', 'Just ask them to get in touch']);
      expect(messenger.sent.filter((s) => s.userKey !== PERSON)).toHaveLength(0);
      out = await press(PERSON, button(out, 'Just ask them to get in touch'));
      expect(texts(out).join('\n')).toContain('I have let your preceptor know that you would like a chat, without your words. Nobody else has been told.');

      const told = messenger.sent.filter((s) => s.userKey !== PERSON);
      expect(told.map((s) => s.userKey)).toEqual([PRECEPTOR]);
      expect(told[0]!.opts).toEqual({ via: PERSON });
      const card = plainText(told[0]!.messages[0]!.blocks);
      expect(card).toContain('One of your team would like some support after their "Your first two weeks" check-in (confidence 2 out of 5).');
      expect(card).not.toContain('out of my depth');
      expect(card).not.toContain('Nothing much');
      // The standard not met goes in the alert; the one that was met does not.
      expect(card).toContain('Has not had a first meeting with their preceptor yet. The national standard is a meeting in the first 2 weeks.');
      expect(card).not.toContain('supernumerary');
      expect(await store.checkins.get(`${e.id}|first-meeting`)).toMatchObject({
        rating: 2,
        supportRequested: true,
        shareWords: false,
        escalatedTo: PRECEPTOR,
        items: { 'met-preceptor': ['no'], supernumerary: ['yes'] },
        text: { 'going-well': 'Nothing much', need: 'I feel out of my depth on nights' },
      });
    });

    it('passes on the words only with consent, to the manager when there is no preceptor, with a chat link on Slack', async () => {
      const person = 'slack:T1:UPERSON';
      const manager = 'slack:T1:UMANAGER';
      const e = await enrolPerson({ programmeId: 'preceptorship-nursing-core', startDate: '2026-02-16', managerKey: manager }, person);
      await tick('2026-03-02T10:00:00Z');
      now = new Date('2026-03-02T11:00:00Z');
      const ask = (text: string) => bot.handle({ platform: 'slack', userKey: person, conversationKey: 'slack:T1:DPERSON', text });
      const tap = (c: Choice) => bot.handle({ platform: 'slack', userKey: person, conversationKey: 'slack:T1:DPERSON', action: { id: c.action, value: c.value ?? {} } });
      await tap(choicesIn(messenger.sendsTo(person)[0]!.messages[0]!)[0]!); // 1
      await ask('skip');
      await ask('skip');
      await ask('Good team');
      await ask('More time with the ward manager');
      let out = await ask('no');
      // Declined a call, but the rating is low: they choose, and may keep it to themselves.
      expect(out.flatMap(choicesIn).map((c) => c.label)).toEqual(['Pass on my words', 'Just ask them to get in touch', 'Keep this to myself']);
      out = await tap(button(out, 'Pass on my words'));
      expect(texts(out).join('\n')).toContain('and what you wrote');
      const told = messenger.sent.filter((s) => s.userKey !== person);
      expect(told.map((s) => s.userKey)).toEqual([manager]);
      const msg = told[0]!.messages[0]!;
      const card = plainText(msg.blocks);
      expect(card).toContain('(confidence 1 out of 5)');
      expect(card).toContain('More time with the ward manager');
      expect(card).toContain('Good team');
      expect(msg.blocks).toContainEqual({ type: 'links', links: [{ label: 'Open a chat', url: 'slack://user?team=T1&id=UPERSON' }] });
      expect(await store.checkins.get(`${e.id}|first-meeting`)).toMatchObject({ shareWords: true, supportRequested: false, escalatedTo: manager });
    });

    it('a "No" to a standard\'s question with a good rating: the person chooses, and only then the preceptor is told', async () => {
      const e = await enrolPerson({ programmeId: 'preceptorship-nursing-core', startDate: '2026-02-16', managerKey: MANAGER, preceptorKey: PRECEPTOR });
      let out = await sendAndRate(4, e);
      await say(PERSON, 'no'); // met preceptor
      await say(PERSON, 'not yet'); // supernumerary time
      await say(PERSON, 'skip');
      out = await say(PERSON, 'skip');
      expect(texts(out).join('\n')).toContain('Would you like your preceptor to get in touch?');
      out = await say(PERSON, 'no');
      const asked = texts(out).join('\n');
      expect(asked).toContain('Some of what your preceptorship should give you has not happened yet, and your preceptor can help with this.');
      expect(asked).toContain('Has not had supernumerary time yet.');
      expect(out.flatMap(choicesIn).map((c) => c.label)).toEqual(['Just ask them to get in touch', 'Keep this to myself']);
      expect(messenger.sent.filter((s) => s.userKey !== PERSON)).toHaveLength(0);
      out = await press(PERSON, button(out, 'Just ask them to get in touch'));
      expect(texts(out).join('\n')).toContain('I have let your preceptor know');

      const told = messenger.sent.filter((s) => s.userKey !== PERSON);
      expect(told.map((s) => s.userKey)).toEqual([PRECEPTOR]);
      const card = plainText(told[0]!.messages[0]!.blocks);
      expect(card).toContain('(confidence 4 out of 5)');
      expect(card).toContain('Has not had a first meeting with their preceptor yet.');
      expect(card).toContain('Has not had supernumerary time yet. The national standard is at least 2 weeks, or 75 hours');
      expect(messenger.sendsTo(MANAGER)).toHaveLength(0);
      expect(await store.checkins.get(`${e.id}|first-meeting`)).toMatchObject({ rating: 4, escalatedTo: PRECEPTOR, items: { 'met-preceptor': ['no'], supernumerary: ['no'] } });
    });

    it('a "No" to a standard\'s question kept private tells nobody; all "Yes" asks nothing more', async () => {
      const e = await enrolPerson({ programmeId: 'preceptorship-nursing-core', startDate: '2026-02-16', managerKey: MANAGER, preceptorKey: PRECEPTOR });
      let out = await sendAndRate(5, e);
      await say(PERSON, 'yes');
      await say(PERSON, 'no');
      await say(PERSON, 'skip');
      await say(PERSON, 'skip');
      out = await say(PERSON, 'no');
      out = await press(PERSON, button(out, 'Keep this to myself'));
      expect(texts(out).join('\n')).toContain('I have not told your preceptor');
      expect(messenger.sent.filter((s) => s.userKey !== PERSON)).toHaveLength(0);
      expect((await store.checkins.get(`${e.id}|first-meeting`))?.escalatedTo).toBeUndefined();
    });

    it('"Keep this to myself" tells nobody', async () => {
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-02', managerKey: MANAGER });
      let out = await sendAndRate(2, e);
      await say(PERSON, 'ok');
      await say(PERSON, 'a lot');
      await say(PERSON, 'yes');
      out = await say(PERSON, 'no');
      out = await press(PERSON, button(out, 'Keep this to myself'));
      expect(texts(out).join('\n')).toContain('I have not told your manager');
      expect(messenger.sendsTo(MANAGER)).toHaveLength(0);
      expect((await store.checkins.get(`${e.id}|day-1`))?.escalatedTo).toBeUndefined();
    });

    it('with nobody to tell, says so honestly and gives the wellbeing signposting', async () => {
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-02' });
      let out = await sendAndRate(3, e);
      await say(PERSON, 'skip');
      await say(PERSON, 'skip');
      out = await say(PERSON, 'skip');
      expect(texts(out).join('\n')).toContain('Would you like your preceptor or manager to get in touch?');
      out = await say(PERSON, 'yes');
      const reply = texts(out).join('\n');
      expect(reply).toContain('I do not know who your preceptor or manager is, so I cannot pass this on myself.');
      expect(reply).toContain("Your trust's staff wellbeing or occupational health service");
      expect(reply).toContain('call 999, or call 111 and choose option 2');
      expect(messenger.sent.filter((s) => s.userKey !== PERSON)).toHaveLength(0);
      expect((await store.checkins.get(`${e.id}|day-1`))?.supportRequested).toBe(true);
    });

    it('typed "check in" starts the waiting check-in; a bare "2" answers it; with none it explains', async () => {
      expect(texts(await say(PERSON, 'check in')).join('\n')).toContain('Check-ins are short messages');
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-02', managerKey: MANAGER });
      await tick('2026-03-02T10:00:00Z');
      now = new Date('2026-03-02T12:00:00Z');
      const out = await say(PERSON, 'check in');
      expect(texts(out).join('\n')).toContain('How confident do you feel about your new job today?');
      await say(PERSON, 'cancel');
      expect(texts(await say(PERSON, '2')).join('\n')).toContain('2 out of 5 is saved');
      expect((await store.checkins.get(`${e.id}|day-1`))?.rating).toBe(2);
    });

    it('a rating button pressed by someone else saves nothing', async () => {
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-02', managerKey: MANAGER });
      await tick('2026-03-02T10:00:00Z');
      const tap = choicesIn(messenger.sendsTo(PERSON)[0]!.messages[0]!)[0]!;
      expect(texts(await press(OTHER, tap)).join('\n')).toContain('belongs to someone else');
      expect(await store.checkins.get(`${e.id}|day-1`)).toBeUndefined();
    });
  });

  describe('distress comes first', () => {
    it('answers a distress phrase with signposting before anything else in the same turn, and still saves the answer', async () => {
      const e = await enrolPerson({ programmeId: 'new-starter-induction', startDate: '2026-03-02', managerKey: MANAGER });
      await tick('2026-03-02T10:00:00Z');
      now = new Date('2026-03-02T11:00:00Z');
      await press(PERSON, choicesIn(messenger.sendsTo(PERSON)[0]!.messages[0]!)[2]!);
      await say(PERSON, 'skip');
      const out = await say(PERSON, "Honestly I can't cope with the night shifts");
      const first = plainText(out[0]!.blocks);
      expect(first).toContain("I'm sorry you're feeling like this.");
      const lines = first.split('\n');
      const at = (s: string) => lines.findIndex((l) => l.includes(s));
      expect(at('999 (open day and night): Call 999')).toBeGreaterThan(0);
      expect(at('999 (open day and night): Call 999')).toBeLessThan(at('NHS 111, option 2 (open day and night)'));
      // Then the other services open at any hour, then the trust's own.
      expect(at('NHS 111, option 2')).toBeLessThan(at('Samaritans (open day and night): Call 116 123'));
      expect(at('Samaritans')).toBeLessThan(at('Shout (open day and night): If you would rather text than talk, text SHOUT to 85258'));
      expect(at('Shout')).toBeLessThan(at("Your trust's staff wellbeing"));
      // A service with opening hours is not said to be open day and night.
      expect(lines[at('Your GP')]).not.toContain('open day and night');
      // The turn carries on: the next question, and the answer is saved.
      expect(texts(out.slice(1)).join('\n')).toContain('Do you know who your manager is');
      expect((await store.checkins.get(`${e.id}|day-1`))?.text['need']).toBe("Honestly I can't cope with the night shifts");
    });

    it('signposts outside any dialog too, and not for everyday words', async () => {
      const out = await say(PERSON, 'I feel completely overwhelmed and I want to die');
      expect(plainText(out[0]!.blocks)).toContain("I'm sorry you're feeling like this.");
      const calm = await say(PERSON, 'how do I become a nursing associate');
      expect(texts(calm).join('\n')).not.toContain("I'm sorry you're feeling like this.");
    });
  });
});
