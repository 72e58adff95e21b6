/**
 * The route card fits a phone: for the ten top route questions
 * (test/helpers/card-size.ts) the first card has at most about 900 visible
 * characters and at most six buttons, says each fact once, has no warning
 * unless the route changes, cites each page once and only its own route's
 * pages; and each button that holds the rest answers with its section.
 */
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load.js';
import type { Content } from '../../../src/content/model.js';
import { defaultContentDir } from '../../../src/paths.js';
import { LowStore } from '../../../src/store/lowdb.js';
import type { Bot } from '../../../src/core/runtime.js';
import { plainText, type Block, type OutboundMessage } from '../../../src/core/messages.js';
import { changesThisRoute, findPathways, type Pathway } from '../../../src/knowledge/pathways.js';
import { pageKey } from '../../../src/knowledge/format.js';
import { detailSection, fundingSection, otherRoutesSection, sourcesSection } from '../../../dialogs/pathway/route-card.js';
import { TOP_QUESTIONS, cardSize, firstCards, visibleChars, buttonCount, type TopQuestion } from '../../helpers/card-size.js';
import { dialogBot, dialogServices } from '../../helpers/bot.js';
import { editedContent } from '../../helpers/content.js';
import { transcript, type Transcript } from '../../helpers/transcript.js';
import { removeDir, tempDir } from '../../helpers/tmp.js';

const MAX_CHARS = 900;
const MAX_BUTTONS = 6;

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
});

function best(q: TopQuestion, c: Content = content): Pathway {
  const r = findPathways(c, { from: q.roleId, to: q.to });
  if (r.kind !== 'found') throw new Error(`no route for ${q.question}`);
  return r.best;
}

/** Sentences of a text, in lower case with spacing evened out. */
function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+/)
    .map((s) => s.trim().toLowerCase().replace(/\s+/g, ' '))
    .filter((s) => s.length > 20);
}

describe('measuring a card', () => {
  it('counts what a person sees: text, link and button labels, not web addresses or image descriptions', () => {
    const blocks: Block[] = [
      { type: 'heading', text: 'Title' },
      { type: 'paragraph', text: 'See https://example.org/page now' },
      { type: 'list', items: ['one', 'two'] },
      { type: 'links', links: [{ label: 'Site', url: 'https://example.org/a/very/long/address' }] },
      { type: 'image', url: '/timeline/x.svg', alt: 'a long description read aloud' },
      { type: 'choices', choices: [{ label: 'Go', action: 'x' }, { label: 'Stop', action: 'y' }] },
    ];
    expect(visibleChars(blocks)).toBe('Title'.length + 'See  now'.length + 'one'.length + 'two'.length + 'Site'.length + 'Go'.length + 'Stop'.length);
    expect(buttonCount(blocks)).toBe(3);
  });
});

describe('the first route card, for the ten top questions', () => {
  let cards: Array<TopQuestion & { card: OutboundMessage }>;
  beforeAll(async () => {
    cards = await firstCards(content);
  });

  it('is the route asked about, from the person\'s role', () => {
    expect(cards).toHaveLength(10);
    for (const c of cards) {
      const to = content.roles.get(c.to)!;
      expect(c.card.blocks[0], c.question).toEqual({ type: 'heading', text: `Your route to ${to.title}` });
    }
  });

  it(`has at most ${MAX_CHARS} visible characters and at most ${MAX_BUTTONS} buttons`, () => {
    for (const c of cards) {
      const size = cardSize(c.card);
      expect(size.chars, c.question).toBeLessThanOrEqual(MAX_CHARS);
      expect(size.buttons, c.question).toBeLessThanOrEqual(MAX_BUTTONS);
    }
  });

  it('has the steps with band and time, what this route needs first, and one next step', () => {
    for (const c of cards) {
      const text = plainText(c.card.blocks);
      const p = best(c);
      for (const s of p.steps) expect(text, c.question).toContain(s.to.title);
      expect(text, c.question).toMatch(/\(band|Band \d/);
      expect(text.match(/^Next step: /gm), c.question).toHaveLength(1);
      for (const m of p.missing) expect(text, c.question).toContain(m.requirement.title);
    }
  });

  it('says each fact once', () => {
    for (const c of cards) {
      const all = sentences(plainText(c.card.blocks));
      expect(all.filter((s, i) => all.indexOf(s) !== i), c.question).toEqual([]);
      expect((plainText(c.card.blocks).match(/\bfree\b/gi) ?? []).length, c.question).toBeLessThanOrEqual(1);
    }
  });

  it('has no warning, and a currency note only when it changes this route, in the normal style', () => {
    for (const c of cards) {
      const p = best(c);
      const paragraphs = c.card.blocks.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph');
      expect(paragraphs.filter((b) => b.tone === 'warning').map((b) => b.text), c.question).toEqual([]);
      for (const n of p.notes) {
        const shown = paragraphs.some((b) => b.text.startsWith(n.title));
        expect(shown, `${c.question}: ${n.id}`).toBe(p.changes.includes(n));
      }
    }
    // The team leader route is one a note changes (apprenticeships can be shorter), so it says so, in the normal style.
    const leader = cards.find((c) => c.to === 'team-leader')!;
    expect(leader.card.blocks).toContainEqual({ type: 'paragraph', text: expect.stringMatching(/^Apprenticeships can now be shorter \(checked/), tone: 'normal' });
    // The nursing associate route has notes (a renamed levy, the 2025 maths rules, a closed team) that change nothing for it.
    const na = cards.find((c) => c.to === 'nursing-associate')!;
    expect(best(na).notes.length).toBeGreaterThanOrEqual(3);
    expect(best(na).changes).toEqual([]);
  });

  it('has no source links: one "Sources" button holds them', () => {
    for (const c of cards) {
      expect(c.card.blocks.some((b) => b.type === 'links'), c.question).toBe(false);
      expect(c.card.blocks.flatMap((b) => (b.type === 'choices' ? b.choices.map((x) => x.label) : [])), c.question).toContain('Sources');
    }
  });
});

describe('a route\'s sources', () => {
  /** Every route from the ten starting roles to every role, and the alternatives. */
  function everyPathway(): Array<{ name: string; p: Pathway }> {
    const out: Array<{ name: string; p: Pathway }> = [];
    for (const from of new Set(TOP_QUESTIONS.map((q) => q.roleId))) {
      for (const to of content.roles.keys()) {
        const r = findPathways(content, { from, to });
        if (r.kind !== 'found') continue;
        [r.best, ...r.alternatives].forEach((p, i) => out.push({ name: `${from} -> ${to} (route ${i + 1})`, p }));
      }
    }
    return out;
  }

  it('holds each page once, and no two source buttons read the same', () => {
    const all = everyPathway();
    expect(all.length).toBeGreaterThan(50);
    for (const { name, p } of all) {
      const keys = p.sources.map((s) => pageKey(s.url));
      expect(new Set(keys).size, name).toBe(keys.length);
      const links = sourcesSection(content, p).flatMap((b) => (b.type === 'links' ? b.links : []));
      expect(new Set(links.map((l) => l.label)).size, name).toBe(links.length);
    }
  });

  it('counts two addresses of one page as one page', () => {
    expect(pageKey('https://www.Example.org/a/page/')).toBe(pageKey('http://example.org/a/page#part'));
    expect(pageKey('https://example.org/a/page')).not.toBe(pageKey('https://example.org/a/other'));
  });

  it('holds only this route\'s pages: none that another route or role cites and this one does not', () => {
    const owners = new Map<string, Set<string>>();
    const own = (who: string, urls: string[]) => urls.forEach((u) => owners.set(pageKey(u), (owners.get(pageKey(u)) ?? new Set()).add(who)));
    for (const r of content.routes) own(`route:${r.id}`, r.sources.map((s) => s.url));
    for (const r of content.roles.values()) own(`role:${r.id}`, r.sources.map((s) => s.url));
    for (const { name, p } of everyPathway()) {
      const mine = new Set(p.steps.flatMap((s) => [`route:${s.route.id}`, `role:${s.to.id}`]));
      for (const s of p.sources) {
        const by = owners.get(pageKey(s.url));
        if (by) expect([...by].some((o) => mine.has(o)), `${name}: ${s.url}`).toBe(true);
      }
    }
  });

  it('a physiotherapy route does not cite a midwifery course page, and the requirement it shares with midwifery cites none', () => {
    const physio = best({ question: '', roleId: 'hcsw-band-3', to: 'physiotherapist' });
    expect(physio.missing.map((m) => m.requirement.id)).toContain('employer-support');
    const course = /worcester\.ac\.uk\/courses\/midwifery/;
    // A requirement shared by every apprenticeship cites a page that fits them all, not one course's page.
    const employer = content.requirements.get('employer-support')!;
    expect(employer.sources.some((s) => /\/courses?\/|midwifery-degree|physiotherapy/.test(s.url))).toBe(false);
    expect(physio.sources.filter((s) => course.test(s.url))).toEqual([]);
    // The midwifery route keeps its own course pages.
    const midwife = best({ question: '', roleId: 'maternity-support-worker', to: 'midwife' });
    expect(midwife.sources.some((s) => course.test(s.url))).toBe(true);
  });
});

describe('the buttons that hold the rest', () => {
  let dir: string;
  let store: LowStore;
  let bot: Bot;
  let t: Transcript;
  const build = (c: Content) => {
    bot = dialogBot(dialogServices(store, c));
    t = transcript(() => bot);
  };
  beforeEach(async () => {
    dir = await tempDir();
    store = await LowStore.open(dir);
    build(content);
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });
  const setProfile = (roleId: string, held: string[] = []) =>
    store.profiles.put({ userKey: 'local:u1', platform: 'local', createdAt: 'x', updatedAt: 'x', roleId, held });
  /** The blocks of the last reply between its heading and its buttons. */
  const body = () => t.last.flatMap((m) => m.blocks).filter((b) => b.type !== 'heading' && b.type !== 'choices');

  it('each answers with its section of the route on the card', async () => {
    for (const q of TOP_QUESTIONS) {
      await setProfile(q.roleId);
      await t.say(q.question);
      const r = findPathways(content, { from: q.roleId, to: q.to });
      if (r.kind !== 'found') throw new Error(q.question);
      const labels = t.labels();
      expect(await t.press('Funding'), q.question).toMatch(/^Funding for /);
      expect(body(), q.question).toEqual(fundingSection(content, r.best));
      expect(await t.press('More detail'), q.question).toMatch(/^More about the route to /);
      expect(body().slice(0, detailSection(content, r.best).length), q.question).toEqual(detailSection(content, r.best));
      expect(await t.press('Sources'), q.question).toMatch(/^Sources for the route to /);
      expect(body(), q.question).toEqual(sourcesSection(content, r.best));
      if (labels.includes('Other routes')) {
        expect(await t.press('Other routes'), q.question).toMatch(/^Routes to /);
        expect(body(), q.question).toEqual(otherRoutesSection(content, r, content.roles.get(q.to)!));
      }
      expect(await t.press('What do I need first?'), q.question).toMatch(/^What you need first for /);
    }
  });

  it('"What do I need first?" on another route lists only that route\'s steps', async () => {
    await setProfile('hcsw-band-2');
    await t.say('how do I become a nursing associate?');
    await t.press('Other routes');
    const second = await t.press('Show route 2');
    expect(second).toContain('Another route to Nursing associate (registered)');
    expect(second).toContain('Nursing associate foundation degree (self-funded)');
    const needs = await t.press('What do I need first?');
    expect(needs).toContain('You need it before: Nursing associate foundation degree (self-funded).');
    expect(needs).not.toContain('Get a trainee nursing associate post');
    // And its other buttons are about route 2 too.
    expect(await t.press('Funding')).toContain('You pay the course fees yourself');
    expect(await t.press('Back to the route')).toContain('Another route to Nursing associate (registered)');
  });

  it('"What do I need first?" on every other route of the ten names only that route\'s steps', async () => {
    let checked = 0;
    for (const q of TOP_QUESTIONS) {
      const r = findPathways(content, { from: q.roleId, to: q.to });
      if (r.kind !== 'found') continue;
      await setProfile(q.roleId);
      for (const [i, p] of r.alternatives.entries()) {
        await t.say(q.question);
        await t.press('Other routes');
        await t.press(`Show route ${i + 2}`);
        const needs = await t.press('What do I need first?');
        const steps = new Set(p.steps.map((s) => s.route.title));
        for (const m of needs.matchAll(/You need it before: (.+)\./g)) expect(steps.has(m[1]!), `${q.question} route ${i + 2}: ${m[1]}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('a note shows in the first card when it changes a step still ahead, and not when it only applies to the route', async () => {
    const edited = await editedContent(join(dir, 'content-copy'), {
      'notes.yaml': [
        [
          '    appliesTo: [preceptorship-nursing, nursing-associate-apprenticeship]\n',
          '    appliesTo: [preceptorship-nursing, nursing-associate-apprenticeship]\n    changes: [nursing-associate-apprenticeship]\n',
        ],
      ],
    });
    build(edited);
    await setProfile('hcsw-band-2');
    const card = await t.say('how do I become a nursing associate?');
    const paragraphs = t.last.flatMap((m) => m.blocks).filter((b) => b.type === 'paragraph');
    expect(paragraphs).toContainEqual({ type: 'paragraph', text: expect.stringMatching(/^The national preceptorship programme team has closed \(checked/), tone: 'normal' });
    // Only its first sentence; the whole note is under "More detail".
    expect(card).not.toContain('still describes what good preceptorship looks like');
    expect(await t.press('More detail')).toContain('still describes what good preceptorship looks like');
    // A note that only applies (the 2025 maths rules) stays one tap away.
    expect(card).not.toContain('English and maths: what changed in February 2025');
    // Once that step is behind the person, the note does not change their route.
    await setProfile('nursing-associate');
    expect(await t.say('how do I become an adult nurse?')).not.toContain('preceptorship programme team');
  });

  it('a note that changes a requirement shows only to someone who still needs it', async () => {
    const edited = await editedContent(join(dir, 'content-copy'), {
      'notes.yaml': [['      - hcsw-level2-apprenticeship\n', '      - hcsw-level2-apprenticeship\n    changes: [level2-maths-english]\n']],
    });
    build(edited);
    await setProfile('hcsw-band-2');
    expect(await t.say('how do I become a nursing associate?')).toContain('English and maths: what changed in February 2025');
    await setProfile('hcsw-band-2', ['level2-maths-english']);
    expect(await t.say('how do I become a nursing associate?')).not.toContain('English and maths: what changed in February 2025');
  });

  it('the rule reads the note\'s own list of what it changes', () => {
    const note = { id: 'n', title: 'A change', text: 'Something changed.', checked: '2026-11-01', appliesTo: ['a-route'], changes: ['b-route'], sources: [] };
    expect(changesThisRoute(note, new Set(['a-route']))).toBe(false);
    expect(changesThisRoute(note, new Set(['b-route']))).toBe(true);
  });
});
