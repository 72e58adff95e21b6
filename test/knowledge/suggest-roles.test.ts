/**
 * Suggesting roles for a typed answer that names none: each role scores one for
 * each typed word (of three letters or more) that is, or is within typo distance
 * of, a word of its title, synonyms or id; roles that score are offered best first
 * (then the most common), after any role the text mentions, five at most.
 * Checked here against that rule written out role by role.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadContent } from '../../src/content/load.js';
import type { Content, Role } from '../../src/content/model.js';
import { defaultContentDir } from '../../src/paths.js';
import { damerauLevenshtein, normalise, suggestRoles } from '../../src/knowledge/understand.js';
import { analyse } from '../../src/knowledge/understand/reading.js';
import { tolerance } from '../../src/knowledge/understand/normalise.js';

let content: Content;

beforeAll(async () => {
  content = await loadContent(defaultContentDir);
});

/** The rule, one role at a time. */
function expected(text: string): string[] {
  const out: Role[] = [];
  const push = (r: Role) => {
    if (!out.includes(r) && out.length < 5) out.push(r);
  };
  const norm = normalise(text.replace(/-/g, ' '), content.understanding);
  for (const m of analyse(content, norm).mentions) for (const r of m.phrase.roles) push(r);
  const words = new Set(norm.split(' ').filter((w) => w.length >= 3));
  const roles = [...content.roles.values()];
  const near = (n: string, w: string) => n.length >= 4 && Math.abs(n.length - w.length) <= tolerance(n.length) && damerauLevenshtein(n, w, 2) <= tolerance(n.length);
  const scored = roles
    .map((r) => {
      const names = [...new Set([r.title, ...r.synonyms, r.id.replace(/-/g, ' ')].map((n) => normalise(n, content.understanding)).join(' ').split(' ').filter((w) => w !== ''))];
      let score = 0;
      for (const w of words) if (names.some((n) => n === w || near(n, w))) score++;
      return { r, score };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || (a.r.common ?? 99) - (b.r.common ?? 99));
  for (const s of scored) push(s.r);
  if (out.length === 0) for (const r of roles.filter((x) => x.common !== undefined).sort((a, b) => a.common! - b.common!)) push(r);
  return out.map((r) => r.id);
}

describe('suggestRoles', () => {
  it('offers the roles whose names are nearest what was typed', () => {
    for (const text of ['emergency department', 'change my area', 'nurce', 'healthcare suport wroker', 'theatre', 'xyz']) {
      expect(suggestRoles(content, text).map((r) => r.id), text).toEqual(expected(text));
    }
  });

  it('follows the rule for any words from role names, some with a typo', () => {
    const nameWords = [...new Set([...content.roles.values()].flatMap((r) => [r.title, ...r.synonyms]).join(' ').toLowerCase().split(/\s+/))].filter((w) => w !== '');
    const word = fc.tuple(fc.constantFrom(...nameWords, 'area', 'department', 'my'), fc.nat(), fc.boolean()).map(([w, i, typo]) => (typo && w.length > 3 ? `${w.slice(0, i % w.length)}x${w.slice((i % w.length) + 1)}` : w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const text = words.join(' ');
        expect(suggestRoles(content, text).map((r) => r.id)).toEqual(expected(text));
      }),
      { numRuns: 300 },
    );
  });
});
