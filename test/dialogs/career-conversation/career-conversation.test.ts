/**
 * The career conversation, as transcripts: a Bot built with the real dialogs
 * over a real LowStore in a temporary folder, the real content, a fixed clock
 * and a Messenger that records what would go to a line manager.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Bot } from '../../../src/core/runtime.js';
import type { Services } from '../../../src/core/dialog.js';
import { plainText, type Attachment, type Block, type Choice, type InboundMessage, type OutboundMessage } from '../../../src/core/messages.js';
import type { DeliveryResult, SendOptions } from '../../../src/core/messenger.js';
import { LowStore } from '../../../src/store/lowdb.js';
import { createLogger } from '../../../src/log.js';
import { loadContent } from '../../../src/content/load.js';
import type { Content } from '../../../src/content/model.js';
import { defaultContentDir } from '../../../src/paths.js';
import { dialogBot } from '../../helpers/bot.js';
import { readDue } from '../../../dialogs/career-conversation/answers.js';
import { planMarkdown, planText } from '../../../dialogs/my-plan/summary.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';

const USER = 'local:u1';
const MANAGER = 'local:manager';
const NOW = new Date('2026-11-21T10:00:00Z');
const PLAN_ID = `${USER}|${NOW.toISOString()}`;

interface Sent {
  userKey: string;
  messages: OutboundMessage[];
  opts?: SendOptions;
}

describe('career conversation', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  let bot: Bot;
  let last: OutboundMessage[] = [];
  let sent: Sent[];
  let delivery: DeliveryResult;

  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });

  const build = (s: LowStore) => {
    const services: Services = {
      store: s,
      log: createLogger('silent'),
      clock: () => NOW,
      content,
      timeZone: 'Europe/London',
      messenger: {
        send: async (userKey, messages, opts) => {
          sent.push({ userKey, messages, ...(opts ? { opts } : {}) });
          return delivery;
        },
      },
    };
    return dialogBot(services);
  };

  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    sent = [];
    delivery = { status: 'sent' };
    bot = build(store);
    const at = NOW.toISOString();
    await store.profiles.put({ userKey: USER, platform: 'local', roleId: 'hcsw-band-3', band: '3', held: [], onboarded: true, createdAt: at, updatedAt: at });
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  const msg = (m: Partial<InboundMessage>): InboundMessage => ({ platform: 'local', userKey: USER, conversationKey: 'local:c1', ...m });
  const text = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n---\n');
  const blocks = (out: OutboundMessage[]): Block[] => out.flatMap((o) => o.blocks);
  const choices = (out: OutboundMessage[]): Choice[] => blocks(out).flatMap((b) => (b.type === 'choices' ? b.choices : b.type === 'inputs' ? [b.submit] : []));
  const attachments = (out: OutboundMessage[]): Attachment[] => out.flatMap((o) => o.attachments ?? []);
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
  const labels = () => choices(last).map((c) => c.label);
  const state = () => store.dialogs.get(USER, 'local:c1');

  /** Start to the summary with short answers. */
  const quickRun = async (opts: { wellbeing?: string } = {}) => {
    await say('I would like a career conversation');
    await say('Good with anxious patients');
    await say('Teaching new starters');
    await say('I would like more responsibility');
    await press('Step up to a bigger role');
    await press('None of these');
    await press('Skip');
    await press(opts.wellbeing ?? '4 Good');
    await say('Ask my manager about the apprenticeship');
    await say('next week');
    return press("No, that's all");
  };

  it('runs every stage, stores the plan, offers text and Markdown files, and sets reminders for dated actions', async () => {
    // Who am I?
    const opening = await say('I would like a career conversation');
    expect(opening).toContain('Who am I?');
    expect(opening).toContain('Nothing is shared with your manager unless you say yes');
    expect(opening).toContain('What are you good at?');
    expect(labels()).toContain('Skip');
    expect(await say('I am calm under pressure and good with anxious patients')).toContain('What do you enjoy most');
    // Where would I like to go?
    expect(await say('Talking with patients and their families')).toContain('in a year or two');
    const growth = await say('I would like to become a registered nurse one day');
    expect(growth).toContain('Scope for Growth');
    expect(growth).toContain('Depth means');
    expect(labels()).toEqual(['Grow in my current role', 'Move across to another area', 'Step up to a bigger role', 'Not sure yet']);
    expect(blocks(last).some((b) => b.type === 'links' && b.links.some((l) => l.url === 'https://sw.leadershipacademy.nhs.uk/scope-for-growth-2'))).toBe(true);

    // What are my options? From the pathway engine, for a band 3 healthcare support worker.
    const options = await press('Step up to a bigger role');
    expect(options).toContain('What are my options?');
    expect(options).toContain('from your role as Healthcare support worker (Band 3)');
    const optionButtons = choices(last).filter((c) => c.value?.['answer'] && content.roles.has(c.value['answer']));
    expect(optionButtons.length).toBeGreaterThan(0);
    expect(optionButtons.length).toBeLessThanOrEqual(5);
    expect(labels()).toContain('None of these');
    const ap = optionButtons.find((c) => c.value?.['answer'] === 'assistant-practitioner');
    expect(ap?.label).toMatch(/^Assistant practitioner \(Band 4\): .*(month|year)/);
    expect(await press(ap!.label)).toContain('Added Assistant practitioner');
    expect(text(last)).toContain('You have picked: Assistant practitioner');
    // Free text is matched to a role.
    expect(await say('midwife')).toContain('Added Midwife');
    expect(await say('an astronaut')).toContain('could not match that to a role');

    // What do I need? The five roadmap areas as a multiple choice, plus anything else.
    const needs = await press("That's all");
    expect(needs).toContain('What do I need?');
    const form = blocks(last).find((b) => b.type === 'inputs');
    expect(form?.type === 'inputs' && form.fields[0]!.options!.map((o) => o.value)).toEqual([
      'career-progression',
      'wellbeing-resilience',
      'skills-for-life',
      'personal-skills',
      'technical-skills',
    ]);
    const wellbeing = await press('Save and carry on', { areas: 'career-progression,skills-for-life', other: 'Getting my maths GCSE' });
    // A short wellbeing check.
    expect(wellbeing).toContain('How are you feeling about work at the moment?');
    expect(wellbeing).toContain('never shared with your manager');
    const action = await press('4 Good');
    expect(action).toContain('good to hear');

    // Taking action: up to three, each with an optional date.
    expect(action).toContain('What is one thing you will do next?');
    expect(await say('Ask my manager about the assistant practitioner apprenticeship')).toContain('When will you do it by?');
    expect(await say('01/01/2020')).toContain('1 January 2020 has already passed');
    expect(await say('next week')).toContain('Would you like to add another action?');
    expect(await press('Add another')).toContain('What is another thing you will do?');
    await say('Do a Functional Skills maths course');
    expect(await say('31/03/2027')).toContain('Would you like to add another action?');
    await press('Add another');
    await say('Shadow a colleague in outpatients');
    // The third action is the last: no "add another" question.
    const summary = await press('No date');
    expect(summary).toContain('Your career conversation summary');
    expect(summary).toContain('I am calm under pressure');
    expect(summary).toContain('Stretch: step up to a bigger role');
    expect(summary).toContain('Assistant practitioner (Band 4)');
    expect(summary).toContain('Skills for life');
    expect(summary).toContain('4 out of 5');
    expect(summary).toContain('Do a Functional Skills maths course (by 31 March 2027)');
    expect(labels()).toEqual(['Download as text', 'Download as Markdown', 'Share with my line manager', 'Not now']);

    // The plan is stored.
    const plan = await store.plans.get(PLAN_ID);
    expect(plan).toMatchObject({
      userKey: USER,
      growth: 'stretch',
      options: ['assistant-practitioner', 'midwife'],
      needs: { 'career-progression': 'yes', 'skills-for-life': 'yes' },
      answers: {
        strengths: 'I am calm under pressure and good with anxious patients',
        enjoy: 'Talking with patients and their families',
        aspirations: 'I would like to become a registered nurse one day',
        needsOther: 'Getting my maths GCSE',
        wellbeing: '4',
      },
    });
    expect(plan!.actions).toEqual([
      { id: 'a1', text: 'Ask my manager about the assistant practitioner apprenticeship', due: '2026-11-28' },
      { id: 'a2', text: 'Do a Functional Skills maths course', due: '2027-03-31' },
      { id: 'a3', text: 'Shadow a colleague in outpatients' },
    ]);
    expect((await store.profiles.get(USER))?.lastCareerConversation).toBe(NOW.toISOString());

    // One reminder per dated action, at 10:00 London time (GMT in November, BST in March).
    const reminders = (await store.reminders.listForUser(USER)).sort((a, b) => a.id.localeCompare(b.id));
    expect(reminders.map((r) => ({ id: r.id, kind: r.kind, dueAt: r.dueAt, state: r.state, payload: r.payload }))).toEqual([
      { id: `action|${PLAN_ID}|a1`, kind: 'action', dueAt: '2026-11-28T10:00:00.000Z', state: 'pending', payload: { planId: PLAN_ID, actionId: 'a1' } },
      { id: `action|${PLAN_ID}|a2`, kind: 'action', dueAt: '2027-03-31T09:00:00.000Z', state: 'pending', payload: { planId: PLAN_ID, actionId: 'a2' } },
    ]);
    expect(reminders[0]!.originalDueAt).toBe(reminders[0]!.dueAt);

    // Downloads: files with the summary.
    await press('Download as text');
    const [txt] = attachments(last);
    expect(txt).toMatchObject({ filename: 'career-conversation-2026-11-21.txt', contentType: 'text/plain' });
    expect(txt!.content).toContain('Strengths: I am calm under pressure');
    expect(txt!.content).toContain('4 out of 5');
    expect(txt!.content).toContain('- Do a Functional Skills maths course (by 31 March 2027)');
    expect(labels()).toContain('Download as Markdown');
    await press('Download as Markdown');
    const [md] = attachments(last);
    expect(md).toMatchObject({ filename: 'career-conversation-2026-11-21.md', contentType: 'text/markdown' });
    expect(md!.content).toMatch(/^# My career conversation, 21 November 2026/);
    expect(md!.content).toContain('## My next steps');

    // "Not now": nothing is shared, the conversation ends with a next step.
    const closing = await press('Not now');
    expect(closing).toContain('Your plan is saved');
    expect(labels()).toContain('Show my plan');
    expect(sent).toEqual([]);
    expect(await state()).toBeUndefined();
  });

  it('resumes after a restart at the same step with earlier answers intact', async () => {
    await say('I would like a career conversation');
    await say('Calm under pressure');
    expect(await say('Wound care')).toContain('in a year or two');

    // Restart: close the store, open it again, build a new Bot.
    await store.close();
    store = await LowStore.open(dir);
    bot = build(store);

    expect(await say('To become a nursing associate')).toContain('Which of these sounds most like you right now?');
    // Help in the middle explains the conversation and Scope for Growth, then asks the same question.
    const help = await say('help');
    expect(help).toContain('About the career conversation');
    expect(help).toContain('https://sw.leadershipacademy.nhs.uk/scope-for-growth-2');
    expect(help).toContain('Which of these sounds most like you right now?');
    expect(await say('back')).toContain('Your answer so far: "To become a nursing associate"');
    expect(await say('back')).toContain('Your answer so far: "Wound care"');
    await press('Keep this answer');
    await press('Keep this answer');
    await press('Grow in my current role');
    await press('None of these');
    await press('Skip');
    await press("I'd rather not say");
    await press('Skip for now');
    const plan = await store.plans.get(PLAN_ID);
    expect(plan?.answers).toEqual({ strengths: 'Calm under pressure', enjoy: 'Wound care', aspirations: 'To become a nursing associate' });
    expect(plan?.growth).toBe('depth');
    expect(plan?.actions).toEqual([]);
  });

  it('"back" in the middle keeps the answers given', async () => {
    await quickRun();
    // At the summary, asking for a career conversation starts a new one.
    expect(await say('I would like a career conversation')).toContain('What are you good at?');
    await say('Organised');
    await say('Teaching');
    await say('Team leader');
    await press('Move across to another area');
    await press('None of these');
    await press('Save and carry on', { areas: 'personal-skills', other: '' });
    await press('3 OK');
    await say('Book a coaching session');
    expect(await say('back')).toContain('Your answer so far: "Book a coaching session"');
    expect(await say('back')).toContain('How are you feeling about work');
    expect(await say('back')).toContain('What do I need?');
    // The form shows what was picked.
    const form = blocks(last).find((b) => b.type === 'inputs');
    expect(form?.type === 'inputs' && form.fields[0]!.initial).toBe('personal-skills');
    await press('Keep my answers');
    await press('5 Very good');
    await press('Keep this action');
    await say('in 3 months');
    await press("No, that's all");
    const [plan] = await store.plans.listForUser(USER);
    expect(plan).toMatchObject({
      growth: 'breadth',
      needs: { 'personal-skills': 'yes' },
      answers: { strengths: 'Organised', enjoy: 'Teaching', aspirations: 'Team leader', wellbeing: '5' },
      actions: [{ id: 'a1', text: 'Book a coaching session', due: '2027-02-21' }],
    });
  });

  it('offers to carry on a conversation already under way instead of starting over', async () => {
    await say('I would like a career conversation');
    await say('Calm under pressure');
    // Something else, then the menu button again.
    await say('hi');
    last = await bot.handle(msg({ action: { id: 'start', value: { dialog: 'career-conversation' } } }));
    expect(text(last)).toContain('got as far as who you are');
    expect(await press('Carry on')).toContain('What do you enjoy most');
    expect(await say('Teaching')).toContain('in a year or two');
    expect(await say('back')).toContain('Your answer so far: "Teaching"');
    // Going back stops where the conversation was picked up.
    expect(await say('back')).toContain('cannot go back any further');
    expect(await press('Carry on')).toContain('What do you enjoy most');
    await press('Keep this answer');
    await say('Band 5 nurse');
    await press('Not sure yet');
    await press('None of these');
    await press('Skip');
    await press('3 OK');
    await press('Skip for now');
    const [plan] = await store.plans.listForUser(USER);
    expect(plan?.answers).toEqual({ strengths: 'Calm under pressure', enjoy: 'Teaching', aspirations: 'Band 5 nurse', wellbeing: '3' });
  });

  it('pauses for a greeting and carries on with the full history from the "Carry on" button', async () => {
    await say('I would like a career conversation');
    await say('Calm under pressure');
    expect(await say('hello')).toContain('part way through your career conversation');
    expect(await press('Carry on with your career conversation')).toContain('What do you enjoy most');
    expect(await say('back')).toContain('Your answer so far: "Calm under pressure"');
  });

  it('shares with the line manager only after an explicit yes, and never the wellbeing answer', async () => {
    await quickRun({ wellbeing: '2 Low' });
    expect(await press('Share with my line manager')).toContain('Who is your line manager?');
    // Not a mention: asks again.
    expect(await say('Sam')).toContain('could not see a mention');
    const named = await say('My manager is @Sam', { mentions: [{ userKey: MANAGER, name: 'Sam' }] });
    expect(named).toContain('saved Sam as your line manager');
    expect(named).toContain('What name should I put on the summary');
    expect((await store.profiles.get(USER))?.managerKey).toBe(MANAGER);
    const confirm = await say('Alex');
    expect(confirm).toContain('Your manager, Sam, will see:');
    expect(confirm).toContain('Career conversation summary from Alex');
    expect(confirm).toContain('They will not see your wellbeing answer.');
    expect(confirm).not.toContain('out of 5');
    expect(labels()).toEqual(['Yes, share it', 'Choose a different manager', "No, don't share"]);
    // Nothing has gone anywhere yet.
    expect(sent).toEqual([]);
    expect((await store.plans.get(PLAN_ID))?.sharedWith).toBeUndefined();

    const done = await press('Yes, share it');
    expect(done).toContain('Sam now has your summary');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.userKey).toBe(MANAGER);
    expect(sent[0]!.opts).toEqual({ via: USER });
    const managerText = text(sent[0]!.messages);
    expect(managerText).toContain('Career conversation summary from Alex');
    expect(managerText).toContain('Good with anxious patients');
    expect(managerText).toContain('Ask my manager about the apprenticeship (by 28 November 2026)');
    expect(managerText).not.toMatch(/out of 5|How I feel|Very low|\bLow\b/);
    expect(JSON.stringify(sent[0]!.messages)).not.toContain('wellbeing":');
    expect((await store.plans.get(PLAN_ID))?.sharedWith).toEqual({ managerKey: MANAGER, at: NOW.toISOString() });
    // Once shared, the share button is not offered again.
    expect(labels()).not.toContain('Share with my line manager');
    await press('Not now');
    expect(sent).toHaveLength(1);
  });

  it('says plainly when the summary could not be delivered, and records nothing as shared', async () => {
    delivery = { status: 'failed', reason: 'no conversation with this person yet' };
    await store.profiles.put({ ...(await store.profiles.get(USER))!, managerKey: MANAGER, managerName: 'Sam' });
    await quickRun();
    expect(await press('Share with my line manager')).toContain('What name should I put on the summary');
    await say('Alex');
    const out = await press('Yes, share it');
    expect(out).toContain('could not deliver your summary to your manager, so nothing was shared');
    expect(sent).toHaveLength(1);
    expect((await store.plans.get(PLAN_ID))?.sharedWith).toBeUndefined();
    expect(labels()).toContain('Share with my line manager');
  });

  it('"Not now" and "No, don\'t share" send nothing', async () => {
    await store.profiles.put({ ...(await store.profiles.get(USER))!, managerKey: MANAGER });
    await quickRun();
    await press('Share with my line manager');
    await say('Alex');
    expect(await press("No, don't share")).toContain('Nothing was shared');
    expect(await press('Not now')).toContain('Your plan is saved');
    expect(sent).toEqual([]);
    expect((await store.plans.get(PLAN_ID))?.sharedWith).toBeUndefined();
  });

  it('signposts at once on distress and on a low wellbeing rating, without blocking the conversation', async () => {
    await say('I would like a career conversation');
    const out = await say("Honestly I can't cope at the moment");
    expect(out).toContain(content.signposting.distress.intro.slice(0, 40));
    expect(out).toContain('NHS 111');
    // Once, and most urgent first: the turn's safety check and the conversation do not both list the services.
    const count = (text: string, part: string) => text.split(part).length - 1;
    expect(count(out, content.signposting.distress.intro.slice(0, 40))).toBe(1);
    const serviceLists = blocks(last).filter((b) => b.type === 'list' && b.items.some((i) => i.includes('NHS 111')));
    expect(serviceLists).toHaveLength(1);
    expect(out.indexOf('999')).toBeLessThan(out.indexOf('NHS 111'));
    expect(out).toContain('What do you enjoy most');
    await say('skip');
    await say('skip');
    await press('Not sure yet');
    await press('None of these');
    await press('Skip');
    const low = await press('1 Very low');
    expect(low).toContain('Thank you for telling me');
    expect(low).toContain('NHS Talking Therapies');
    expect(low).toContain('What is one thing you will do next?');
  });

  it('asks for a role when the profile has none, and carries on without one if asked', async () => {
    await store.profiles.put({ userKey: USER, platform: 'local', createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    await say('I would like a career conversation');
    await say('skip');
    await say('skip');
    await say('skip');
    expect(await press('Not sure yet')).toContain('I can suggest options better if I know your current role');
    expect(await press('Carry on without')).toContain('Type a role you are interested in');
    expect(await say('back')).toContain('What is your role now?');
    const opts = await say('band 2 healthcare assistant');
    expect(opts).toContain('saved Healthcare support worker (Band 2) as your current role');
    expect(opts).toContain('from your role as Healthcare support worker (Band 2)');
    expect((await store.profiles.get(USER))?.roleId).toBe('hcsw-band-2');
  });

  it('puts the role the person arrived with first (from the pathway explorer)', async () => {
    last = await bot.handle(msg({ action: { id: 'start', value: { dialog: 'career-conversation', roleId: 'nurse-adult' } } }));
    await say('skip');
    await say('skip');
    await say('skip');
    await press('Step up to a bigger role');
    const first = choices(last)[0]!;
    expect(first.value?.['answer']).toBe('nurse-adult');
    expect(text(last)).toContain('the role you were looking at');
  });

  it('reads target dates the way people type them', () => {
    const today = '2026-11-21';
    expect(readDue(content, 'next week', today)).toEqual({ kind: 'date', date: '2026-11-28' });
    expect(readDue(content, 'end of March', today)).toEqual({ kind: 'date', date: '2027-03-31' });
    expect(readDue(content, 'by the end of November', today)).toEqual({ kind: 'date', date: '2026-11-30' });
    expect(readDue(content, '31/03/2027', today)).toEqual({ kind: 'date', date: '2027-03-31' });
    expect(readDue(content, '2027-03-31', today)).toEqual({ kind: 'date', date: '2027-03-31' });
    expect(readDue(content, '31st March 2027', today)).toEqual({ kind: 'date', date: '2027-03-31' });
    expect(readDue(content, 'in 3 months', today)).toEqual({ kind: 'date', date: '2027-02-21' });
    expect(readDue(content, 'two weeks', today)).toEqual({ kind: 'date', date: '2026-12-05' });
    expect(readDue(content, 'Friday', today)).toEqual({ kind: 'date', date: '2026-11-27' });
    expect(readDue(content, '10/11', today)).toEqual({ kind: 'date', date: '2027-11-10' });
    expect(readDue(content, 'skip', today)).toEqual({ kind: 'none' });
    expect(readDue(content, 'no date', today)).toEqual({ kind: 'none' });
    expect(readDue(content, '20/11/2026', today)).toEqual({ kind: 'past', date: '2026-11-20' });
    expect(readDue(content, '31/02/2027', today)).toEqual({ kind: 'unknown' });
    expect(readDue(content, 'when I can', today)).toEqual({ kind: 'unknown' });
  });

  it('keeps what people typed from becoming Markdown formatting', () => {
    const plan = {
      id: 'p',
      userKey: USER,
      startedAt: NOW.toISOString(),
      completedAt: NOW.toISOString(),
      answers: { strengths: '[click](http://evil.example) *bold* <b>', wellbeing: '2' },
      options: [],
      needs: {},
      actions: [],
    };
    const md = planMarkdown({ content, timeZone: 'Europe/London' }, plan);
    expect(md).toContain('\\[click\\](http://evil.example) \\*bold\\* \\<b\\>');
    expect(planText({ content, timeZone: 'Europe/London' }, plan, 'manager')).not.toContain('out of 5');
    expect(planText({ content, timeZone: 'Europe/London' }, plan, 'self')).toContain('2 out of 5 (Low)');
  });
});
