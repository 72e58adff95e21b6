/**
 * "my band 3 wants to go for the RMN apprenticeship", "interview prep for my band 3 who's going for a TNA
 * interview": a manager may name a member of staff by band alone. Followed by what that person wants or does,
 * "my band 3" is a person, the role the content names by that band in the plural ("band 3s"). So is the writer
 * who says "I'm the band 3 who…".
 */
import type { Mention } from './mentions.js';
import type { Index } from './roles-index.js';

/** Right after "my band 3": the person wants, asks or is doing something. */
const PERSON_AFTER = /^(?:wants|wanted|who|whos|who s|who is|who has|has asked|asked|asks|says|said|told|keeps|needs|would like|is keen|is looking|is going|is applying|is interested|is thinking|is hoping|fancies|hopes|has applied|applied)\b/;

/** Before "my band 3": the writer's own band ("get my band 3", "on my band 3"), not a person. */
const OWN_BAND_BEFORE = /^(?:get|got|getting|reach|reached|keep|kept|lose|losing|on|at|to|into|with|stay|staying)$/;

/** The mentions, with each "my/our band N" that is a person added where no role was found there. */
export function staffByBand(idx: Index, tokens: string[], mentions: Mention[]): Mention[] {
  let out = mentions;
  for (let i = 1; i + 2 < tokens.length; i++) {
    // Also the writer so named: "I'm the band 3 who does the wound clinic".
    const self = tokens[i - 1] === 'the' && tokens[i - 2] === 'am';
    if (tokens[i] !== 'band' || !(self || /^(?:my|our)$/.test(tokens[i - 1]!)) || !/^[2-9]$/.test(tokens[i + 1]!)) continue;
    if (OWN_BAND_BEFORE.test(tokens[i - 2] ?? '') || !PERSON_AFTER.test(tokens.slice(i + 2, i + 5).join(' '))) continue;
    if (out.some((m) => m.start < i + 2 && m.end > i)) continue;
    const phrase = idx.byText.get(`band ${tokens[i + 1]}s`);
    if (!phrase || phrase.roles.length !== 1) continue;
    const m: Mention = { start: i, end: i + 2, phrase, role: phrase.roles[0]!, how: `"${tokens[i - 1]} band ${tokens[i + 1]}" read as a member of staff, ${phrase.roles[0]!.title}` };
    out = [...out.filter((x) => x.end <= i), m, ...out.filter((x) => x.start >= i + 2)];
  }
  return out;
}

/** The last word of a job that leads a team. */
const LEADS = /^(?:leaders?|leads?|managers?|supervisors?|coordinators?)$/;

/** Later in the message: the writer asks for the people led ("career chats with my staff", "one of my girls wants"). */
// ("got a lad on my team", "there's a girl in our team": someone in the team, too.)
const STAFF_ASKED = /\b(?:(?:with|for|to|help|support|develop|coach) (?:my|our) (?:staff|team|girls|lads|ladies|guys|team members|people|workers)|(?:one|some|two|a few|few|couple) of (?:my|our) (?:staff|team|girls|lads|ladies|guys|people|workers)|(?:a|one|this) (?:lad|girl|lady|guy|fella|bloke|woman|man|young lad|young man|young woman|member of staff|staff member|team member|person) (?:on|in) (?:my|our) (?:team|shift|crew))\b/;

/**
 * "I'm a supervisor in domestics and want to do career chats with my staff", "I'm team leader for domestics. One of
 * my girls wants to be an HCA", "I'm the portering supervisor. Got a lad on my team…": a lead job and the team it leads
 * (after it, or in its name), when the writer asks for the people in it, is read
 * as the team's job (the one held by those asked for), said where the lead job was.
 */
export function staffLed(idx: Index, tokens: string[], mentions: Mention[]): Mention[] {
  for (const m of mentions) {
    if (!LEADS.test(tokens[m.end - 1] ?? '')) continue;
    const team = /^(?:in|for|of|over)(?: the| a team of)? ([a-z]+)/.exec(tokens.slice(m.end, m.end + 5).join(' '));
    // "the portering supervisor", "domestic supervisor": the team named in the lead job's own name.
    const named = m.end - m.start === 2 ? tokens[m.start]! : undefined;
    const said = team?.[1] ?? named;
    if (!said) continue;
    const phrase = idx.byText.get(said);
    if (!phrase || phrase.priority > 1 || phrase.roles.length !== 1 || phrase.roles[0] === m.role) continue;
    const end = team ? m.end + team[0].split(' ').length : m.end;
    if (!STAFF_ASKED.test(tokens.slice(end).join(' ')) || mentions.some((x) => x !== m && x.start >= m.end && x.start < end && x.role !== phrase.roles[0])) continue;
    const led: Mention = { start: m.start, end, phrase, role: phrase.roles[0]!, how: `the ${said} the writer leads read as the staff asked for, ${phrase.roles[0]!.title}` };
    return [...mentions.filter((x) => x.end <= m.start), led, ...mentions.filter((x) => x.start >= end)];
  }
  return mentions;
}
