/**
 * "how to say no to nurse in charge", "the sister in charge told me…": a job named with "in charge" (or "on
 * shift", "on duty") after it is the colleague who runs the shift, someone the writer works with: neither the
 * job wanted nor the one held. Not after words of becoming ("how do I become a nurse in charge").
 */
import type { Mention } from './mentions.js';

const IN_CHARGE_AFTER = /^(?:in charge|on shift|on duty)\b/;
const GOAL_BEFORE = /\b(?:become|becoming|be|being|train as|training as|work as|working as|step up to|promoted to|get to|i am|i am now|i am the|as)(?: (?:a|an|the))?$/;

export function isColleagueInCharge(tokens: readonly string[], m: Mention): boolean {
  if (!IN_CHARGE_AFTER.test(tokens.slice(m.end, m.end + 2).join(' '))) return false;
  return !GOAL_BEFORE.test(tokens.slice(Math.max(0, m.start - 4), m.start).join(' '));
}
