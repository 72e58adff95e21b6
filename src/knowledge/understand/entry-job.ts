/**
 * "what's the entry level job in audiology", "the bottom rung in pharmacy": the job a field of work starts
 * with is its assistant or support worker ("audiology assistant", "pharmacy assistant"), where the content
 * names one. The words from "entry" to the field are read as that job; the field is no job of its own here.
 */
import type { Mention } from './mentions.js';
import type { Index } from './roles-index.js';

/** "entry level job in", "bottom rung of the", "starter role in": the lowest job, in a field named next (not "my first job in the lab", a past job). */
const ENTRY = /^(?:entry level|entry|bottom|starter|lowest)(?: level)? (?:job|jobs|role|roles|post|posts|position|positions|rung|grade) (?:in|into|of|within) (?:the )?/;

/** The job words a field's first job is named by. */
const FIRST_JOBS = ['assistant', 'support worker', 'helper'];

/** The first word ENTRY needs: a cheap test on one token, so the words after it are joined only where ENTRY may match. */
const ENTRY_START = /^(?:entry|bottom|starter|lowest)(?: |$)/;

export function entryJobs(idx: Index, tokens: string[], mentions: Mention[]): Mention[] {
  for (let i = 0; i < tokens.length; i++) {
    if (!ENTRY_START.test(tokens[i]!)) continue;
    const lead = ENTRY.exec(tokens.slice(i, i + 7).join(' '));
    if (!lead) continue;
    const at = i + lead[0].trim().split(' ').length;
    for (const n of [2, 1]) {
      const place = tokens.slice(at, at + n);
      if (place.length < n) continue;
      const single = place.at(-1)!.endsWith('s') && place.at(-1)!.length > 4 ? [...place.slice(0, -1), place.at(-1)!.slice(0, -1)] : place;
      const phrase = FIRST_JOBS.flatMap((job) => [`${place.join(' ')} ${job}`, `${single.join(' ')} ${job}`]).map((t) => idx.byText.get(t)).find((p) => p && p.priority <= 1 && p.roles.length === 1);
      if (!phrase) continue;
      const end = at + n;
      const role = phrase.roles[0]!;
      const m: Mention = { start: i, end, phrase, role, how: `read "${tokens.slice(i, end).join(' ')}" as ${role.title}, the job the field starts with` };
      return [...mentions.filter((x) => x.end <= i), m, ...mentions.filter((x) => x.start >= end)];
    }
  }
  return mentions;
}
