/**
 * Short answers and greetings: one place that says which words mean what.
 */
import { normalise } from './router.js';

const GREETING = /^(hi+|hello|hey|hiya|yo|good (morning|afternoon|evening)|morning|afternoon|evening|hi there|hello there)\b/;
/** Words that mean "show me the start" only when they are the whole message. */
const START_WORDS = /^(start|menu|get started|main menu|home)$/;
const WHAT_CAN_YOU_DO = /^(what can you do|what do you do|how does this work|commands|options menu)\b/;

export function isGreeting(text: string): boolean {
  const t = normalise(text);
  return START_WORDS.test(t) || (GREETING.test(t) && t.split(' ').length <= 4);
}

/** "what can you do", "how does this work". */
export function asksWhatItDoes(text: string): boolean {
  return WHAT_CAN_YOU_DO.test(normalise(text));
}
