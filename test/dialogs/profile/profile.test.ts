/**
 * The profile dialog, as transcripts: a Bot built with the real dialogs over a
 * real LowStore in a temporary folder and the real content.
 */
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { editedContent } from '../../helpers/content.js';
import { Bot } from '../../../src/core/runtime.js';
import { plainText, type Block, type Choice, type InboundMessage, type OutboundMessage } from '../../../src/core/messages.js';
import { LowStore } from '../../../src/store/lowdb.js';
import { loadContent } from '../../../src/content/load.js';
import type { Content } from '../../../src/content/model.js';
import { defaultContentDir } from '../../../src/paths.js';
import { fieldFromText, needsProfile } from '../../../dialogs/profile/profile.js';
import { parseBand, parseQuals } from '../../../src/knowledge/read-answers.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';
import { dialogBot, dialogServices } from '../../helpers/bot.js';

const USER = 'local:u1';

describe('profile dialog', () => {
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
    bot = dialogBot(dialogServices(store, content));
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  const msg = (m: Partial<InboundMessage>): InboundMessage => ({ platform: 'local', userKey: USER, conversationKey: 'local:c1', ...m });
  const text = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n---\n');
  const blocks = (out: OutboundMessage[]): Block[] => out.flatMap((o) => o.blocks);
  const choices = (out: OutboundMessage[]): Choice[] => blocks(out).flatMap((b) => (b.type === 'choices' ? b.choices : b.type === 'inputs' ? [b.submit] : []));
  const say = async (t: string, extra: Partial<InboundMessage> = {}) => {
    last = await bot.handle(msg({ text: t, ...extra }));
    return text(last);
  };
  const press = async (label: string, inputs: Record<string, string> = {}) => {
    const c = choices(last).find((x) => x.label === label);
    if (!c) throw new Error(`No button "${label}" in: ${choices(last).map((x) => x.label).join(', ')}`);
    last = await bot.handle(msg({ action: { id: c.action, value: { ...(c.value ?? {}), ...inputs } } }));
    return text(last);
  };
  const profile = () => store.profiles.get(USER);

  it('hi -> profile: role by button, band typed, quals by inputs, manager skipped -> saved profile', async () => {
    expect(await say('hi')).toContain('Hello, I am Career Companion');
    const first = await press('My profile');
    expect(first).toContain('What is your current role?');
    const roleButtons = choices(last).map((c) => c.label);
    expect(roleButtons).toEqual(expect.arrayContaining(['Healthcare support worker (Band 2)', 'Something else', 'Skip']));

    const afterRole = await press('Healthcare support worker (Band 2)');
    expect(afterRole).toContain('saved your role as Healthcare support worker (Band 2)');
    expect(afterRole).toContain('Which Agenda for Change (AfC) pay band');
    expect(afterRole).toContain('usually Band 2');
    expect((await profile())?.roleId).toBe('hcsw-band-2');

    expect(await say('band two')).toContain('saved Band 2');
    expect((await profile())?.band).toBe('2');
    expect(text(last)).toContain('Which area do you work in?');

    expect(await say('  Emergency   department  ')).toContain('saved your area of work');
    expect((await profile())?.area).toBe('Emergency department');

    // Qualifications: the inputs block lists the requirements the profile asks about.
    const inputs = blocks(last).find((b) => b.type === 'inputs');
    expect(inputs?.type === 'inputs' && inputs.fields[0]!.options!.map((o) => o.value)).toEqual(
      expect.arrayContaining(['level2-maths-english', 'level3-qualification', 'degree', 'nmc-registration', 'hcpc-registration']),
    );
    expect(inputs?.type === 'inputs' && inputs.fields[0]!.options!.map((o) => o.value)).not.toContain('employer-support');
    const quals = await press('Save my qualifications', { held: 'level2-maths-english,degree,not-a-requirement' });
    expect(quals).toContain('Level 2 maths and English; A degree');
    expect((await profile())?.held).toEqual(['level2-maths-english', 'degree']);

    expect(quals).toContain('Who is your line manager?');
    expect(quals).toContain('only ever sees what you choose to share');
    const done = await press('Skip');
    expect(done).toContain('Your profile');
    expect(done).toContain('Role: Healthcare support worker (Band 2)');
    expect(done).toContain('Band: Band 2');
    expect(done).toContain('Area of work: Emergency department');
    expect(done).toContain('Line manager: Not given');
    expect(choices(last).map((c) => c.label)).toEqual(
      expect.arrayContaining(['Change my role', 'Change my band', 'Change my qualifications', 'Done']),
    );
    const p = await profile();
    expect(p).toMatchObject({ roleId: 'hcsw-band-2', band: '2', area: 'Emergency department', onboarded: true });
    expect(p?.managerKey).toBeUndefined();

    expect(await press('Done')).toContain('Your profile is saved');
    expect(await store.dialogs.get(USER, 'local:c1')).toBeUndefined();
  });

  it('saves a line manager from a mention, never from plain text', async () => {
    await store.profiles.put({ userKey: USER, platform: 'local', createdAt: 'x', updatedAt: 'x', roleId: 'hcsw-band-2', onboarded: true });
    await say('my profile');
    await press('Change my line manager');
    expect(text(last)).toContain('Mention them (type @ and their name)');
    expect(await say('Sam Taylor')).toContain('I could not see a mention');
    expect((await profile())?.managerKey).toBeUndefined();
    const saved = await say('my manager is @Sam Taylor', { mentions: [{ userKey: 'local:boss', name: 'Sam Taylor' }] });
    expect(saved).toContain('saved Sam Taylor as your line manager');
    expect(await profile()).toMatchObject({ managerKey: 'local:boss', managerName: 'Sam Taylor' });
    // Changed from the summary: back to the summary, with the manager in it.
    expect(saved).toContain('Line manager: Sam Taylor');
    // And it can be removed again.
    await press('Change my line manager');
    expect(await press('Remove my line manager')).toContain('I have removed your line manager.');
    expect((await profile())?.managerKey).toBeUndefined();
  });

  it('matches a typed role with "Something else", suggests roles when it cannot, and keeps the typed text out of storage', async () => {
    await say('update my profile');
    await press('Something else');
    expect(text(last)).toContain('What is your job title?');
    const miss = await say('zorblax wrangler');
    expect(miss).toContain('I could not match that to a role I know.');
    expect(miss).toContain('Is it one of these?');
    expect(choices(last).length).toBeGreaterThan(1);
    expect(await say('pharmacy support worker')).toContain('saved your role as Pharmacy support worker');
    expect((await profile())?.roleId).toBe('pharmacy-support-worker');
    const raw = JSON.stringify([await profile(), await store.dialogs.get(USER, 'local:c1')]);
    expect(raw).not.toContain('zorblax');
    expect(raw).not.toContain('pharmacy support worker');
  });

  it('accepts typed qualifications and "none"', async () => {
    await say('change my qualifications');
    expect(await say('gcse maths and english and a levels')).toContain('Level 2 maths and English');
    expect((await profile())?.held).toEqual(['level2-maths-english', 'level3-qualification']);
    await say('update my qualifications');
    expect(await say('none')).toContain('none of these yet');
    expect((await profile())?.held).toEqual([]);
  });

  it('"I\'m now a band 3" saves the band at once and offers the matching role', async () => {
    await store.profiles.put({ userKey: USER, platform: 'local', createdAt: 'x', updatedAt: 'x', roleId: 'hcsw-band-2', band: '2', onboarded: true });
    const reply = await say("I'm now a band 3");
    expect(reply).toContain('your band is Band 3');
    expect((await profile())?.band).toBe('3');
    expect(await store.dialogs.get(USER, 'local:c1')).toBeUndefined();
    // The saved role is a Band 2 role: offer the Band 3 one.
    expect(await press('Yes, I am a Healthcare support worker (Band 3)')).toContain('saved your role as Healthcare support worker (Band 3)');
    expect((await profile())?.roleId).toBe('hcsw-band-3');
  });

  it('"change my role" asks that one question and ends; "my profile" shows the summary', async () => {
    expect(await say('change my role')).toContain('What is your current role?');
    expect(await say('assistant practitioner')).toContain('saved your role as Assistant practitioner');
    expect(await store.dialogs.get(USER, 'local:c1')).toBeUndefined();
    const summary = await say('my profile');
    expect(summary).toContain('Role: Assistant practitioner');
    // The summary's buttons work later: change the band, then come back to the summary.
    expect(await press('Change my band')).toContain('Which Agenda for Change');
    expect(text(last)).toContain('usually Band 4');
    const back = await say('b4');
    expect(back).toContain('saved Band 4');
    expect(back).toContain('Band: Band 4');
    expect(await press('Done')).toContain('Your profile is saved');
  });

  it('skip at every step saves nothing and still finishes', async () => {
    await press0('My profile');
    await say('skip');
    await say('skip');
    await say('skip');
    await say('skip');
    const end = await say('skip');
    expect(end).toContain('Role: Not given');
    const p = await profile();
    expect(p?.roleId).toBeUndefined();
    expect(p?.band).toBeUndefined();
    expect(p?.onboarded).toBe(true);
  });

  it('back and cancel part way keep the answers already saved', async () => {
    await press0('My profile');
    await press('Healthcare support worker (Band 3)');
    await say('3');
    expect(text(last)).toContain('Which area do you work in?');
    expect(await say('back')).toContain('Which Agenda for Change');
    expect(await say('4')).toContain('saved Band 4');
    expect(await say('cancel')).toContain('I have stopped your profile');
    expect(await profile()).toMatchObject({ roleId: 'hcsw-band-3', band: '4' });
    expect(await store.dialogs.get(USER, 'local:c1')).toBeUndefined();
  });

  it('re-prompts with examples, then buttons, and lets a new question through', async () => {
    await press0('My profile');
    await press('Healthcare support worker (Band 2)');
    const miss = await say('purple');
    expect(miss).toContain('band number');
    expect(miss).toContain('For example: "band 3"');
    await say('purple again');
    expect(choices(last).map((c) => c.label)).toEqual(expect.arrayContaining(['Band 2', 'Band 7', 'Not sure', 'Skip']));
    const other = await say('how do I become a nursing associate?');
    expect(other).toContain('Your route to Nursing associate');
    expect(other).toContain('You were part way through your profile');
  });

  it('help says what each answer is used for', async () => {
    await press0('My profile');
    const help = await say('help');
    expect(help).toContain('Your role: so the routes and options I show start from where you are now.');
    expect(help).toContain('Your qualifications:');
    expect(help).toContain('Your line manager:');
    expect(help).toContain('What is your current role?');
  });

  it('exports helpers other dialogs use', () => {
    expect(needsProfile(undefined)).toBe(true);
    expect(needsProfile({ userKey: 'u', platform: 'local', createdAt: '', updatedAt: '', band: '2' })).toBe(true);
    expect(needsProfile({ userKey: 'u', platform: 'local', createdAt: '', updatedAt: '', roleId: 'hcsw-band-2' })).toBe(false);
    for (const [t, b] of [['band 3', '3'], ['b3', '3'], ['3', '3'], ['three', '3'], ['Band Three', '3'], ['8a', '8a']] as const) {
      expect(parseBand(content, t), t).toEqual({ band: b });
    }
    expect(parseBand(content, 'not sure')).toEqual({ unsure: true });
    expect(parseBand(content, 'purple')).toBeNull();
    expect(parseBand(content, '8')).toBeNull();
    expect(parseQuals(content, 'a degree')).toEqual({ held: ['degree'] });
    expect(parseQuals(content, 'functional skills level 2')).toEqual({ held: ['level2-maths-english'] });
    expect(parseQuals(content, 'I am on the NMC register')).toEqual({ held: ['nmc-registration'] });
    expect(fieldFromText(content, 'change my line manager')).toBe('manager');
    expect(fieldFromText(content, 'update my area of work')).toBe('area');
  });

  it('says what content/wording/profile.yaml says, and understands the words added there', async () => {
    const changed = await editedContent(join(dir, 'content'), {
      'wording/profile.yaml': [
        ['question: What is your current role? I use it', 'question: Which job do you do now? I use it'],
        ['noneWords: [i do not have any,', 'noneWords: [nil, i do not have any,'],
      ],
    });
    const other = await LowStore.open(join(dir, 'other'));
    try {
      const b = dialogBot(dialogServices(other, changed));
      const ask = (t: string) => b.handle(msg({ text: t })).then(text);
      const first = await ask('change my role');
      expect(first).toContain('Which job do you do now? I use it to show routes');
      expect(first).not.toContain('What is your current role?');
      await ask('skip');
      expect(await ask('change my qualifications')).toContain('Which of these do you have?');
      expect(await ask('nil')).toContain('none of these yet');
      expect((await other.profiles.get(USER))?.held).toEqual([]);
    } finally {
      await other.close();
    }
  });

  /** Presses a button of the greeting (sent first). */
  async function press0(label: string): Promise<string> {
    await say('hi');
    return press(label);
  }
});
