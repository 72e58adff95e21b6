/**
 * Universities ask for GCSE maths and English (or Functional Skills Level 2)
 * and a Level 3 qualification before a degree apprenticeship. On the shipped
 * content, a Band 2 healthcare assistant aiming at an allied health profession
 * or midwifery is told both are missing, before anything else on the route.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { findPathways, type Pathway } from '../../src/knowledge/pathways.js';
import { defaultContentDir } from '../../src/paths.js';

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
});

/**
 * Every allied health profession and midwifery that a degree apprenticeship
 * from a Band 2 healthcare support worker leads to, read from the content.
 * The paramedic apprenticeship is left out: it moves to the ambulance routes,
 * which are kept apart from these.
 */
function professions(): string[] {
  const ids = content.routes
    .filter((r) => r.kind === 'apprenticeship' && r.level === 6 && r.from !== 'any' && r.from.includes('hcsw-band-2'))
    .map((r) => r.to)
    .filter((to) => ['allied-health', 'midwifery'].includes(content.roles.get(to)?.family ?? '') && to !== 'paramedic');
  return [...new Set(ids)].sort();
}

function best(to: string, held: string[] = []): Pathway {
  const r = findPathways(content, { from: 'hcsw-band-2', to, held });
  if (r.kind !== 'found') throw new Error(`no pathway to ${to}: ${r.kind}`);
  return r.best;
}

describe('degree apprenticeship entry requirements for a Band 2 healthcare assistant', () => {
  it('covers the allied health professions with a degree apprenticeship, and midwifery', () => {
    expect(professions()).toEqual(
      expect.arrayContaining([
        'dietitian', 'midwife', 'occupational-therapist', 'operating-department-practitioner', 'physiotherapist',
        'podiatrist', 'radiographer', 'speech-and-language-therapist', 'therapeutic-radiographer',
      ]),
    );
  });

  it('lists the Level 2 maths and English and the Level 3 steps they lack, at the first step', () => {
    for (const to of professions()) {
      const path = best(to);
      expect(path.steps[0]!.route.kind, to).toBe('apprenticeship');
      const missing = path.missing.filter((m) => m.stepIndex === 0).map((m) => m.requirement.id);
      expect(missing, to).toEqual(expect.arrayContaining(['level2-maths-english', 'level3-qualification']));
      // The qualifications come before asking the employer, so the first thing to do is the one that takes longest.
      expect(missing.indexOf('level2-maths-english'), to).toBeLessThan(missing.indexOf('employer-support'));
    }
  });

  it('drops what they already hold: a Level 3 healthcare qualification counts as the Level 3', () => {
    for (const to of professions()) {
      const ids = best(to, ['level3-healthcare-qualification']).missing.map((m) => m.requirement.id);
      expect(ids, to).toContain('level2-maths-english');
      expect(ids, to).not.toContain('level3-qualification');
      expect(best(to, ['level2-maths-english', 'level3-qualification']).missing.map((m) => m.requirement.id), to).toEqual(['employer-support']);
    }
  });
});
