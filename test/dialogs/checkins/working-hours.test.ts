/**
 * Working hours, pauses and snoozes: the parsers, the router phrases, and the
 * dialog through the real Bot over a real LowStore with the real content.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LowStore } from '../../../src/store/lowdb.js';
import { loadContent } from '../../../src/content/load.js';
import { defaultContentDir } from '../../../src/paths.js';
import { createLogger } from '../../../src/log.js';
import { Bot } from '../../../src/core/runtime.js';
import { dialogBot, testSettings } from '../../helpers/bot.js';
import * as hours from '../../../dialogs/checkins/working-hours.js';
import { plainText, type Choice, type OutboundMessage } from '../../../src/core/messages.js';
import type { Services } from '../../../src/core/dialog.js';
import type { Content } from '../../../src/content/model.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';

const TZ = 'Europe/London';

describe('reading working hours', () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });
  const parseHours = (text: string) => hours.parseHours(content, text);
  const parseDays = (text: string) => hours.parseDays(content, text);
  const describePattern = (p: Parameters<typeof hours.describePattern>[1]) => hours.describePattern(content, p);
  const parsePause = (text: string, now: Date, tz: string) => hours.parsePause(content, text, now, tz);
  const workingHoursCommand = (text: string) => hours.workingHoursCommand(content, text);

  it.each([
    ['9 to 5', '09:00', '17:00'],
    ['9am to 5pm', '09:00', '17:00'],
    ['9 to 5pm', '09:00', '17:00'],
    ['8.30am - 4.30pm', '08:30', '16:30'],
    ['07:00-19:00', '07:00', '19:00'],
    ['7pm to 7am', '19:00', '07:00'],
    ['7 to 7am', '19:00', '07:00'],
    ['10pm until 8', '22:00', '08:00'],
    ['nights', '19:00', '07:00'],
    ['midday to midnight', '12:00', '00:00'],
    ['any time', '00:00', '00:00'],
  ])('"%s" is %s to %s', (text, start, end) => {
    expect(parseHours(text)).toEqual({ start, end });
  });

  it('does not guess at things that are not times', () => {
    expect(parseHours('whenever suits you')).toEqual({ start: '00:00', end: '00:00' });
    expect(parseHours('not sure')).toBeUndefined();
    expect(parseHours('25 to 30')).toBeUndefined();
  });

  it('reads days', () => {
    expect(parseDays('weekdays')).toEqual([1, 2, 3, 4, 5]);
    expect(parseDays('every day')).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(parseDays('Mon to Thu')).toEqual([1, 2, 3, 4]);
    expect(parseDays('Friday to Monday')).toEqual([0, 1, 5, 6]);
    expect(parseDays('Monday, Wednesday and Friday')).toEqual([1, 3, 5]);
    expect(parseDays('weekends')).toEqual([0, 6]);
    expect(parseDays('this month')).toEqual([]);
  });

  it('describes a pattern in plain words', () => {
    expect(describePattern({ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', quietOnBankHolidays: true })).toBe('on weekdays, from 9am to 5pm, but not on bank holidays');
    expect(describePattern({ days: [0, 1, 2, 3, 4, 5, 6], start: '19:00', end: '07:00', quietOnBankHolidays: false })).toBe('every day, from 7pm to 7am (overnight), bank holidays included');
    expect(describePattern({ days: [0, 1, 3], start: '00:00', end: '00:00', quietOnBankHolidays: true })).toBe('on Monday, Wednesday and Sunday, at any time of day, but not on bank holidays');
  });

  it('reads how long to pause', () => {
    const now = new Date('2026-03-01T12:00:00Z'); // Sunday
    expect(parsePause('pause check-ins', now, TZ)).toEqual({ date: '2026-03-15' });
    expect(parsePause('pause reminders for two weeks', now, TZ)).toEqual({ date: '2026-03-15' });
    expect(parsePause('pause for 10 days', now, TZ)).toEqual({ date: '2026-03-11' });
    expect(parsePause('pause check-ins for a month', now, TZ)).toEqual({ date: '2026-04-01' });
    expect(parsePause('pause check ins until 3 March', now, TZ)).toEqual({ date: '2026-03-03' });
    expect(parsePause('pause until Monday', now, TZ)).toEqual({ date: '2026-03-02' });
    expect(parsePause('pause until the cows come home', now, TZ)).toHaveProperty('problem');
    expect(parsePause('pause for 400 days', now, TZ)).toHaveProperty('problem');
  });

  it('knows the phrases the router sends here, and leaves other questions alone', () => {
    expect(workingHoursCommand('pause check-ins')).toEqual({ mode: 'pause' });
    expect(workingHoursCommand('Pause reminders for two weeks')).toEqual({ mode: 'pause' });
    expect(workingHoursCommand('stop the check ins please')).toEqual({ mode: 'pause' });
    expect(workingHoursCommand('resume')).toEqual({ mode: 'resume' });
    expect(workingHoursCommand('resume check-ins')).toEqual({ mode: 'resume' });
    expect(workingHoursCommand('remind me tomorrow')).toEqual({ mode: 'snooze', when: 'tomorrow' });
    expect(workingHoursCommand('Can you remind me next week?')).toEqual({ mode: 'snooze', when: 'next-week' });
    expect(workingHoursCommand('my working hours')).toEqual({ mode: 'configure' });
    expect(workingHoursCommand("I'm on nights")).toEqual({ mode: 'nights' });
    expect(workingHoursCommand('I work nights')).toEqual({ mode: 'nights' });
    expect(workingHoursCommand("Don't message me on Sundays")).toEqual({ mode: 'not-days', days: [0] });
    expect(workingHoursCommand('no messages at weekends please')).toEqual({ mode: 'not-days', days: [0, 6] });
    expect(workingHoursCommand('how do I become a nurse')).toBeUndefined();
    expect(workingHoursCommand('check in')).toBeUndefined();
    expect(workingHoursCommand('I work in the emergency department')).toBeUndefined();
  });
});

describe('working-hours dialog', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  let bot: Bot;
  let now: Date;
  const USER = 'slack:T1:U1';

  beforeEach(async () => {
    content ??= await loadContent(defaultContentDir);
    dir = await tempDir();
    store = await LowStore.open(dir);
    now = new Date('2026-03-02T12:00:00Z');
    const services: Services = {
      store,
      log: createLogger('silent'),
      clock: () => now,
      content,
      timeZone: TZ,
      messenger: { send: async () => ({ status: 'failed', reason: 'not used here' }) },
    };
    bot = dialogBot(services, testSettings({ TIME_ZONE: TZ }));
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  const send = (m: { text?: string; action?: { id: string; value: Record<string, string> } }) => bot.handle({ platform: 'slack', userKey: USER, conversationKey: 'slack:T1:D1', ...m });
  const say = async (text: string) => text2(await send({ text }));
  const text2 = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n---\n');
  const choices = (out: OutboundMessage[]): Choice[] => out.flatMap((o) => o.blocks.flatMap((b) => (b.type === 'choices' ? b.choices : b.type === 'inputs' ? [b.submit] : [])));
  const press = (c: Choice, extra: Record<string, string> = {}) => send({ action: { id: c.action, value: { ...(c.value ?? {}), ...extra } } });

  it('sets days (custom, from the form), hours and bank holidays, and saves the pattern', async () => {
    let out = await send({ text: 'my working hours' });
    expect(text2(out)).toContain('At the moment that is on weekdays, from 9am to 5pm, but not on bank holidays.');
    expect(choices(out).map((c) => c.label)).toEqual(['Weekdays', 'Every day', 'Custom']);
    out = await press(choices(out).find((c) => c.label === 'Custom')!);
    const form = out.flatMap((o) => o.blocks).find((b) => b.type === 'inputs');
    expect(form && form.type === 'inputs' && form.fields[0]!.multiple).toBe(true);
    out = await press(choices(out)[0]!, { days: '1,2,3,4' });
    expect(text2(out)).toContain('What hours do you work?');
    out = await send({ text: 'half nine till three' });
    expect(text2(out)).toContain('I could not read those times.');
    expect(text2(out)).toContain('For example: "9 to 5", "7pm to 7am", "any time".');
    out = await send({ text: '8am to 4pm' });
    expect(text2(out)).toContain('Should I stay quiet on bank holidays?');
    out = await press(choices(out).find((c) => c.label === 'No, include them')!);
    expect(text2(out)).toContain('I will send check-ins and reminders on Monday, Tuesday, Wednesday and Thursday, from 8am to 4pm, bank holidays included.');
    expect((await store.profiles.get(USER))?.workingPattern).toEqual({ days: [1, 2, 3, 4], start: '08:00', end: '16:00', quietOnBankHolidays: false });
    expect(await store.dialogs.get(USER, 'slack:T1:D1')).toBeUndefined();
  });

  it('"back" changes the last answer', async () => {
    await say('my working hours');
    await say('every day');
    expect(await say('back')).toContain('Which days do you work?');
    expect(await say('weekends')).toContain('What hours do you work?');
    await say('any time');
    await say('yes');
    expect((await store.profiles.get(USER))?.workingPattern).toEqual({ days: [0, 6], start: '00:00', end: '00:00', quietOnBankHolidays: true });
  });

  it('"don\'t message me on Sundays" takes Sunday out of the current pattern', async () => {
    await say('I work nights');
    const reply = await say("don't message me on Sundays");
    expect(reply).toContain('Done: no more messages on Sundays.');
    expect((await store.profiles.get(USER))?.workingPattern).toMatchObject({ days: [1, 2, 3, 4, 5, 6], start: '19:00', end: '07:00' });
    expect(await say('please do not message me on Sundays')).toContain('I already do not message you on Sundays.');
  });

  it('will not take away every day, and suggests a pause instead', async () => {
    const reply = await send({ text: 'never message me on weekdays' });
    expect(text2(reply)).toContain('That would leave no days at all');
    expect(choices(reply).map((c) => c.label)).toContain('Pause for 2 weeks');
    expect((await store.profiles.get(USER))?.workingPattern).toBeUndefined();
  });

  it('pauses with a default of 14 days, says when it ends, and resumes', async () => {
    expect(await say('pause check-ins')).toContain('They will start again on Monday 16 March 2026.');
    expect((await store.profiles.get(USER))?.pausedUntil).toBe('2026-03-16T00:00:00.000Z');
    expect(await say('resume')).toContain('back on');
    expect((await store.profiles.get(USER))?.pausedUntil).toBeUndefined();
    expect(await say('resume check-ins')).toContain('are not paused');
  });

  it('explains a date it cannot read and offers buttons', async () => {
    const out = await send({ text: 'pause check-ins until the end of term' });
    expect(text2(out)).toContain('I could not tell which date you mean.');
    const two = choices(out).find((c) => c.label === 'Pause for 2 weeks')!;
    expect(text2(await press(two))).toContain('They will start again on Monday 16 March 2026.');
  });
});
