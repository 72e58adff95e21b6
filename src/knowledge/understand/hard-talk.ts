/**
 * "a hard conversation with one of my domestics about her timekeeping", "pull one of my porters up about his
 * lateness", "tell one of my HCAs off": one of the writer's staff as the one the writer must tell something hard.
 * The question is the writer's own (how to handle it), not one asked for that person, and that person's job is
 * neither a goal nor the job held. (A career conversation with one of them is asked for them: not read here.)
 */
import type { Mention } from './mentions.js';

const HARD_TALK_BEFORE = /\b(?:(?:hard|difficult|tough|awkward|honest|serious) (?:conversation|conversations|talk|chat|word|words) (?:with|to)|pull|pulling|tell|telling|told|discipline|disciplining|deal with|dealing with|confront|confronting)(?: (?:one|some|two|a few|a couple) of)? (?:my|our)(?: (?:band \S+|new|own))?$/;
/** "pull one of my porters up", "tell one of my HCAs off": the word that ends the phrase, just after the job. */
const PHRASE_END = /^(?:up|off)\b/;

export function isHardTalkWith(tokens: readonly string[], m: Mention): boolean {
  const before = tokens.slice(Math.max(0, m.start - 10), m.start).join(' ');
  const match = HARD_TALK_BEFORE.exec(before);
  if (!match) return false;
  // "pull"/"tell" need their "up"/"off" after the job ("tell my HCAs about the course" is no hard talk).
  return /(?:conversation|conversations|talk|chat|word|words) (?:with|to)|discipline|disciplining|deal with|dealing with|confront|confronting/.test(match[0]) || PHRASE_END.test(tokens.slice(m.end, m.end + 1).join(' '));
}
