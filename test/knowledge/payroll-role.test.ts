/**
 * The payroll role: its names lead to its Level 3 apprenticeship route (from the Department
 * for Education's apprenticeship page), while questions about one's own pay are still turned
 * away to the payroll or HR team, not read as wanting a payroll job.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';
import { prepareIntentModel } from '../../src/knowledge/understand/intent-model.js';
import { understand } from '../../src/knowledge/understand.js';
import { findPathways } from '../../src/knowledge/pathways.js';

const STANDARD = 'https://findapprenticeshiptraining.apprenticeships.education.gov.uk/Apprenticeship/Standard/286';

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
  await prepareIntentModel(content);
});

describe('payroll assistant or officer', () => {
  it('names no band, and cites the apprenticeship standard for the route, its level and its length', () => {
    const role = content.roles.get('payroll-officer');
    expect(role).toBeDefined();
    expect(role!.bandsUnconfirmed).toBe(true);
    expect(role!.family).toBe('non-clinical');
    const route = content.routes.find((r) => r.id === 'payroll-administrator-apprenticeship');
    expect(route?.to).toBe('payroll-officer');
    expect(route!.level).toBe(3);
    expect(route!.duration).toEqual({ minMonths: 18, maxMonths: 18 });
    const source = route!.sources.find((s) => s.url === STANDARD);
    expect(source?.checked).toBe('2026-12-06');
    expect(source?.label).toMatch(/Level 3, typical length 18 months/);
    expect(source?.label).toMatch(/Level 2 English and maths before the end-point assessment/);
  });

  it('reads "how do I become a payroll officer? band 2 admin" as the route to it from admin', () => {
    const u = understand("how do I become a payroll officer? I'm a band 2 admin", content);
    expect(u.intent).toBe('pathway');
    expect(u.role?.id).toBe('payroll-officer');
    expect(u.from?.id).toBe('administrator');
    const r = findPathways(content, { from: 'administrator', to: 'payroll-officer' });
    if (r.kind !== 'found') throw new Error(r.kind);
    expect(r.best.steps.map((s) => s.route.id)).toEqual(['payroll-administrator-apprenticeship']);
  });

  it.each(['my pay is wrong this month, who do I talk to in payroll', 'can you chase payroll for me, I was underpaid'])('does not read "%s" as wanting a payroll job', (text) => {
    const u = understand(text, content);
    expect(u.intent).toBe('unknown');
    expect(u.role).toBeNull();
  });
});
