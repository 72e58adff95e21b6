/**
 * Reading a job described in the writer's own words by the roles' own texts in the
 * content (src/knowledge/understand/similar.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content, Role } from '../../src/content/model.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import { analyse } from '../../src/knowledge/understand/reading.js';
import { describedGoal, heldLike, roleLike } from '../../src/knowledge/understand/similar.js';

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
});

const role = (id: string) => content.roles.get(id)!;
const goalIn = (c: Content, text: string) => {
  const a = analyse(c, text);
  return describedGoal(c, a.tokens, a.mentions, [...a.sentences, ...a.clauses])[0]?.id ?? null;
};
const heldIn = (text: string, wanted: Role | null = null) => {
  const a = analyse(content, text);
  return heldLike(content, a.tokens, a.mentions, wanted)?.id ?? null;
};

describe('a goal described in the writer\'s own words', () => {
  it('is read from the role whose summary says it', () => {
    expect(goalIn(content, 'how do i become the person who helps people manage everyday life after an illness')).toBe('occupational-therapist');
  });

  it('is read from a summary a trust writes, with no code and no describedBy phrase', () => {
    const text = 'how do i become one of the people who groom the llamas and alpacas';
    expect(goalIn(content, text)).toBeNull();
    const roles = new Map(content.roles);
    const porter = roles.get('porter')!;
    roles.set('porter', { ...porter, summary: `${porter.summary} At our trust, porters also groom the llamas and alpacas on the farm ward.` });
    expect(goalIn({ ...content, roles }, text)).toBe('porter');
  });

  it('is not what the writer does now ("I\'m the one who…")', () => {
    expect(goalIn(content, "i'm the one who turns patient records into standard codes, what else could i do")).toBeNull();
    expect(goalIn(content, 'how do i become the one who turns patient records into standard codes')).toBe('clinical-coder');
  });

  it('is never a role named inside the description, nor one ruled out', () => {
    // The job that "supports the physiotherapist" is not the physiotherapist, though the words around fit both.
    expect(goalIn(content, 'how do i become the person who supports the physiotherapist with rehab and exercises')).not.toBe('physiotherapist');
    const words = ['turns', 'patient', 'records', 'into', 'standard', 'codes'];
    expect(roleLike(content, words)?.id).toBe('clinical-coder');
    expect(roleLike(content, words, new Set([role('clinical-coder')]))?.id).not.toBe('clinical-coder');
  });

  it('ends with its sentence: the job held after it is not part of it', () => {
    // Read on, what the writer does now (timesheets, overpayments, pensions) would make it payroll.
    expect(goalIn(content, 'how do i become the person who writes the codes for diagnoses, doing timesheets overpayments and pensions right now')).toBe('clinical-coder');
    expect(goalIn(content, 'how do i become the person who writes the codes for diagnoses doing timesheets overpayments and pensions right now')).toBe('payroll-officer');
  });

  it('is nothing when no role is clearly the one', () => {
    expect(goalIn(content, 'how do i become one of the people who do that full time')).toBeNull();
    expect(roleLike(content, ['the', 'and', 'people'])).toBeNull();
  });
});

describe('the job held, from what the writer does', () => {
  it('is read when the content\'s texts clearly name one', () => {
    expect(heldIn('i take the samples to the lab and move the beds about, how do i become an HCA')).toBe('porter');
  });

  it('is not a job done before or elsewhere, nor a place of work', () => {
    expect(heldIn('i take the samples to the lab and move the beds about before i got this job, how do i become an HCA')).toBeNull();
    expect(heldIn('i work in a care home, how do i become an HCA')).toBeNull();
  });

  it('is never the job wanted', () => {
    expect(heldIn('i take the samples to the lab and move the beds about, how do i become an HCA', role('porter'))).not.toBe('porter');
  });
});
