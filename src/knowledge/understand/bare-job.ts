/**
 * A job told as a bare label, with its band or how long it has been done and where, and nothing asked
 * or wished for: "band 3 HCSW on ortho", "porter at the main site, band 2", "domestic on the renal unit,
 * 6 years here". It is the writer's own job, not a goal.
 */
import type { Mention } from './mentions.js';

/** Any word of a question, a wish or a move: with one of these the job may be a goal. */
const ASKS_OR_WISHES = /\b(?:what|how|which|where|when|why|who|can|could|would|should|will|do i|does|is there|are there|is it|want|wanna|wanting|like to|love to|hope|hoping|become|becoming|be an?|train|training|trainee|route|routes|pathway|apply|applying|course|courses|interested|thinking|need|needs|options|next|help|or|if|instead|rather|than|from|to|into)\b/;
/** Its band, or how long it has been done. */
const BAND_OR_YEARS = /\bband (?:\d|8[a-d])\b|\b\d+ (?:years?|yrs?|months?)\b/;
/** Right after the job (past its band): where it is done. */
const PLACE_AFTER = /^(?:band (?:\d|8[a-d]) )?(?:on|in|at) (?:the |a )?(?!moment\b|minute\b)[a-z0-9]/;

export function bareJobLabel(tokens: readonly string[], m: Mention, uncued: number): boolean {
  if (uncued !== 1 || tokens.length > 18) return false;
  // The job opens the message, perhaps after its band ("band 2 porter at …").
  if (m.start !== 0 && !(m.start === 2 && tokens[0] === 'band')) return false;
  const joined = tokens.join(' ');
  return !ASKS_OR_WISHES.test(joined) && BAND_OR_YEARS.test(joined) && PLACE_AFTER.test(tokens.slice(m.end).join(' '));
}
