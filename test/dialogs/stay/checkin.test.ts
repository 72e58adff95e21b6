/**
 * Talk of leaving and stress inside a check-in answer: the real scheduler sends
 * the check-in, the real bot takes the answers, and a recording messenger
 * stands in for Teams. The answer is still saved, the check-in carries on, and
 * nobody else is told anything.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LowStore } from '../../../src/store/lowdb.js';
import { loadContent } from '../../../src/content/load.js';
import { defaultContentDir } from '../../../src/paths.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { buildScheduler } from '../../../src/scheduler/index.js';
import { planCheckins } from '../../../dialogs/checkins/plan.js';
import type { Bot } from '../../../src/core/runtime.js';
import { composeForTest, testSettings } from '../../helpers/bot.js';
import { plainText, type Choice, type OutboundMessage } from '../../../src/core/messages.js';
import type { DeliveryResult, Messenger } from '../../../src/core/messenger.js';
import type { Content } from '../../../src/content/model.js';
import type { Enrolment } from '../../../src/store/ports.js';
import type { Scheduler } from '../../../src/scheduler/scheduler.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';

const settings = loadConfig({ NODE_ENV: 'test' }).scheduler;
const PERSON = 'teams:29:person';
const MANAGER = 'teams:29:manager';

const text = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n---\n');
const choices = (out: OutboundMessage[]): Choice[] => out.flatMap((m) => m.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : [])));

describe('a check-in answer that talks of leaving or of stress', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  let sent: Array<{ to: string; messages: OutboundMessage[] }>;
  let now: Date;
  let scheduler: Scheduler;
  let bot: Bot;
  let enrolment: Enrolment;

  const press = (c: Choice) => bot.handle({ platform: 'teams', userKey: PERSON, conversationKey: `conv-${PERSON}`, action: { id: c.action, value: c.value ?? {} } });
  const say = (t: string) => bot.handle({ platform: 'teams', userKey: PERSON, conversationKey: `conv-${PERSON}`, text: t });

  beforeEach(async () => {
    content ??= await loadContent(defaultContentDir);
    dir = await tempDir();
    store = await LowStore.open(dir);
    sent = [];
    const messenger: Messenger = {
      send: async (to, messages): Promise<DeliveryResult> => {
        sent.push({ to, messages });
        return { status: 'sent' };
      },
    };
    now = new Date('2026-03-01T12:00:00Z');
    const services = { store, log: createLogger('silent'), clock: () => now, content, messenger, timeZone: 'Europe/London' };
    const composed = composeForTest(services, { ...testSettings(), scheduler: settings });
    scheduler = buildScheduler(services, settings, composed.reminders, { sleep: async () => undefined });
    bot = composed.bot;
    enrolment = {
      id: `new-starter-induction|${PERSON}`,
      subject: PERSON,
      userKey: PERSON,
      programmeId: 'new-starter-induction',
      startDate: '2026-03-02',
      managerKey: MANAGER,
      enrolledBy: 'csv',
      status: 'active',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await store.enrolments.put(enrolment);
    await store.reminders.insertNew(planCheckins(enrolment, content.programmes.get('new-starter-induction')!, { timeZone: settings.timeZone, checkinTime: settings.checkinTime, now }));
    now = new Date('2026-03-02T10:00:00Z');
    await scheduler.tick(now);
    now = new Date('2026-03-02T11:00:00Z');
    const card = sent.find((s) => s.to === PERSON)!.messages[0]!;
    sent = [];
    await press(choices([card])[3]!);
    await say('skip');
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  it('"thinking of leaving" in an answer: saved, a button to talk about options, the check-in carries on, nobody told', async () => {
    const out = await say("To be honest I'm thinking of leaving already");
    expect(text(out)).toContain('You mentioned leaving');
    expect(text(out)).toContain('I will not tell your manager or anyone unless you say yes');
    expect(text(out)).toContain('Do you know who your manager is');
    expect((await store.checkins.get(`${enrolment.id}|day-1`))?.text['need']).toBe("To be honest I'm thinking of leaving already");
    expect(sent).toEqual([]);
    const talk = choices(out).find((c) => c.label === 'Talk about my options');
    expect(talk).toBeDefined();
    expect(text(await press(talk!))).toContain('what is behind it');
    expect(sent).toEqual([]);
  });

  it('"overwhelmed" in an answer: the calm reply, not the crisis list, and the check-in carries on', async () => {
    const out = await say('I feel overwhelmed every shift');
    expect(text(out)).toContain('Feeling overwhelmed at work is common');
    expect(text(out)).not.toContain(content.signposting.distress.intro);
    expect(text(out)).toContain('Do you know who your manager is');
    expect((await store.checkins.get(`${enrolment.id}|day-1`))?.text['need']).toBe('I feel overwhelmed every shift');
  });
});
