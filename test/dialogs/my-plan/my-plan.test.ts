/**
 * "My plan" and the reminders for plan actions: the real dialogs over a real
 * LowStore, the real content and a fixed clock.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Bot } from '../../../src/core/runtime.js';
import { plainText, type Block, type Choice, type InboundMessage, type OutboundMessage } from '../../../src/core/messages.js';
import { LowStore } from '../../../src/store/lowdb.js';
import type { CareerPlan, Reminder } from '../../../src/store/ports.js';
import { loadContent } from '../../../src/content/load.js';
import type { Content } from '../../../src/content/model.js';
import { defaultContentDir } from '../../../src/paths.js';
import { actionHandler } from '../../../dialogs/my-plan/reminders.js';
import { asksForPlan } from '../../../dialogs/my-plan/request.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';
import { composeForTest, dialogBot, dialogServices, testSettings } from '../../helpers/bot.js';

const USER = 'local:u1';
const OTHER = 'local:u2';
const NOW = new Date('2026-11-21T10:00:00Z');
const PLAN_ID = `${USER}|2026-11-20T09:00:00.000Z`;

function plan(overrides: Partial<CareerPlan> = {}): CareerPlan {
  return {
    id: PLAN_ID,
    userKey: USER,
    startedAt: '2026-11-20T09:00:00.000Z',
    completedAt: '2026-11-20T09:20:00.000Z',
    answers: { strengths: 'Calm under pressure', aspirations: 'Become a nursing associate', wellbeing: '3' },
    growth: 'stretch',
    options: ['nursing-associate'],
    needs: { 'skills-for-life': 'maths' },
    actions: [
      { id: 'a1', text: 'Ask about the apprenticeship', due: '2026-11-28' },
      { id: 'a2', text: 'Do a Functional Skills maths course', due: '2027-03-31' },
      { id: 'a3', text: 'Shadow a colleague' },
    ],
    ...overrides,
  };
}

function reminder(actionId: string, dueAt: string): Reminder {
  return {
    id: `action|${PLAN_ID}|${actionId}`,
    kind: 'action',
    userKey: USER,
    dueAt,
    originalDueAt: dueAt,
    state: 'pending',
    attempts: 0,
    payload: { planId: PLAN_ID, actionId },
    updatedAt: NOW.toISOString(),
  };
}

describe('my plan', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  let bot: Bot;
  let last: OutboundMessage[] = [];

  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });
  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    bot = dialogBot(dialogServices(store, content, { clock: () => NOW }));
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  const msg = (m: Partial<InboundMessage>, user = USER): InboundMessage => ({ platform: 'local', userKey: user, conversationKey: `${user}:c`, ...m });
  const text = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n---\n');
  const blocks = (out: OutboundMessage[]): Block[] => out.flatMap((o) => o.blocks);
  const choices = (out: OutboundMessage[]): Choice[] => blocks(out).flatMap((b) => (b.type === 'choices' ? b.choices : []));
  const say = async (t: string) => {
    last = await bot.handle(msg({ text: t }));
    return text(last);
  };
  const pressChoice = async (c: Choice, user = USER) => {
    last = await bot.handle(msg({ action: { id: c.action, value: c.value ?? {} } }, user));
    return text(last);
  };
  const press = async (label: string) => {
    const c = choices(last).find((x) => x.label === label);
    if (!c) throw new Error(`No button "${label}" in: ${choices(last).map((x) => x.label).join(', ')}`);
    return pressChoice(c);
  };

  it('with no plan, says so and offers to start one', async () => {
    const out = await say('my plan');
    expect(out).toContain('You do not have a plan yet');
    expect(choices(last).map((c) => c.label)).toEqual(['Start a career conversation']);
    expect(await press('Start a career conversation')).toContain('What are you good at?');
  });

  it('"my plan", "show my plan" and "my actions" open the plan; "plan my career" is a career conversation', async () => {
    await store.plans.put(plan());
    for (const t of ['my plan', 'Show my plan', 'my actions', 'plan']) {
      expect(await say(t), t).toContain('Your career plan');
    }
    expect(await say('help me plan my career')).toContain('What are you good at?');
  });

  it('reads the words that open the plan from my-plan.yaml: "show me my plan please", not "my plan is to …"', () => {
    for (const t of ['my plan', 'Show me my plan please', 'view my career plan', 'plan', 'my actions', 'see my actions please', 'open my plan']) {
      expect(asksForPlan(content, t), t).toBe(true);
    }
    for (const t of ['help me plan my career', 'my plan is to become a nurse', 'show me', 'please']) expect(asksForPlan(content, t), t).toBe(false);
  });

  it('shows the latest plan with dates, a "Mark done" button per action, downloads and a new conversation', async () => {
    await store.plans.put(plan({ id: `${USER}|2026-01-01T00:00:00.000Z`, startedAt: '2026-01-01T00:00:00.000Z', actions: [{ id: 'a1', text: 'An old action' }] }));
    await store.plans.put(plan());
    const out = await say('show my plan');
    expect(out).toContain('From your career conversation on 20 November 2026');
    expect(out).toContain('Ask about the apprenticeship (by 28 November 2026)');
    expect(out).toContain('Shadow a colleague');
    expect(out).not.toContain('An old action');
    expect(choices(last).map((c) => c.label)).toEqual([
      'Mark done: Ask about the apprenticeship',
      'Mark done: Do a Functional Skills maths course',
      'Mark done: Shadow a colleague',
      'Download as text',
      'Download as Markdown',
      'Start a new career conversation',
    ]);
    expect(choices(last)[0]).toMatchObject({ action: 'my-plan.done', value: { planId: PLAN_ID, actionId: 'a1' } });

    await press('Download as Markdown');
    const att = last.flatMap((m) => m.attachments ?? []);
    expect(att).toHaveLength(1);
    expect(att[0]).toMatchObject({ filename: 'career-conversation-2026-11-20.md', contentType: 'text/markdown' });
    expect(att[0]!.content).toContain('Ask about the apprenticeship (by 28 November 2026)');

    await say('my plan');
    expect(await press('Start a new career conversation')).toContain('What are you good at?');
  });

  it('"Mark done" marks the action done and cancels its reminder', async () => {
    await store.plans.put(plan());
    await store.reminders.insertNew([reminder('a1', '2026-11-28T10:00:00.000Z'), reminder('a2', '2027-03-31T09:00:00.000Z')]);
    await say('my plan');
    const out = await press('Mark done: Ask about the apprenticeship');
    expect(out).toContain('Well done! I have marked "Ask about the apprenticeship" as done.');
    expect(out).toContain('You have 2 more actions');
    expect((await store.plans.get(PLAN_ID))!.actions[0]).toEqual({ id: 'a1', text: 'Ask about the apprenticeship', due: '2026-11-28', done: true });
    expect((await store.reminders.get(`action|${PLAN_ID}|a1`))?.state).toBe('cancelled');
    expect((await store.reminders.get(`action|${PLAN_ID}|a2`))?.state).toBe('pending');
    // Done actions lose their button.
    await say('my plan');
    expect(choices(last).map((c) => c.label)).not.toContain('Mark done: Ask about the apprenticeship');
    expect(text(last)).toContain('Ask about the apprenticeship (by 28 November 2026) - done');
  });

  it('ignores buttons for someone else\'s plan', async () => {
    await store.plans.put(plan());
    await store.reminders.insertNew([reminder('a1', '2026-11-28T10:00:00.000Z')]);
    const out = await pressChoice({ label: 'Done', action: 'my-plan.done', value: { planId: PLAN_ID, actionId: 'a1' } }, OTHER);
    expect(out).toContain('could not find that plan');
    expect((await store.plans.get(PLAN_ID))!.actions[0]!.done).toBeUndefined();
    expect((await store.reminders.get(`action|${PLAN_ID}|a1`))?.state).toBe('pending');
    const dl = await pressChoice({ label: 'x', action: 'my-plan.download', value: { planId: PLAN_ID, format: 'txt' } }, OTHER);
    expect(dl).toContain('could not find that plan');
    expect(last.flatMap((m) => m.attachments ?? [])).toEqual([]);
  });

  describe('reminders for plan actions', () => {
    const handler = () => actionHandler({ store, content, timeZone: 'Europe/London' });

    it('sends a short message on the day with "Done" and "Remind me next week"', async () => {
      await store.plans.put(plan({ actions: [{ id: 'a1', text: 'Ask about the apprenticeship', due: '2026-11-21' }] }));
      const r = reminder('a1', '2026-11-21T10:00:00.000Z');
      const prepared = await handler().prepare(r, NOW);
      expect(prepared.send).toBe(true);
      if (!prepared.send) return;
      expect(prepared.userKey).toBe(USER);
      expect(prepared.respectHours).toBe(true);
      const t = text(prepared.messages);
      expect(t).toContain('You planned to: Ask about the apprenticeship');
      expect(t).toContain('It is due today. How is it going?');
      const buttons = choices(prepared.messages);
      expect(buttons.map((c) => [c.label, c.action])).toEqual([
        ['Done', 'my-plan.done'],
        ['Remind me next week', 'my-plan.snooze'],
        ['Show my plan', 'start'],
      ]);
      expect(buttons[1]!.value).toEqual({ planId: PLAN_ID, actionId: 'a1' });

      // "Remind me next week" moves the reminder 7 days on, at 10:00 London time, and pending again.
      await store.reminders.insertNew([r]);
      await store.reminders.update(r.id, { state: 'sent', sentAt: '2026-11-21T10:00:05.000Z' });
      last = prepared.messages;
      const snoozed = await press('Remind me next week');
      expect(snoozed).toContain('I will remind you about "Ask about the apprenticeship" again on 28 November 2026');
      const after = await store.reminders.get(r.id);
      expect(after).toMatchObject({ state: 'pending', dueAt: '2026-11-28T10:00:00.000Z' });
      expect((await store.plans.get(PLAN_ID))!.actions[0]!.due).toBe('2026-11-28');
    });

    it('keeps to TIME_ZONE, not London: under America/New_York "today" and the 10:00 reminder are New York\'s', async () => {
      const NEW_YORK = 'America/New_York';
      // 9pm on Friday 20 November in New York; already Saturday in London.
      const late = new Date('2026-11-21T02:00:00Z');
      const composed = composeForTest(dialogServices(store, content, { clock: () => late, timeZone: NEW_YORK }), testSettings({ TIME_ZONE: NEW_YORK }));
      await store.plans.put(plan({ actions: [{ id: 'a1', text: 'Ask about the apprenticeship', due: '2026-11-20' }] }));
      const r = reminder('a1', '2026-11-20T15:00:00.000Z');
      const prepared = await composed.reminders.handlers['action']!.prepare(r, late);
      if (!prepared.send) throw new Error('the reminder was not sent');
      // In London it would already be "It was due on 20 November 2026."
      expect(text(prepared.messages)).toContain('It is due today.');

      await store.reminders.insertNew([r]);
      await store.reminders.update(r.id, { state: 'sent', sentAt: late.toISOString() });
      const snooze = choices(prepared.messages).find((c) => c.label === 'Remind me next week')!;
      const out = text(await composed.bot.handle(msg({ action: { id: snooze.action, value: snooze.value ?? {} } })));
      expect(out).toContain('again on 27 November 2026');
      // 10:00 in New York (EST, UTC-5), not 10:00 in London.
      expect(await store.reminders.get(r.id)).toMatchObject({ state: 'pending', dueAt: '2026-11-27T15:00:00.000Z' });
      // Both ways a feature can read the zone come from TIME_ZONE, so they cannot differ.
      expect(() => composeForTest(dialogServices(store, content, { timeZone: NEW_YORK }), testSettings())).toThrow(/both come from TIME_ZONE/);
    });

    it('"Done" on the reminder marks the action done', async () => {
      await store.plans.put(plan());
      await store.reminders.insertNew([reminder('a2', '2027-03-31T09:00:00.000Z')]);
      const prepared = await handler().prepare(reminder('a2', '2027-03-31T09:00:00.000Z'), new Date('2027-03-31T09:00:00Z'));
      if (!prepared.send) throw new Error('expected a message');
      last = prepared.messages;
      expect(await press('Done')).toContain('marked "Do a Functional Skills maths course" as done');
      expect((await store.plans.get(PLAN_ID))!.actions[1]!.done).toBe(true);
      expect((await store.reminders.get(`action|${PLAN_ID}|a2`))?.state).toBe('cancelled');
    });

    it('cancels when the plan or action is gone or the action is done', async () => {
      const r = reminder('a1', '2026-11-28T10:00:00.000Z');
      expect(await handler().prepare(r, NOW)).toMatchObject({ send: false, state: 'cancelled' });
      await store.plans.put(plan({ actions: [{ id: 'a1', text: 'Ask about the apprenticeship', due: '2026-11-28', done: true }] }));
      expect(await handler().prepare(r, NOW)).toMatchObject({ send: false, state: 'cancelled', reason: 'the action is already done' });
      expect(await handler().prepare(reminder('a9', NOW.toISOString()), NOW)).toMatchObject({ send: false, state: 'cancelled' });
      // A reminder whose plan belongs to someone else sends nothing.
      expect(await handler().prepare({ ...r, userKey: OTHER }, NOW)).toMatchObject({ send: false, state: 'cancelled' });
    });
  });
});
