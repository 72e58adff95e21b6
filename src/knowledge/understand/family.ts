/**
 * Goals named by a bare job word or by "senior" alone, read in the family of the
 * job held: "I'm a healthcare science associate, how do I become a practitioner",
 * "band 2 HCA, how do I get to be senior"; a general job name narrowed to the one
 * job of that name in the family of the job held ("can a porter become a team
 * leader?"); and a wish to qualify, read from the name of the job held: "SLT
 * assistant want to qualify".
 */
import type { Content, Role } from '../../content/model.js';
import type { Mention } from './mentions.js';
import { normalise, normaliseName } from './normalise.js';
import { indexOf } from './roles-index.js';
import { DOUBTED_GOAL } from './direction.js';
import { bandRank } from '../route-search.js';

/** Bare job words that can name a goal in the family of the job held ("become a practitioner"). */
const BARE_JOBS = new Set(['tech', 'practitioner', 'associate', 'assistant', 'technician', 'analyst', 'adviser', 'advisor', 'manager', 'leader', 'secretary', 'scientist', 'dispenser', 'coder', 'partner']);
const HELD_BARE = /\b(?:i am|im|i work as|working as|currently|just|only)(?: (?:a|an))?$/;
const BARE_CUE = /\b(?:become|becoming|be|to|into|as|train as|step up to|move up to|go for|apply for)(?: (?:a|an|the))?(?: (?:fully|properly|newly))?(?: (?:qualified|registered|proper|full|real))?$/;

/**
 * A bare job word after a goal cue, outside any mention, read as the one role in the
 * family of the job held whose title ends with it (the role sharing most words with
 * the job held, when there are several).
 */
export function familyJob(content: Content, tokens: string[], mentions: Mention[], from: Role, held = false): Role | null {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (!BARE_JOBS.has(word) || mentions.some((m) => i >= m.start && i < m.end)) continue;
    // "up to band 4 associate level", "do the practitioner degree": a band may come between, or a course after.
    const pre = tokens.slice(Math.max(0, i - 6), i).join(' ').replace(/ band (?:\d|8[a-d])$/, '');
    if (held) {
      // "I'm not a clinical scientist yet, just a practitioner": the job held, in the family of the goal.
      if (!HELD_BARE.test(pre)) continue;
    } else {
      const course = /^(?:degree|apprenticeship|programme|training|course|level|role|post|job)s?$/.test(tokens[i + 1] ?? '') && /\b(?:the|an?|my|band (?:\d|8[a-d]))$/.test(tokens.slice(Math.max(0, i - 2), i).join(' '));
      // ("not sure I want to be a manager": a goal doubted.)
      if ((!BARE_CUE.test(pre) && !course) || DOUBTED_GOAL.test(tokens.slice(Math.max(0, i - 10), i).join(' '))) continue;
    }
    const fromWords = new Set(normaliseName(from.title, content.understanding).split(' '));
    // ("be a tech": a technician.)
    const job = word === 'tech' ? 'technician' : word;
    const kin = [...content.roles.values()]
      .filter((r) => r.family === from.family && r !== from && normaliseName(r.title.replace(/\s*\(.*\)\s*$/, ''), content.understanding).split(' ').at(-1) === job)
      .map((r) => ({ r, shared: normaliseName(r.title, content.understanding).split(' ').filter((w) => fromWords.has(w)).length }))
      .sort((a, b) => b.shared - a.shared);
    if (kin.length === 1 || (kin.length > 1 && kin[0]!.shared > kin[1]!.shared)) return kin[0]!.r;
  }
  return null;
}

/** A wish to qualify, with no job named for it: "want to qualify", "get qualified". */
const QUALIFY = /\b(?:qualify|qualifying)\b(?! (?:as|for|in|into)\b)|\b(?:get|getting|become|becoming) (?:fully )?qualified\b/;

/**
 * "SLT assistant want to qualify", "podiatry assistant, hoping to get qualified": qualifying, with no goal named, is
 * becoming the job whose name the name of the job held starts with ("SLT" in "SLT assistant").
 */
export function qualifyingJob(content: Content, tokens: string[], mentions: Mention[], from: Role): Role | null {
  if (!QUALIFY.test(tokens.join(' '))) return null;
  const held = mentions.find((m) => m.role === from);
  if (!held) return null;
  const idx = indexOf(content);
  for (let k = held.end - 1; k > held.start; k--) {
    const p = idx.byText.get(tokens.slice(held.start, k).join(' '));
    if (p && p.roles.length === 1 && p.roles[0] !== from) return p.roles[0]!;
  }
  return null;
}

const seniors = new WeakMap<Content, Map<Role, Role>>();

/** Each role with a senior job of the same name in its family ("hearing care assistant" → "senior hearing care assistant"), built once. */
function seniorRoles(content: Content): Map<Role, Role> {
  let map = seniors.get(content);
  if (!map) {
    map = new Map();
    const bare = (r: Role) => normalise(r.title.replace(/\s*\(.*\)\s*$/, ''), content.understanding);
    const roles = [...content.roles.values()];
    const titles = new Map(roles.map((r) => [r, bare(r)]));
    for (const from of roles) {
      const senior = roles.find((r) => r !== from && r.family === from.family && titles.get(r) === `senior ${titles.get(from)}`);
      if (senior) map.set(from, senior);
    }
    seniors.set(content, map);
  }
  return map;
}

/** "want to be senior", "go senior", "step up to the senior one": the senior job wanted, with no job word. */
const SENIOR_CUE = /\b(?:become|becoming|be|to|into|go|going|get|step up to|move up to|go for|apply for)(?: (?:a|an|the))?$/;

/** The senior job of the job held ("hearing care assistant" → "senior hearing care assistant"), asked for by "senior" alone. */
export function seniorOf(content: Content, tokens: string[], mentions: Mention[], from: Role): Role | null {
  if (!tokens.includes('senior')) return null;
  const senior = seniorRoles(content).get(from);
  if (!senior) return null;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== 'senior' || mentions.some((m) => i >= m.start && i < m.end)) continue;
    if (SENIOR_CUE.test(tokens.slice(Math.max(0, i - 4), i).join(' '))) return senior;
  }
  return null;
}

/**
 * "become a nurse? … want full RN learning disability": whether `role` is another role of the family of the
 * general one-word name `general`, whose title has that word ("Registered nurse (learning disability)").
 */
export function titledWith(content: Content, role: Role, general: Mention): boolean {
  const word = general.phrase.tokens[0]!;
  return general.phrase.tokens.length === 1 && role !== general.role && role.family === general.role.family && normaliseName(role.title, content.understanding).split(' ').includes(word);
}

/**
 * "service manager 8a … how do people get to 8b/8c general manager level": a job wanted at a band above all of its
 * own bands is the one other role of its family at that band (the senior leader), when there is just one.
 */
export function aboveInFamily(content: Content, role: Role, band: string): Role | null {
  if (!/^(?:\d|8[a-d])$/.test(band) || role.bands.some((b) => bandRank(b) >= bandRank(band))) return null;
  const kin = [...content.roles.values()].filter((r) => r !== role && r.family === role.family && r.bands.includes(band as Role['bands'][number]));
  return kin.length === 1 ? kin[0]! : null;
}

/**
 * The role wanted was named by more than one word ("HR adviser", not just "HR"), and not by the general name
 * of the family that the title of the role `described` has ("registered nurse" in "Registered nurse (learning disability)").
 */
export function goalNamedFully(content: Content, mentions: readonly Mention[], role: Role, described: Role): boolean {
  const title = ` ${normaliseName(described.title, content.understanding)} `;
  return mentions.some((m) => m.role === role && m.end - m.start > 1 && !title.includes(` ${m.phrase.tokens.join(' ')} `));
}

/**
 * "can a porter become a team leader?", "one of my porters wants to step up to supervisor": a general job
 * name for the goal, narrowed to the one job of that name in the family of the job held ("porter team
 * leader", "facilities supervisor"). The word before the general name must be the held job's own word or
 * its family's, so "deputy director of workforce" is not read into an HR business partner's question.
 */
export function generalNameInHeldFamily(content: Content, mentions: readonly Mention[], role: Role, held: Role): { role: Role; said: string } | null {
  if (role.family === held.family) return null;
  const said = mentions.find((m) => m.role === role)?.phrase.text;
  if (!said) return null;
  let memo = heldFamilyNames.get(content);
  if (!memo) heldFamilyNames.set(content, (memo = new Map()));
  const key = `${said}\u0000${role.id}\u0000${held.id}`;
  let found = memo.get(key);
  if (found === undefined) memo.set(key, (found = narrowedInFamily(content, said, role, held)));
  return found && { role: found, said };
}

/** Answers of generalNameInHeldFamily, per content: they depend only on the name said and the two roles. */
const heldFamilyNames = new WeakMap<Content, Map<string, Role | null>>();

function narrowedInFamily(content: Content, said: string, role: Role, held: Role): Role | null {
  const names = namesOf(content);
  const heldWords = kinOf(content).words.get(held)!;
  const family = kinOf(content).families.get(held.family)!;
  // The name as said, then the general job's other names: "team lead" is a "team leader", so "domestic team leader".
  for (const name of [said, ...names.get(role)!.filter((n) => n.includes(' '))]) {
    const length = name.split(' ').length;
    const kin = family.filter((r) => r !== held && names.get(r)!.some((n) => n.endsWith(` ${name}`) && heldWords.has(n.split(' ').at(-length - 1) ?? '')));
    if (kin.length === 1) return kin[0]!;
    if (kin.length > 1) return null;
  }
  return null;
}

const normalisedNames = new WeakMap<Content, Map<Role, string[]>>();
const kinByContent = new WeakMap<Content, { words: Map<Role, Set<string>>; families: Map<Role['family'], Role[]> }>();

/** Each role's family and the words of its names, and the roles of each family in order: worked out once per content. */
function kinOf(content: Content): { words: Map<Role, Set<string>>; families: Map<Role['family'], Role[]> } {
  let kin = kinByContent.get(content);
  if (!kin) {
    const names = namesOf(content);
    kin = { words: new Map(), families: new Map() };
    for (const r of content.roles.values()) {
      kin.words.set(r, new Set([r.family, ...names.get(r)!.flatMap((n) => n.split(' '))]));
      kin.families.set(r.family, [...(kin.families.get(r.family) ?? []), r]);
    }
    kinByContent.set(content, kin);
  }
  return kin;
}

/** Each role's title and synonyms, normalised as messages are: worked out once per content. */
function namesOf(content: Content): Map<Role, string[]> {
  let names = normalisedNames.get(content);
  if (!names) {
    names = new Map([...content.roles.values()].map((r) => [r, [r.title, ...r.synonyms].map((n) => normaliseName(n, content.understanding))]));
    normalisedNames.set(content, names);
  }
  return names;
}
