/**
 * The check-in dialog through the real Bot over a real LowStore and the real
 * content: reading answers, typed checklists, "back", requests typed in the
 * middle of a check-in, and no second escalation. Check-ins are put in the
 * store as the scheduler leaves them (sent), so no clock games are needed.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LowStore } from '../../../src/store/lowdb.js';
import { loadContent } from '../../../src/content/load.js';
import { defaultContentDir } from '../../../src/paths.js';
import { createLogger } from '../../../src/log.js';
import { Bot } from '../../../src/core/runtime.js';
import { dialogBot, testSettings } from '../../helpers/bot.js';
import { parseChecklist, parseRating as readRating, parseYesNo as readYesNo } from '../../../dialogs/checkins/checkin.js';
import { checkinMessage, ratingButtons } from '../../../dialogs/checkins/reminders.js';
import { checkinReminderId } from '../../../dialogs/checkins/plan.js';
import { plainText, type Choice, type OutboundMessage } from '../../../src/core/messages.js';
import type { Services } from '../../../src/core/dialog.js';
import type { Content } from '../../../src/content/model.js';
import type { Enrolment } from '../../../src/store/ports.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';
import { RecordingMessenger } from '../../helpers/messenger.js';

describe('reading check-in answers', () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });
  const parseRating = (text: string) => readRating(content, text);
  const parseYesNo = (text: string) => readYesNo(content, text);

  it('reads ratings strictly', () => {
    expect(parseRating('3')).toBe(3);
    expect(parseRating('4/5')).toBe(4);
    expect(parseRating('2 out of 5')).toBe(2);
    expect(parseRating('five')).toBe(5);
    expect(parseRating('Not at all')).toBe(1);
    expect(parseRating('5 Very')).toBe(5);
    expect(parseRating('6')).toBeUndefined();
    expect(parseRating('3 years')).toBeUndefined();
  });

  it('reads yes and no', () => {
    expect(parseYesNo('Yep')).toBe(true);
    expect(parseYesNo('not yet')).toBe(false);
    expect(parseYesNo('maybe')).toBeUndefined();
  });

  it('reads a typed checklist by number, by words, or none', async () => {
    const q = content.programmes.get('new-starter-induction')!.checkins.find((c) => c.id === 'week-1')!.questions.find((x) => x.kind === 'checklist')!;
    expect(parseChecklist(content, q, '1, 3')).toEqual(['corporate-induction', 'mandatory-training-started']);
    expect(parseChecklist(content, q, 'I met my buddy and did the corporate induction')?.sort()).toEqual(['corporate-induction', 'met-buddy']);
    expect(parseChecklist(content, q, 'none yet')).toEqual([]);
    expect(parseChecklist(content, q, 'bananas')).toBeUndefined();
  });
});


describe('check-in dialog', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  let bot: Bot;
  let messenger: RecordingMessenger;
  const USER = 'teams:29:new-starter';
  const MANAGER = 'teams:29:boss';
  const now = new Date('2026-03-09T11:00:00Z');

  beforeEach(async () => {
    content ??= await loadContent(defaultContentDir);
    dir = await tempDir();
    store = await LowStore.open(dir);
    messenger = new RecordingMessenger();
    const services: Services = { store, log: createLogger('silent'), clock: () => now, content, messenger, timeZone: 'Europe/London' };
    bot = dialogBot(services, testSettings({ TIME_ZONE: 'Europe/London' }));
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  /** An enrolment whose check-in `checkinId` was sent this morning. */
  async function sentCheckin(checkinId: string): Promise<Enrolment> {
    const e: Enrolment = {
      id: `new-starter-induction|${USER}`,
      subject: USER,
      userKey: USER,
      programmeId: 'new-starter-induction',
      startDate: '2026-03-02',
      managerKey: MANAGER,
      enrolledBy: MANAGER,
      status: 'active',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await store.enrolments.put(e);
    const due = '2026-03-09T10:00:00.000Z';
    await store.reminders.insertNew([
      { id: checkinReminderId(e.id, checkinId), kind: 'checkin', userKey: USER, dueAt: due, originalDueAt: due, state: 'sent', sentAt: due, attempts: 1, payload: { enrolmentId: e.id, programmeId: e.programmeId, checkinId }, updatedAt: due },
    ]);
    return e;
  }

  const send = (m: { text?: string; action?: { id: string; value: Record<string, string> } }) => bot.handle({ platform: 'teams', userKey: USER, conversationKey: 'conv-1', ...m });
  const say = async (text: string) => texts(await send({ text }));
  const texts = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n---\n');
  const choices = (out: OutboundMessage[]): Choice[] => out.flatMap((o) => o.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : [])));
  const press = (c: Choice) => send({ action: { id: c.action, value: c.value ?? {} } });

  it('the check-in card has one-tap buttons that work later, in any conversation', async () => {
    const e = await sentCheckin('week-1');
    const programme = content.programmes.get('new-starter-induction')!;
    const card = checkinMessage(content, programme, programme.checkins.find((c) => c.id === 'week-1')!, e.id);
    expect(card.blocks.find((b) => b.type === 'heading')).toEqual({ type: 'heading', text: 'Check-in: End of your first week' });
    const tap = ratingButtons(content, e.id, 'week-1')[4]!;
    const out = await bot.handle({ platform: 'teams', userKey: USER, conversationKey: 'another-conversation', action: { id: tap.action, value: tap.value! } });
    expect(texts(out)).toContain('5 out of 5 is saved');
    expect(texts(out)).toContain('Which of these have you done so far?');
  });

  it('takes a typed checklist, lets "back" change an answer, and keeps the order of questions', async () => {
    const e = await sentCheckin('week-1');
    expect(await say('check in')).toContain('How confident do you feel in your new job?');
    expect(await say('four')).toContain('Which of these have you done so far?');
    expect(await say('bananas')).toContain('I could not match that to the list.');
    expect(await say('2 and 4')).toContain('What is going well?');
    expect(await say('back')).toContain('Which of these have you done so far?');
    expect(await say('1, 2')).toContain('What is going well?');
    expect(await say('Lots')).toContain('anything worrying you?');
    expect(await say('No')).toContain('Would you like your manager to get in touch?');
    expect(await say('maybe')).toContain('Please answer yes or no.');
    const fallback = await send({ text: 'dunno' });
    expect(choices(fallback).map((c) => c.label)).toEqual(['Yes, please', 'No, thank you']);
    expect(texts(await press(choices(fallback)[1]!))).toContain('Thank you. Your answers are saved.');
    expect(await store.checkins.get(`${e.id}|week-1`)).toMatchObject({ rating: 4, items: { 'induction-items': ['corporate-induction', 'met-buddy'] }, text: { 'going-well': 'Lots', need: 'No' } });
    expect(messenger.sent).toHaveLength(0);
  });

  it('"pause check-ins" typed in the middle is a request, not an answer: it pauses, and the check-in can carry on', async () => {
    const e = await sentCheckin('day-1');
    await say('check in');
    await say('3');
    const out = await send({ text: 'pause check-ins for a week' });
    expect(texts(out)).toContain('I have paused your check-ins and reminders. They will start again on Monday 16 March 2026.');
    expect(texts(out)).toContain('You were part way through your check-in.');
    expect((await store.checkins.get(`${e.id}|day-1`))?.text).toEqual({});
    const carryOn = choices(out).find((c) => c.label === 'Carry on with your check-in')!;
    expect(texts(await press(carryOn))).toContain('What is going well?');
  });

  it('does not tell the manager twice when the person taps the rating again', async () => {
    await sentCheckin('day-1');
    const tap = ratingButtons(content, `new-starter-induction|${USER}`, 'day-1')[0]!;
    await press(tap);
    for (const a of ['skip', 'skip', 'skip']) await say(a);
    // Nothing written, so nothing to choose: asking for a chat passes on only that.
    expect(await say('yes')).toContain('I have let your manager know that you would like a chat, without your words.');
    expect(messenger.sent.map((s) => s.userKey)).toEqual([MANAGER]);
    await press(tap);
    for (const a of ['skip', 'skip', 'skip']) await say(a);
    expect(await say('yes')).toContain('I had already let your manager know');
    expect(messenger.sent).toHaveLength(1);
  });

  it('reads a typed "not my words, just a chat" as a chat, and passes on no words', async () => {
    await sentCheckin('day-1');
    await press(ratingButtons(content, `new-starter-induction|${USER}`, 'day-1')[1]!);
    await say('My buddy is great');
    await say('I am struggling with the IT systems');
    await say('yes');
    expect(await say('yes')).toContain('Can I pass on what you wrote, or just that you would like a chat?');
    expect(await say("please don't pass on my words, just ask them to get in touch")).toContain('without your words');
    const card = messenger.sent.map((m) => m.messages.map((x) => plainText(x.blocks)).join('\n')).join('\n');
    expect(card).toContain('(confidence 2 out of 5)');
    expect(card).not.toContain('IT systems');
    expect(card).not.toContain('My buddy');
  });

  it('names the manager when the person told us their name', async () => {
    await store.profiles.put({ userKey: USER, platform: 'teams', createdAt: now.toISOString(), updatedAt: now.toISOString(), managerKey: MANAGER, managerName: 'Priya' });
    await sentCheckin('day-1');
    await press(ratingButtons(content, `new-starter-induction|${USER}`, 'day-1')[3]!);
    for (const a of ['skip', 'skip']) await say(a);
    expect(await say('yes')).toContain('Would you like Priya to get in touch?');
  });
});
