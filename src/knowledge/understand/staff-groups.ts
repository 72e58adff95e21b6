/**
 * "we're rolling this out to our porters and domestics": staff asked for, named as groups joined by "and",
 * are all the writer's staff. The group after the first is no goal.
 */
import type { Mention } from './mentions.js';

/** The mentions right after the staff asked for (`managed`), joined to them by "and" or "or", each a group (plural). */
export function otherStaffGroups(tokens: readonly string[], mentions: readonly Mention[], managed: number): number[] {
  const out: number[] = [];
  for (let k = managed; k >= 0 && k + 1 < mentions.length; k++) {
    const prev = mentions[k]!;
    const next = mentions[k + 1]!;
    const joined = next.start === prev.end + 1 && /^(?:and|or)$/.test(tokens[prev.end] ?? '');
    if (!joined || !/s$/.test(tokens[prev.end - 1]!) || !/s$/.test(tokens[next.end - 1]!)) break;
    out.push(k + 1);
  }
  return out;
}
