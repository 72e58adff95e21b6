/**
 * "one of my porters wants to be a phlebotomist, I am his supervisor", "How do I get her on it? I'm her ward sister":
 * in a message for someone the writer manages, a job said with "her", "his" or "their" before it ("I am her …",
 * "as his …") is the writer's own job beside that person: neither the goal nor the job of the person asked for.
 */
import type { Mention } from './mentions.js';

const OWN_BESIDE = /\b(?:i am|i am now|as|being) (?:her|his|their)(?: (?:line|ward|team|shift|unit|new|acting))?$/;

export function isOwnJobBeside(tokens: readonly string[], m: Mention): boolean {
  return OWN_BESIDE.test(tokens.slice(Math.max(0, m.start - 5), m.start).join(' '));
}
