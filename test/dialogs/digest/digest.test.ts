/**
 * The weekly manager digest through the real scheduler (planner and handler),
 * a real LowStore, the real content and a controllable clock; the digest
 * buttons through the real Bot. A recording Messenger stands in for Teams.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editedContent } from '../../helpers/content.js';
import { LowStore } from '../../../src/store/lowdb.js';
import { loadContent } from '../../../src/content/load.js';
import { defaultContentDir } from '../../../src/paths.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { buildScheduler } from '../../../src/scheduler/index.js';
import { buildDigest, digestPlanner } from '../../../dialogs/digest/digest.js';
import { checkinReminderId, nudgeReminderId } from '../../../dialogs/checkins/plan.js';
import { Bot } from '../../../src/core/runtime.js';
import { composeForTest, testSettings } from '../../helpers/bot.js';
import { plainText, type Choice, type OutboundMessage } from '../../../src/core/messages.js';
import type { Services } from '../../../src/core/dialog.js';
import type { Content } from '../../../src/content/model.js';
import type { CareerPlan, CheckinAnswer, Enrolment, Profile, Reminder } from '../../../src/store/ports.js';
import type { Scheduler } from '../../../src/scheduler/scheduler.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';
import { RecordingMessenger } from '../../helpers/messenger.js';

const settings = loadConfig({ NODE_ENV: 'test' }).scheduler; // digests: Monday 09:00, Europe/London
const MONDAY = '2026-03-09T09:00:00Z';


const M = 'teams:29:manager-m';
const N = 'teams:29:manager-n';
const P = 'teams:29:preceptor-p';
const A = 'teams:29:alex';
const B = 'teams:29:bea';
const C = 'teams:29:cal';

const choicesIn = (m: OutboundMessage): Choice[] => m.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : []));

describe('manager digest', () => {
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
    now = new Date(MONDAY);
    services = { store, log: createLogger('silent'), clock: () => now, content, messenger, timeZone: 'Europe/London' };
    const composed = composeForTest(services, { ...testSettings(), scheduler: settings });
    scheduler = buildScheduler(services, settings, composed.reminders, { sleep: async () => undefined });
    bot = composed.bot;
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  const at = '2026-02-01T00:00:00.000Z';
  const profile = (userKey: string, p: Partial<Profile>): Profile => ({ userKey, platform: 'teams', createdAt: at, updatedAt: at, ...p });
  const enrolment = (userKey: string, email: string, programmeId: string, e: Partial<Enrolment>): Enrolment => ({
    id: `${programmeId}|email:${email}`,
    subject: `email:${email}`,
    userKey,
    programmeId,
    startDate: '2026-02-23',
    enrolledBy: 'csv',
    status: 'active',
    createdAt: at,
    updatedAt: at,
    ...e,
  });
  const sentRow = (id: string, kind: 'checkin' | 'nudge', userKey: string, e: Enrolment, checkinId: string, dueAt: string): Reminder => ({
    id,
    kind,
    userKey,
    dueAt,
    originalDueAt: dueAt,
    state: 'sent',
    sentAt: dueAt,
    attempts: 1,
    payload: { enrolmentId: e.id, programmeId: e.programmeId, checkinId },
    updatedAt: dueAt,
  });
  const answer = (e: Enrolment, checkinId: string, a: Partial<CheckinAnswer>): CheckinAnswer => ({
    id: `${e.id}|${checkinId}`,
    userKey: e.userKey!,
    enrolmentId: e.id,
    programmeId: e.programmeId,
    checkinId,
    text: {},
    items: {},
    supportRequested: false,
    shareWords: false,
    answeredAt: '2026-03-05T10:00:00.000Z',
    ...a,
  });

  /** Manager M has two reports (Alex, Bea); manager N has Cal, who must never appear in M's digest. */
  async function seed() {
    const ea = enrolment(A, 'alex@example.nhs.uk', 'new-starter-induction', { managerKey: M });
    const eb = enrolment(B, 'bea@example.nhs.uk', 'preceptorship-nursing-core', { managerKey: M, preceptorKey: P, startDate: '2026-02-09' });
    const ec = enrolment(C, 'cal@example.nhs.uk', 'new-starter-induction', { managerKey: N });
    for (const e of [ea, eb, ec]) await store.enrolments.put(e);
    await store.profiles.put(profile(A, { managerKey: M, appraisalDue: '2026-03-20', lastCareerConversation: '2025-06-01T10:00:00.000Z' }));
    await store.profiles.put(profile(B, { managerKey: M, appraisalDue: '2026-02-27', lastCareerConversation: '2026-02-01T10:00:00.000Z' }));
    await store.profiles.put(profile(C, { managerKey: N, appraisalDue: '2026-03-12' }));
    // Alex: a low rating, passed to M without the words.
    await store.checkins.put(answer(ea, 'week-1', { rating: 2, text: { need: 'PRIVATE WORDS' }, supportRequested: true, escalatedTo: M }));
    // Bea: first preceptorship check-in sent, nudged, never answered.
    await store.reminders.insertNew([
      sentRow(checkinReminderId(eb.id, 'first-meeting'), 'checkin', B, eb, 'first-meeting', '2026-02-23T10:00:00.000Z'),
      sentRow(nudgeReminderId(eb.id, 'first-meeting'), 'nudge', B, eb, 'first-meeting', '2026-02-25T10:00:00.000Z'),
    ]);
    // Cal: a low rating too, and a shared plan, for N only.
    await store.checkins.put(answer(ec, 'week-1', { rating: 1, text: { need: 'CAL WORDS' }, shareWords: true, escalatedTo: N }));
    const plan = (userKey: string, managerKey: string, actions: CareerPlan['actions']): CareerPlan => ({
      id: `${userKey}|2026-02-10T10:00:00.000Z`,
      userKey,
      startedAt: '2026-02-10T10:00:00.000Z',
      completedAt: '2026-02-10T11:00:00.000Z',
      answers: {},
      options: [],
      needs: {},
      actions,
      sharedWith: { managerKey, at: '2026-02-10T11:00:00.000Z' },
    });
    await store.plans.put(plan(B, M, [
      { id: 'a1', text: 'Book the maths functional skills course', due: '2026-04-01' },
      { id: 'a2', text: 'Already finished thing', done: true },
    ]));
    await store.plans.put(plan(C, N, [{ id: 'c1', text: 'CAL ACTION' }]));
    return { ea, eb, ec };
  }

  it('sends each manager one digest about only their own reports', async () => {
    await seed();
    const report = await scheduler.tick(now);
    expect(report.planned).toBe(3); // M, N and the preceptor P
    const digestM = messenger.to(M);
    expect(digestM).toHaveLength(1);
    const text = plainText(digestM[0]!.blocks);
    expect(text).toContain('Your weekly summary');
    // Check-ins needing attention, without words unless shared.
    expect(text).toContain('alex@example.nhs.uk: the "End of your first week" check-in needs attention (confidence 2 out of 5, asked for support).');
    expect(text).not.toContain('PRIVATE WORDS');
    // Missed check-ins.
    expect(text).toContain('bea@example.nhs.uk: has not answered the "Your first two weeks" check-in, after one reminder.');
    // Appraisals: upcoming and overdue.
    expect(text).toContain('alex@example.nhs.uk: appraisal due on Friday 20 March 2026.');
    expect(text).toContain('bea@example.nhs.uk: appraisal overdue (it was due on Friday 27 February 2026).');
    // Career conversations: Alex's last one was 9 months ago; Bea's was last month.
    expect(text).toContain('alex@example.nhs.uk: a career conversation is due (the last one was on Sunday 1 June 2025).');
    expect(text).not.toMatch(/bea@example\.nhs\.uk: a career conversation/);
    // Shared actions, open ones only.
    expect(text).toContain('bea@example.nhs.uk: Book the maths functional skills course (by Wednesday 1 April 2026)');
    expect(text).not.toContain('Already finished thing');
    // Never the unrelated manager's report.
    expect(text).not.toContain('cal@example.nhs.uk');
    expect(text).not.toContain('CAL');
    // Every item has its buttons.
    const labels = choicesIn(digestM[0]!).map((c) => c.label);
    expect(labels.filter((l) => l === 'Mark done')).toHaveLength(6);
    expect(labels.filter((l) => l === 'Snooze a week')).toHaveLength(6);

    // N sees Cal, with Cal's words (shared, and passed to N).
    const textN = plainText(messenger.to(N)[0]!.blocks);
    expect(textN).toContain('cal@example.nhs.uk');
    expect(textN).toContain('CAL WORDS');
    expect(textN).toContain('CAL ACTION');
    expect(textN).not.toContain('alex@example.nhs.uk');
    expect(textN).not.toContain('bea@example.nhs.uk');

    // The preceptor sees Bea's missed check-in, but not her appraisal (that is for her line manager).
    const textP = plainText(messenger.to(P)[0]!.blocks);
    expect(textP).toContain('bea@example.nhs.uk: has not answered');
    expect(textP).not.toContain('appraisal');
    expect(textP).not.toContain('alex@example.nhs.uk');

    // Once a week: a later tick the same day sends nothing more.
    now = new Date('2026-03-09T10:00:00Z');
    await scheduler.tick(now);
    expect(messenger.to(M)).toHaveLength(1);
  });

  it('reaches a manager named only in a report\'s profile, when a career conversation comes due', async () => {
    const Q = 'teams:29:manager-q';
    const D = 'teams:29:dee';
    // No enrolment and no shared plan: only Dee's profile says Q is her line manager.
    await store.profiles.put(profile(D, { managerKey: Q, aliases: ['email:dee@example.nhs.uk'], lastCareerConversation: '2025-09-04T10:00:00.000Z' }));

    // A week early (due from 4 March): the digest is planned, with nothing to report yet.
    now = new Date('2026-03-02T09:00:00Z');
    await scheduler.tick(now);
    expect(messenger.to(Q)).toHaveLength(0);
    expect(await store.reminders.get(`digest|${Q}|2026-03-02`)).toMatchObject({ state: 'cancelled', lastError: 'nothing to report' });

    now = new Date(MONDAY);
    await scheduler.tick(now);
    const digest = messenger.to(Q);
    expect(digest).toHaveLength(1);
    expect(plainText(digest[0]!.blocks)).toContain('dee@example.nhs.uk: a career conversation is due (the last one was on Thursday 4 September 2025).');
    expect(choicesIn(digest[0]!).filter((c) => c.label === 'Mark done').map((c) => c.value)).toEqual([{ k: 'career', u: D }]);
  });

  it('reaches a manager a plan was shared with, though nothing else names them', async () => {
    const Q = 'teams:29:manager-q';
    const D = 'teams:29:dee';
    await store.profiles.put(profile(D, { aliases: ['email:dee@example.nhs.uk'], lastCareerConversation: '2026-02-10T11:00:00.000Z' }));
    await store.plans.put({
      id: `${D}|2026-02-10T10:00:00.000Z`,
      userKey: D,
      startedAt: '2026-02-10T10:00:00.000Z',
      completedAt: '2026-02-10T11:00:00.000Z',
      answers: {},
      options: [],
      needs: {},
      actions: [{ id: 'a1', text: 'Shadow a band 4 on the ward' }],
      sharedWith: { managerKey: Q, at: '2026-02-10T11:00:00.000Z' },
    });
    await scheduler.tick(now);
    const digest = messenger.to(Q);
    expect(digest).toHaveLength(1);
    expect(plainText(digest[0]!.blocks)).toContain('dee@example.nhs.uk: Shadow a band 4 on the ward');
  });

  it('sends nothing when there is nothing to report', async () => {
    const e = enrolment(A, 'alex@example.nhs.uk', 'new-starter-induction', { managerKey: M });
    await store.enrolments.put(e);
    await scheduler.tick(now);
    expect(messenger.sent).toHaveLength(0);
    expect(await store.reminders.get(`digest|${M}|2026-03-09`)).toMatchObject({ state: 'cancelled', lastError: 'nothing to report' });
  });

  it('plans the digest for this week only, idempotently, and not when the day is long past', async () => {
    await seed();
    const plan = digestPlanner({ services, settings });
    const monday = await plan(new Date('2026-03-09T08:00:00Z'));
    expect(monday.map((r) => [r.id, r.dueAt])).toContainEqual([`digest|${M}|2026-03-09`, '2026-03-09T09:00:00.000Z']);
    expect(await plan(new Date('2026-03-09T20:00:00Z'))).toHaveLength(3); // within the 24-hour grace
    expect(await plan(new Date('2026-03-11T10:00:00Z'))).toHaveLength(0); // Wednesday: wait for next Monday
    expect(await store.reminders.insertNew(monday)).toBe(3);
    expect(await store.reminders.insertNew(await plan(new Date('2026-03-09T08:30:00Z')))).toBe(0);
  });

  it('"Mark done" and "Snooze a week" change only what they should', async () => {
    await seed();
    await scheduler.tick(now);
    const digest = messenger.to(M)[0]!;
    const buttons = choicesIn(digest);
    const press = (userKey: string, c: Choice) => bot.handle({ platform: 'teams', userKey, conversationKey: `c-${userKey}`, action: { id: c.action, value: c.value ?? {} } });
    const find = (label: string, k: string) => buttons.find((c) => c.label === label && c.value?.['k'] === k && (k !== 'appraisal' || c.value?.['u'] === A))!;

    // Appraisal done: the next one is a year on.
    let out = await press(M, find('Mark done', 'appraisal'));
    expect(plainText(out[0]!.blocks)).toContain('The next appraisal is due on Saturday 20 March 2027');
    expect((await store.profiles.get(A))?.appraisalDue).toBe('2027-03-20');
    // Pressing it again does not move it on twice.
    await press(M, find('Mark done', 'appraisal'));
    expect((await store.profiles.get(A))?.appraisalDue).toBe('2027-03-20');

    // Career conversation done: recorded now.
    await press(M, find('Mark done', 'career'));
    expect((await store.profiles.get(A))?.lastCareerConversation).toBe(now.toISOString());

    // Missed check-in acknowledged; the attention item snoozed for a week.
    await press(M, find('Mark done', 'missed'));
    out = await press(M, find('Snooze a week', 'attention'));
    expect(plainText(out[0]!.blocks)).toContain('Snoozed');

    const kinds = async (at: string) => (await buildDigest(services, settings, M, new Date(at))).map((i) => i.kind).sort();
    expect(await kinds('2026-03-10T09:00:00Z')).toEqual(['action', 'appraisal']); // Bea's overdue appraisal and her action remain
    // After the week, the snoozed item comes back (it is still within 14 days of the answer); the acknowledged one does not.
    expect(await kinds('2026-03-16T10:00:00Z')).toEqual(['action', 'appraisal', 'attention']);
  });

  it('refuses a press from someone who is not the report\'s manager, and changes nothing', async () => {
    await seed();
    await scheduler.tick(now);
    const buttons = choicesIn(messenger.to(M)[0]!);
    const appraisal = buttons.find((c) => c.label === 'Mark done' && c.value?.['k'] === 'appraisal' && c.value?.['u'] === A)!;
    const missed = buttons.find((c) => c.label === 'Snooze a week' && c.value?.['k'] === 'missed')!;
    const action = buttons.find((c) => c.label === 'Mark done' && c.value?.['k'] === 'action')!;
    for (const c of [appraisal, missed, action]) {
      const out = await bot.handle({ platform: 'teams', userKey: N, conversationKey: 'c-n', action: { id: c.action, value: c.value ?? {} } });
      expect(plainText(out[0]!.blocks)).toContain('not one of your reports');
    }
    // A forged value naming N's own report under M's item kinds cannot reach M's data either.
    const forged = { ...appraisal, value: { ...appraisal.value!, u: B } };
    await bot.handle({ platform: 'teams', userKey: N, conversationKey: 'c-n', action: { id: forged.action, value: forged.value } });
    expect((await store.profiles.get(A))?.appraisalDue).toBe('2026-03-20');
    expect((await store.profiles.get(B))?.appraisalDue).toBe('2026-02-27');
    expect((await store.reminders.listForUser(N)).filter((r) => r.payload['mark'])).toHaveLength(0);
    expect(await buildDigest(services, settings, M, now)).toHaveLength(6);
  });

  it('keeps to the manager\'s own working hours', async () => {
    await seed();
    await store.profiles.put(profile(M, { workingPattern: { days: [1, 2, 3, 4, 5], start: '13:00', end: '21:00', quietOnBankHolidays: true } }));
    await scheduler.tick(now);
    expect(messenger.to(M)).toHaveLength(0);
    expect((await store.reminders.get(`digest|${M}|2026-03-09`))?.dueAt).toBe('2026-03-09T13:00:00.000Z');
    now = new Date('2026-03-09T13:00:00Z');
    await scheduler.tick(now);
    expect(messenger.to(M)).toHaveLength(1);
  });

  it('says what content/wording/digest.yaml says', async () => {
    const changed = await editedContent(join(dir, 'content'), {
      'wording/digest.yaml': [
        ["appraisalDue: '{name}: appraisal due on {date}.'", "appraisalDue: '{name}: appraisal meeting due by {date}.'"],
        ['  done: Mark done', '  done: Done it'],
      ],
    });
    const withChanged: Services = { ...services, content: changed };
    const composed = composeForTest(withChanged, { ...testSettings(), scheduler: settings });
    await seed();
    await buildScheduler(withChanged, settings, composed.reminders, { sleep: async () => undefined }).tick(now);
    const digest = messenger.to(M)[0]!;
    expect(plainText(digest.blocks)).toContain('alex@example.nhs.uk: appraisal meeting due by Friday 20 March 2026.');
    expect(plainText(digest.blocks)).not.toContain('appraisal due on');
    expect(choicesIn(digest).map((c) => c.label)).toContain('Done it');
    expect(choicesIn(digest).map((c) => c.label)).not.toContain('Mark done');
  });
});
