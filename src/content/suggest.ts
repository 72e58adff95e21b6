/** "Did you mean" for content problems: the nearest id, field or value to a misspelt one. */
import { editDistance } from '../text/edit-distance.js';
import { str, strList, type Item, type Raw } from './sections.js';

/** The candidate nearest to `s` by edit distance, if within `limit` (default: a third of the length, at least 2). */
export function closest(s: string, candidates: readonly string[], limit?: number): string | undefined {
  const max = limit ?? Math.max(2, Math.floor(s.length / 3));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    let d = editDistance(s.toLowerCase(), c.toLowerCase());
    // A prefix ("hcsw" for "hcsw-band-2") is a better guess than its raw distance suggests.
    if (c.startsWith(s) || s.startsWith(c)) d = Math.min(d, 1);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= max ? best : undefined;
}

/** A role name as compared with others: lower case, with hyphens, underscores and spaces alike. */
export const normName = (s: string) => s.toLowerCase().replace(/[-_\s]+/g, ' ').trim();

/** The role a bad role id probably meant: one whose title or synonym it is, else the nearest id. */
export function suggestRole(bad: string, roles: readonly Item<Raw>[], roleIds: readonly string[]): string | undefined {
  const n = normName(bad);
  for (const r of roles) {
    const names = [str(r.value.title), ...strList(r.value.synonyms).map(([, x]) => x)]
      .filter((x): x is string => x !== undefined)
      .map(normName);
    const id = str(r.value.id);
    if (id && names.includes(n)) return id;
  }
  return closest(bad, roleIds, Infinity);
}
