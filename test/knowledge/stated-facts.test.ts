/**
 * Facts people state in passing, read from their own words: a table of messages
 * and what should (and should not) be kept.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.js';
import type { Content } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';
import { statedFacts } from '../../src/knowledge/stated-facts.js';

interface Want {
  role?: string | null;
  notRole?: string;
  band?: string | null;
  area?: string | null;
  held?: string[];
  lacks?: string[];
  circumstances?: string[];
}

const CASES: Array<[string, Want]> = [
  ["I'm a band 3 healthcare assistant", { role: 'hcsw-band-3', band: '3' }],
  ['I work in A&E as an HCA (band 3)', { role: 'hcsw-band-3', band: '3', area: 'A&E' }],
  ['I work nights on a surgical ward and I have my care certificate', { area: 'surgical ward', held: ['care-certificate'], circumstances: ['nights'] }],
  ["I want to be a nurse but I can't afford uni", { role: null, circumstances: ['cannot-self-fund'] }],
  ['I need to keep earning', { circumstances: ['keep-earning'] }],
  ["I'm not an HCA any more, I'm a ward clerk", { role: 'administrator', notRole: 'hcsw-band-2' }],
  ['no GCSE maths', { lacks: ['level2-maths-english'] }],
  ['I have no GCSEs or A levels', { lacks: ['level2-maths-english', 'level3-qualification'] }],
  ["I've got my GCSEs and an NVQ 3", { held: ['level2-maths-english', 'level3-healthcare-qualification'] }],
  ['how do i go from band 2 to band 4', { band: '2' }],
  // Questions and wishes say nothing about the writer.
  ['do I need GCSE maths?', { lacks: [], held: [] }],
  ['how do I get a band 4 job', { band: null }],
  ['I work in healthcare science', { area: null }],
  // For someone else: nothing at all.
  ['one of my HCAs wants to become an AP, she has no gcses', { role: null, band: null, lacks: [] }],
];

describe('facts stated in passing', () => {
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(defaultContentDir);
  });

  it.each(CASES)('%s', (text, want) => {
    const f = statedFacts(content, text);
    if (want.role !== undefined) expect(f.role?.id ?? null).toBe(want.role);
    if (want.notRole !== undefined) expect(f.notRole?.id).toBe(want.notRole);
    if (want.band !== undefined) expect(f.band ?? null).toBe(want.band);
    if (want.area !== undefined) expect(f.area ?? null).toBe(want.area);
    if (want.held) expect(f.held.sort()).toEqual([...want.held].sort());
    if (want.lacks) expect(f.lacks.sort()).toEqual([...want.lacks].sort());
    if (want.circumstances) expect(f.circumstances).toEqual(want.circumstances);
  });
});
