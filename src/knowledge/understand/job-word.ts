/**
 * A plain job word before "to" and a goal: "tech to pharmacist", "assistant to associate in healthcare
 * science". The job word alone names no role; the goal's family, or the field named after the second
 * job word, says which job it is.
 */
import type { Role } from '../../content/model.js';
import type { Mention } from './mentions.js';
import type { Index, Phrase } from './roles-index.js';

type Family = Role['family'];

/** Job words that name a role only with a field before them. */
const JOB_WORDS = new Set(['tech', 'technician', 'assistant', 'associate', 'practitioner', 'apprentice', 'support worker', 'worker', 'secretary', 'officer']);

/** Per index: family, then job word, then the roles of that family with a name ending in the job word. */
const byFamily = new WeakMap<Index, Map<Family, Map<string, Set<Role>>>>();

function familyJobs(idx: Index): Map<Family, Map<string, Set<Role>>> {
  let built = byFamily.get(idx);
  if (!built) {
    built = new Map();
    for (const p of idx.byText.values()) {
      if (p.priority > 2 || p.tokens.length < 2) continue;
      for (const n of [1, 2]) {
        const word = p.tokens.slice(-n).join(' ');
        if (p.tokens.length <= n || !JOB_WORDS.has(word)) continue;
        for (const role of p.roles) {
          const fam = built.get(role.family) ?? new Map<string, Set<Role>>();
          built.set(role.family, fam);
          const roles = fam.get(word) ?? new Set<Role>();
          fam.set(word, roles);
          roles.add(role);
        }
      }
    }
    byFamily.set(idx, built);
  }
  return built;
}

/** The job word (one or two words) starting at `i`, if any. */
function jobWordAt(tokens: string[], i: number): string | null {
  if (TWO_WORDS_START.has(tokens[i]!)) {
    const two = `${tokens[i]} ${tokens[i + 1]}`;
    if (JOB_WORDS.has(two)) return two;
  }
  return JOB_WORDS.has(tokens[i] ?? '') ? tokens[i]! : null;
}

/** The first words of the job words of two words: only after one of them are two words put together and looked up. */
const TWO_WORDS_START = new Set([...JOB_WORDS].filter((w) => w.includes(' ')).map((w) => w.slice(0, w.indexOf(' '))));

const mention = (start: number, end: number, phrase: Phrase, role: Role, how: string): Mention => ({ start, end, phrase, role, how });

/**
 * "tech to pharmacist": the job word before "to" is the job of that name in the goal's family.
 * "associate to practitioner in healthcare science": the field after the second job word goes with both.
 */
export function jobWordToGoal(idx: Index, tokens: string[], mentions: Mention[]): Mention[] {
  let out = mentions;
  const covered = (k: number) => out.some((m) => m.start <= k && m.end > k && m.end - m.start > 1);
  for (let i = 0; i + 2 < tokens.length; i++) {
    const word = jobWordAt(tokens, i);
    if (!word || covered(i)) continue;
    // Not the end of a longer name ("pharmacy tech to pharmacist"): the word before is no field.
    if (out.some((m) => m.end === i)) continue;
    const link = i + word.split(' ').length;
    if (!/^(?:to|into)$/.test(tokens[link] ?? '')) continue;
    const second = jobWordAt(tokens, link + 1);
    if (second) {
      // "associate to practitioner in healthcare science": both in the field named after.
      const after = link + 1 + second.split(' ').length;
      if (!/^(?:in|within)$/.test(tokens[after] ?? '')) continue;
      for (const n of [3, 2, 1]) {
        const field = tokens.slice(after + 1, after + 1 + n).join(' ');
        const from = idx.byText.get(`${field} ${word}`);
        const to = idx.byText.get(`${field} ${second}`);
        if (!from || !to || from.roles[0] === to.roles[0] || after + 1 + n > tokens.length) continue;
        const end = after + 1 + n;
        out = out.filter((m) => m.end <= i || m.start >= end);
        out.push(mention(i, link, from, from.roles[0]!, `read "${word}" as ${from.roles[0]!.title}, the field "${field}" named after`));
        out.push(mention(link + 1, after, to, to.roles[0]!, `read "${second}" as ${to.roles[0]!.title}, the field "${field}" named after`));
        break;
      }
      continue;
    }
    const goal = out.find((m) => m.start === link + 1);
    if (!goal) continue;
    const roles = [...(familyJobs(idx).get(goal.role.family)?.get(word) ?? [])].filter((r) => r !== goal.role);
    if (roles.length !== 1) continue;
    const role = roles[0]!;
    const phrase: Phrase = { tokens: word.split(' '), roles: [role], priority: 2, text: word, contextual: false };
    out = out.filter((m) => m.end <= i || m.start >= link);
    out.push(mention(i, link, phrase, role, `read "${word}" as ${role.title}, in the family of ${goal.role.title}`));
  }
  return out === mentions ? mentions : out.sort((a, b) => a.start - b.start);
}
