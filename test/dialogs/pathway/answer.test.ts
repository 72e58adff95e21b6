import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/content/load.js';
import type { Content } from '../../../src/content/model.js';
import { answer, answerText } from '../../../dialogs/pathway/answer.js';
import { detailSection, fundingSection, otherRoutesSection, sourcesSection } from '../../../dialogs/pathway/route-card.js';
import { findPathways } from '../../../src/knowledge/pathways.js';
import { plainText } from '../../../src/core/messages.js';
import { defaultContentDir } from '../../../src/paths.js';
import { fixtureContent } from '../../fixtures/knowledge-fixture.js';

const fixture = fixtureContent();
const text = (q: string, opts?: Parameters<typeof answer>[2], c: Content = fixture) => answerText(answer(c, q, opts).reply);

/** Every web address in the reply must come from the content. */
function contentUrls(c: Content): Set<string> {
  const urls = new Set<string>();
  const add = (s: { url: string }[]) => s.forEach((x) => urls.add(x.url));
  for (const r of c.roles.values()) add(r.sources);
  for (const r of c.routes) {
    add(r.sources);
    r.examples.forEach((e) => add(e.sources));
  }
  for (const r of c.requirements.values()) add(r.sources);
  for (const r of c.resources) {
    urls.add(r.url);
    add(r.sources);
  }
  for (const n of c.notes) add(n.sources);
  return urls;
}

describe('answer: pathways', () => {
  it('gives the route the chat gives: steps, bands, time, what is needed and a next step; the rest one tap away', () => {
    const a = answer(fixture, 'How do I become a nursing associate?', { from: 'hcsw-band-2' });
    const t = answerText(a.reply);
    expect(t).toMatch(/^Your route to Nursing associate/);
    expect(t).toContain('This starts from your role: Healthcare support worker (Band 2).');
    expect(t).toMatch(/1\. Trainee nursing associate \(Band 3\): Trainee nursing associate post\. Job step, no set length\./);
    expect(t).toMatch(/2\. Nursing associate \(Band 4\): Nursing associate apprenticeship \(foundation degree\)\. Apprenticeship, about 2 years\./);
    expect(t).toContain('Total time: about 2 years.');
    expect(t).toContain('You need first: Level 2 maths and English.');
    expect(t).toMatch(/Next step: Level 2 maths and English: /);
    for (const later of ['Funding:', "One trust's approach", 'English and maths still needed for entry', 'Source']) expect(t).not.toContain(later);
    const labels = a.reply.blocks.flatMap((b) => (b.type === 'choices' ? b.choices.map((c) => c.label) : []));
    // The fixture has one route to the role, so no "Other routes".
    expect(labels).toEqual(['What do I need first?', 'Funding', 'More detail', 'Sources', 'Save as my goal']);

    // The sections the buttons answer with.
    const r = findPathways(fixture, { from: 'hcsw-band-2', to: 'nursing-associate' });
    if (r.kind !== 'found') throw new Error('no route');
    expect(plainText(fundingSection(fixture, r.best))).toMatch(/Funding:[\s\S]*Nursing associate apprenticeship \(foundation degree\): /);
    const detail = plainText(detailSection(fixture, r.best));
    expect(detail).toContain("One trust's approach (Medway NHS Foundation Trust):");
    expect(detail).toContain('English and maths still needed for entry');
    expect(plainText(sourcesSection(fixture, r.best))).toMatch(/Source.*: https:\/\/nursing-associates\.hee\.nhs\.uk/);
  });

  it('says when it assumed the start', () => {
    expect(text('how do i become a nursing associate')).toContain(
      'You did not say your current role, so this starts from a support worker post',
    );
  });

  it('reads the current role from free text or an id, and from the question', () => {
    expect(text('how do I become a nursing associate', { from: 'band 3 hca' })).toContain('Healthcare support worker (Band 3)');
    expect(text("I'm a senior HCA, how do I become an assistant practitioner?")).toContain(
      'This starts from your role: Senior healthcare support worker',
    );
  });

  it('says "band set locally" for roles whose band varies', () => {
    expect(text('how do i become an assistant practitioner', { from: 'senior-hcsw' })).toContain('Assistant practitioner (Band 4)');
    expect(text('how do i become a senior hca', { from: 'hcsw-band-2' })).toMatch(/Senior healthcare support worker \(band set locally/);
  });

  it('shows the whole route when someone asks about a trainee post', () => {
    const t = text('my manager says I should think about the TNA');
    expect(t).toMatch(/^Your route to Nursing associate/);
    expect(t).toContain('so this shows the whole route');
  });

  it('lists other routes one line each, one tap away', () => {
    const r = findPathways(fixture, { from: 'hcsw-band-2', to: 'nurse-adult' });
    if (r.kind !== 'found') throw new Error('no route');
    const t = plainText(otherRoutesSection(fixture, r, fixture.roles.get('nurse-adult')!));
    expect(t).toMatch(/1\. Main route: .*\n2\. Route 2: /);
    expect(t).toMatch(/Route \d: Nursing degree at university \(about 3 years\)\./);
    expect(text('how do i become a nurse', { from: 'hcsw-band-2' })).not.toContain('Nursing degree at university');
  });

  it('is honest when there is no route and suggests useful roles', () => {
    const t = text('how do i become a clinical scientist', { from: 'hcsw-band-2' });
    expect(t).toContain('There is no route into Clinical scientist in the content yet.');
    expect(t).not.toContain('Next step:');
  });

  it('asks which role when none is named', () => {
    expect(text('how do i become one of those')).toMatch(/Which role do you want to move into\?/);
  });

  it('handles asking for the role the person already has', () => {
    expect(text('how do i become a midwife', { from: 'midwife' })).toMatch(/You are already a midwife/);
  });
});

describe('answer: other intents', () => {
  it('lists options from the current role', () => {
    const t = text('what are my options as a band 2 hca');
    expect(t).toMatch(/^Your next steps from Healthcare support worker \(Band 2\)/);
    expect(t).toContain('Trainee nursing associate (Band 3): Trainee nursing associate post');
    expect(t).toContain('You need first: Level 2 maths and English.');
    expect(t).toMatch(/Next step: ask me about any of these/);
  });

  it('asks for the role before listing options', () => {
    expect(text('what are my options')).toMatch(/Tell me your current role/);
  });

  it('gives up to five resources with what each is, its cost and a link', () => {
    const a = answer(fixture, 'functional skills maths');
    const t = answerText(a.reply);
    expect(a.understanding.area).toBe('skills-for-life');
    expect(t).toMatch(/^Resources: Skills for life/);
    expect(t).toMatch(/Functional Skills in maths and English: Free Level 2 qualifications.* Cost: Free if you do not have Level 2\./);
    expect(t).toContain('Functional Skills in maths and English: https://www.ncltraininghub.org/training-and-support/functional-skills');
    const list = a.reply.blocks.find((b) => b.type === 'list');
    expect(list && list.type === 'list' ? list.items.length : 0).toBeLessThanOrEqual(5);
  });

  it('explains what it can do for help and for questions it does not understand', () => {
    expect(text('hello')).toMatch(/What I can help with/);
    const t = text('the weather is lovely today');
    expect(t).toMatch(/^Sorry, I did not understand that\./);
    expect(t).toMatch(/How do I become a/);
  });

  it('says where to go instead for a topic it does not help with, then what it can do', () => {
    const t = text('the canteen is closed again');
    const facilities = fixture.outOfScope.find((x) => x.id === 'facilities')!;
    expect(t.startsWith(facilities.answer)).toBe(true);
    expect(t).not.toContain('Sorry, I did not understand that');
    expect(t).toMatch(/How do I become a/);
  });

  it('gives short replies for the chat flows', () => {
    expect(text('help me prep for my appraisal')).toMatch(/^Career conversation/);
    expect(text("I'm struggling in my new job")).toMatch(/^Check-in/);
    expect(text("I'm now a band 3")).toMatch(/^Your profile[\s\S]*Band 3/);
    expect(text('delete my data')).toMatch(/^Your data/);
  });
});

describe('answer: real content', () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });

  it('only links to addresses that are in the content', () => {
    const known = contentUrls(content);
    const questions = [
      'how do i become a nursing associate',
      'how do i become a nurse',
      'how do i become a midwife',
      'how do i become a physio',
      'how do i become a clinical scientist',
      'how do i become a pharmacy technician',
      'how do i become a director of workforce',
      'what are my options as a band 3 hca',
      'functional skills maths',
      'wellbeing support',
      'leadership course',
      'check in',
      'help me prep for my appraisal',
    ];
    for (const q of questions) {
      const reply = answer(content, q, { from: 'hcsw-band-2' }).reply;
      for (const b of reply.blocks) {
        if (b.type !== 'links') continue;
        for (const l of b.links) expect(known.has(l.url), `${q}: ${l.url}`).toBe(true);
      }
      for (const url of answerText(reply).match(/https?:\/\/\S+/g) ?? []) {
        expect(known.has(url.replace(/[).,]+$/, '')), `${q}: ${url}`).toBe(true);
      }
    }
  });

  it('answers every labelled kind of question without throwing', () => {
    for (const q of ['hi', 'gdpr', 'how am i doing', 'update my profile', 'asdfgh', 'how do i get into HR', 'what next after team leader']) {
      expect(answerText(answer(content, q).reply).length).toBeGreaterThan(20);
    }
  });
});
