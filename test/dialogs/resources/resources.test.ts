/**
 * The resources dialog, as transcripts over the real dialogs, a real LowStore in
 * a temporary folder and the real content.
 */
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { editedContent } from '../../helpers/content.js';
import { Bot } from '../../../src/core/runtime.js';
import { message, plainText, type Block, type Choice, type InboundMessage, type OutboundMessage } from '../../../src/core/messages.js';
import { signpostingMessage, wellbeingBlocks } from '../../../src/core/signposting.js';
import { LowStore } from '../../../src/store/lowdb.js';
import { loadContent } from '../../../src/content/load.js';
import type { Content } from '../../../src/content/model.js';
import { ROADMAP_AREAS } from '../../../src/content/schema.js';
import { defaultContentDir } from '../../../src/paths.js';
import { areaFromText, selectResources } from '../../../dialogs/resources/resources.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';
import { dialogBot, dialogServices } from '../../helpers/bot.js';

const USER = 'local:u1';

describe('resources dialog', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  let bot: Bot;
  let last: OutboundMessage[] = [];
  let seen: Choice[] = [];

  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });
  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    seen = [];
    bot = dialogBot(dialogServices(store, content));
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
  const listItems = () => blocks(last).flatMap((b) => (b.type === 'list' ? b.items : []));
  const linkUrls = () => blocks(last).flatMap((b) => (b.type === 'links' ? b.links.map((l) => l.url) : []));

  it('by area from the question, best first, with cost and links', async () => {
    const reply = await say('Functional Skills maths');
    expect(reply).toContain('Resources: Skills for life: reading, writing, maths and digital');
    const expected = selectResources(content, { by: 'area', area: 'skills-for-life' }).slice(0, 5);
    expect(expected[0]!.priority).toBeLessThanOrEqual(expected[1]!.priority);
    expect(listItems()).toHaveLength(expected.length);
    expected.forEach((r, i) => {
      expect(listItems()[i]).toContain(r.title);
      expect(listItems()[i]).toContain(`Cost: ${r.cost}`);
    });
    expect(linkUrls()).toEqual(expected.map((r) => r.url));
    expect(labels()).toContain('Another area');
  });

  describe('a question that names a resource topic (understanding.yaml, resourceTopics)', () => {
    it.each([
      ['how much protected time does a preceptor get?', 'preceptorship'],
      ['how long does preceptorship last for a new nurse', 'preceptorship'],
      ['is there a preceptorship framework for physios', 'preceptorship'],
      ['any help with the care certificate?', 'Care Certificate'],
    ])('"%s" lists the resources tagged %s', async (typed, tag) => {
      const reply = await say(typed);
      expect(reply).toContain(`Resources about ${tag}`);
      const tagged = selectResources(content, { by: 'topic', tag });
      expect(tagged.length).toBeGreaterThan(0);
      expect(tagged.every((r) => r.tags.some((t) => t.toLowerCase() === tag.toLowerCase()))).toBe(true);
      expect(linkUrls()).toEqual(tagged.slice(0, 5).map((r) => r.url));
      expect(labels()).toContain('Browse by area');
    });

    it('lists the national preceptorship frameworks, with the protected time a preceptor gets', async () => {
      await say('how many hours of protected time does a preceptor get?');
      const items = listItems().join('\n');
      expect(items).toContain('National preceptorship framework for nursing');
      expect(items).toContain('8 hours a year of protected time');
      expect(items).toContain('National preceptorship framework for midwifery');
    });

    it('a question with no topic is answered by area as before', async () => {
      expect(await say('Functional Skills maths')).toContain('Resources: Skills for life');
    });
  });

  describe('a question about wellbeing', () => {
    const messages = () => last.map((o) => plainText(o.blocks));
    const gentle = () => plainText(message(wellbeingBlocks(content)).blocks);

    it('gets the gentle signposting first (the wellbeing service, then 999 and 111 option 2), then the resources', async () => {
      await say("I can't sleep after nights");
      expect(messages()).toHaveLength(2);
      expect(messages()[0]).toBe(gentle());
      expect(messages()[0]).toContain('call 999, or call 111 and choose option 2');
      expect(messages()[1]).toMatch(/^Resources: Wellbeing and resilience/);
    });

    it('gets it too when the person picks the wellbeing reading of what they typed', async () => {
      await say('support');
      await press('Support for your wellbeing');
      expect(messages()[0]).toBe(gentle());
      expect(messages()[1]).toMatch(/^Resources: Wellbeing and resilience/);
    });

    it('does not get it when the area is picked from the list of areas', async () => {
      await say('courses and resources');
      await press('Wellbeing and resilience');
      expect(messages()).toHaveLength(1);
      expect(messages()[0]).toMatch(/^Resources: Wellbeing and resilience/);
      expect(text(last)).not.toContain(content.signposting.distress.intro);
      expect(text(last)).not.toContain('call 111 and choose option 2');
    });

    it('does not get it twice when the turn has already signposted someone in distress', async () => {
      const reply = await say("I can't cope, I need wellbeing support");
      expect(messages()).toHaveLength(2);
      expect(messages()[0]).toBe(plainText(signpostingMessage(content).blocks));
      expect(messages()[1]).toMatch(/^Resources: Wellbeing and resilience/);
      expect(reply).not.toContain('These can help if you would like to talk to someone:');
    });
  });

  it('asks for the area with five buttons, then "Show more" shows the next five', async () => {
    const ask = await say('courses and resources');
    expect(ask).toContain('Which area would you like resources for?');
    expect(labels()).toEqual(['Career progression', 'Wellbeing and resilience', 'Maths, English and digital', 'Personal skills', 'Technical skills']);
    const all = selectResources(content, { by: 'area', area: 'career-progression' });
    expect(all.length).toBeGreaterThan(10);
    const first = await press('Career progression');
    expect(first).toContain(`Showing 1 to 5 of ${all.length}`);
    expect(linkUrls()).toEqual(all.slice(0, 5).map((r) => r.url));
    expect(await press('Show more')).toContain(`Showing 6 to 10 of ${all.length}`);
    expect(linkUrls()).toEqual(all.slice(5, 10).map((r) => r.url));
    // The earlier "Show more" button still gives the second page; the newest gives the third.
    await press('Show more');
    expect(linkUrls()).toEqual(all.slice(10, 15).map((r) => r.url));
    // "Another area" asks again, and a typed area works.
    expect(await press('Another area')).toContain('Which area would you like resources for?');
    expect(await say('maths and english')).toContain('Resources: Skills for life: reading, writing, maths and digital');
    expect(listItems()[0]).toContain('Free Functional Skills in maths, English and digital');
  });

  it('the last page has no "Show more"', async () => {
    await say('courses and resources');
    const all = selectResources(content, { by: 'area', area: 'skills-for-life' });
    expect(all.length).toBeGreaterThan(5);
    expect(all.length).toBeLessThanOrEqual(10);
    await press('Maths, English and digital');
    await press('Show more');
    expect(listItems()).toHaveLength(all.length - 5);
    expect(labels()).not.toContain('Show more');
  });

  it('by goal: resources for the saved goal role', async () => {
    await store.profiles.put({ userKey: USER, platform: 'local', createdAt: 'x', updatedAt: 'x', goalRoleId: 'nursing-associate' });
    await say('courses and resources');
    expect(labels()).toContain('For my goal: Nursing associate (registered)');
    const reply = await press('For my goal: Nursing associate (registered)');
    expect(reply).toContain('Resources for your goal: Nursing associate (registered)');
    const expected = selectResources(content, { by: 'goal', roleId: 'nursing-associate' });
    expect(expected.every((r) => r.roles.includes('nursing-associate'))).toBe(true);
    expect(linkUrls()).toEqual(expected.slice(0, 5).map((r) => r.url));
  });

  it('by route: resources for the route and its target role', () => {
    const list = selectResources(content, { by: 'route', routeIds: ['trainee-nursing-associate-post'], roleId: 'nursing-associate' });
    const ids = list.map((r) => r.id);
    expect(ids).toContain('functional-skills-free');
    expect(ids).toContain('nhs-jobs');
    expect(ids).toContain('nmc-nursing-associate-standards');
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.priority).toBeLessThanOrEqual(list[i]!.priority);
  });

  it('reads typed areas', () => {
    expect(areaFromText(content, '2')).toBe(ROADMAP_AREAS[1]);
    expect(areaFromText(content, 'wellbeing')).toBe('wellbeing-resilience');
    expect(areaFromText(content, 'personal skills')).toBe('personal-skills');
    expect(areaFromText(content, 'leadership')).toBe('personal-skills');
    expect(areaFromText(content, 'dementia training')).toBe('technical-skills');
    expect(areaFromText(content, 'zzz')).toBeUndefined();
  });

  it('says what content/wording/resources.yaml and core.yaml say', async () => {
    const changed = await editedContent(join(dir, 'content'), {
      'wording/resources.yaml': [
        ['question: Which area would you like resources for?', 'question: Which kind of learning are you after?'],
        ['wellbeing-resilience: Wellbeing and resilience', 'wellbeing-resilience: Looking after yourself'],
      ],
      'wording/core.yaml': [['  personal-skills: Personal skills', '  personal-skills: Personal and people skills']],
    });
    bot = dialogBot(dialogServices(store, changed));
    const ask = await say('courses and resources');
    expect(ask).toContain('Which kind of learning are you after?');
    expect(ask).not.toContain('Which area would you like resources for?');
    expect(ask).toContain('Personal and people skills');
    expect(labels()).toContain('Looking after yourself');
    expect(await press('Looking after yourself')).toContain('Resources: Wellbeing and resilience');
    await press('Another area');
    expect(await say('personal skills')).toContain('Resources: Personal and people skills');
  });
});
