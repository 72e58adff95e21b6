/**
 * "want to become a nurse but not adult nursing, mental health": a general job name read as the usual job of
 * that name ("nurse" as the adult nurse), with that very job ruled out just after it, and a field named after
 * the job ruled out. The general name and the field together name the job wanted ("mental health nurse").
 * The job may be ruled out by its field's word alone: "how do I become a nurse? not adult - mental health".
 */
import type { Content, Role } from '../../content/model.js';
import type { Mention } from './mentions.js';
import { indexOf } from './roles-index.js';

/** How many words after the job ruled out may hold the field. */
const REACH = 8;

export function fieldAfterRuledOut(content: Content, tokens: string[], mentions: readonly Mention[], negated: readonly boolean[], role: Role): Role | null {
  const idx = indexOf(content);
  const general = mentions.find((m, i) => m.role === role && !negated[i] && m.end - m.start === 1);
  if (!general) return null;
  const name = tokens[general.start]!;
  const ruledEnd = mentions.find((m, i) => m.role === role && negated[i] && m.start > general.start)?.end ?? fieldRuledOut(content, tokens, general.end, name, role);
  if (ruledEnd === undefined) return null;
  for (let i = ruledEnd; i < Math.min(tokens.length, ruledEnd + REACH); i++) {
    for (const len of [2, 1]) {
      const field = tokens.slice(i, i + len).join(' ');
      if (field.split(' ').length < len) continue;
      for (const said of [`${field} ${name}`, `${name} ${field}`]) {
        const r = idx.byText.get(said)?.roles[0];
        if (r && r !== role && r.family === role.family) return r;
      }
    }
  }
  return null;
}

/** "a nurse? not adult - …": "not" and the field word of `role` with the general name, after `from`; where the words ruling it out end. */
function fieldRuledOut(content: Content, tokens: string[], from: number, name: string, role: Role): number | undefined {
  const idx = indexOf(content);
  for (let i = from; i < Math.min(tokens.length, from + REACH); i++) {
    if (tokens[i] !== 'not') continue;
    for (const len of [2, 1]) {
      const field = tokens.slice(i + 1, i + 1 + len).join(' ');
      if (field.split(' ').length < len) continue;
      if ([`${field} ${name}`, `${name} ${field}`].some((said) => idx.byText.get(said)?.roles[0] === role)) return i + 1 + len;
    }
  }
  return undefined;
}
