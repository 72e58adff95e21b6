/**
 * "Senior hearing care assistant – associate audiologist, how long does it take?", "porter - paramedic?":
 * a message opening with a job, a dash, then another job alone reads as the arrow does ("porter -> paramedic"):
 * the first is the job held, the second the one wanted. Only when each side is a job name and nothing more
 * ("band 5 BMS – I fancy managing the lab" and "HCA - nursing associate or nurse?" are left as they are).
 */
import type { Content } from '../../content/model.js';
import { analyse } from './reading.js';

/** A job, a dash with spaces around it, a job, then a comma, a question or stop mark, or the end. */
const DASHED = /^(\s*)([^-\u2013\u2014,.?!:;()]+?)\s+[-\u2013\u2014]+\s+([^-\u2013\u2014,.?!:;()]+?)(\s*(?:[,?!.]|$))/;

/** Words that may stand beside a job name on either side: its band and an article. */
const BESIDE_NAME = /^(?:band|\d|8[a-d]|a|an|the)$/;

/** Whether the words are one job's name (with its band, perhaps) and nothing else. */
function onlyAJob(content: Content, words: string): boolean {
  if (words.trim().split(/\s+/).length > 7) return false;
  const { tokens, mentions } = analyse(content, words);
  if (mentions.length !== 1) return false;
  const m = mentions[0]!;
  return tokens.every((t, i) => (i >= m.start && i < m.end) || BESIDE_NAME.test(t));
}

/** The text with a dash between two jobs opening it read as "to"; else the text as it is. */
export function dashAsTo(content: Content, text: string): string {
  const d = DASHED.exec(text);
  if (!d) return text;
  const [whole, lead, held, goal, tail] = d as unknown as [string, string, string, string, string];
  if (!onlyAJob(content, held) || !onlyAJob(content, goal)) return text;
  return `${lead}${held} to ${goal}${tail}${text.slice(whole.length)}`;
}
