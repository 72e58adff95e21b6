import { describe, expect, it } from 'vitest';
import { article, withArticle } from '../../src/text/article.js';
import { fill } from '../../src/content/wording.js';

describe('a or an, by sound', () => {
  it.each([
    ['audiologist', 'an'],
    ['occupational therapist', 'an'],
    ['Occupational therapist', 'an'],
    ['nursing associate', 'a'],
    ['HCA', 'an'],
    ['HCA (Band 2)', 'an'],
    ['MSW', 'an'],
    ['OT', 'an'],
    ['NHS job', 'an'],
    ['AP', 'an'],
    ['RN', 'an'],
    ['band 3 HCA', 'a'],
    ['PA', 'a'],
    ['unit manager', 'a'],
    ['university course', 'a'],
    ['urologist', 'a'],
    ['one-year course', 'a'],
    ['European post', 'a'],
    ['uninformed choice', 'an'],
    ['hour', 'an'],
    ['honest answer', 'an'],
    ['healthcare assistant', 'a'],
    ['assistant practitioner', 'an'],
    ['8a post', 'an'],
    ['x-ray', 'an'],
    ['Registered nurse (adult)', 'a'],
  ])('%s takes "%s"', (phrase, a) => {
    expect(article(phrase)).toBe(a);
  });

  it('puts the article in front, with a capital when asked', () => {
    expect(withArticle('audiologist')).toBe('an audiologist');
    expect(withArticle('unit manager', true)).toBe('A unit manager');
    expect(withArticle('HCA', true)).toBe('An HCA');
  });

  it('wording fills {a role} and {A role} with the article, and {role} without', () => {
    expect(fill('You are already {a role}', { role: 'occupational therapist' })).toBe('You are already an occupational therapist');
    expect(fill('{A role} is usually Band 4.', { role: 'assistant practitioner' })).toBe('An assistant practitioner is usually Band 4.');
    expect(fill('How do I become {a role}?', { role: 'nursing associate' })).toBe('How do I become a nursing associate?');
    expect(fill('Your route to {role}', { role: 'Audiologist' })).toBe('Your route to Audiologist');
    expect(fill('{a missing}', {})).toBe('{a missing}');
  });
});
