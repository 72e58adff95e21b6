/**
 * "senior HCA in audiology": an abbreviation that is also the initials of a role of the field named with it
 * ("HCA" for hearing care assistant in audiology) is that role. Built once per content.
 * "PSW band 3 (peer support)": an abbreviation, then in brackets the job it stands for, is that job.
 */
import type { Content, Role } from '../../content/model.js';
import type { Mention } from './mentions.js';
import { normalise, normaliseName } from './normalise.js';
import type { Index } from './roles-index.js';

interface ByInitials {
  /** Roles by the initials of their title ("hca"; "senior hca" for "Senior hearing care assistant"). */
  roles: Map<string, Role[]>;
  /** The words of each role's title and synonyms. */
  words: Map<Role, Set<string>>;
}

const built = new WeakMap<Index, ByInitials>();

function byInitials(content: Content, idx: Index): ByInitials {
  let b = built.get(idx);
  if (b) return b;
  b = { roles: new Map(), words: new Map() };
  for (const r of idx.rolesInOrder) {
    const title = normaliseName(r.title.replace(/\([^)]*\)/g, ' '), content.understanding).split(' ');
    const senior = title[0] === 'senior';
    const rest = senior ? title.slice(1) : title;
    if (rest.length >= 2) {
      const key = `${senior ? 'senior ' : ''}${rest.map((w) => w[0]).join('')}`;
      b.roles.set(key, [...(b.roles.get(key) ?? []), r]);
    }
    b.words.set(r, new Set([r.title, ...r.synonyms].flatMap((n) => normaliseName(n, content.understanding).split(' '))));
  }
  built.set(idx, b);
  return b;
}

/** Mentions with an abbreviation read as the role of the field after it whose initials it is. */
export function fieldInitials(content: Content, idx: Index, tokens: string[], mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const said = tokens.slice(m.start, m.end);
    const abbr = said.at(-1)!;
    if (abbr.length < 2 || abbr.length > 4 || said.length > 2 || (said.length === 2 && said[0] !== 'senior')) return m;
    const field = /^(?:in|on|at)(?: the)? ([a-z]+)/.exec(tokens.slice(m.end, m.end + 3).join(' '))?.[1];
    if (!field) return m;
    const b = byInitials(content, idx);
    // (A word of the job's own names is no field: "senior HCA on care of the elderly" is a senior healthcare assistant.)
    if (b.words.get(m.role)?.has(field)) return m;
    const roles = (b.roles.get(said.join(' ')) ?? []).filter((r) => r !== m.role && b.words.get(r)!.has(field));
    if (roles.length !== 1) return m;
    return { ...m, role: roles[0]!, how: `read "${said.join(' ')}" in ${field} as ${roles[0]!.title}` };
  });
}

/** What is written in brackets, short enough to be a job's name. */
const IN_BRACKETS = /\(([^()]{3,50})\)/g;

/**
 * "I'm a PSW band 3 (peer support)", "a PA (physician associate)": an abbreviation, perhaps with its band, then in
 * brackets the name of another role, is that role: the one mention keeps the abbreviation's place and cue words.
 */
export function namedInBrackets(content: Content, text: string, tokens: string[], mentions: Mention[]): Mention[] {
  if (mentions.length < 2 || !text.includes('(')) return mentions;
  const inside = [...text.matchAll(IN_BRACKETS)].map((x) => ` ${normalise(x[1]!, content.understanding)} `);
  if (inside.length === 0) return mentions;
  const out = [...mentions];
  for (let i = out.length - 1; i >= 1; i--) {
    const a = out[i - 1]!;
    const b = out[i]!;
    if (a.role === b.role || a.end - a.start !== 1 || tokens[a.start]!.length > 4) continue;
    if (!/^(?:band (?:\d|8[a-d]))?$/.test(tokens.slice(a.end, b.start).join(' '))) continue;
    const said = ` ${tokens.slice(b.start, b.end).join(' ')} `;
    if (!inside.some((w) => w.startsWith(said) || w === said)) continue;
    out[i - 1] = { ...a, role: b.role, how: `read "${tokens[a.start]}" as ${b.role.title}, the name written in brackets after it` };
    out.splice(i, 1);
  }
  return out;
}
