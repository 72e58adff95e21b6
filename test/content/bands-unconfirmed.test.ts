/**
 * Roles whose band no source gives: `bandsUnconfirmed: true` makes the bot say
 * "band set locally" and never name the bands, which then only place the role
 * on the ladder when routes are searched.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editedContentDir } from '../helpers/content.js';
import { checkContent, loadContent } from '../../src/content/load.js';
import { formatProblem, type Content } from '../../src/content/model.js';
import { bandText, roleWithBand } from '../../src/knowledge/format.js';
import { findPathways } from '../../src/knowledge/pathways.js';
import { renderTimelineSvg } from '../../src/knowledge/timeline.js';
import { defaultContentDir } from '../../src/paths.js';

let tmpRoot: string;
let content: Content;
beforeAll(async () => {
  tmpRoot = await mkdtemp(join(tmpdir(), 'bands-unconfirmed-'));
  content = await loadContent(defaultContentDir);
});
afterAll(async () => {
  await rm(tmpRoot, { recursive: true, force: true });
});

describe('roles whose band no source gives', () => {
  it('says "band set locally" and names no band', () => {
    const role = content.roles.get('head-of-hr')!;
    expect(role.bandsUnconfirmed).toBe(true);
    expect(role.bands.length).toBeGreaterThan(0);
    expect(bandText(content, role)).toBe('band set locally');
    expect(roleWithBand(content, role)).toBe('Head of HR (band set locally)');
  });

  it('keeps the band out of a route picture, and the role still reachable', () => {
    const r = findPathways(content, { from: 'hr-advisor', to: 'head-of-hr' });
    expect(r.kind).toBe('found');
    if (r.kind !== 'found') return;
    const text = renderTimelineSvg(content, r.best);
    expect(text).toMatch(/Head of HR \(band set locally\)/);
    expect(text).not.toMatch(/Band 8/);
  });

  it('still names sourced bands for other roles', () => {
    expect(bandText(content, content.roles.get('maternity-support-worker')!)).toBe('band set locally, often Band 2, 3 or 4');
    expect(bandText(content, content.roles.get('clinical-coder')!)).toBe('band set locally, often Band 3');
  });

  it('reports bandsUnconfirmed on a role paid under another framework', async () => {
    const dir = await editedContentDir(join(tmpRoot, 'vsm'), {
      'roles/non-clinical.yaml': [['    payFramework: very-senior-managers\n', '    payFramework: very-senior-managers\n    bandsUnconfirmed: true\n']],
    });
    const problems = (await checkContent(dir)).problems.map(formatProblem);
    expect(problems.some((p) => /roles\[\d+\]\.bandsUnconfirmed: a role paid under very-senior-managers has no Agenda for Change band to confirm/.test(p)), problems.join('\n')).toBe(true);
  });
});
