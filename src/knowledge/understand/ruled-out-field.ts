/**
 * "want to become a nurse but not adult nursing, mental health": a general job name read as the usual job of
 * that name ("nurse" as the adult nurse), with that very job ruled out just after it, and a field named after
 * the job ruled out. The general name and the field together name the job wanted ("mental health nurse").
 */
import type { Content, Role } from '../../content/model.js';
import type { Mention } from './mentions.js';
import { indexOf } from './roles-index.js';

/** How many words after the job ruled out may hold the field. */
const REACH = 8;

export function fieldAfterRuledOut(content: Content, tokens: string[], mentions: readonly Mention[], negated: readonly boolean[], role: Role): Role | null {
  const idx = indexOf(content);
  const general = mentions.find((m, i) => m.role === role && !negated[i] && m.end - m.start === 1);
  const ruled = mentions.find((m, i) => m.role === role && negated[i] && general !== undefined && m.start > general.start);
  if (!general || !ruled) return null;
  const name = tokens[general.start]!;
  for (let i = ruled.end; i < Math.min(tokens.length, ruled.end + REACH); i++) {
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
