/**
 * The key of the examples' readings (grammarKey in intent-model.ts) holds what
 * the grammar reads of the content and nothing else: a trust that changes a
 * link, a source, a duration or a sum of money keeps its trained model, and a
 * change the grammar does read trains afresh. The first part is checked against
 * the grammar itself: content changed in every way the key leaves out reads a
 * sample of the examples exactly as the shipped content does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content, Role, Source } from '../../src/content/model.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import { grammarKey, labelledExamples } from '../../src/knowledge/understand/intent-model.js';
import { storeReading } from '../../src/knowledge/understand/example-readings.js';
import { parseQuestion } from '../../src/knowledge/understand/parse.js';

let content: Content;
beforeAll(async () => {
  content = await loadContent(defaultContentDir);
});

const otherSource: Source[] = [{ url: 'https://intranet.example.nhs.uk/careers', label: 'A local page', status: 'local' }];

/** The content with everything the grammar does not read changed: links, sources, durations, sums of money, entry requirements, regulators' names, caveats in words it already has. */
function changedUnread(c: Content): Content {
  const roles = new Map<string, Role>();
  for (const [id, r] of c.roles) {
    roles.set(id, {
      ...r,
      sources: otherSource,
      entry: [...r.entry, 'A local entry test'],
      regulator: r.regulator && { name: 'Another regulator', url: 'https://regulator.example.org' },
      bandVaries: !r.bandVaries,
      // The caveats' words, in another order: the same known words.
      caveats: [...r.caveats].reverse(),
    });
  }
  return {
    ...c,
    roles,
    routes: c.routes.map((r) => ({ ...r, sources: otherSource, duration: { minMonths: r.duration.minMonths + 1, maxMonths: r.duration.maxMonths + 6 }, funding: `${r.funding} £12,345`, examples: [] })),
    requirements: new Map([...c.requirements].map(([id, q]) => [id, { ...q, sources: otherSource, funding: q.funding && `${q.funding} 2027` }])),
    resources: c.resources.map((r) => ({ ...r, url: `${r.url}?utm=local`, cost: 'Free for staff', priority: r.priority + 1, sources: otherSource })),
    notes: c.notes.map((n) => ({ ...n, checked: '2027-01-01', sources: otherSource })),
  };
}

describe("the key of the examples' readings", () => {
  it('stays the same when only what the grammar does not read changes', () => {
    expect(grammarKey(changedUnread(content))).toBe(grammarKey(content));
  });

  it('is right to: content changed in those ways reads the examples exactly as before', () => {
    const changed = changedUnread(content);
    const texts = labelledExamples(content.intentExamples).map((e) => e.text).filter((_, i) => i % 25 === 0);
    expect(texts.length).toBeGreaterThan(400);
    const differ = texts.filter((t) => JSON.stringify(storeReading(parseQuestion(changed, t))) !== JSON.stringify(storeReading(parseQuestion(content, t))));
    expect(differ).toEqual([]);
  });

  it('changes with a new word in a resource, a route or a note, and with any change to what a role is called or does', () => {
    const key = grammarKey(content);
    const first = content.resources[0]!;
    expect(grammarKey({ ...content, resources: [{ ...first, description: `${first.description} Phlebotomy refresher.` }, ...content.resources.slice(1)] })).not.toBe(key);
    expect(grammarKey({ ...content, routes: content.routes.map((r, i) => (i === 0 ? { ...r, notes: [...r.notes, 'Ask about the zoology bridging module.'] } : r)) })).not.toBe(key);
    const [id, role] = [...content.roles][0]!;
    const withRole = (r: Role) => ({ ...content, roles: new Map([...content.roles].map(([k, v]) => [k, k === id ? r : v])) });
    expect(grammarKey(withRole({ ...role, synonyms: [...role.synonyms, 'ward whizz'] }))).not.toBe(key);
    expect(grammarKey(withRole({ ...role, summary: `${role.summary} Works nights.` }))).not.toBe(key);
    expect(grammarKey(withRole({ ...role, regulator: role.regulator ? null : { name: 'A regulator', url: 'https://regulator.example.org' } }))).not.toBe(key);
    expect(grammarKey({ ...content, understanding: { ...content.understanding } })).toBe(key);
  });
});
