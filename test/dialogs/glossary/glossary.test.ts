/**
 * What a word means, through the whole bot: "what is a preceptor?" and the
 * like get the plain meaning from content/glossary.yaml, with where it comes
 * from; a route question that names a glossary word still gets the route.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/core/runtime.js';
import { LowStore } from '../../../src/store/lowdb.js';
import { loadContent } from '../../../src/content/load.js';
import { ContentError } from '../../../src/content/model.js';
import type { Content } from '../../../src/content/model.js';
import { defaultContentDir } from '../../../src/paths.js';
import { FEATURES } from '../../../dialogs/index.js';
import { glossaryQuestion } from '../../../dialogs/glossary/index.js';
import { glossaryEntry, glossaryTermsIn, firstSentence } from '../../../src/knowledge/glossary.js';
import { dialogBot, dialogServices, testSettings } from '../../helpers/bot.js';
import { editedContent } from '../../helpers/content.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';
import { transcript, type Transcript } from '../../helpers/transcript.js';
import { visibleChars } from '../../helpers/card-size.js';

describe('what a word means', () => {
  let content: Content;
  let dir: string;
  let store: LowStore;
  let bot: Bot;
  let t: Transcript;

  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });
  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    bot = dialogBot(dialogServices(store, content), testSettings(), FEATURES);
    t = transcript(() => bot);
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  const meaning = (id: string) => content.glossary.find((g) => g.id === id)!.meaning.replace(/\s+/g, ' ');

  it.each([
    ['what is a preceptor?', 'preceptor', 'Preceptor'],
    ['What does supernumerary mean?', 'supernumerary', 'Supernumerary'],
    ['what is the levy', 'levy', 'Growth and Skills Levy'],
    ["what's an AP?", 'assistant-practitioner', 'Assistant practitioner'],
    ['whats a T Level', 't-level', 'T Level'],
    ['what is CPD please', 'cpd', 'CPD'],
    ['preceptorship meaning', 'preceptorship', 'Preceptorship'],
    ['what is a nursing associate?', 'nursing-associate', 'Nursing associate'],
    ['what is a preceptorship lead?', 'preceptorship-lead', 'Preceptorship lead'],
    ["what's a preceptorship ambassador", 'preceptorship-champion', 'Preceptorship champion'],
    ['what does protected time mean', 'protected-time', 'Protected time'],
  ])('"%s" gets the meaning of %s, and where it comes from', async (typed, id, heading) => {
    const reply = await t.say(typed);
    expect(reply.split('\n')[0]).toBe(heading);
    expect(reply).toContain(meaning(id));
    const links = t.last[0]!.blocks.flatMap((b) => (b.type === 'links' ? b.links : []));
    expect(links[0]!.url).toBe(content.glossary.find((g) => g.id === id)!.sources[0]!.url);
    expect(t.labels()).toEqual(['Find a career route']);
    // Short enough for a phone.
    expect(visibleChars(t.last[0]!.blocks)).toBeLessThan(600);
  });

  it.each([
    'how do I become a nursing associate?',
    'how do I become an AP',
    'what is the route to nursing associate',
  ])('"%s" is a route question, not a word to explain', async (typed) => {
    expect(glossaryQuestion(content, typed)).toBeUndefined();
    const reply = await t.say(typed);
    expect(reply).not.toContain(meaning('nursing-associate'));
    expect(reply).not.toContain(meaning('assistant-practitioner'));
  });

  it('answers a route question with the route card', async () => {
    await t.say('I am a band 2 HCA');
    const reply = await t.say('how do I become a nursing associate?');
    expect(reply).toMatch(/^Your route to Nursing associate/);
  });

  it.each(['what is a band 5 nurse', 'what does a BM of 2.8 mean', 'what is the plan button', 'what do you mean?'])(
    'leaves "%s" alone: what it asks about is not a glossary word',
    (typed) => {
      expect(glossaryQuestion(content, typed)).toBeUndefined();
    },
  );
});

describe('the glossary', () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });

  it('finds an entry by its term, another way of writing it, or a plural', () => {
    expect(glossaryEntry(content, 'a Preceptor')?.id).toBe('preceptor');
    expect(glossaryEntry(content, 'preceptors')?.id).toBe('preceptor');
    expect(glossaryEntry(content, 'apprenticeship levy')?.id).toBe('levy');
    expect(glossaryEntry(content, 'T Levels')?.id).toBe('t-level');
    expect(glossaryEntry(content, 'nurse')).toBeUndefined();
  });

  it('lists the words a text uses, in the order it first uses them, each once', () => {
    const found = glossaryTermsIn(content, 'A foundation degree apprenticeship at Level 5, then a top-up degree. Your preceptor and preceptors.');
    expect(found.map((g) => g.id)).toEqual(['foundation-degree', 'level-5', 'top-up-degree', 'preceptor']);
  });

  it('gives the first sentence of a meaning', () => {
    expect(firstSentence('A preceptor helps you. They meet you.')).toBe('A preceptor helps you.');
  });

  it('every entry has a plain meaning and a source, and was checked', () => {
    expect(content.glossary.length).toBeGreaterThanOrEqual(25);
    for (const g of content.glossary) {
      expect(g.sources.length, g.id).toBeGreaterThan(0);
      expect(g.checked, g.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(g.meaning.split(/(?<=[.!?])\s+/).length, g.id).toBeLessThanOrEqual(3);
    }
  });
});

describe('a broken glossary', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('stops start-up, naming the file, the field and the fix', async () => {
    const err = await editedContent(dir, { 'glossary.yaml': [['checked: 2026-12-06\n', 'checked: soon\n']] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentError);
    const p = (err as ContentError).problems.find((x) => x.file === 'glossary.yaml')!;
    expect(p.path).toBe('glossary[0].checked');
    expect(p.line).toBeGreaterThan(0);
  });

  it('reports a word given to two entries', async () => {
    const err = await editedContent(dir, { 'glossary.yaml': [['also: [preceptee, preceptees, preceptorship programme]', 'also: [preceptee, preceptors]']] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentError);
    const p = (err as ContentError).problems.find((x) => x.file === 'glossary.yaml')!;
    expect(p.path).toBe('glossary[1].also[1]');
    expect(p.message).toContain('"preceptors" is already a word of glossary entry "preceptor"');
    expect(p.fix).toBe('give each word to one glossary entry only');
  });
});
