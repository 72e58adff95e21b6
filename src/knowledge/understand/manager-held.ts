/**
 * "I'm now the manager for ward 12", "I'm a new manager (band 7)": a plain "manager", said of the writer, with a ward
 * or unit it runs or a manager's band (7 and up), is a ward or department manager. Without them ("I'm a manager, can I
 * see my starters' check-ins", "my manager says…") it names no job: the word alone is too wide to be one.
 */
import type { Mention } from './mentions.js';
import type { Index } from './roles-index.js';

/** Before "manager": the writer saying what they are now. */
const SAID_OF_SELF = /\b(?:i am|i(?: have)?(?: just| now| recently)? (?:become|became|got made|been made|was made))(?: now| just| recently)?(?: (?:a|the))?(?: (?:new|newly appointed|acting|interim|permanent))?(?: band (?:7|8[a-d]|9))?$/;
/** After "manager": the ward or unit it runs, or its band. */
const RUNS_OR_BAND = /^(?:(?:for|of|on) (?:the )?(?:[a-z]+ ){0,2}(?:ward|unit|department|dept)\b|band (?:7|8[a-d]|9)\b)/;

export function managerHeld(idx: Index, tokens: string[], mentions: Mention[]): Mention[] {
  const phrase = idx.byText.get('ward manager');
  if (!phrase) return mentions;
  const out = [...mentions];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== 'manager' || mentions.some((m) => m.start <= i && m.end > i)) continue;
    const before = tokens.slice(Math.max(0, i - 8), i).join(' ');
    const own = SAID_OF_SELF.exec(before);
    if (!own) continue;
    // The band before "manager" ("I'm a band 7 manager") says it as much as one after it.
    if (!/\bband (?:7|8[a-d]|9)$/.test(own[0]) && !RUNS_OR_BAND.test(tokens.slice(i + 1, i + 6).join(' '))) continue;
    out.push({ start: i, end: i + 1, phrase, role: phrase.roles[0]!, how: 'read "manager", with the ward it runs or its band, as a ward or department manager' });
  }
  return out.sort((a, b) => a.start - b.start);
}
