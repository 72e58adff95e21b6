/**
 * "I want learn take blood", "she want become nurse", "I need do the course": written in a second language,
 * "to" left out between a wish and the verb after it. The bot reads it as if "to" were there.
 */
const WISH_THEN_VERB = /(?<=\b(?:i|we|he|she|they|really|also|just|still|and|so) )(want|wants|wanted|hope|need|needs|like|would like|plan|try) (?=(?:learn|become|be|train|study|do|take|move|change|apply|go|get|start|retrain|work(?= (?:as|in|with|on|like|for)\b))\b)/g;

/** The normalised message with "to" put back after a wish ("want learn" is "want to learn"). */
export function putBackTo(s: string): string {
  // (Every wish word has one of these in it; the pattern, which looks back at each place, is tried only then.)
  if (!/want|hope|need|like|plan|try/.test(s)) return s;
  return s.replace(WISH_THEN_VERB, '$1 to ');
}
