import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { defaultContentDir, packageRoot } from '../../src/paths.js';
import { damerauLevenshtein, normalise, understand, type Understanding } from '../../src/knowledge/understand.js';
import { fixtureContent } from '../fixtures/knowledge-fixture.js';

interface Labelled {
  text: string;
  intent: Understanding['intent'];
  role?: string | null;
  from?: string | null;
  area?: string | null;
}

const phrases = JSON.parse(readFileSync(join(packageRoot, 'test/knowledge/phrases.json'), 'utf8')) as Labelled[];

function misses(content: Content): { total: number; correct: number; wrong: string[] } {
  const wrong: string[] = [];
  let correct = 0;
  for (const p of phrases) {
    const u = understand(p.text, content);
    const problems: string[] = [];
    if (u.intent !== p.intent) problems.push(`intent ${u.intent} (want ${p.intent})`);
    if (p.role !== undefined && (u.role?.id ?? null) !== p.role) problems.push(`role ${u.role?.id ?? null} (want ${p.role})`);
    if (p.from !== undefined && (u.from?.id ?? null) !== p.from) problems.push(`from ${u.from?.id ?? null} (want ${p.from})`);
    if (p.area !== undefined && u.area !== p.area) problems.push(`area ${u.area} (want ${p.area})`);
    if (problems.length === 0) correct++;
    else wrong.push(`"${p.text}": ${problems.join('; ')} | ${u.explain.join(' / ')}`);
  }
  return { total: phrases.length, correct, wrong };
}

describe('labelled phrase set', () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });

  it('has at least 220 phrases over every intent', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(220);
    const intents = new Set(phrases.map((p) => p.intent));
    for (const i of ['pathway', 'options', 'career_conversation', 'resources', 'checkin', 'profile', 'help', 'privacy', 'unknown']) {
      expect(intents.has(i as Understanding['intent'])).toBe(true);
    }
  });

  it('labels only roles that exist in the content', () => {
    const unknown = phrases.flatMap((p) => [p.role, p.from]).filter((id): id is string => !!id && !content.roles.has(id));
    expect(unknown).toEqual([]);
  });

  it('covers every role family', () => {
    const families = new Set(
      phrases.flatMap((p) => [p.role, p.from]).flatMap((id) => (id && content.roles.get(id) ? [content.roles.get(id)!.family] : [])),
    );
    for (const f of ['support', 'nursing', 'midwifery', 'allied-health', 'healthcare-science', 'pharmacy', 'non-clinical', 'leadership']) {
      expect(families.has(f as never), f).toBe(true);
    }
  });

  it('gets intent, role, current role and area right at least 95% of the time (top-1)', () => {
    const { total, correct, wrong } = misses(content);
    const accuracy = correct / total;
    console.log(`understand(): ${correct}/${total} correct, accuracy ${(accuracy * 100).toFixed(1)}%`);
    if (wrong.length > 0) console.log(`Misses:\n  ${wrong.join('\n  ')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});

describe('normalise', () => {
  it('expands contractions and slang', () => {
    expect(normalise("I'm a HCA and I can't afford uni")).toBe('i am a hca and i cannot afford university');
    expect(normalise('im gonna wanna')).toBe('i am going to want to');
    expect(normalise('I don’t know')).toBe('i do not know');
  });
  it('writes bands and levels one way', () => {
    expect(normalise('b3')).toBe('band 3');
    expect(normalise('Band Three')).toBe('band 3');
    expect(normalise('band3 and band 8a')).toBe('band 3 and band 8a');
    expect(normalise('L2 maths')).toBe('level 2 maths');
  });
  it('uses UK spellings', () => {
    expect(normalise('pediatric program')).toBe('paediatric programme');
    expect(normalise('specialized organization')).toBe('specialised organisation');
  });
  it('strips punctuation and hyphens', () => {
    expect(normalise('check-in, please!')).toBe('check in please');
    expect(normalise('e-learning')).toBe('elearning');
  });
});

describe('words from the content (content/understanding.yaml)', () => {
  const content = fixtureContent();
  const words = content.understanding;

  it('normalises without a Content exactly as with the shipped words', () => {
    for (const t of ["I'm a HCA and I can't afford uni", 'wanna be a band three hca', 'pediatric program pls']) {
      expect(normalise(t)).toBe(normalise(t, words));
    }
  });

  it('reads a spelling the content adds', () => {
    expect(understand('how do i become an rgn', content).role).toBeNull();
    const more = { ...content, understanding: { ...words, spellings: { ...words.spellings, rgn: 'registered nurse' } } };
    expect(normalise('an RGN', more.understanding)).toBe('an registered nurse');
    expect(understand('how do i become an rgn', more).role?.id).toBe('nurse-adult');
  });

  it('takes a cue phrase the content adds, longest first', () => {
    // With no cue, a role named beside "what are my options" reads as the one held now.
    const text = 'what are my options, my heart is set on nursing';
    expect(understand(text, content).from?.id).toBe('nurse-adult');
    const cues = { ...words.cues, target: [...words.cues.target, 'set on'] };
    const u = understand(text, { ...content, understanding: { ...words, cues } });
    expect(u.role?.id).toBe('nurse-adult');
    expect(u.from).toBeNull();
  });
});

describe('damerauLevenshtein', () => {
  it('counts a transposition as one edit', () => {
    expect(damerauLevenshtein('phsyio', 'physio')).toBe(1);
    expect(damerauLevenshtein('assosiate', 'associate')).toBe(1);
    expect(damerauLevenshtein('nurse', 'nurse')).toBe(0);
    expect(damerauLevenshtein('abc', 'xyz')).toBe(3);
  });
});

describe('understand (fixture content)', () => {
  const content = fixtureContent();

  it('reads a target and a current role from cue words', () => {
    const u = understand("I'm a band 3 HCA, how do I become a nursing associate?", content);
    expect(u.intent).toBe('pathway');
    expect(u.role?.id).toBe('nursing-associate');
    expect(u.from?.id).toBe('hcsw-band-3');
    expect(u.band).toBe('3');
    expect(u.explain.join(' ')).toMatch(/nursing associate/i);
  });

  it('tolerates typos in longer words and explains the reading', () => {
    const u = understand('how do i become a nurse assosiate', content);
    expect(u.role?.id).toBe('nursing-associate');
    expect(u.explain.some((e) => e.includes('assosiate'))).toBe(true);
    expect(understand('phsyio apprenticeship', content).role?.id).toBe('physiotherapist');
  });

  it('does not fuzz short abbreviations', () => {
    expect(understand('can i do OT apprenticeship', content).role?.id).toBe('occupational-therapist');
    expect(understand('can i do it now', content).role).toBeNull();
    expect(understand('i do not know what to do', content).role).toBeNull();
  });

  it('uses "na" only where the context makes it a role', () => {
    expect(understand('na mate not today', content).role).toBeNull();
    expect(understand('na im good thanks', content).intent).toBe('unknown');
    expect(understand('how do i become an NA', content).role?.id).toBe('nursing-associate');
    expect(understand('na apprenticeship', content).role?.id).toBe('nursing-associate');
  });

  it('moves to the sibling role for a stated band', () => {
    const u = understand('hca b2 how get to band 3', content);
    expect(u.from?.id).toBe('hcsw-band-2');
    expect(u.role?.id).toBe('hcsw-band-3');
    expect(understand('I work as a HCA band 3, what are my options', content).from?.id).toBe('hcsw-band-3');
  });

  it('prefers the longest phrase', () => {
    expect(understand('how do i become a senior hca', content).role?.id).toBe('senior-hcsw');
    expect(understand('i want to be a nurse associate', content).role?.id).toBe('nursing-associate');
  });

  it('follows the precedence of strong intents', () => {
    expect(understand('delete my data', content).intent).toBe('privacy');
    expect(understand('delete my details and forget me', content).intent).toBe('privacy');
    expect(understand('update my details', content).intent).toBe('profile');
    expect(understand("I'm struggling in my new job", content).intent).toBe('checkin');
    expect(understand('help me prep for my appraisal', content).intent).toBe('career_conversation');
    expect(understand('what are my options', content).intent).toBe('options');
    expect(understand('hello', content).intent).toBe('help');
    expect(understand('the weather is nice', content).intent).toBe('unknown');
  });

  it('sets the roadmap area for resources only', () => {
    const r = understand('functional skills maths', content);
    expect(r.intent).toBe('resources');
    expect(r.area).toBe('skills-for-life');
    expect(understand('any wellbeing support for stress', content).area).toBe('wellbeing-resilience');
    expect(understand('leadership course', content).area).toBe('personal-skills');
    expect(understand('how do i become a nurse', content).area).toBeNull();
  });

  it('answers with a confidence between 0 and 1', () => {
    const u = understand('how do i become a nurse', content);
    expect(u.confidence).toBeGreaterThan(0.5);
    expect(u.confidence).toBeLessThanOrEqual(1);
    // Gibberish is not read as a career question.
    expect(['unknown', 'help']).toContain(understand('zzz', content).intent);
  });
});
