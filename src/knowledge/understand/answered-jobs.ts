/**
 * "porter? no. paramedic? yes.": jobs named each as a question of its own and answered at once. A job answered
 * "no" is ruled out; one answered "yes" is the goal (the "no" before it belongs to the job before).
 */
import type { Mention } from './mentions.js';

const NO = /^(?:no way|no thanks|no chance|not for me|definitely not|no|nope|nah|never)$/;
const YES = /^(?:yes please|for sure|yes|yeah|yep|yup|definitely|absolutely)$/;

export function answeredJob(tokens: readonly string[], sentences: readonly number[], all: readonly Mention[], m: Mention): 'no' | 'yes' | null {
  // The job is a question of its own ("paramedic?"): a sentence ends after it, and it starts one or follows an answer.
  // ("no." ends no sentence when read: "No. 5" may be a number.)
  if (!sentences.includes(m.end)) return null;
  if (!sentences.includes(m.start) && !NO.test(tokens[m.start - 1] ?? '') && !YES.test(tokens[m.start - 1] ?? '')) return null;
  for (const n of [3, 2, 1]) {
    const answer = tokens.slice(m.end, m.end + n).join(' ');
    const p = m.end + n;
    const ends = p >= tokens.length || sentences.includes(p) || all.some((x) => x.start === p);
    if (!ends) continue;
    if (NO.test(answer)) return 'no';
    if (YES.test(answer)) return 'yes';
  }
  return null;
}
