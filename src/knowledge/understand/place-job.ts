/**
 * Roles named by a place of work and a plain job word, without their title: "move to maternity as a support
 * worker", "work in the lab as an assistant", "into pharmacy as a tech" (together they make a role's name or
 * synonym); and roles' names that are only where the writer works or takes people ("wheel the beds down to x-ray").
 */
import type { Mention } from './mentions.js';
import { type Index } from './roles-index.js';
import { isOwnChildren } from './own-children.js';
import { tiedPlaceFirst } from './tied-place.js';
import { courseOfPlace, officeOfPlace } from './place-as-job.js';

/** Plain job words that take their meaning from a place of work. */
const JOB_NAMES = ['apprenticeship', 'apprenticeships', 'support worker', 'support workers', 'support staff', 'csw', 'associate practitioner', 'associate practitioners', 'ap', 'aps', 'assistant', 'assistants', 'asst', 'tech', 'techs', 'technician', 'technicians', 'associate', 'associates', 'practitioner', 'secretary', 'apprentice', 'apprentices', 'analyst', 'worker', 'nurse', 'nursing', 'officer', 'adviser', 'advisor', 'supervisor', 'team leader', 'administrator'];
/** The job words by their first word, each with its words, in the order above. */
const JOB_WORDS = new Map<string, Array<{ job: string; words: string[] }>>();
for (const job of JOB_NAMES) {
  const words = job.split(' ');
  const list = JOB_WORDS.get(words[0]!) ?? [];
  list.push({ job, words });
  JOB_WORDS.set(words[0]!, list);
}

/**
 * Mentions for a place of work and a plain job word a little later ("maternity … as a
 * support worker" → maternity support worker). Replaces a mention the job word made
 * on its own (support worker → healthcare support worker); adds one where there was none.
 */
export function placeAndJob(idx: Index, tokens: string[], mentions: Mention[], sentences: readonly number[] = []): Mention[] {
  const out = [...mentions];
  const under = tokens.includes('under');
  for (let i = 0; i < tokens.length; i++) {
    for (const { job, words } of JOB_WORDS.get(tokens[i]!) ?? []) {
      if (words.some((w, k) => tokens[i + k] !== w) || (under && WORKED_UNDER.test(tokens.slice(Math.max(0, i - 5), i).join(' ')))) continue;
      const end = i + words.length;
      // "a CSW band 3 in theatres": the job's band may come between it and its place.
      const tie = tokens[end] === 'band' && /^(?:\d|8[a-d])$/.test(tokens[end + 1] ?? '') && /^(?:in|on|at)$/.test(tokens[end + 2] ?? '') ? end + 2 : end;
      // A place (one or two words) in the ten words before ("maternity … as a support worker"),
      // or in the six after ("a nurse for people with learning disabilities"), nearest first.
      // A place is not the job word of another role's name: in "my healthcare science associate wants to do the
      // practitioner degree", "associate … practitioner" is not a name (but "HR admin … to adviser" is "HR adviser").
      const inOther = (j: number) => mentions.some((m) => j === m.end - 1 && m.end - m.start > 1 && !(m.start <= i && m.end >= end));
      // (Only where the band adds nothing to the job word's own role: "band 3 support worker" is its own job.)
      const banded = (m: Mention) => tokens[m.start] === 'band' && m.start + 2 === i && m.end === end && idx.byText.get(job)?.roles[0] === m.role;
      const places: string[] = [];
      /** Where each place before the job starts (for a place right before it: "the porters' supervisor"). */
      const startAt = new Map<string, number>();
      for (let j = i - 1; j >= Math.max(0, i - 10); j--) {
        if (inOther(j)) continue;
        places.push(tokens[j]!);
        if (!startAt.has(tokens[j]!)) startAt.set(tokens[j]!, j);
        if (j > 0 && !inOther(j - 1)) {
          places.push(`${tokens[j - 1]} ${tokens[j]}`);
          if (!startAt.has(`${tokens[j - 1]} ${tokens[j]}`)) startAt.set(`${tokens[j - 1]} ${tokens[j]}`, j - 1);
        }
      }
      // After the job only when a word ties the place to it ("a nurse for people with…", "assistant in the lab"),
      // not a place the sentence goes on to ("support workers want to go into the ambulance service").
      const tied = /^(?:for|in|on|at|with|working|running|over)$/.test(tokens[tie] ?? '') || /^(?:job|post|role) (?:running|in|on|at)$/.test(tokens.slice(tie, tie + 2).join(' '));
      // "my apprentice (business admin level 3)", "(business admin, band 2)": an apprentice's field, right after, before its level or band;
      // or after "is doing", "on" ("my apprentice is doing business admin").
      const bridge = /^apprentices?$/.test(job) ? (/^(?:(?:who is|is|she is|he is) )?(?:doing the|doing|on the|on|in the|in)\b/.exec(tokens.slice(end, end + 3).join(' '))?.[0].split(' ').length ?? 0) : 0;
      const at = end + bridge;
      const field = /^apprentices?$/.test(job) && (bridge > 0 || /^(?:level|band) \d\b/.test(tokens.slice(at + 1, at + 5).join(' ').replace(/^\S+ (?=level|band)/, ''))) && !mentions.some((m) => m.start === end && m.end - m.start > 1);
      if (field) {
        const named = [tokens.slice(at, at + 2).join(' '), tokens[at]!].map((p) => ({ p, phrase: idx.byText.get(`${p} apprentice`) })).find((x) => x.phrase && x.phrase.priority <= 1 && (bridge > 0 || /^(?:level|band)$/.test(tokens[at + x.p.split(' ').length] ?? '')));
        if (named) {
          const stop = at + named.p.split(' ').length;
          const kept = out.filter((m) => m.end <= i || m.start >= stop);
          out.length = 0;
          out.push(...kept, { start: i, end: stop, phrase: named.phrase!, role: named.phrase!.roles[0]!, how: `read "${tokens.slice(i, stop).join(' ')}" as ${named.phrase!.roles[0]!.title}` });
          continue;
        }
      }
      /** Where each place after the job ends. */
      const endAt = new Map<string, number>();
      for (let j = tie; tied && j < Math.min(tokens.length, tie + 6); j++) {
        if (inOther(j)) continue;
        places.push(tokens[j]!);
        if (!endAt.has(tokens[j]!)) endAt.set(tokens[j]!, j + 1);
        if (j + 1 < tokens.length) {
          places.push(`${tokens[j]} ${tokens[j + 1]}`);
          if (!endAt.has(`${tokens[j]} ${tokens[j + 1]}`)) endAt.set(`${tokens[j]} ${tokens[j + 1]}`, j + 2);
        }
      }
      tiedPlaceFirst(places, startAt, endAt, sentences, i);
      // "I'm in the estates maintenance team … become the supervisor over the team": the team named before is the place.
      const team = tied && /^(?:the|that|this|my|our) (?:team|department|dept)$/.test(tokens.slice(tie + 1, tie + 3).join(' ')) ? tokens.lastIndexOf(tokens[tie + 2]!, i - 1) : -1;
      if (team > 0) places.push(tokens[team - 1]!, ...(team > 1 ? [`${tokens[team - 2]} ${tokens[team - 1]}`] : []));
      for (const place of places) {
        // "into theatres as a support worker": the place may be plural where the name is not.
        const single = place.endsWith('s') && place.length > 4 ? place.slice(0, -1) : place;
        // Each name looked up below starts with the first word of the place or of its singular: where no role's name
        // starts with either, none can match, and the lookups are skipped (first, as most places are no name's start).
        if (!idx.byFirst.has(firstWord(place)) && !idx.byFirst.has(firstWord(single))) continue;
        // "can I do it as an apprenticeship? I'm a support worker": "it" is IT only right before the job word ("IT support worker").
        if (place === 'it' && startAt.get(place) !== i - 1) continue;
        // (A band is no place: "in the pharmacy as band 3 support worker"; nor a grade: "staff nurse".)
        if (/(?:^| )(?:band|\d|8[a-d])(?: |$)|^(?:staff|registered|qualified|trained)$/.test(place)) continue;
        if (isOwnChildren(tokens, startAt.get(place) ?? (endAt.has(place) ? endAt.get(place)! - 1 : undefined), place) || officeOfPlace(tokens, job, endAt.has(place) ? endAt.get(place)! - place.split(' ').length : startAt.get(place), place.split(' ').length) || courseOfPlace(tokens, job, endAt.has(place) ? undefined : startAt.get(place), place.split(' ').length)) continue;
        // "an apprenticeship in business admin": the course of the field's apprentice. (Not "appointments team" from "team leader in the appointments team": that is the place.)
        const phrase = (job.startsWith('apprenticeship') ? idx.byText.get(`${place} apprentice`) : undefined) ?? idx.byText.get(`${place} ${job}`) ?? (PLACE_AFTER.has(words[0]!) ? undefined : idx.byText.get(`${place} ${words[0]}`)) ?? idx.byText.get(`${single} ${job}`);
        if (!phrase || phrase.priority > 1) continue;
        const role = phrase.roles[0]!;
        // "used to be a dental nurse, want to be a nurse": a place taken from the name of that same job, said before, is no
        // place for a job word that names a job of its own ("a nurse"; but "an assistant again", or "HR … as administrator" after the field alone, is that job).
        const from = startAt.get(place);
        if (from !== undefined && mentions.some((m) => m.role === role && m.start <= from && from < m.end && m.end <= i && m.end - m.start > place.split(' ').length) && mentions.some((m) => m.start <= i && m.end >= end && m.role !== role)) continue;
        // The course and its field are one name: the field's own mentions ("admin") are part of it.
        const fieldEnd = endAt.get(place);
        if (job.startsWith('apprenticeship') && fieldEnd !== undefined && !out.some((m) => m.start < fieldEnd && m.end > i && (m.start < end || m.end > fieldEnd))) {
          const kept = out.filter((m) => m.end <= i || m.start >= fieldEnd);
          out.length = 0;
          out.push(...kept, { start: i, end: fieldEnd, phrase, role, how: `read "${tokens.slice(i, fieldEnd).join(' ')}" as ${role.title}` });
          break;
        }
        // "the porters' supervisor": a place right before the job word, named as a role of its own, is part of this name
        // (not in the sentence before: "porter. supervisor?").
        const at = startAt.get(place);
        if (at !== undefined && at + place.split(' ').length === i && !sentences.includes(i)) {
          const inside = out.filter((m) => m.start >= at && m.end <= i);
          if (inside.length > 0 && !out.some((m) => !inside.includes(m) && m.start < end && m.end > at && !(m.start >= i && m.end <= end))) {
            const kept = out.filter((m) => !inside.includes(m) && !(m.start >= i && m.end <= end));
            out.length = 0;
            out.push(...kept, { start: at, end, phrase, role, how: `read "${place} ${job}" as ${role.title}` });
            break;
          }
        }
        const covering = out.findIndex((m) => m.start <= i && m.end >= end);
        if (covering >= 0) {
          // (A band written before the job word is no word of its name, after "as": "in the pharmacy as band 3 support worker";
          // nor is a grade, with the field after: "staff nurse in mental health".)
          const c = out[covering]!;
          const asBand = tokens[c.start] === 'band' && /(?:^| )as(?: an?)?$/.test(tokens.slice(Math.max(0, c.start - 2), c.start).join(' '));
          const grade = c.end - c.start === words.length + 1 && /^(?:staff|registered|qualified|trained)$/.test(tokens[c.start]!) && endAt.has(place);
          if (c.role === role || (c.end - c.start - (asBand ? 2 : grade ? 1 : 0) > words.length && !banded(c))) break;
          out[covering] = { ...out[covering]!, role, phrase, how: `read "${place} … ${job}" as ${role.title}` };
        } else if (!out.some((m) => m.start < end && m.end > i)) {
          out.push({ start: i, end, phrase, role, how: `read "${place} … ${job}" as ${role.title}` });
        }
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The words of `text` up to its first space. */
const firstWord = (text: string): string => (text.includes(' ') ? text.slice(0, text.indexOf(' ')) : text);

/** The last word of a plain job that a field of work can come before: "audiology receptionist", "pharmacy porter". */
const PLAIN_JOB = /^(?:receptionists?|reception|admin|administrators?|secretary|secretaries|clerks?|assistants?|workers?|porters?|cleaners?|domestics?|managers?|leads?|leaders?|supervisors?|coordinators?|apprentices?|helpers?|scientists?)$/;

/** Before a role's name: taking people or things to it, so it is a place ("wheel the beds down to x-ray"). */
const TAKEN_TO = /\b(?:take|takes|taking|took|bring|brings|bringing|push|pushes|pushing|wheel|wheels|wheeling|escort|escorts|escorting|transfer|transfers|transferring|ferry|ferrying) (?:the |our )?(?:patients?|pts|beds?|people|them|wheelchairs?|samples?|specimens?|notes|bloods)(?: (?:up|down|over|back|round|across))? (?:to|from|to and from|between|into)(?: (?:the|a))?(?: [a-z]+ (?:and|or)(?: the)?)?$/;

/** The last word of the name of office work done for others. */
const OFFICE_JOB = /^(?:admin|administrator|secretary|secretaries|clerk|pa)$/;

/** The last word of a job that leads others. */
const LEAD_JOB = /^(?:managers?|leads?|leaders?|supervisors?|coordinators?)$/;

/** Before a role's name: working under it ("clinics under the tissue viability nurse"), not a job or step below it. */
const WORKED_UNDER = /(?:^| )(?!(?:one|ones|role|roles|job|jobs|post|band|grade|level|step|just|right|directly|straight)\b)\S+ under (?:the|a|an|my|our)(?: [a-z]+){0,2}$/;

/** Between a job and a field: its band, then "in" the field ("band 3 in physio", "band 4 in outpatient admin"). */
const BAND_THEN_IN = /^(?:band|level) (?:\d|8[a-d]) (?:in|within)(?: (?:the|our|my))?(?: (?:outpatient|outpatients|inpatient|community|hospital|acute|main|general))?$/;
/** After a role's name, a word that makes it the name of a place: "the district nursing team". */
const PLACE_AFTER = new Set(['ward', 'wards', 'gym', 'gyms', 'room', 'rooms', 'bay', 'bays', 'suite', 'reception', 'desk', 'team', 'teams', 'department', 'dept', 'unit', 'service', 'services', 'clinic', 'clinics', 'office', 'side', 'home', 'homes']);
/** Before "to" or "into" a team: a move already made, perhaps from somewhere ("moved from portering over to…"). */
const MOVED_TO = /\b(?:moved|transferred|switched|went|gone|got|came|redeployed|seconded)(?: (?:over|across|back))?(?: from(?: \S+){1,4}?)?(?: (?:over|across|back))? $/;
/** A plain job word, alone ("a technician in the orthotics workshop"). */
const PLAIN_WORKER = /^(?:technician|tech|assistant|helper|worker)$/;
const PLACE_BEFORE = new Set(['in', 'on', 'into', 'to', 'at', 'from', 'within', 'across']);

/**
 * "assistant practitioner in the district nursing team": a role's name used as a place
 * of work is not a role mentioned, when another role is. Such mentions are left out.
 */
export function dropPlaces(tokens: string[], found: Mention[], breaks: readonly number[] = []): Mention[] {
  // "I take patients to and from theatres and x-ray": where people or things are taken is no job, even named alone.
  // "I do the wound clinic under the tissue viability nurse": the one the writer works under is not their job (but
  // "the role under a paramedic" is the job below it).
  const under = tokens.includes('under');
  const mentions = found.filter((m) => !TAKEN_TO.test(tokens.slice(Math.max(0, m.start - 10), m.start).join(' ')) && !(under && WORKED_UNDER.test(tokens.slice(Math.max(0, m.start - 5), m.start).join(' '))));
  const isPlace = (m: Mention) => {
    // "assistant in cardiac physiology": right after another role and "in", a role's name is where that role works.
    // So is a field, past one word of its own: "team administrator in community nursing".
    if (/^(?:in|within)$/.test(tokens[m.start - 1] ?? '') && mentions.some((x) => x !== m && x.end === m.start - 1)) return true;
    if (m.phrase.priority === 2 && /^(?:in|within)$/.test(tokens[m.start - 2] ?? '') && mentions.some((x) => x !== m && x.end === m.start - 2)) return true;
    // "as a technician in the orthotics workshop": a plain job word that names no job here, then a field's workshop or
    // department, is a job the bot has no role for, in that place; the field is not the writer's job.
    const inAt = m.start - (tokens[m.start - 1] === 'the' ? 2 : 1);
    if (tokens[inAt] === 'in' && PLAIN_WORKER.test(tokens[inAt - 1] ?? '') && !mentions.some((x) => x.end === inAt) && /^(?:workshops?|department|dept|labs?|team|unit|service)$/.test(tokens[m.end] ?? '')) return true;
    // "therapy assistant band 3 in physio", "team leader band 4 in outpatient admin": the same, with the job's band between.
    if (mentions.some((x) => x !== m && x.end < m.start && BAND_THEN_IN.test(tokens.slice(x.end, m.start).join(' ')))) return true;
    // "an assistant practitioner route in physio": a route or job of another role, in a field.
    if (/^(?:in|within)$/.test(tokens[m.start - 1] ?? '') && /^(?:route|routes|role|roles|job|jobs|post|posts|apprenticeship|apprenticeships|course|courses|programme|level)$/.test(tokens[m.start - 2] ?? '') && mentions.some((x) => x !== m && x.end === m.start - 2)) return true;
    // "audiology receptionist", "on audiology reception": a field of work (not a job's name) right before a job is where it is.
    // So is a one-word name of work done ("coding", "portering") before a job that leads: "the coding team leader".
    const work = m.end - m.start === 1 && /ing$/.test(tokens[m.start]!) && mentions.some((x) => x.start === m.end && LEAD_JOB.test(x.phrase.tokens.at(-1)!));
    // Not across a stop or a comma: in "ambulance tech?? porter atm" the field is a job of its own.
    if ((m.phrase.priority === 2 || work) && !breaks.includes(m.end) && mentions.some((x) => x.start === m.end && x.phrase.priority < 2 && PLAIN_JOB.test(x.phrase.tokens.at(-1)!))) return true;
    // "I work in audiology as a hearing care assistant": a field of work after "in", with a job of that field named.
    if (m.phrase.priority === 2 && /^(?:in|on|within)$/.test(tokens[m.start - 1] ?? '') && mentions.some((x) => x !== m && x.role !== m.role && x.role.family === m.role.family)) return true;
    // "I'm in the finance team as a band 2 admin": a team after "in", then the job in it after "as"
    // (not a plain job word, which the team makes a job of its own: "in the dispensary as a support worker").
    if (/^(?:in|on|within)$/.test(tokens[m.start - (tokens[m.start - 1] === 'the' ? 2 : 1)] ?? '') && mentions.some((x) => x !== m && x.start > m.end && !JOB_NAMES.includes(tokens.slice(x.start, x.end).join(' ')) && /^as(?: an?)?(?: band (?:\d|8[a-d]))?$/.test(tokens.slice(m.end, x.start).join(' ')))) return true;
    // "I do the admin for the district nurses", "secretary for the consultants": the people office work is done for.
    const forAt = m.start - (tokens[m.start - 1] === 'the' ? 2 : 1);
    if (tokens[forAt] === 'for' && mentions.some((x) => x.end === forAt && OFFICE_JOB.test(x.phrase.tokens.at(-1) ?? ''))) return true;
    // ("into coding ward clerk": "ward" starts the next role, so "coding" is no place.)
    if (!PLACE_AFTER.has(tokens[m.end] ?? '') || mentions.some((x) => x.start === m.end)) return false;
    let k = m.start - 1;
    while (k >= 0 && /^(?:the|a|our|my|their|his|her|local|community|hospital|trust|nhs)$/.test(tokens[k]!)) k--;
    // "I moved to the phlebotomy team in March": joining the team is taking its job, unless a job in it is named ("… team as an AP").
    // So is "I've moved from portering to the domestics team", "moved over to the lab team", and a move wished for:
    // "can i move to catering side". (A job after "from" is the one left: "redeployed to the phlebotomy team from outpatients admin".)
    const wished = /\b(?:move|moving|transfer|transferring|switch|switching)(?: (?:over|across))?$/.test(tokens.slice(Math.max(0, k - 3), k).join(' '));
    if (/^(?:to|into)$/.test(tokens[k] ?? '') && (MOVED_TO.test(`${tokens.slice(Math.max(0, k - 7), k).join(' ')} `) || wished) && !mentions.some((x) => x.start > m.end && x.start <= m.end + 4 && !tokens.slice(m.end, x.start).includes('from'))) return false;
    // "I want to work on the clinical coding team", "I'd love to work in the phlebotomy team": working in the team wished for is its job.
    if (/^(?:on|in)$/.test(tokens[k] ?? '') && /\b(?:want|wanna|like|love|hoping|hope|keen|aim|aiming) to work$/.test(tokens.slice(Math.max(0, k - 4), k).join(' ')) && tokens[m.end + 1] !== 'as') return false;
    // "I'm in the domestic team", "I work in the portering team": the team the writer is in is their job (unless a job in it is named;
    // nor a field's name: in "I'm in the audiology team" the job is not said).
    if (m.phrase.priority < 2 && /^(?:on|in)$/.test(tokens[k] ?? '') && /(?:^| )(?:i am|i work|i am working|i have been|i been)$/.test(tokens.slice(Math.max(0, k - 4), k).join(' ')) && !mentions.some((x) => x.start > m.end && x.start <= m.end + 4)) return false;
    // "one of the lads on the porters team", "someone in the admin team": people in the team have its job.
    if (/^(?:on|in)$/.test(tokens[k] ?? '') && /^(?:lads|guys|girls|ladies|staff|people|women|men|fellas|someone|somebody|colleague|colleagues|member|members)$/.test(tokens[k - 1] ?? '')) return false;
    return k >= 0 && PLACE_BEFORE.has(tokens[k]!);
  };
  const places = mentions.filter(isPlace);
  if (places.length === 0 || places.length === mentions.length) return mentions;
  // "the healthcare science practitioner degree in audiology": a job "in" a field whose role is that job
  // in the field ("Audiologist (healthcare science practitioner)") is that role.
  const kept = mentions.filter((m) => !places.includes(m));
  return kept.map((x) => {
    const place = places.find((p) => p.start > x.end && p.start - x.end <= 4 && p.role.family === x.role.family && p.role.title.toLowerCase().includes(`(${x.role.title.toLowerCase()})`));
    return place ? { ...x, role: place.role, how: `read "${x.role.title}" in ${tokens.slice(place.start, place.end).join(' ')} as ${place.role.title}` } : x;
  });
}
