import { describe, expect, it } from 'vitest';
import type { Content, Role, Route } from '../../src/content/model.js';
import {
  MAX_ALTERNATIVES,
  MAX_STEPS,
  findPathways,
  formatDuration,
  optionsFrom,
  roleGrants,
  type Pathway,
} from '../../src/knowledge/pathways.js';
import { emptyExtras, fixtureContent } from '../fixtures/knowledge-fixture.js';

const content = fixtureContent();

function found(r: ReturnType<typeof findPathways>): { best: Pathway; alternatives: Pathway[] } {
  if (r.kind !== 'found') throw new Error(`expected a pathway, got ${r.kind}`);
  return r;
}
const routeIds = (p: Pathway) => p.steps.map((s) => s.route.id);

describe('findPathways', () => {
  it('finds the trainee nursing associate route from a Band 2 support worker', () => {
    const { best } = found(findPathways(content, { from: 'hcsw-band-2', to: 'nursing-associate' }));
    expect(routeIds(best)).toEqual(['tna-post', 'na-apprenticeship']);
    expect(best.steps.map((s) => s.bands)).toEqual([['3'], ['4']]);
    expect(best.steps[0]!.from?.id).toBe('hcsw-band-2');
    expect(best.total).toEqual({ minMonths: 24, maxMonths: 24 });
    // Level 2 maths and English is needed for the first step, and listed once only.
    expect(best.missing.map((m) => [m.requirement.id, m.stepIndex])).toEqual([['level2-maths-english', 0]]);
    expect(best.missing[0]!.funding).toMatch(/free/i);
    expect(best.nextAction).toMatch(/Functional Skills Level 2/);
    expect(best.examples).toEqual([expect.objectContaining({ trust: 'Medway NHS Foundation Trust', routeId: 'na-apprenticeship' })]);
    expect(best.notes.map((n) => n.id)).toContain('maths-english-entry');
    expect(best.funding.some((f) => f.startsWith('Nursing associate apprenticeship'))).toBe(true);
    expect(best.sources.length).toBeGreaterThan(0);
  });

  it('counts requirements held directly or implied by a held one', () => {
    const { best } = found(findPathways(content, { from: 'hcsw-band-2', to: 'nursing-associate', held: ['level3-qualification'] }));
    expect(best.missing).toEqual([]);
    expect(best.nextAction).toMatch(/line manager/);
    expect(best.nextAction).toMatch(/trainee nursing associate/i);
  });

  it('treats the current role as holding its entry requirements and its registration', () => {
    expect(roleGrants(content, content.roles.get('nursing-associate')!)).toEqual(
      expect.arrayContaining(['level2-maths-english', 'nmc-registration']),
    );
    const { best } = found(findPathways(content, { from: 'nursing-associate', to: 'nurse-adult' }));
    expect(routeIds(best)).toEqual(['na-top-up']);
    expect(best.missing).toEqual([]);
  });

  it('grants registration gained along the path (TNA -> NA gives NMC registration for the top-up)', () => {
    const r = found(findPathways(content, { from: 'hcsw-band-2', to: 'nurse-adult', held: ['level3-qualification'] }));
    const viaNa = [r.best, ...r.alternatives].find((p) => routeIds(p).includes('na-top-up'));
    expect(viaNa).toBeDefined();
    expect(viaNa!.missing.map((m) => m.requirement.id)).not.toContain('nmc-registration');
  });

  it('prefers routes from the person’s own role, then ranks by longest time, shortest time and steps', () => {
    const r = found(findPathways(content, { from: 'hcsw-band-2', to: 'nurse-adult' }));
    expect(routeIds(r.best)).toEqual(['rnda']);
    const all = [r.best, ...r.alternatives];
    // The university degree (open to anyone) is still offered as an alternative.
    expect(all.some((p) => routeIds(p).join() === 'nursing-degree')).toBe(true);
    expect(r.alternatives.length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
    for (const p of all) {
      const roles = [p.steps[0]!.from?.id, ...p.steps.map((s) => s.to.id)].filter(Boolean);
      expect(new Set(roles).size).toBe(roles.length);
      expect(p.steps.length).toBeLessThanOrEqual(MAX_STEPS);
      // Routes open to anyone are only ever the first step.
      expect(p.steps.slice(1).every((s) => s.route.from !== 'any')).toBe(true);
    }
  });

  it('starts from a support worker post when the current role is unknown', () => {
    const r = findPathways(content, { to: 'nursing-associate' });
    expect(r.kind).toBe('found');
    if (r.kind !== 'found') return;
    expect(r.startAssumed).toBe(true);
    expect(r.best.steps[0]!.from?.id).toBe('hcsw-band-2');
  });

  it('uses routes open to anyone when the person’s role has none', () => {
    const { best } = found(findPathways(content, { from: 'admin', to: 'occupational-therapist' }));
    expect(routeIds(best)).toEqual(['ot-degree']);
    expect(best.steps[0]!.from).toBeNull();
    expect(best.missing.map((m) => m.requirement.id)).toEqual(['level3-qualification']);
    const ready = found(findPathways(content, { from: 'admin', to: 'occupational-therapist', held: ['degree'] }));
    expect(ready.best.missing).toEqual([]);
    expect(ready.best.nextAction).toMatch(/entry requirements/);
  });

  it('says when the person is already in the role', () => {
    expect(findPathways(content, { from: 'midwife', to: 'midwife' }).kind).toBe('same-role');
  });

  it('reports unknown role ids with suggestions', () => {
    const r = findPathways(content, { from: 'hcsw-band-2', to: 'nurse-asociate' });
    expect(r.kind).toBe('unknown-role');
    if (r.kind === 'unknown-role') {
      expect(r.text).toBe('nurse-asociate');
      expect(r.suggestions.map((s) => s.id)).toContain('nursing-associate');
    }
    expect(findPathways(content, { from: 'astronaut', to: 'midwife' }).kind).toBe('unknown-role');
  });

  it('is honest when there is no route, and suggests nearby useful roles', () => {
    const r = findPathways(content, { from: 'hcsw-band-2', to: 'clinical-scientist' });
    expect(r.kind).toBe('unreachable');
    if (r.kind === 'unreachable') {
      expect(r.reason).toMatch(/no route into Clinical scientist/);
      expect(r.from?.id).toBe('hcsw-band-2');
    }
    const down = findPathways(content, { from: 'nurse-adult', to: 'maternity-support-worker' });
    expect(down.kind).toBe('unreachable');
    if (down.kind === 'unreachable') {
      expect(down.reason).toMatch(/Routes into Maternity support worker start from/);
      expect(down.suggestions.every((s) => content.roles.has(s.id))).toBe(true);
    }
  });

  it('stops at the step limit', () => {
    const roles = new Map<string, Role>();
    const routes: Route[] = [];
    for (let i = 0; i <= MAX_STEPS + 1; i++) {
      roles.set(`r${i}`, {
        id: `r${i}`, title: `Role ${i}`, synonyms: [], describedBy: [], bands: ['2'], bandVaries: false, family: 'support',
        summary: 'A role in a long chain for the step limit test.', regulator: null, entry: [], caveats: [], sources: [],
      });
      if (i > 0) {
        routes.push({
          id: `step-${i}`, title: `Step ${i}`, from: [`r${i - 1}`], to: `r${i}`, kind: 'in-post', level: null,
          duration: { minMonths: 1, maxMonths: 1 }, studyPattern: 'In post', funding: 'None needed', requires: [],
          notes: [], examples: [], sources: [],
        });
      }
    }
    const chain: Content = { dir: 'chain', roles, routes, requirements: new Map(), resources: [], notes: [], ...emptyExtras() };
    expect(findPathways(chain, { from: 'r0', to: `r${MAX_STEPS}` }).kind).toBe('found');
    expect(findPathways(chain, { from: 'r0', to: `r${MAX_STEPS + 1}` }).kind).toBe('unreachable');
  });
});

describe('optionsFrom', () => {
  it('lists the routes out of a role, shortest first, with what is missing', () => {
    const opts = optionsFrom(content, 'hcsw-band-2');
    const ids = opts.map((o) => o.route.id);
    expect(ids).toEqual(expect.arrayContaining(['hcsw-rebanding', 'tna-post', 'senior-hcsw-apprenticeship', 'rnda', 'msw-apprenticeship']));
    // Shortest first; a route with no set length (0) comes after those with one.
    const len = (m: number) => (m === 0 ? Number.POSITIVE_INFINITY : m);
    for (let i = 1; i < opts.length; i++) expect(len(opts[i]!.duration.maxMonths)).toBeGreaterThanOrEqual(len(opts[i - 1]!.duration.maxMonths));
    expect(opts.find((o) => o.route.id === 'tna-post')!.missing.map((m) => m.requirement.id)).toEqual(['level2-maths-english']);
    expect(opts.find((o) => o.route.id === 'rnda')!.to.bands).toEqual(['5']);
  });

  it('adds notable routes open to anyone: a step up into a family the role already leads to', () => {
    const senior = optionsFrom(content, 'senior-hcsw');
    expect(senior.find((o) => o.route.id === 'ot-degree')?.viaAny).toBe(true);
    // Administrator routes lead to leadership only, so clinical degrees are not offered as next steps.
    const admin = optionsFrom(content, 'admin');
    expect(admin.map((o) => o.route.id)).toEqual(['team-leader-apprenticeship']);
  });

  it('puts a route with no set length after the routes with a length, not first', () => {
    const noLength = { ...content, routes: content.routes.map((r) => (r.id === 'rnda' ? { ...r, duration: { ...r.duration, minMonths: 0, maxMonths: 0 } } : r)) };
    const opts = optionsFrom(noLength, 'hcsw-band-2');
    const firstNoLength = opts.findIndex((o) => o.duration.maxMonths === 0);
    expect(opts.findIndex((o) => o.route.id === 'rnda')).toBeGreaterThanOrEqual(firstNoLength);
    expect(opts.slice(0, firstNoLength).length).toBeGreaterThan(0);
    expect(opts.slice(firstNoLength).every((o) => o.duration.maxMonths === 0)).toBe(true);
  });

  it('returns nothing for an unknown role', () => {
    expect(optionsFrom(content, 'astronaut')).toEqual([]);
  });
});

describe('formatDuration', () => {
  it.each([
    [{ minMonths: 24, maxMonths: 24 }, 'about 2 years'],
    [{ minMonths: 18, maxMonths: 24 }, '18 months to 2 years'],
    [{ minMonths: 3, maxMonths: 6 }, '3 to 6 months'],
    [{ minMonths: 0, maxMonths: 1.8 }, 'up to 8 weeks'],
    [{ minMonths: 0.9, maxMonths: 2.8 }, '4 to 12 weeks'],
    [{ minMonths: 36, maxMonths: 48 }, '3 to 4 years'],
    [{ minMonths: 12, maxMonths: 12 }, 'about 1 year'],
    [{ minMonths: 24, maxMonths: 27 }, '24 to 27 months'],
    [{ minMonths: 0, maxMonths: 12 }, 'up to 1 year'],
    [{ minMonths: 0, maxMonths: 0 }, 'no set length'],
  ])('%j -> %s', (d, text) => {
    expect(formatDuration(content, d)).toBe(text);
  });
});

describe('a route asked for again', () => {
  it('is the same answer, worked out once per content and per requirements held and lacked', () => {
    const q = { from: 'hcsw-band-2', to: 'nursing-associate' };
    const first = findPathways(content, q);
    expect(findPathways(content, { ...q })).toBe(first);
    const held = findPathways(content, { ...q, held: ['level3-qualification'] });
    expect(held).not.toBe(first);
    expect(found(held).best.missing.map((m) => m.requirement.id)).not.toEqual(found(first).best.missing.map((m) => m.requirement.id));
    expect(findPathways(content, { ...q, lacks: ['gcse-maths'] })).not.toBe(first);
    expect(findPathways(content, { ...q, earnWhileLearning: true })).not.toBe(first);
    // Another content (a trust's edit) works it out again.
    expect(findPathways(fixtureContent(), q)).not.toBe(first);
    expect(findPathways(fixtureContent(), q)).toEqual(first);
  });

  it('cannot be changed by one caller for the next', () => {
    const { best } = found(findPathways(content, { from: 'hcsw-band-2', to: 'nursing-associate' }));
    expect(() => best.steps.push(best.steps[0]!)).toThrow(TypeError);
    expect(() => {
      best.nextAction = 'changed';
    }).toThrow(TypeError);
    expect(() => best.missing.splice(0, 1)).toThrow(TypeError);
  });
});
