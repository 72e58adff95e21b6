/**
 * Roles not paid on Agenda for Change: board directors are paid under the NHS
 * very senior managers pay framework, so they have no band. The schema says so
 * with `payFramework`, and will not take both a framework and bands, or neither.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editedContentDir } from '../helpers/content.js';
import { checkContent, loadContent } from '../../src/content/load.js';
import { formatProblem } from '../../src/content/model.js';
import { bandText, roleWithBand } from '../../src/knowledge/format.js';
import { findPathways } from '../../src/knowledge/pathways.js';
import { defaultContentDir } from '../../src/paths.js';

let tmpRoot: string;
let n = 0;
beforeAll(async () => {
  tmpRoot = await mkdtemp(join(tmpdir(), 'pay-framework-'));
});
afterAll(async () => {
  await rm(tmpRoot, { recursive: true, force: true });
});

const DIRECTOR = `    payFramework: very-senior-managers
    family: leadership`;

describe('roles paid off Agenda for Change', () => {
  it('gives the director of workforce no band and says how the job is paid', async () => {
    const content = await loadContent(defaultContentDir);
    const role = content.roles.get('director-of-workforce')!;
    expect(role.bands).toEqual([]);
    expect(role.payFramework).toBe('very-senior-managers');
    expect(bandText(content, role)).toBe('very senior manager pay, not an Agenda for Change band');
    expect(roleWithBand(content, role)).not.toMatch(/Band 9/);
    // Still reachable, as the step above a head of HR.
    const r = findPathways(content, { from: 'head-of-hr', to: 'director-of-workforce' });
    expect(r.kind).toBe('found');
  });

  it('reports a role with both a pay framework and bands', async () => {
    const dir = await editedContentDir(join(tmpRoot, `case-${++n}`), {
      'roles/non-clinical.yaml': [[DIRECTOR, `    payFramework: very-senior-managers\n    bands: ["9"]\n    family: leadership`]],
    });
    const problems = (await checkContent(dir)).problems.map(formatProblem);
    expect(problems.some((p) => /roles\[\d+\]\.bands: a role paid under very-senior-managers has no Agenda for Change band/.test(p)), problems.join('\n')).toBe(true);
  });

  it('reports a role with neither bands nor a pay framework', async () => {
    const dir = await editedContentDir(join(tmpRoot, `case-${++n}`), {
      'roles/non-clinical.yaml': [[DIRECTOR, '    family: leadership']],
    });
    const problems = (await checkContent(dir)).problems.map(formatProblem);
    expect(problems.some((p) => /roles\[\d+\]\.bands: needs at least one Agenda for Change band/.test(p)), problems.join('\n')).toBe(true);
  });
});
