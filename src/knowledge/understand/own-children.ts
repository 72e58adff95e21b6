/**
 * "could I cope with a degree alongside two kids", "a nurse with three kids at home": children
 * counted or called the writer's own are their family, not the children's field of a job word.
 */
const CHILD_WORDS = /^(?:kids|children|child|kid)$/;
/** Just before "kids": a count, or a word that makes them the writer's own. */
const OWN_BEFORE = /^(?:my|our|\d+|one|two|three|four|five|six|young|little|small|own)$/;

/** Whether the place word at `at` is the writer's own children ("two kids", "my kids"). */
export function isOwnChildren(tokens: readonly string[], at: number | undefined, place: string): boolean {
  if (at === undefined || !CHILD_WORDS.test(place)) return false;
  return OWN_BEFORE.test(tokens[at - 1] ?? '');
}
