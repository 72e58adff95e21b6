/**
 * "career options in healthcare science for me? currently assistant in microbiology", "what can I do in pharmacy?
 * I'm an assistant in dispensary": a field named as where the options are wanted is not the writer's own job,
 * when the job held is named after it. (Named alone, "options in pharmacy" still says where the writer is.)
 */
import type { Mention } from './mentions.js';

/** Just before a field: what is asked for in it ("options in", "jobs in the", "what can I do in"). */
const ASKED_IN = /\b(?:career options|options|choices|jobs|roles|careers|opportunities|openings|progression|what (?:can|could|would|should) i do|what (?:else )?is there|where (?:can|could) i go) in(?: the)?$/;

export function fieldAskedAbout(tokens: string[], m: Mention, mentions: Mention[]): boolean {
  if (!ASKED_IN.test(tokens.slice(Math.max(0, m.start - 6), m.start).join(' '))) return false;
  // The job held, named after the field: another role, after the question.
  return mentions.some((x) => x.start >= m.end + 2 && x.role !== m.role);
}
