/**
 * A place of work named in the words of a job (content/roles: "dispensary", "HR"), then a plain job word after
 * "as": "I work in the dispensary as a tech", "I want to work in HR as administrator". The place and the job word
 * together name one job (place-job.ts, placeAndJob); the place is no job of its own. Also a department's office:
 * "team leader on the estates helpdesk" leads the office, not the department's own staff.
 */
import type { Mention } from './mentions.js';

/** After a department's name: an office of it, not its own team ("the estates helpdesk", "the catering office"). */
const OFFICE = /^(?:office|offices|helpdesk|helpdesks|help desk|desk|reception|switchboard)$/;

/** Job words of those who lead a team: the team led is the office, where one is named. */
const LEADS = /^(?:supervisor|team leader)$/;

/**
 * Whether the place of `length` words at `start` is the name of a department's office, for a job word that leads
 * a team ("estates" in "team leader on the estates helpdesk"). (Not for other job words: "in the HR office … to
 * adviser" is the HR adviser.)
 */
export function officeOfPlace(tokens: readonly string[], job: string, start: number | undefined, length: number): boolean {
  if (start === undefined || !LEADS.test(job)) return false;
  const after = tokens[start + length] ?? '';
  return OFFICE.test(after) || OFFICE.test(`${after} ${tokens[start + length + 1] ?? ''}`);
}

/** After a field: a course in it, so the field is what is studied, not where the writer works. */
const COURSE = /^(?:apprenticeships?|courses?|degrees?|training|programmes?)$/;

/** Plain job words that name a job of their own (the healthcare support worker). */
const OWN_JOB = /^(?:support workers?|csw)$/;

/**
 * Whether the place of `length` words at `start`, before a job word that names a job of its own, is the field of a
 * course named right after it: "physio apprenticeship as a support worker", "an OT course from a support worker job"
 * (a support worker wanting the course, not the field's own support worker). (Not "the hearing apprenticeship, the
 * one where you start as an assistant": a bare "assistant" is the field's.)
 */
export function courseOfPlace(tokens: readonly string[], job: string, start: number | undefined, length: number): boolean {
  return start !== undefined && OWN_JOB.test(job) && COURSE.test(tokens[start + length] ?? '');
}

/** Between a place named as a job and the job word read with it: "as", "as a", "as an". */
const AS = /^as(?: (?:a|an|the))?$/;

/**
 * Drops a mention that is only the place of the next one: "dispensary" in "in the dispensary as a tech", when the
 * job word after "as" was read with the place as the name "dispensary tech".
 */
export function dropPlaceNamedAgain(tokens: readonly string[], mentions: Mention[]): Mention[] {
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    if (!next || !AS.test(tokens.slice(m.end, next.start).join(' '))) return true;
    const place = tokens.slice(m.start, m.end).join(' ');
    const job = tokens.slice(next.start, next.end).join(' ');
    const name = next.phrase.tokens.join(' ');
    const single = place.endsWith('s') && place.length > 4 ? place.slice(0, -1) : place;
    return name === job || (name !== `${place} ${job}` && name !== `${single} ${job}`);
  });
}
