/**
 * Roles named without their title:
 * - a place of work and a plain job word: "move to maternity as a support
 *   worker", "work in the lab as an assistant", "into pharmacy as a tech" (the
 *   place and the job word together make a role's name or synonym);
 * - what the job does: "the people who do the hearing tests", "one of the ones
 *   who help in theatres" (the roles' `describedBy` phrases, after "who").
 */
import type { Content, Role } from '../../content/model.js';
import type { Mention } from './mentions.js';
import { normalise } from './normalise.js';
import type { Index } from './roles-index.js';

/** Plain job words that take their meaning from a place of work. */
const JOB_WORDS = ['support worker', 'support workers', 'assistant', 'assistants', 'asst', 'tech', 'technician', 'associate', 'practitioner', 'secretary', 'apprentice', 'analyst', 'worker', 'nurse', 'nursing', 'officer', 'adviser', 'advisor'];

/**
 * Mentions for a place of work and a plain job word a little later ("maternity … as a
 * support worker" → maternity support worker). Replaces a mention the job word made
 * on its own (support worker → healthcare support worker); adds one where there was none.
 */
export function placeAndJob(idx: Index, tokens: string[], mentions: Mention[]): Mention[] {
  const out = [...mentions];
  for (let i = 0; i < tokens.length; i++) {
    for (const job of JOB_WORDS) {
      const words = job.split(' ');
      if (words.some((w, k) => tokens[i + k] !== w)) continue;
      const end = i + words.length;
      // A place (one or two words) in the ten words before ("maternity … as a support worker"),
      // or in the six after ("a nurse for people with learning disabilities"), nearest first.
      const places: string[] = [];
      for (let j = i - 1; j >= Math.max(0, i - 10); j--) {
        places.push(tokens[j]!);
        if (j > 0) places.push(`${tokens[j - 1]} ${tokens[j]}`);
      }
      for (let j = end; j < Math.min(tokens.length, end + 6); j++) {
        places.push(tokens[j]!);
        if (j + 1 < tokens.length) places.push(`${tokens[j]} ${tokens[j + 1]}`);
      }
      for (const place of places) {
        const phrase = idx.byText.get(`${place} ${job}`) ?? idx.byText.get(`${place} ${words[0]}`);
        if (!phrase || phrase.priority > 1) continue;
        const role = phrase.roles[0]!;
        const covering = out.findIndex((m) => m.start <= i && m.end >= end);
        if (covering >= 0) {
          if (out[covering]!.role === role || out[covering]!.end - out[covering]!.start > words.length) break;
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

/** After a role's name, a word that makes it the name of a place: "the district nursing team". */
const PLACE_AFTER = new Set(['ward', 'wards', 'reception', 'desk', 'team', 'teams', 'department', 'dept', 'unit', 'service', 'services', 'clinic', 'clinics', 'office', 'side']);
const PLACE_BEFORE = new Set(['in', 'on', 'into', 'to', 'at', 'from', 'within', 'across']);

/**
 * "assistant practitioner in the district nursing team": a role's name used as a place
 * of work is not a role mentioned, when another role is. Such mentions are left out.
 */
export function dropPlaces(tokens: string[], mentions: Mention[]): Mention[] {
  const isPlace = (m: Mention) => {
    // ("into coding ward clerk": "ward" starts the next role, so "coding" is no place.)
    if (!PLACE_AFTER.has(tokens[m.end] ?? '') || mentions.some((x) => x.start === m.end)) return false;
    let k = m.start - 1;
    while (k >= 0 && /^(?:the|a|our|my|their|his|her|local|community|hospital|trust|nhs)$/.test(tokens[k]!)) k--;
    return k >= 0 && PLACE_BEFORE.has(tokens[k]!);
  };
  const places = mentions.filter(isPlace);
  if (places.length === 0 || places.length === mentions.length) return mentions;
  return mentions.filter((m) => !places.includes(m));
}

const descriptions = new WeakMap<Content, Array<{ tokens: string[]; role: Role }>>();

function descriptionsOf(content: Content): Array<{ tokens: string[]; role: Role }> {
  let list = descriptions.get(content);
  if (!list) {
    list = [];
    for (const role of content.roles.values()) {
      for (const d of role.describedBy) {
        const t = normalise(d, content.understanding).split(' ').filter((w) => w !== '');
        if (t.length > 0) list.push({ tokens: t, role });
      }
    }
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    descriptions.set(content, list);
  }
  return list;
}

/** "the people who do the hearing tests": the role whose work is described after "who" (or "that"). */
export function describedRole(content: Content, tokens: string[]): Role | null {
  const who = tokens.findIndex((t) => t === 'who' || t === 'that');
  if (who < 0) return null;
  const window = tokens.slice(who + 1, who + 16);
  for (const d of descriptionsOf(content)) {
    for (let i = 0; i + d.tokens.length <= window.length; i++) {
      if (d.tokens.every((w, k) => window[i + k] === w)) return d.role;
    }
  }
  return null;
}
