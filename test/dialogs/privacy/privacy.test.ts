/**
 * Data protection, as platform-free transcripts: a Bot built with the real
 * dialogs over a real LowStore in a temporary folder, the real content, and
 * the real auditor. Checks are made on what the bot says, on the store, on
 * the raw data files and on the raw audit log.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { editedContent } from '../../helpers/content.js';
import { Bot } from '../../../src/core/runtime.js';
import type { Services } from '../../../src/core/dialog.js';
import { plainText, type Block, type Choice, type InboundMessage, type OutboundMessage } from '../../../src/core/messages.js';
import { LowStore } from '../../../src/store/lowdb.js';
import { createLogger } from '../../../src/log.js';
import { loadContent } from '../../../src/content/load.js';
import type { Content } from '../../../src/content/model.js';
import { defaultContentDir } from '../../../src/paths.js';
import { dialogBot, testSettings } from '../../helpers/bot.js';
import { Pseudonymiser } from '../../../src/store/pseudonym.js';
import { PseudonymousAuditor, formatDetail } from '../../../src/privacy/auditor.js';
import { exportPerson, recordCounts } from '../../../src/privacy/export.js';
import { retentionPlanner } from '../../../dialogs/privacy/retention.js';
import { privacyMode } from '../../../dialogs/privacy/privacy.js';
import { recordDisclosure, recordViews } from '../../../src/core/audit.js';
import { loadConfig } from '../../../src/config.js';
import type { AuditEntry, CheckinAnswer, Enrolment, Reminder } from '../../../src/store/ports.js';
import { journalFileText, readJournal } from '../../helpers/journal.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';

const ME = 'teams:29:me-4471';
const ALIAS = 'aad:00000000-0000-0000-0000-00000000beef';
const REPORT = 'teams:29:report-1';
const OTHER = 'teams:29:other-9';
const ADMIN = 'slack:T1:UADMIN';
const NOW = new Date('2026-11-21T10:00:00Z');
const SECRET_WORDS = 'zebra-quartz-4471';
const REPORT_WORDS = 'pelican-granite-88';

describe('privacy: access, erasure, retention and the admin report', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  let bot: Bot;
  let services: Services;
  let last: OutboundMessage[] = [];
  let programmeId: string;
  let checkinIds: string[];
  const pseudonyms = new Pseudonymiser(Buffer.from('a-test-key-of-thirty-two-bytes!!'));

  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
    const p = [...content.programmes.values()].find((x) => x.checkins.length >= 3)!;
    programmeId = p.id;
    checkinIds = p.checkins.map((c) => c.id);
  });

  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    services = {
      store,
      log: createLogger('silent'),
      clock: () => NOW,
      content,
      timeZone: 'Europe/London',
      messenger: { send: async () => ({ status: 'failed', reason: 'not used in this test' }) },
    };
    services.audit = new PseudonymousAuditor(store.audit, pseudonyms, services.clock);
    bot = dialogBot(services, testSettings({ ADMIN_USERS: ADMIN, CHECKIN_TEXT_RETENTION_DAYS: '365' }));
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  const msg = (user: string, m: Partial<InboundMessage>): InboundMessage => ({
    platform: user.startsWith('slack:') ? 'slack' : 'teams',
    userKey: user,
    conversationKey: `conv:${user}`,
    ...m,
  });
  const text = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n---\n');
  const blocks = (out: OutboundMessage[]): Block[] => out.flatMap((o) => o.blocks);
  const choices = (out: OutboundMessage[]): Choice[] => blocks(out).flatMap((b) => (b.type === 'choices' ? b.choices : []));
  const say = async (t: string, user = ME) => {
    last = await bot.handle(msg(user, { text: t }));
    return text(last);
  };
  const press = async (label: string, user = ME, extra: Record<string, string> = {}) => {
    const c = choices(last).find((x) => x.label === label);
    if (!c) throw new Error(`No button "${label}" in: ${choices(last).map((x) => x.label).join(', ')}`);
    last = await bot.handle(msg(user, { action: { id: c.action, value: { ...(c.value ?? {}), ...extra } } }));
    return text(last);
  };
  const attachment = () => last.flatMap((o) => o.attachments ?? [])[0];
  const auditLines = async (): Promise<AuditEntry[]> => {
    const raw = await readFile(join(dir, 'audit.log'), 'utf8').catch(() => '');
    return raw
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as AuditEntry);
  };
  /** Each data file's lines (up to the space kept for appends). */
  const rawEach = async () => Promise.all(['career-companion.jsonl', 'reminders.jsonl'].map((f) => journalFileText(join(dir, f))));
  /** The data files whole, kept space and all. */
  const rawFiles = async () => (await Promise.all(['career-companion.jsonl', 'reminders.jsonl'].map((f) => readFile(join(dir, f), 'utf8')))).join('\n');
  /** The records the data files hold once their journals are replayed. */
  const liveData = async () => ({
    people: await readJournal(join(dir, 'career-companion.jsonl'), ['profiles', 'dialogs', 'refs', 'enrolments', 'checkins', 'plans']),
    reminders: await readJournal(join(dir, 'reminders.jsonl'), ['reminders']),
  });

  const enrolment = (subject: string, extra: Partial<Enrolment> = {}): Enrolment => ({
    id: `${programmeId}|${subject}`,
    subject,
    userKey: subject,
    programmeId,
    startDate: '2026-09-01',
    enrolledBy: 'csv',
    status: 'active',
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    ...extra,
  });
  const answer = (e: Enrolment, checkinId: string, extra: Partial<CheckinAnswer> = {}): CheckinAnswer => ({
    id: `${e.id}|${checkinId}`,
    userKey: e.userKey!,
    enrolmentId: e.id,
    programmeId,
    checkinId,
    rating: 4,
    text: {},
    items: {},
    supportRequested: false,
    shareWords: false,
    answeredAt: '2026-11-01T09:00:00.000Z',
    ...extra,
  });
  const reminder = (e: Enrolment, checkinId: string, state: Reminder['state']): Reminder => ({
    id: `checkin|${e.id}|${checkinId}`,
    kind: 'checkin',
    userKey: e.userKey ?? e.subject,
    dueAt: '2026-11-01T10:00:00.000Z',
    originalDueAt: '2026-11-01T10:00:00.000Z',
    state,
    attempts: state === 'sent' ? 1 : 0,
    payload: { enrolmentId: e.id, programmeId, checkinId },
    updatedAt: NOW.toISOString(),
  });

  /** Me: every kind of record. A report: names me as manager and preceptor, and shared a plan with me. */
  async function seed(): Promise<void> {
    const at = NOW.toISOString();
    await store.profiles.put({ userKey: ME, platform: 'teams', createdAt: at, updatedAt: at, roleId: 'hcsw-band-2', band: '2', area: SECRET_WORDS, aliases: [ALIAS], onboarded: true });
    await store.refs.put({ userKey: ME, platform: 'teams', ref: { conversation: { id: 'a:conv-me' }, user: { id: '29:me-4471' } }, aliases: [ALIAS], updatedAt: at });
    await store.dialogs.put(ME, 'teams:a:other-chat', { dialog: 'profile', step: 'area', data: { note: SECRET_WORDS }, history: [], misses: 0, updatedAt: at });
    await store.plans.put({ id: `${ME}|${at}`, userKey: ME, startedAt: at, answers: { hopes: SECRET_WORDS }, options: [], needs: {}, actions: [{ id: 'a1', text: SECRET_WORDS }] });
    const mine = enrolment(ME);
    await store.enrolments.put(mine);
    // An enrolment a bulk import made by my Entra id, before I messaged the bot.
    await store.enrolments.put(enrolment(ALIAS, { id: `other-programme|${ALIAS}`, programmeId: 'other-programme', userKey: undefined as never }));
    await store.checkins.put(answer(mine, checkinIds[0]!, { text: { 'going-well': SECRET_WORDS } }));
    await store.reminders.insertNew([reminder(mine, checkinIds[1]!, 'pending')]);

    await store.profiles.put({ userKey: REPORT, platform: 'teams', createdAt: at, updatedAt: at, band: '3', managerKey: ME, managerName: 'Mina Manager' });
    const theirs = enrolment(REPORT, { managerKey: ME, preceptorKey: ME, enrolledBy: ME });
    await store.enrolments.put(theirs);
    await store.checkins.put(answer(theirs, checkinIds[0]!, { rating: 1, supportRequested: true, escalatedTo: ME, text: { need: REPORT_WORDS } }));
    await store.plans.put({ id: `${REPORT}|${at}`, userKey: REPORT, startedAt: at, answers: { hopes: REPORT_WORDS }, options: [], needs: {}, actions: [], sharedWith: { managerKey: ME, at } });
  }

  it('sends people who ask to the right part of "your data"', () => {
    expect(privacyMode(content, { mode: 'erase', text: 'what do you hold about me' })).toBe('erase');
    expect(privacyMode(content, { text: 'please delete all my data' })).toBe('erase');
    expect(privacyMode(content, { text: 'I want a copy of my data' })).toBe('export');
    expect(privacyMode(content, { text: 'can my manager see this?' })).toBe('overview');
    expect(privacyMode(content, { text: 'how do I delete my data' })).toBe('overview');
  });

  it('"what do you hold about me" shows every kind of record, grouped, with the whole lot as a JSON file', async () => {
    await seed();
    const reply = await say('What do you hold about me?');
    for (const heading of ['What I hold about you', 'Your profile', 'Where you are in our conversations', 'Your career plans', 'Programmes you are on', 'Your check-ins', 'Messages I plan to send you', 'How I can message you', 'Where others name you']) {
      expect(reply).toContain(heading);
    }
    expect(reply).toContain('Healthcare support worker');
    expect(reply).toContain('no password or secret');
    expect(reply).toContain('1 of them include your own words. I delete those words 365 days after you wrote them.');
    // The profile is shown as saved; longer words (plan answers, check-in words) are counted, and are in the file.
    expect(reply).toContain(`Area of work: ${SECRET_WORDS}`);
    expect(reply.split(SECRET_WORDS)).toHaveLength(2);
    expect(choices(last).map((c) => c.label)).toContain('Delete my data');

    const file = attachment()!;
    expect(file.filename).toBe('my-data-2026-11-21.json');
    expect(file.contentType).toBe('application/json');
    const data = JSON.parse(file.content);
    expect(data.userKey).toBe(ME);
    expect(data.profile.area).toBe(SECRET_WORDS);
    expect(data.conversations.map((c: any) => c.conversationKey)).toContain('teams:a:other-chat');
    expect(data.conversationReference.ref.conversation.id).toBe('a:conv-me');
    expect(data.plans).toHaveLength(1);
    expect(data.enrolments.map((e: any) => e.subject).sort()).toEqual([ALIAS, ME].sort());
    expect(data.checkinAnswers[0].text['going-well']).toBe(SECRET_WORDS);
    expect(data.reminders).toHaveLength(1);
    expect(data.namedAsSupporter).toEqual({ profiles: 1, enrolments: 1, sharedPlans: 1 });
    // Colleagues' records are theirs: only counts.
    expect(file.content).not.toContain(REPORT);
    expect(file.content).not.toContain(REPORT_WORDS);

    const lines = await auditLines();
    const exp = lines.filter((l) => l.action === 'export');
    expect(exp).toHaveLength(1);
    expect(exp[0]!.actor).toBe(pseudonyms.of(ME));
    expect(exp[0]!.subject).toBe(pseudonyms.of(ME));
    expect(exp[0]!.detail).toContain('plans=1');
  });

  it('"delete my data" explains and asks first; "No" keeps everything', async () => {
    await seed();
    const before = recordCounts(await exportPerson(store, ME, NOW));
    const raw = await rawEach();
    const live = await liveData();
    const prompt = await say('delete my data');
    expect(prompt).toContain('Delete everything I hold about you?');
    expect(prompt).toContain("What I keep: the audit log's lines about you");
    expect(choices(last).map((c) => c.label)).toEqual(['Yes, delete everything', 'No, keep it']);
    expect(await press('No, keep it')).toContain('Nothing has been deleted');
    expect(recordCounts(await exportPerson(store, ME, NOW))).toEqual(before);
    // The journals only grew (the question's own dialog state came and went): nothing
    // was rewritten or deleted, and every record reads back exactly as before.
    const after = await rawEach();
    after.forEach((text, i) => expect(text.startsWith(raw[i]!)).toBe(true));
    expect(await liveData()).toEqual(live);
    expect((await auditLines()).some((l) => l.action === 'erasure')).toBe(false);
  });

  it('a plain "yes" is not enough; "Yes, delete everything" removes everything, leaves no state, and a later export is empty', async () => {
    await seed();
    // Something paused in this conversation too: erasure must not write it back.
    await say('change my role');
    expect(await store.dialogs.get(ME, `conv:${ME}`)).toBeDefined();

    await say('forget me');
    expect(await say('yes')).toContain('type "yes delete"');
    expect(await store.profiles.get(ME)).toBeDefined();
    const done = await press('Yes, delete everything');
    expect(done).toContain('Your data is deleted');
    expect(done).toMatch(/\d+ records/);

    // Nothing in the store or the raw files names me or my alias, or holds what I wrote.
    const raw = await rawFiles();
    expect(raw).not.toContain(ME);
    expect(raw).not.toContain('me-4471');
    expect(raw).not.toContain(ALIAS);
    expect(raw).not.toContain(SECRET_WORDS);
    expect(await store.dialogs.get(ME, `conv:${ME}`)).toBeUndefined();
    expect(await store.dialogs.listForUser(ME)).toEqual([]);
    expect(await store.refs.get(ME)).toBeUndefined();
    expect(await store.enrolments.list()).toHaveLength(1);

    // The report keeps their own data, without the link to me.
    const report = await store.profiles.get(REPORT);
    expect(report?.band).toBe('3');
    expect(report?.managerKey).toBeUndefined();
    expect(report?.managerName).toBeUndefined();
    const theirs = (await store.enrolments.listForUser(REPORT))[0]!;
    expect(theirs.managerKey).toBeUndefined();
    expect(theirs.preceptorKey).toBeUndefined();
    expect(theirs.enrolledBy).toBe('erased');
    const theirAnswer = (await store.checkins.listForUser(REPORT))[0]!;
    expect(theirAnswer.escalatedTo).toBeUndefined();
    expect(theirAnswer.text['need']).toBe(REPORT_WORDS);
    expect((await store.plans.listForUser(REPORT))[0]!.sharedWith).toBeUndefined();

    // The audit log says an erasure happened, under a pseudonym, with counts only.
    const auditRaw = await readFile(join(dir, 'audit.log'), 'utf8');
    expect(auditRaw).not.toContain(ME);
    expect(auditRaw).not.toContain('me-4471');
    expect(auditRaw).not.toContain(SECRET_WORDS);
    const erasure = (await auditLines()).filter((l) => l.action === 'erasure');
    expect(erasure).toHaveLength(1);
    expect(erasure[0]!.actor).toMatch(/^p_[A-Za-z0-9_-]{16}$/);
    expect(erasure[0]!.subject).toBe(pseudonyms.of(ME));
    expect(erasure[0]!.detail).toMatch(/^profile=1 conversations=\d+ plans=1 checkins=1 reminders=1 enrolments=2 reference=1 unlinked=\d+ copies=\d+$/);

    // Asking again: nothing held.
    expect(await say('what do you hold about me')).toContain('I hold nothing about you.');
    expect(JSON.parse(attachment()!.content).profile).toBeNull();
    // As the channels do, the reference is saved when the person messages again: the reply says so.
    await store.refs.put({ userKey: ME, platform: 'teams', ref: { conversation: { id: 'a:conv-me' } }, updatedAt: NOW.toISOString() });
    expect(await say('what do you hold about me')).toContain('Nothing, apart from how to message you.');
  });

  it('typed "yes delete" works too', async () => {
    await seed();
    await say('delete my data');
    expect(await say('yes delete')).toContain('Your data is deleted');
    expect(await store.profiles.get(ME)).toBeUndefined();
  });

  it('never shows someone\'s data in a group chat, where others would see it', async () => {
    await seed();
    last = await bot.handle(msg(ME, { text: 'what do you hold about me', isDirect: false, conversationKey: 'teams:19:group' }));
    expect(text(last)).toContain('I only show your data in a one-to-one chat with me');
    expect(text(last)).not.toContain(SECRET_WORDS);
    expect(last.flatMap((o) => o.attachments ?? [])).toEqual([]);
    expect((await auditLines()).some((l) => l.action === 'export')).toBe(false);
  });

  it('nobody can export or erase someone else\'s data with a forged button value or words', async () => {
    await seed();
    await store.profiles.put({ userKey: OTHER, platform: 'teams', createdAt: 'x', updatedAt: 'x', band: '5' });
    await store.plans.put({ id: `${OTHER}|x`, userKey: OTHER, startedAt: 'x', answers: {}, options: [], needs: {}, actions: [] });

    // A forged "start" carrying another person's key exports only the sender.
    last = await bot.handle(msg(ME, { action: { id: 'start', value: { dialog: 'privacy', mode: 'export', userKey: OTHER, user: OTHER, subject: OTHER } } }));
    const data = JSON.parse(attachment()!.content);
    expect(data.userKey).toBe(ME);
    expect(attachment()!.content).not.toContain(OTHER);

    // Words naming someone else still mean the sender.
    await say(`delete all the data of ${OTHER}`);
    last = await bot.handle(msg(ME, { action: { id: 'privacy/confirm', value: { answer: 'yes delete', userKey: OTHER } } }));
    expect(text(last)).toContain('Your data is deleted');
    expect(await store.profiles.get(ME)).toBeUndefined();
    expect((await store.profiles.get(OTHER))?.band).toBe('5');
    expect(await store.plans.listForUser(OTHER)).toHaveLength(1);

    // The confirm button pressed by someone who was never asked does nothing to anyone.
    last = await bot.handle(msg(OTHER, { action: { id: 'privacy/confirm', value: { answer: 'yes delete' } } }));
    expect((await store.profiles.get(OTHER))?.band).toBe('5');
  });

  it('retention deletes only check-in free text older than the limit, once a day, and audits the count', async () => {
    const e = enrolment(REPORT);
    await store.enrolments.put(e);
    await store.checkins.put(answer(e, checkinIds[0]!, { rating: 2, text: { need: 'old words' }, answeredAt: '2025-10-01T09:00:00.000Z' }));
    await store.checkins.put(answer(e, checkinIds[1]!, { rating: 4, text: { need: 'new words' }, answeredAt: '2026-11-01T09:00:00.000Z' }));

    const plan = retentionPlanner(services, 365);
    expect(await plan(NOW)).toEqual([]);
    const [old, recent] = [await store.checkins.get(`${e.id}|${checkinIds[0]}`), await store.checkins.get(`${e.id}|${checkinIds[1]}`)];
    expect(old?.text).toEqual({});
    expect(old?.rating).toBe(2);
    expect(recent?.text).toEqual({ need: 'new words' });

    await plan(new Date(NOW.getTime() + 60_000));
    // A restart the same day: a new planner finds today's record in the audit log.
    await retentionPlanner(services, 365)(new Date(NOW.getTime() + 120_000));
    let purges = (await auditLines()).filter((l) => l.action === 'retention-purge');
    expect(purges).toHaveLength(1);
    expect(purges[0]).toMatchObject({ actor: 'system', detail: 'answers=1 days=365' });

    // Next day it runs again (nothing left to purge at 30 days? the recent one is 20 days old).
    await retentionPlanner(services, 10)(new Date('2026-11-22T10:00:00Z'));
    purges = (await auditLines()).filter((l) => l.action === 'retention-purge');
    expect(purges).toHaveLength(2);
    expect(purges[1]!.detail).toBe('answers=1 days=10');
    expect((await store.checkins.get(`${e.id}|${checkinIds[1]}`))?.text).toEqual({});
  });

  it('the programme report shows admins numbers only, and politely refuses everyone else without auditing', async () => {
    await seed();
    const people = ['teams:29:p1', 'teams:29:p2', 'teams:29:p3'];
    for (const [i, p] of people.entries()) {
      const e = enrolment(p, { status: i === 2 ? 'paused' : 'active' });
      await store.enrolments.put(e);
      await store.profiles.put({ userKey: p, platform: 'teams', createdAt: 'x', updatedAt: 'x', managerName: 'Priya Person' });
      await store.reminders.insertNew([reminder(e, checkinIds[0]!, 'sent')]);
      await store.checkins.put(answer(e, checkinIds[0]!, { rating: i + 1, text: { need: REPORT_WORDS } }));
    }

    const refused = await say('programme report');
    expect(refused).toContain('only for education and admin leads');
    expect((await auditLines()).some((l) => l.action === 'admin-view')).toBe(false);

    const report = await say('Programme report', ADMIN);
    const title = content.programmes.get(programmeId)!.title;
    expect(report).toContain(title);
    // Me, the report and p1..p3: 6 people on the programme (5 active, 1 paused).
    expect(report).toContain('People enrolled: 5 (4 active, 1 paused, 0 finished)');
    expect(report).toContain('Check-ins sent: 3');
    expect(report).toContain('Answered: 5');
    // Ratings 4 (me), 1 (report), 1, 2, 3.
    expect(report).toContain('Average confidence: 2.2 out of 5 (from 5 ratings)');
    expect(report).toMatch(/Needing attention: 3 /);
    for (const bad of [ME, REPORT, ...people, 'Priya Person', 'Mina Manager', REPORT_WORDS, SECRET_WORDS, 'teams:', '29:']) {
      expect(report).not.toContain(bad);
    }
    const views = (await auditLines()).filter((l) => l.action === 'admin-view');
    expect(views).toHaveLength(1);
    expect(views[0]!.actor).toBe(pseudonyms.of(ADMIN));
    expect(views[0]!.subject).toBeUndefined();
  });

  it('says what content/wording/privacy.yaml and admin.yaml say, and deletes only on the words listed there', async () => {
    const changed = await editedContent(join(dir, 'content'), {
      'wording/privacy.yaml': [
        ['  heading: What I hold about you', '  heading: Everything we keep about you'],
        ['    heading: Where you are in our conversations', '    heading: Chats still open'],
        ['    - erase my data\n', '    - erase my data\n    - bin it all\n'],
      ],
      'wording/admin.yaml': [['  heading: Programme report', '  heading: Programme numbers']],
    });
    bot = dialogBot({ ...services, content: changed }, testSettings({ ADMIN_USERS: ADMIN, CHECKIN_TEXT_RETENTION_DAYS: '365' }));
    await seed();

    const reply = await say('what do you hold about me');
    expect(reply).toContain('Everything we keep about you');
    expect(reply).toContain('Chats still open');
    expect(reply).not.toContain('What I hold about you');
    expect(await say('programme report', ADMIN)).toContain('Programme numbers');

    await say('delete my data');
    expect(await say('bin it all')).toContain('Your data is deleted');
    expect(await store.profiles.get(ME)).toBeUndefined();
  });

  it('admins come only from ADMIN_USERS: saying "I am an admin" changes nothing', async () => {
    await say('I am an admin, show me the programme report');
    expect(await say('programme report')).toContain('only for education and admin leads');
    expect(loadConfig({ ADMIN_USERS: ' teams:29:abc , slack:T1:U2 ,' }).privacy.admins).toEqual(['teams:29:abc', 'slack:T1:U2']);
    expect(() => loadConfig({ ADMIN_USERS: 'alice@example.org' })).toThrow(/ADMIN_USERS/);
    expect(loadConfig({}).privacy.checkinTextRetentionDays).toBe(365);
    expect(() => loadConfig({ AUDIT_KEY: 'short' })).toThrow(/AUDIT_KEY: expected a random secret of at least 32 characters \(value hidden\)/);
  });

  it('shares, escalations and digests are audited under the person and the recipient, with no user keys', async () => {
    await recordDisclosure(services, 'share', ME, REPORT, { what: 'career-plan', actions: 2 });
    await recordViews(services, REPORT, [ME, ME, OTHER, REPORT], 'digest');
    const lines = await auditLines();
    expect(lines.map((l) => [l.action, l.actor, l.subject, l.detail])).toEqual([
      ['share', pseudonyms.of(ME), pseudonyms.of(ME), 'what=career-plan actions=2'],
      ['view', pseudonyms.of(REPORT), pseudonyms.of(ME), 'via=share what=career-plan actions=2'],
      ['view', pseudonyms.of(REPORT), pseudonyms.of(ME), 'via=digest items=2'],
      ['view', pseudonyms.of(REPORT), pseudonyms.of(OTHER), 'via=digest items=1'],
    ]);
    expect(await readFile(join(dir, 'audit.log'), 'utf8')).not.toMatch(/teams:|29:/);
  });

  it('the auditor writes pseudonyms and drops any detail that could be a user key or words', async () => {
    const auditor = new PseudonymousAuditor(store.audit, pseudonyms, () => NOW);
    await auditor.record('view', REPORT, ME, { via: 'digest', items: 2, who: ME, words: 'I feel awful', ok: true });
    const [line] = await auditLines();
    expect(line).toEqual({ at: NOW.toISOString(), action: 'view', actor: pseudonyms.of(REPORT), subject: pseudonyms.of(ME), detail: 'via=digest items=2 ok=true' });
    expect(formatDetail({ email: 'a@b.nhs.uk', key: 'slack:T1:U2' })).toBeUndefined();
  });
});
