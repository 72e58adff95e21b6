/**
 * "a pharmacy technician is what I want", "paramedic is my dream", "OT is my goal": a job named and then said to be
 * what the writer wants is the goal, whatever the words before it ("Not a ward clerk, never. A pharmacy technician is
 * what I want": the "never" ends the sentence before; "me porter now, paramedic is my dream": "now" is the porter's).
 */
import type { Mention } from './mentions.js';

const STATED_AFTER = /^(?:really |honestly |actually )?(?:is|would be) (?:what i (?:really |honestly |actually )?(?:want|want to do|want to be|am after|am aiming for)|my (?:dream|dream job|goal|end goal|aim|ambition|target))\b/;

export function isStatedGoal(tokens: readonly string[], m: Mention): boolean {
  return STATED_AFTER.test(tokens.slice(m.end, m.end + 8).join(' '));
}
