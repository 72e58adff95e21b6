/**
 * The IT and digital role (digital support technician): its names lead to its route, while
 * asking for the IT service desk's phone number is still not read as wanting the job.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';
import { understand } from '../../src/knowledge/understand.js';
import { findPathways } from '../../src/knowledge/pathways.js';

const HEALTH_CAREERS_ICT =
  'https://www.healthcareers.nhs.uk/explore-roles/health-informatics/roles-health-informatics/information-and-communication-technology/entry-requirements-information-and-communication';

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
});

describe('digital support technician', () => {
  it('names no band, and cites the Health Careers page for the entry route', () => {
    const role = content.roles.get('digital-support-technician');
    expect(role).toBeDefined();
    expect(role!.bandsUnconfirmed).toBe(true);
    expect(role!.summary).toMatch(/Level 3 digital support technician apprenticeship/);
    expect(role!.sources.find((s) => s.url === HEALTH_CAREERS_ICT)?.checked).toBe('2026-12-06');

    const route = content.routes.find((r) => r.id === 'digital-support-technician-apprenticeship');
    expect(route?.level).toBe(3);
    expect(route!.to).toBe('digital-support-technician');
    expect(route!.sources.find((s) => s.url === HEALTH_CAREERS_ICT)?.label).toMatch(/Level 3 digital support technician apprenticeship/);
  });

  it('reads "how do I become a digital support technician?" as the route to it', () => {
    const u = understand('how do I become a digital support technician?', content);
    expect(u.intent).toBe('pathway');
    expect(u.role?.id).toBe('digital-support-technician');
    const r = findPathways(content, { to: 'digital-support-technician' });
    if (r.kind !== 'found') throw new Error(r.kind);
    expect(r.best.steps.map((s) => s.route.id)).toEqual(['digital-support-technician-apprenticeship']);
  });

  it('reads a service desk analyst asking about options as holding the role', () => {
    const u = understand('I work as a service desk analyst, what are my options?', content);
    expect(u.intent).toBe('options');
    expect(u.from?.id).toBe('digital-support-technician');
  });

  it.each(['IT helpdesk number?', "what's the IT service desk number", 'can you give me the IT service desk phone number'])(
    'does not read "%s" as wanting an IT job',
    (text) => {
      const u = understand(text, content);
      expect(u.intent).not.toBe('pathway');
      expect(u.role).toBeNull();
    },
  );
});
