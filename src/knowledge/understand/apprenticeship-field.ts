/**
 * "I finish my apprenticeship business admin next month", "doing my apprenticeship pharmacy": the
 * writer's own apprenticeship followed straight by its field, with no "in", is the apprentice job of
 * that field, where the content names one ("business admin apprentice"). The words from
 * "apprenticeship" to the end of the field are read as that job.
 */
import type { Mention } from './mentions.js';
import type { Index } from './roles-index.js';

/** Just before "apprenticeship": the writer's own, now ("my", "doing", "first year of"), not one wished for ("want to do an apprenticeship"). */
const OWN_BEFORE = /^(?:my|doing|on|of|finish|finishing|completing|in)$/;

export function apprenticeshipField(idx: Index, tokens: readonly string[], mentions: Mention[]): Mention[] {
  let out = mentions;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i] !== 'apprenticeship' || !OWN_BEFORE.test(tokens[i - 1]!)) continue;
    // The longest field of up to three words that names an apprentice job.
    for (let k = Math.min(3, tokens.length - i - 1); k >= 1; k--) {
      const end = i + 1 + k;
      const phrase = idx.byText.get(`${tokens.slice(i + 1, end).join(' ')} apprentice`);
      if (!phrase || phrase.priority > 1) continue;
      // Only over the field's own mentions: none may run on past its end.
      if (out.some((m) => m.start < end && m.end > end)) break;
      const role = phrase.roles[0]!;
      out = [...out.filter((m) => m.end <= i || m.start >= end), { start: i, end, phrase, role, how: `read "${tokens.slice(i, end).join(' ')}" as ${role.title}` }].sort((a, b) => a.start - b.start);
      break;
    }
  }
  return out;
}
