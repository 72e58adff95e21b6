/**
 * Lead jobs named with the team they lead: "supervisor of 6 domestics", "team leader in outpatients admin".
 */
import type { Mention } from './mentions.js';
import { type Index } from './roles-index.js';

/** The last word of the name of a job that leads a team ("team leader", "supervisor"). */
const LEADS = /^(?:leaders?|leads?|managers?|supervisors?|coordinators?)$/;

/**
 * "supervisor of 6 domestics", "team leader in outpatients admin", "supervisor over the porters": a lead job
 * and the people it leads, where the two make the name of one job ("domestic supervisor", "admin team
 * leader"), are that job; the people led are no job of the writer's or goal.
 */
export function ledTeams(idx: Index, tokens: string[], mentions: Mention[], clauses: readonly number[] = []): Mention[] {
  let out = mentions;
  for (const lead of mentions) {
    if (!LEADS.test(lead.phrase.tokens.at(-1) ?? '') || !out.includes(lead)) continue;
    const led = out.find((x) => x.start > lead.end && x.start <= lead.end + 4);
    // "team leader in domestic services, domestic 4 yrs": after a comma, the job is said on its own.
    if (!led || clauses.some((c) => c > lead.end && c <= led.start)) continue;
    // "of", "for", "over" and the team right after (past "the" or a number); "in" with at most two words of place between.
    const gap = tokens.slice(lead.end, led.start).join(' ');
    if (!/^(?:(?:of|for|over)(?: the| my| our| a team of)?(?: \d+| two| three| four| five| six| seven| eight| nine| ten| eleven| twelve| several| a few| band \d)?|in(?: the)?(?: [a-z]+){0,2})$/.test(gap)) continue;
    const said = tokens.slice(led.start, led.end);
    const last = said.at(-1)!;
    const single = last.endsWith('s') && last.length > 3 ? [...said.slice(0, -1), last.slice(0, -1)] : said;
    const leadName = tokens.slice(lead.start, lead.end).join(' ');
    const phrase = idx.byText.get(`${said.join(' ')} ${leadName}`) ?? idx.byText.get(`${single.join(' ')} ${leadName}`);
    // "team leader in the switchboard": a place with no lead job of its own is where the general lead job is.
    if ((!phrase || phrase.priority > 1) && /^in(?: the)?$/.test(gap) && lead.role.family === 'leadership' && led.role.family !== 'leadership') out = out.filter((x) => x !== led);
    if (!phrase || phrase.priority > 1) continue;
    const role = phrase.roles[0]!;
    out = out.filter((x) => x !== led).map((x) => (x === lead ? { ...x, role, phrase, how: `read "${leadName}" of the ${said.join(' ')} as ${role.title}` } : x));
  }
  return out;
}

/** The families whose teams are named this way; a clinical lead ("physio team lead") is a senior in that job. */
const TEAMS_LED = new Set(['non-clinical', 'facilities']);

/**
 * "switchboard supervisor", "reception team leader", "portering shift supervisor": a team's job, then a lead job right
 * after it (past one word such as "shift"), is one job, the lead job of that team: the lead job in the team's family
 * when that family has one ("domestic services supervisor"), or else the general one. Names the content holds whole
 * ("porter supervisor") are found before this. A clinical lead ("phlebotomy team lead") is not one: it is a senior in that job.
 */
export function teamThenLead(idx: Index, tokens: string[], mentions: Mention[], clauses: readonly number[] = []): Mention[] {
  let out = mentions;
  for (const lead of mentions) {
    if (!LEADS.test(lead.phrase.tokens.at(-1) ?? '') || lead.end - lead.start > 2) continue;
    // (The lead job may already be read in the team's family, from the two names with a word between: "domestic … supervisor".)
    const led = out.find((x) => x.end <= lead.start && lead.start - x.end <= 1 && TEAMS_LED.has(x.role.family) && (lead.role.family === 'leadership' || lead.role.family === x.role.family) && x.role !== lead.role);
    if (!led || clauses.some((c) => c > led.start && c <= lead.start)) continue;
    if (led.end < lead.start && !/^(?:shift|services|team|desk|office|department|dept)$/.test(tokens[led.end]!)) continue;
    const last = lead.phrase.tokens.at(-1)!.replace(/s$/, '');
    const kin = [...new Set(idx.rolesInOrder)].filter((r) => r.family === led.role.family && r !== led.role && r.synonyms.some((n) => n.toLowerCase().endsWith(` ${last}`)));
    const role = lead.role.family !== 'leadership' || kin.length !== 1 ? lead.role : kin[0]!;
    const said = tokens.slice(led.start, lead.end).join(' ');
    out = out.filter((x) => x !== led).map((x) => (x === lead ? { ...x, start: led.start, role, how: `read "${said}" as ${role.title}` } : x));
  }
  return out;
}

/** Just before a team's name: the writer leads it ("I manage the", "I run our"). */
const LEADS_TEAM = /\bi (?:manage|run|lead|supervise|head|oversee|am in charge of)(?: the| our| my)?$/;
/** The writer asks for someone in the team ("one of my staff", "one of them", "she"). */
const FOR_OTHER = /\b(?:(?:one|some|two|a few|a couple) of (?:my|our|them|the)|my (?:staff|team|lads|ladies|girls|guys)|she|he|her|him|his|they|them)\b/;

/**
 * "I manage the medical records team", "I run the switchboard team": the team the writer leads, named by its job, is
 * neither the writer's job nor a goal (what they do, leading it, says the job). Such mentions are left out; not when
 * the writer asks for someone in it ("I manage the domestic team and one of my staff…" names the staff's job).
 */
export function dropTeamsLed(tokens: string[], mentions: Mention[]): Mention[] {
  if (FOR_OTHER.test(tokens.join(' '))) return mentions;
  return mentions.filter((m) => !(/^(?:teams?|department|dept|office|service)$/.test(tokens[m.end] ?? '') && LEADS_TEAM.test(tokens.slice(Math.max(0, m.start - 3), m.start).join(' '))));
}
