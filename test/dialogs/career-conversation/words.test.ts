/**
 * The career conversation's words: which short answers each question takes
 * (the shared kinds of content/wording/core.yaml plus the question's own words
 * from career-conversation.yaml), and that a trust's change to
 * career-conversation.yaml or my-plan.yaml changes what the bot says and
 * understands, with no code change.
 */
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { editedContent } from '../../helpers/content.js';
import type { Bot } from '../../../src/core/runtime.js';
import { plainText, type Choice, type InboundMessage, type OutboundMessage } from '../../../src/core/messages.js';
import { LowStore } from '../../../src/store/lowdb.js';
import { loadContent } from '../../../src/content/load.js';
import type { Content } from '../../../src/content/model.js';
import { defaultContentDir } from '../../../src/paths.js';
import { wordingSpecs } from '../../../src/app/wording.js';
import { areasFromText, growthFromText, isNo, isSkip, readDue, readRating } from '../../../dialogs/career-conversation/answers.js';
import { dialogBot, dialogServices } from '../../helpers/bot.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';

const USER = 'local:u1';
const NOW = new Date('2026-11-21T10:00:00Z');
const PLAN_ID = `${USER}|${NOW.toISOString()}`;

describe('career conversation words', () => {
  let shipped: Content;
  let dir: string;
  let store: LowStore;
  let bot: Bot;
  let last: OutboundMessage[] = [];

  beforeAll(async () => {
    shipped = await loadContent(defaultContentDir, { wording: wordingSpecs() });
  });

  const start = async (content: Content) => {
    store = await LowStore.open(join(dir, 'data'));
    bot = dialogBot(dialogServices(store, content, { clock: () => NOW }));
    const at = NOW.toISOString();
    await store.profiles.put({ userKey: USER, platform: 'local', roleId: 'hcsw-band-3', band: '3', held: [], onboarded: true, createdAt: at, updatedAt: at });
  };

  beforeEach(async () => {
    dir = await tempDir('cc-words-');
  });
  afterEach(async () => {
    await store?.close();
    await removeDir(dir);
  });

  const msg = (m: Partial<InboundMessage>): InboundMessage => ({ platform: 'local', userKey: USER, conversationKey: 'local:c1', ...m });
  const text = (out: OutboundMessage[]) => out.map((o) => plainText(o.blocks)).join('\n---\n');
  const choices = (out: OutboundMessage[]): Choice[] => out.flatMap((o) => o.blocks).flatMap((b) => (b.type === 'choices' ? b.choices : b.type === 'inputs' ? [b.submit] : []));
  const labels = () => choices(last).map((c) => c.label);
  const say = async (t: string) => {
    last = await bot.handle(msg({ text: t }));
    return text(last);
  };
  const press = async (label: string) => {
    const c = choices(last).find((x) => x.label === label);
    if (!c) throw new Error(`No button "${label}" in: ${labels().join(', ')}`);
    last = await bot.handle(msg({ action: { id: c.action, value: c.value ?? {} } }));
    return text(last);
  };

  it('reads short answers with the shared kinds and each question\'s own words', () => {
    // Free-text questions: "not sure", "none" and "nothing" leave the answer out, as "skip" does.
    for (const t of ['skip', 'not sure', 'none', 'nothing', "I don't know", 'N/A', 'pass']) expect(isSkip(shipped, t), t).toBe(true);
    expect(isSkip(shipped, 'Nursing')).toBe(false);
    // "done" and "that's all" mean no when asked whether to add more.
    for (const t of ['no', 'Nope', 'done', "That's all", 'thats all', "I'm done", 'nothing else']) expect(isNo(shipped, t), t).toBe(true);
    expect(isNo(shipped, 'yes')).toBe(false);
    // Growth: whole words anywhere in the answer, unsure first.
    expect(growthFromText(shipped, 'I would like a promotion')).toBe('stretch');
    expect(growthFromText(shipped, 'maybe move across to outpatients')).toBe('breadth');
    expect(growthFromText(shipped, 'get better at what I do')).toBe('depth');
    expect(growthFromText(shipped, "I don't know, maybe step up")).toBe('unsure');
    expect(growthFromText(shipped, 'dunno')).toBe('unsure');
    expect(growthFromText(shipped, 'instay')).toBeUndefined();
    // Areas: the words found are kept with the area.
    expect(areasFromText(shipped, 'Maths and English, and more confidence')).toEqual({ 'skills-for-life': 'maths, english', 'personal-skills': 'confidence' });
    expect(areasFromText(shipped, 'leadership')).toEqual({ 'personal-skills': 'leadership' });
    expect(areasFromText(shipped, '1 and 5')).toEqual({ 'career-progression': 'yes', 'technical-skills': 'yes' });
    // Ratings: digits, or the number words in order.
    expect(readRating(shipped, '4')).toBe(4);
    expect(readRating(shipped, '2 out of 5')).toBe(2);
    expect(readRating(shipped, 'Four.')).toBe(4);
    expect(readRating(shipped, '7')).toBeUndefined();
    // Dates: the date's own "no date" words, besides skip, not sure, none and no.
    for (const t of ['no deadline', 'No rush.', 'not yet', 'no', 'later', 'none']) expect(readDue(shipped, t, '2026-11-21'), t).toEqual({ kind: 'none' });
  });

  it('"add another" and "one more" add an action; "done" and "that\'s all" finish', async () => {
    await start(shipped);
    await say('I would like a career conversation');
    // "not sure", "nothing" and "none" leave a free-text answer out.
    expect(await say('not sure')).toContain('What do you enjoy most');
    expect(await say('nothing')).toContain('in a year or two');
    expect(await say('none')).toContain('Which of these sounds most like you');
    await say('I want to step up');
    await say("that's all");
    await press('Skip');
    await press('3 OK');
    await say('Book a course');
    expect(await say('no deadline')).toContain('Would you like to add another action?');
    expect(await say('one more')).toContain('What is another thing you will do?');
    await say('Talk to my manager');
    await say('next week');
    expect(await say('add another')).toContain('What is another thing you will do?');
    // The third is the last action; go back and finish at "add another?" with "done".
    await say('back');
    expect(await say('done')).toContain('Your career conversation summary');
    const plan = await store.plans.get(PLAN_ID);
    expect(plan).toMatchObject({ growth: 'stretch', options: [], answers: { wellbeing: '3' } });
    expect(plan!.answers['strengths']).toBeUndefined();
    expect(plan!.actions).toEqual([
      { id: 'a1', text: 'Book a course' },
      { id: 'a2', text: 'Talk to my manager', due: '2026-11-28' },
    ]);
    // At the summary, "that's all" finishes too.
    expect(await say("that's all")).toContain('Your plan is saved');
  });

  it('says and understands what the YAML says, with no code change', async () => {
    const content = await editedContent(join(dir, 'content'), {
      'wording/career-conversation.yaml': [
        ['button: Step up to a bigger role', 'button: Take on a bigger job'],
        ['yesWords: [add another, another, add one, one more]', 'yesWords: [add another, another, add one, one more, go on then]'],
        ['more: What is another thing you will do?', 'more: What else will you do?'],
      ],
      'wording/my-plan.yaml': [
        ['  good: Good', '  good: Fine'],
        ["stretch: 'Stretch: step up to a bigger role'", "stretch: 'Stretch: a bigger job'"],
        ['heading: My next steps', 'heading: What I will do'],
      ],
    });
    await start(content);
    await say('I would like a career conversation');
    await say('skip');
    await say('skip');
    await say('skip');
    expect(labels()).toContain('Take on a bigger job');
    await press('Take on a bigger job');
    await press('None of these');
    await press('Skip');
    expect(labels()).toContain('4 Fine');
    await press('4 Fine');
    await say('Book a course');
    await say('skip');
    expect(await say('go on then')).toContain('What else will you do?');
    await say('skip');
    const summary = text(last);
    expect(summary).toContain('Stretch: a bigger job');
    expect(summary).toContain('4 out of 5 (Fine)');
    expect(summary).toContain('What I will do');
    expect(summary).not.toContain('My next steps');
  });
});
