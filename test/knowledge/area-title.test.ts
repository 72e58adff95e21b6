import { describe, expect, it } from 'vitest';
import { ROADMAP_AREAS } from '../../src/content/schema.js';
import { areaTitle, isRoadmapArea } from '../../src/knowledge/format.js';
import { fixtureContent } from '../fixtures/knowledge-fixture.js';

describe('areaTitle', () => {
  const content = fixtureContent();

  it('names each roadmap area in the words of core.yaml', () => {
    expect(areaTitle(content, 'wellbeing-resilience')).toBe('Wellbeing and resilience');
    expect(areaTitle(content, 'skills-for-life')).toBe('Skills for life: reading, writing, maths and digital');
    for (const a of ROADMAP_AREAS) expect(areaTitle(content, a).length).toBeGreaterThan(3);
  });

  it('gives back text that is not an area id as it is', () => {
    expect(isRoadmapArea('personal-skills')).toBe(true);
    expect(isRoadmapArea('leadership')).toBe(false);
    expect(areaTitle(content, 'leadership')).toBe('leadership');
  });
});
