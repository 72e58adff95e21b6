/**
 * "a hard conversation with one of my domestics about her timekeeping", "pull one of my porters up about his
 * lateness", "tell one of my HCAs off": one of the writer's staff as the one the writer must tell something hard.
 * The question is the writer's own (how to handle it), not one asked for that person, and that person's job is
 * neither a goal nor the job held. (A career conversation with one of them is asked for them: not read here.)
 */
import type { Mention } from './mentions.js';

/** Just before the job: one or more of the writer's own staff ("one of my", "two of our band 2"). */
const STAFF = String.raw`(?: (?:one|some|two|a few|a couple) of)? (?:my|our)(?: (?:band \S+|new|own))?$`;
/** A hard talk with them, whatever follows. */
const TALK_WITH = new RegExp(String.raw`\b(?:(?:hard|difficult|tough|awkward|honest|serious) (?:conversation|conversations|talk|chat|word|words) (?:with|to)|discipline|disciplining|deal with|dealing with|confront|confronting)` + STAFF);
/** "pull one of my porters up", "tell one of my HCAs off": these need their "up" or "off" just after the job ("tell my HCAs about the course" is no hard talk). */
const PULL_OR_TELL = new RegExp(String.raw`\b(?:pull|pulling|tell|telling|told)` + STAFF);
const PHRASE_END = /^(?:up|off)$/;

export function isHardTalkWith(tokens: readonly string[], m: Mention): boolean {
  const before = tokens.slice(Math.max(0, m.start - 10), m.start).join(' ');
  return TALK_WITH.test(before) || (PULL_OR_TELL.test(before) && PHRASE_END.test(tokens[m.end] ?? ''));
}
