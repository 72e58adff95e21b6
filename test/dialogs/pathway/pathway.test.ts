/**
 * The pathway explorer and the options list, as transcripts over the real
 * dialogs, a real LowStore in a temporary folder and the real content.
 */
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { editedContent } from '../../helpers/content.js';
import { Bot } from '../../../src/core/runtime.js';
import type { Dialog } from '../../../src/core/dialog.js';
import { plainText, type Block, type Choice, type InboundMessage, type OutboundMessage } from '../../../src/core/messages.js';
import { LowStore } from '../../../src/store/lowdb.js';
import { loadContent } from '../../../src/content/load.js';
import type { Content } from '../../../src/content/model.js';
import type { Profile } from '../../../src/store/ports.js';
import { defaultContentDir } from '../../../src/paths.js';
import { FEATURES } from '../../../dialogs/index.js';
import type { Feature } from '../../../src/feature.js';
import { findPathways } from '../../../src/knowledge/pathways.js';
import { renderTimelineSvg, timelinePath } from '../../../src/knowledge/timeline.js';
import { answer, answerText } from '../../../dialogs/pathway/answer.js';
import { actionButton } from '../../../src/core/dialog.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';
import { dialogBot, dialogServices, testSettings } from '../../helpers/bot.js';

const USER = 'local:u1';

describe('pathway and options dialogs', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  let bot: Bot;
  let last: OutboundMessage[] = [];
  /** Every button shown so far, newest last: buttons keep working after the dialog ends. */
  let seen: Choice[] = [];

  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });
  const build = (opts: { publicBaseUrl?: string; features?: readonly Feature[]; content?: Content } = {}) => {
    const services = dialogServices(store, opts.content ?? content, opts.publicBaseUrl ? { publicBaseUrl: opts.publicBaseUrl } : {});
    bot = dialogBot(services, testSettings(), opts.features ?? FEATURES);
  };
  /** The features without the career conversation, and with `extra` instead when given. */
  const withoutCareerConversation = (extra?: Dialog): Feature[] => [
    ...FEATURES.filter((f) => f.id !== 'career-conversation'),
    ...(extra ? [{ id: 'stand-in', dialogs: () => [extra] }] : []),
  ];
  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    seen = [];
    build();
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  const msg = (m: Partial<InboundMessage>): InboundMessage => ({ platform: 'local', userKey: USER, conversationKey: 'local:c1', ...m });
  const text = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n---\n');
  const blocks = (out: OutboundMessage[]): Block[] => out.flatMap((o) => o.blocks);
  const choices = (out: OutboundMessage[]): Choice[] => blocks(out).flatMap((b) => (b.type === 'choices' ? b.choices : []));
  const record = (out: OutboundMessage[]) => {
    last = out;
    seen.push(...choices(out));
    return text(out);
  };
  const say = async (t: string) => record(await bot.handle(msg({ text: t })));
  const press = async (label: string) => {
    const c = [...seen].reverse().find((x) => x.label === label);
    if (!c) throw new Error(`No button "${label}" so far; last: ${choices(last).map((x) => x.label).join(', ')}`);
    return record(await bot.handle(msg({ action: { id: c.action, value: c.value ?? {} } })));
  };
  const labels = () => choices(last).map((c) => c.label);
  const setProfile = (p: Partial<Profile>) => store.profiles.put({ userKey: USER, platform: 'local', createdAt: 'x', updatedAt: 'x', ...p });
  const profile = () => store.profiles.get(USER);

  it('gives a Band 2 support worker the personal route to nursing associate, short enough for a phone', async () => {
    await setProfile({ roleId: 'hcsw-band-2', band: '2' });
    const card = await say('how do i become a nursing associate');
    expect(card).toContain('Your route to Nursing associate (registered)');
    expect(card).toContain('This starts from your role: Healthcare support worker (Band 2).');
    expect(card).toMatch(/1\. Trainee nursing associate \(Band 3\): Get a trainee nursing associate post\. Job step, up to 3 months\./);
    expect(card).toMatch(/2\. Nursing associate \(registered\) \(Band 4\): .*about 2 years\./);
    expect(card).toContain('Total time: 24 to 27 months.');
    expect(card).toContain('You need first: Level 2 maths and English.');
    // One next action, which says how to get what is missing and that it is free, once.
    expect(card).toMatch(/Next step: Level 2 maths and English: .*Functional Skills.* free/);
    expect(card.match(/free/gi)).toHaveLength(1);
    // Funding, local examples and currency notes are one tap away, not in the first card.
    expect(card).not.toContain('Funding:');
    expect(card).not.toContain("One trust's approach");
    expect(card).not.toMatch(/\(checked \d{4}-\d{2}-\d{2}\)/);
    expect(blocks(last).some((b) => b.type === 'paragraph' && b.tone === 'warning')).toBe(false);
    // No source links in the card: one "Sources" button holds them.
    expect(blocks(last).some((b) => b.type === 'links')).toBe(false);
    expect(labels()).toEqual(['What do I need first?', 'Funding', 'Other routes', 'More detail', 'Sources', 'Save as my goal']);
    // Without PUBLIC_BASE_URL: the picture is a path on this server and there is no picture link.
    // The picture is on this server; channels make it absolute (or leave it out) when they render.
    expect(blocks(last).find((b) => b.type === 'image')).toMatchObject({ url: '/timeline/hcsw-band-2/nursing-associate.png' });
    expect(card).not.toContain('See your route as a picture');
    // The dialog has finished (its buttons still work); the route is kept as the topic for follow-ups.
    const state = await store.dialogs.get(USER, 'local:c1');
    expect(state?.dialog).toBe('');
    expect(state?.paused ?? []).toEqual([]);
    expect(state?.topic).toEqual({ toRoleId: 'nursing-associate', fromRoleId: 'hcsw-band-2' });

    const funding = await press('Funding');
    expect(funding).toContain('Funding for Nursing associate (registered)');
    expect(funding).toContain('Nursing associate foundation degree apprenticeship: Your employer pays for the training');
    expect(funding).toContain('Level 2 maths and English: Functional Skills courses are free');

    const detail = await press('More detail');
    expect(detail).toContain('More about the route to Nursing associate (registered)');
    expect(detail).toContain('About one day a week of study');
    expect(detail).toContain("Local examples. These show one trust's approach, not a national rule:");
    expect(detail).toContain("One trust's approach (Medway NHS Foundation Trust):");
    // Currency notes that apply, with the date they were checked.
    expect(detail).toMatch(/English and maths: what changed in February 2025, and what did not \(checked \d{4}-\d{2}-\d{2}\)/);
    expect(blocks(last).some((b) => b.type === 'links')).toBe(false);

    const sources = await press('Sources');
    expect(sources).toContain('Sources for the route to Nursing associate (registered)');
    const links = blocks(last).flatMap((b) => (b.type === 'links' ? b.links : []));
    expect(links.some((l) => l.url === 'https://nursing-associates.hee.nhs.uk/about-the-role/become-nursing-associate/')).toBe(true);
    // Two pages of one site read differently.
    expect(new Set(links.map((l) => l.label)).size).toBe(links.length);
    expect(labels()).toEqual(['Back to the route']);
    expect(await press('Back to the route')).toContain('Your route to Nursing associate (registered)');
  });

  it('leaves out what the person already holds', async () => {
    await setProfile({ roleId: 'hcsw-band-2', held: ['level2-maths-english'] });
    const card = await say('how do i become a nursing associate');
    expect(card).toContain('Your route to Nursing associate (registered)');
    expect(card).not.toContain('What you need first:');
    expect(await press('What do I need first?')).toContain('you already have what this route asks for');
  });

  it('adds the timeline picture when PUBLIC_BASE_URL is set', async () => {
    build({ publicBaseUrl: 'https://bot.example.org' });
    await setProfile({ roleId: 'hcsw-band-2' });
    await say('how do i become a nursing associate');
    const image = blocks(last).find((b) => b.type === 'image');
    expect(image).toEqual({
      type: 'image',
      url: '/timeline/hcsw-band-2/nursing-associate.png',
      alt: expect.stringContaining('Trainee nursing associate'),
    });
    // The link to open the picture is one tap away, under "More detail".
    expect(blocks(last).some((b) => b.type === 'links')).toBe(false);
    await press('More detail');
    const links = blocks(last).flatMap((b) => (b.type === 'links' ? b.links : []));
    expect(links[0]).toEqual({ label: 'See your route as a picture', url: 'https://bot.example.org/timeline/hcsw-band-2/nursing-associate.png' });
  });

  it('save as goal, what do I need first, and other routes work after the dialog has ended', async () => {
    await setProfile({ roleId: 'hcsw-band-2' });
    await say('how do i become a nursing associate');
    expect(await press('Save as my goal')).toContain('I have saved Nursing associate (registered) as your goal');
    expect((await profile())?.goalRoleId).toBe('nursing-associate');

    const needs = await press('What do I need first?');
    expect(needs).toContain('What you need first for Nursing associate (registered)');
    expect(needs).toContain('1. Level 2 maths and English');
    expect(needs).toContain('Functional Skills');
    expect(needs).toContain('Funding: Functional Skills courses are free');
    expect(needs).toContain('You need it before: Get a trainee nursing associate post.');
    // A matching resource, with its cost.
    expect(blocks(last).some((b) => b.type === 'links' && b.links.some((l) => l.label.startsWith('Free Functional Skills')))).toBe(true);
    expect(needs).toContain('You have not told me your qualifications yet');

    const alts = await press('Other routes');
    expect(alts).toContain('Routes to Nursing associate (registered)');
    expect(alts).toContain('Main route: Get a trainee nursing associate post, then Nursing associate foundation degree apprenticeship');
    expect(alts).toContain('Route 2: Nursing associate foundation degree (self-funded)');
    const second = await press('Show route 2');
    expect(second).toContain('Another route to Nursing associate (registered)');
    expect(second).toContain('you apply for it yourself');
    expect(second).toContain('Degree course, about 2 years');
  });

  it('asks the current role once when nobody has said it, and saves it', async () => {
    const ask = await say('how do i become a nursing associate');
    expect(ask).toContain('what is your current role?');
    expect(labels()).toEqual(expect.arrayContaining(['Healthcare support worker (Band 2)', 'Skip']));
    const card = await press('Healthcare support worker (Band 3)');
    expect(card).toContain('saved your role as Healthcare support worker (Band 3)');
    expect(card).toContain('This starts from your role: Healthcare support worker (Band 3).');
    expect((await profile())?.roleId).toBe('hcsw-band-3');
    // Next time it does not ask.
    expect(await say('how do i become a midwife')).toContain('Your route to Midwife');
  });

  it('skipping the current role shows the route from a support worker post, and says so', async () => {
    await say('how do i become a nursing associate');
    const card = await press('Skip');
    expect(card).toContain('You skipped your current role, so this starts from a support worker post: Healthcare support worker (Band 2).');
    expect(card).toContain('Trainee nursing associate (Band 3)');
    expect((await profile())?.roleId).toBeUndefined();
  });

  it('is honest about an unknown role and offers the nearest roles as buttons', async () => {
    await setProfile({ roleId: 'hcsw-band-2' });
    const reply = await say('how do i become an astronaut');
    expect(reply).toContain('I do not know that role');
    expect(labels().length).toBeGreaterThan(1);
    // Typing a role it knows answers the question.
    expect(await say('paramedic')).toContain('Your route to Paramedic');
  });

  it('explains an unreachable role and suggests steps towards it', async () => {
    await setProfile({ roleId: 'hcsw-band-2' });
    const reply = await say('how do i become a director of workforce');
    expect(reply).toContain('Your route to Director of workforce');
    expect(reply).toContain('I could not find a route from Healthcare support worker (Band 2) to Director of workforce');
    expect(labels()).toContain('Team leader or supervisor');
    expect(await press('Team leader or supervisor')).toContain('Your route to Team leader or supervisor');
  });

  it('with no target asks which role, with common targets and free text', async () => {
    await setProfile({ roleId: 'hcsw-band-2' });
    await say('hi');
    const ask = await press('Find a career route');
    expect(ask).toContain('Which role are you interested in?');
    expect(labels()).toEqual(
      expect.arrayContaining(['Nursing associate (registered)', 'Registered nurse (adult)', 'Midwife', 'Assistant practitioner', 'Physiotherapist']),
    );
    const miss = await say('zzzz');
    expect(miss).toContain('I could not match that to a role I know.');
    expect(await say('physio')).toContain('Your route to Physiotherapist');
  });

  it('options: the next steps from the person\'s role, each with a button to the route', async () => {
    await setProfile({ roleId: 'hcsw-band-2' });
    const list = await say('what are my options');
    expect(list).toContain('Your next steps from Healthcare support worker (Band 2)');
    expect(list).toMatch(/Trainee nursing associate \(Band 3\): Get a trainee nursing associate post\. Job step, up to 3 months\./);
    expect(list).toContain('Healthcare support worker (Band 3): Move from Band 2 to Band 3.');
    expect(labels()).toContain('Show route: Trainee nursing associate');
    const card = await press('Show route: Healthcare support worker (Band 3)');
    expect(card).toContain('Your route to Healthcare support worker (Band 3)');
    expect(card).toContain('This starts from your role: Healthcare support worker (Band 2).');
  });

  it('options without a role asks for it; the role in the question wins', async () => {
    expect(await say('what are my options')).toContain('What is your current role?');
    const list = await press('Skip');
    expect(list).toContain('You skipped your current role, so these start from a support worker post');
    expect(await say('what are my options as a band 3 hca')).toContain('Your next steps from Healthcare support worker (Band 3)');
  });

  it('"Resources for this route" opens the resources for the route\'s steps', async () => {
    await setProfile({ roleId: 'hcsw-band-2' });
    await say('how do i become a nursing associate');
    await press('More detail');
    const res = await press('Resources for this route');
    expect(res).toContain('Resources for your route to Nursing associate (registered)');
    expect(res).toContain('Free Functional Skills in maths, English and digital');
    expect(res).toContain('Nursing associates: the role and how to become one');
  });

  it('"Add to my career conversation" starts that conversation when it exists, and otherwise saves the goal', async () => {
    await setProfile({ roleId: 'hcsw-band-2' });
    // Without a career conversation dialog.
    build({ features: withoutCareerConversation() });
    await say('how do i become a nursing associate');
    // The card offers it once the goal is saved, when career conversations are set up.
    expect(labels()).not.toContain('Add to my career conversation');
    await press('Save as my goal');
    expect(labels()).not.toContain('Add to my career conversation');
    // A button from a card sent before still works.
    seen.push(actionButton('pathway', 'conversation', 'Add to my career conversation', { to: 'nursing-associate' }));
    await setProfile({ roleId: 'hcsw-band-2' });
    const saved = await press('Add to my career conversation');
    expect(saved).toContain('Career conversations are not set up here yet, so I have saved Nursing associate (registered) as your goal');
    expect((await profile())?.goalRoleId).toBe('nursing-associate');

    // With one: it starts, with the role.
    let started: Record<string, unknown> | undefined;
    const fake: Dialog = {
      id: 'career-conversation',
      title: 'a career conversation',
      begin(ctx, args) {
        started = args;
        ctx.say('Career conversation started.');
        return { end: true };
      },
      steps: {},
    };
    build({ features: withoutCareerConversation(fake) });
    await say('how do i become a nursing associate');
    await press('Save as my goal');
    expect(labels()).toContain('Add to my career conversation');
    expect(await press('Add to my career conversation')).toContain('Career conversation started.');
    expect(started).toEqual({ roleId: 'nursing-associate' });
  });

  it('says what content/wording/pathway.yaml says, in the card and in one-turn answers alike', async () => {
    const edited = await editedContent(join(dir, 'content-copy'), {
      'wording/pathway.yaml': [
        ['  heading: Your route to {role}', '  heading: How to become {role}'],
        ['  in-post: job step', '  in-post: step at work'],
        ['  needs: What do I need first?', '  needs: What must I have first?'],
      ],
    });
    build({ content: edited });
    await setProfile({ roleId: 'hcsw-band-2' });
    const card = await say('how do i become a nursing associate');
    expect(card).toContain('How to become Nursing associate (registered)');
    expect(card).not.toContain('Your route to');
    expect(card).toContain('Step at work, up to 3 months.');
    expect(labels()).toContain('What must I have first?');
    // The answer reads the same sentences.
    const t = answerText(answer(edited, 'how do i become a nursing associate', { from: 'hcsw-band-2' }).reply);
    expect(t).toMatch(/^How to become Nursing associate/);
    expect(t).toContain('Get a trainee nursing associate post. Step at work, up to 3 months.');
  });

  describe('route timeline SVG', () => {
    it('draws one labelled bar per step on a time axis, with a title and description', () => {
      const r = findPathways(content, { from: 'hcsw-band-2', to: 'nursing-associate' });
      if (r.kind !== 'found') throw new Error('no route');
      const svg = renderTimelineSvg(content, r.best);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="900"')).toBe(true);
      expect(svg).toContain('<title id="cc-title">Your route to Nursing associate (registered)</title>');
      expect(svg).toMatch(/<desc id="cc-desc">Starts from: Healthcare support worker \(Band 2\)\. Step 1: Trainee nursing associate \(Band 3\)/);
      expect(svg).toContain('1. Trainee nursing associate (Band 3)');
      expect(svg).toContain('2. Nursing associate (registered) (Band 4)');
      expect(svg).toContain('>2 years</text>');
      for (const colour of ['#005EB8', '#003087', '#41B6E6', '#FFFFFF']) expect(svg).toContain(colour);
      // Every font size is at least 14px.
      const sizes = [...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
      expect(svg).not.toMatch(/<script|<image|href=|@import|url\(/i);
      expect(timelinePath(undefined, 'nurse-adult')).toBe('/timeline/start/nurse-adult.png');
      expect(timelinePath('hcsw-band-2', 'nurse-adult', 'svg')).toBe('/timeline/hcsw-band-2/nurse-adult.svg');
    });

    it('escapes every text', () => {
      const r = findPathways(content, { from: 'hcsw-band-2', to: 'nursing-associate' });
      if (r.kind !== 'found') throw new Error('no route');
      const p = structuredClone(r.best);
      p.steps[1]!.to.title = 'Nurse & <script>alert("x")</script>';
      p.steps[1]!.route.title = "It's <b>";
      const svg = renderTimelineSvg(content, p);
      expect(svg).not.toContain('<script>');
      expect(svg).not.toContain('<b>');
      expect(svg).toContain('Nurse &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(svg).toContain('It&apos;s &lt;b&gt;');
    });
  });
});
