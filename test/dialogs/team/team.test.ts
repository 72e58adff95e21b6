/**
 * "My team" through the real Bot (every feature composed), a real LowStore and
 * the real content: two managers each see only their own reports, by name; a
 * preceptor sees only their preceptee and only what was passed to them; a
 * concern passed to the preceptor is not in the line manager's view or digest;
 * every view is audited; the buttons check who is pressing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LowStore } from '../../../src/store/lowdb.js';
import { loadContent } from '../../../src/content/load.js';
import { defaultContentDir } from '../../../src/paths.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { buildScheduler } from '../../../src/scheduler/index.js';
import { buildDigest } from '../../../dialogs/digest/digest.js';
import { checkinReminderId } from '../../../dialogs/checkins/plan.js';
import { Bot } from '../../../src/core/runtime.js';
import { composeForTest, testSettings } from '../../helpers/bot.js';
import { plainText, type Choice, type OutboundMessage } from '../../../src/core/messages.js';
import type { Services } from '../../../src/core/dialog.js';
import type { Auditor } from '../../../src/core/audit.js';
import type { Content } from '../../../src/content/model.js';
import type { CareerPlan, CheckinAnswer, Enrolment, Profile, Reminder } from '../../../src/store/ports.js';
import type { Scheduler } from '../../../src/scheduler/scheduler.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';
import { RecordingMessenger } from '../../helpers/messenger.js';

const settings = loadConfig({ NODE_ENV: 'test' }).scheduler;


const M = 'teams:29:manager-m';
const N = 'teams:29:manager-n';
const P = 'teams:29:preceptor-p';
const A = 'teams:29:alex';
const B = 'teams:29:bea';
const C = 'teams:29:cal';
const at = '2026-02-01T00:00:00.000Z';

const choicesIn = (m: OutboundMessage): Choice[] => m.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : []));

describe('my team', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  let messenger: RecordingMessenger;
  let audit: Array<{ action: string; actor: string; subject?: string; detail?: Record<string, unknown> }>;
  let now: Date;
  let services: Services;
  let bot: Bot;
  let scheduler: Scheduler;

  beforeEach(async () => {
    content ??= await loadContent(defaultContentDir);
    dir = await tempDir();
    store = await LowStore.open(dir);
    messenger = new RecordingMessenger();
    audit = [];
    const auditor: Auditor = { record: async (action, actor, subject, detail) => void audit.push({ action, actor, ...(subject ? { subject } : {}), ...(detail ? { detail } : {}) }) };
    now = new Date('2026-03-09T10:00:00Z');
    services = { store, log: createLogger('silent'), clock: () => now, content, messenger, timeZone: 'Europe/London', audit: auditor };
    const composed = composeForTest(services, { ...testSettings(), scheduler: settings });
    bot = composed.bot;
    scheduler = buildScheduler(services, settings, composed.reminders, { sleep: async () => undefined });
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  const profile = (userKey: string, p: Partial<Profile>): Profile => ({ userKey, platform: 'teams', createdAt: at, updatedAt: at, ...p });
  const enrolment = (userKey: string, programmeId: string, e: Partial<Enrolment>): Enrolment => ({
    id: `${programmeId}|${userKey}`,
    subject: userKey,
    userKey,
    programmeId,
    startDate: '2026-02-23',
    enrolledBy: 'csv',
    status: 'active',
    createdAt: at,
    updatedAt: at,
    ...e,
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
  const pending = (e: Enrolment, checkinId: string, dueAt: string): Reminder => ({
    id: checkinReminderId(e.id, checkinId),
    kind: 'checkin',
    userKey: e.userKey!,
    dueAt,
    originalDueAt: dueAt,
    state: 'pending',
    attempts: 0,
    payload: { enrolmentId: e.id, programmeId: e.programmeId, checkinId },
    updatedAt: at,
  });

  /** M manages Alex and Bea (Bea's preceptor is P); N manages Cal. */
  async function seed() {
    const ea = enrolment(A, 'new-starter-induction', { managerKey: M, displayName: 'Alex Smith' });
    const eb = enrolment(B, 'preceptorship-nursing-core', { managerKey: M, preceptorKey: P, startDate: '2026-02-09', displayName: 'Bea Jones' });
    const ec = enrolment(C, 'new-starter-induction', { managerKey: N, displayName: 'Cal Brown' });
    for (const e of [ea, eb, ec]) await store.enrolments.put(e);
    await store.profiles.put(profile(A, { managerKey: M, appraisalDue: '2026-03-20', lastCareerConversation: '2025-06-01T10:00:00.000Z' }));
    await store.profiles.put(profile(B, { managerKey: M, appraisalDue: '2026-09-01' }));
    await store.profiles.put(profile(C, { managerKey: N, appraisalDue: '2026-03-12' }));
    // Alex: two ratings passed to M, going up.
    await store.checkins.put(answer(ea, 'day-1', { rating: 2, escalatedTo: M, supportRequested: true, answeredAt: '2026-02-23T11:00:00.000Z' }));
    await store.checkins.put(answer(ea, 'week-1', { rating: 4, escalatedTo: M, answeredAt: '2026-03-02T11:00:00.000Z' }));
    // Bea: a low rating and a request for support, passed to her preceptor only, with her words.
    await store.checkins.put(answer(eb, 'first-meeting', { rating: 2, supportRequested: true, shareWords: true, escalatedTo: P, text: { need: 'BEA PRIVATE WORDS' } }));
    await store.reminders.insertNew([pending(ea, 'week-4', '2026-03-23T10:00:00.000Z'), pending(eb, 'mid-point', '2026-03-12T10:00:00.000Z')]);
    // Cal: a low rating passed to N, and a plan shared with N.
    await store.checkins.put(answer(ec, 'week-1', { rating: 1, escalatedTo: N }));
    const plan: CareerPlan = {
      id: `${C}|2026-02-10T10:00:00.000Z`,
      userKey: C,
      startedAt: '2026-02-10T10:00:00.000Z',
      answers: {},
      options: [],
      needs: {},
      actions: [{ id: 'c1', text: 'Shadow a band 5 nurse' }],
      sharedWith: { managerKey: N, at: '2026-02-10T11:00:00.000Z' },
    };
    await store.plans.put(plan);
    return { ea, eb, ec };
  }

  const say = async (userKey: string, text: string) => plainText((await bot.handle({ platform: 'teams', userKey, conversationKey: `c-${userKey}`, text }))[0]!.blocks);

  it('shows each manager only their own reports, by name, with what they agreed to share', async () => {
    await seed();
    const out = await bot.handle({ platform: 'teams', userKey: M, conversationKey: 'c-m', text: 'how is my team doing' });
    const text = plainText(out[0]!.blocks);
    expect(text).toContain('Your team');
    expect(text).toContain('Alex Smith (your line report)');
    expect(text).toContain('Bea Jones (your line report)');
    expect(text).toContain('New starter induction');
    expect(text).toMatch(/Week 3: 2 of \d+ check-ins answered/);
    expect(text).toContain('"One month in" on Monday 23 March 2026');
    expect(text).toContain('2, 4 out of 5 (going up)');
    expect(text).toContain('Friday 20 March 2026');
    expect(text).toContain('Due now (the last one was on Sunday 1 June 2025)');
    // Bea passed her concern to her preceptor, not to M: M sees no rating and no concern.
    expect(text).not.toContain('BEA PRIVATE WORDS');
    expect(text).not.toContain('Your first two weeks" check-in needs attention');
    expect(text).not.toMatch(/Bea Jones[\s\S]*Ratings shared with you: 2/);
    // Never N's report.
    expect(text).not.toContain('Cal');
    expect(text).not.toContain('Shadow a band 5 nurse');
    const labels = choicesIn(out[0]!).map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['Remind me about a career conversation with Alex Smith', 'Send Bea Jones a gentle nudge', 'Enrol someone']));
    // Each person shown is one audit line.
    expect(audit.filter((a) => a.action === 'view' && a.actor === M).map((a) => [a.subject, a.detail?.['via']])).toEqual(
      expect.arrayContaining([[A, 'team'], [B, 'team']]),
    );
    expect(audit.some((a) => a.actor === M && a.subject === C)).toBe(false);

    const textN = await say(N, 'my reports');
    expect(textN).toContain('Cal Brown (your line report)');
    expect(textN).toContain('1 out of 5 (only one so far)');
    expect(textN).toContain('Shadow a band 5 nurse');
    expect(textN).not.toContain('Alex');
    expect(textN).not.toContain('Bea');
  });

  it('answers "how is Sam doing" about that person only', async () => {
    await seed();
    const text = await say(M, 'How is Alex doing?');
    expect(text).toContain('How Alex Smith is getting on');
    expect(text).not.toContain('Bea Jones');
    // A name that is not in the asker's team: said plainly, then their own people; never someone else's.
    const cal = await say(M, 'how is Cal doing');
    expect(cal).toContain('I could not find "Cal" among the people you support. Here is everyone.');
    expect(cal).not.toContain('Cal Brown');
    expect(cal).toContain('Alex Smith');
    // Not a name, or asked by someone who supports nobody: left to the rest of the bot.
    expect(await say(M, 'how is my course doing')).not.toContain('among the people you support');
    expect(await say(A, 'how is Bea doing')).not.toContain('among the people you support');
  });

  it('shows a preceptor only their preceptee, with what was passed to them', async () => {
    await seed();
    const text = await say(P, 'How is my preceptee doing?');
    expect(text).toContain('Bea Jones (your preceptee)');
    expect(text).toContain('2 out of 5 (only one so far)');
    expect(text).toContain('needs attention');
    expect(text).toContain('BEA PRIVATE WORDS');
    // Line-manager matters are not shown to a preceptor.
    expect(text).not.toContain('Appraisal');
    expect(text).not.toContain('Alex');
  });

  it('keeps a concern passed to the preceptor out of the line manager\'s digest', async () => {
    await seed();
    const forM = await buildDigest(services, settings, M, now);
    expect(forM.filter((i) => i.kind === 'attention').map((i) => i.subjectKey)).toEqual([A, A]);
    // The digest names people.
    expect(forM.map((i) => i.text)).toContainEqual('Alex Smith: the "Your first day" check-in needs attention (confidence 2 out of 5, asked for support).');
    const forP = await buildDigest(services, settings, P, now);
    expect(forP.filter((i) => i.kind === 'attention').map((i) => i.text)).toEqual([expect.stringContaining('Bea Jones')]);
  });

  it('tells the preceptor when the person says yes, and keeps it out of the line manager\'s view and digest', async () => {
    const eb = enrolment(B, 'preceptorship-nursing-core', { managerKey: M, preceptorKey: P, startDate: '2026-03-02', displayName: 'Bea Jones' });
    await store.enrolments.put(eb);
    await store.reminders.insertNew([{ ...pending(eb, 'first-meeting', '2026-03-09T10:00:00.000Z'), state: 'sent', sentAt: '2026-03-09T10:00:00.000Z' }]);
    const turn = async (input: { text?: string; action?: { id: string; value: Record<string, string> } }) =>
      (await bot.handle({ platform: 'teams', userKey: B, conversationKey: 'c-b', ...input })).map((m) => plainText(m.blocks)).join('\n');
    let reply = await turn({ action: { id: 'checkin.rate', value: { e: eb.id, c: 'first-meeting', r: '2' } } });
    for (let i = 0; i < 8 && !reply.includes('Can I pass on what you wrote'); i++) {
      reply = await turn({ text: reply.includes('get in touch?') ? 'yes' : reply.includes('yes or no') || (/\?\s*$/.test(reply) && !reply.includes('Type your answer')) ? 'no' : 'I have not had my rota yet' });
    }
    expect(reply).toContain('Can I pass on what you wrote');
    reply = await turn({ text: 'pass on my words' });
    expect(reply).toContain('Nobody else has been told.');
    // The preceptor was told; the line manager was sent nothing.
    expect(messenger.to(P)).toHaveLength(1);
    expect(plainText(messenger.to(P)[0]!.blocks)).toContain('would like some support');
    expect(messenger.to(M)).toHaveLength(0);
    // And the line manager's view and digest do not show it either.
    const view = await say(M, 'my team');
    expect(view).toContain('Bea Jones (your line report)');
    expect(view).not.toContain('needs attention');
    expect(view).toContain('Ratings shared with you: None shared with you');
    expect((await buildDigest(services, settings, M, now)).filter((i) => i.kind === 'attention')).toEqual([]);
    // The preceptor's view shows it, with her words.
    const forP = await say(P, 'how is my preceptee doing');
    expect(forP).toContain('needs attention (confidence 2 out of 5, asked for support)');
    expect(forP).toContain('I have not had my rota yet');
  });

  it('puts "My team" first in help for managers and preceptors, and not for others', async () => {
    await seed();
    for (const who of [M, P]) {
      const out = (await bot.handle({ platform: 'teams', userKey: who, conversationKey: `c-${who}`, text: 'help' }))[0]!;
      expect(choicesIn(out)[0]?.label).toBe('My team');
      expect(plainText(out.blocks)).toContain('For you as a manager, preceptor or admin:');
    }
    expect(await say(M, 'help')).toContain('How is my team doing?');
    expect(await say(P, 'help')).toContain('How is my preceptee doing?');
    const other = (await bot.handle({ platform: 'teams', userKey: A, conversationKey: 'c-a', text: 'help' }))[0]!;
    expect(choicesIn(other).map((c) => c.label)).not.toContain('My team');
    expect(plainText(other.blocks)).not.toContain('For you as a manager');
  });

  it('puts the programme report first in help for an admin', async () => {
    const admin = 'teams:29:admin';
    const composed = composeForTest(services, { ...testSettings({ ADMIN_USERS: admin }), scheduler: settings });
    const out = (await composed.bot.handle({ platform: 'teams', userKey: admin, conversationKey: 'c-admin', text: 'help' }))[0]!;
    expect(choicesIn(out)[0]?.label).toBe('Programme report');
  });

  it('gives someone with no reports a short answer and a way to enrol someone', async () => {
    const out = await bot.handle({ platform: 'teams', userKey: 'teams:29:nobody', conversationKey: 'c', text: 'my team' });
    expect(plainText(out[0]!.blocks)).toContain('I do not have anyone down as your line report or preceptee yet');
    expect(choicesIn(out[0]!).map((c) => c.label)).toContain('Enrol someone');
    expect(audit).toHaveLength(0);
  });

  it('sends a gentle nudge and sets a career reminder only for the presser\'s own reports', async () => {
    await seed();
    const view = (await bot.handle({ platform: 'teams', userKey: M, conversationKey: 'c-m', text: 'my team', userName: 'Jo Manager' }))[0]!;
    const nudge = choicesIn(view).find((c) => c.label === 'Send Bea Jones a gentle nudge')!;
    const career = choicesIn(view).find((c) => c.label === 'Remind me about a career conversation with Alex Smith')!;
    // N cannot use M's buttons.
    for (const c of [nudge, career]) {
      const out = await bot.handle({ platform: 'teams', userKey: N, conversationKey: 'c-n', action: { id: c.action, value: c.value ?? {} } });
      expect(plainText(out[0]!.blocks)).toContain('not someone you support');
    }
    expect(messenger.sent).toHaveLength(0);
    const nudged = await bot.handle({ platform: 'teams', userKey: M, conversationKey: 'c-m', userName: 'Jo Manager', action: { id: nudge.action, value: nudge.value ?? {} } });
    expect(plainText(nudged[0]!.blocks)).toContain('I have sent Bea Jones a short, friendly message');
    expect(plainText(messenger.to(B)[0]!.blocks)).toContain('Jo Manager asked me to say they are thinking of you');
    const set = await bot.handle({ platform: 'teams', userKey: M, conversationKey: 'c-m', action: { id: career.action, value: career.value ?? {} } });
    expect(plainText(set[0]!.blocks)).toContain('I will remind you on Monday 16 March 2026 to have a career conversation with Alex Smith.');
    now = new Date('2026-03-16T10:00:00Z');
    await scheduler.tick(now);
    expect(messenger.to(M).map((m) => plainText(m.blocks))).toContainEqual(expect.stringContaining('A reminder you asked for: a career conversation with Alex Smith.'));
  });
});
