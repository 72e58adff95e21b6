/**
 * A job described in the writer's own words that no `describedBy` phrase holds ("the
 * job where you help people get dressed and about again after an injury"): the role
 * whose own text in the content (its summary, what it is described by, its names)
 * shares the most telling words with the description, weighed as TF-IDF (a word few
 * roles use tells more) and compared by cosine, when it is clearly ahead of the next.
 * Words are compared by their Porter stems ("operation" meets "operating"). Built once
 * per content, so a trust's new summary or description is read at once.
 */
import { stemmer } from 'stemmer';
import type { Content, Role } from '../../content/model.js';
import { normaliseName } from './normalise.js';
import { heldWindows } from './described.js';
import type { Mention } from './mentions.js';

/** Words too common in the roles' texts and in messages to tell one job from another. */
const COMMON = new Set(
  ('the a an to of and or in on at for with by from is are be it its they them their this that these those as you your can could who which what ' +
    'when where how do does did i im my me we our us he she his her not no so if then than there here up out about into after before during also ' +
    'usually need must such other more most like just only some any all each one two get got has have had was were will would should may might ' +
    'job jobs role roles work working works people person patients patient help helps helping nhs band level lot lots thing things stuff really ' +
    'very want wants become train training course courses degree apprenticeship register registered again back better way day days time full part ' +
    'new old someone somebody go going make makes made kind sort')
    .split(' '),
);

/** A goal described must be at least this like a role's texts (cosine, 0 to 1) to be read as that role. */
const GOAL_AT_LEAST = 0.15;
/** And this many times as like it as the next role. */
const GOAL_AHEAD_BY = 1.1;
/** What the writer does now is held to a higher bar: the role held is kept in the profile. */
const HELD_AT_LEAST = 0.3;
const HELD_AHEAD_BY = 1.5;

interface Doc {
  role: Role;
  weights: Map<string, number>;
  norm: number;
}
interface Built {
  docs: Doc[];
  idf: Map<string, number>;
}

const built = new WeakMap<Content, Built>();

const stemsOf = (words: readonly string[]) => words.filter((w) => w !== '' && !COMMON.has(w) && !/^\d+$/.test(w)).map((w) => stemmer(w));

function buildFor(content: Content): Built {
  let b = built.get(content);
  if (b) return b;
  const raw = [...content.roles.values()].map((role) => ({
    role,
    // What the job is described by counts twice: it is written as staff put it.
    stems: stemsOf(normaliseName([role.summary, ...role.describedBy, ...role.describedBy, role.title, ...role.synonyms].join(' '), content.understanding).split(' ')),
  }));
  const df = new Map<string, number>();
  for (const r of raw) for (const w of new Set(r.stems)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map([...df].map(([w, n]) => [w, Math.log((raw.length + 1) / (n + 0.5))]));
  const docs = raw.map(({ role, stems }) => {
    const tf = new Map<string, number>();
    for (const w of stems) tf.set(w, (tf.get(w) ?? 0) + 1);
    const weights = new Map([...tf].map(([w, c]) => [w, (1 + Math.log(c)) * idf.get(w)!]));
    let norm = 0;
    for (const v of weights.values()) norm += v * v;
    return { role, weights, norm: Math.sqrt(norm) || 1 };
  });
  b = { docs, idf };
  built.set(content, b);
  return b;
}

/**
 * The role the words (normalised tokens) describe, or null when none is at least `atLeast` like
 * them and `aheadBy` times as like them as the next. Roles in `ruledOut` are never the answer.
 */
export function roleLike(content: Content, words: readonly string[], ruledOut: ReadonlySet<Role> = new Set(), atLeast = GOAL_AT_LEAST, aheadBy = GOAL_AHEAD_BY): Role | null {
  const { docs, idf } = buildFor(content);
  const query = new Map<string, number>();
  for (const s of stemsOf(words)) {
    const weight = idf.get(s);
    if (weight !== undefined) query.set(s, weight);
  }
  if (query.size === 0) return null;
  let qn = 0;
  for (const v of query.values()) qn += v * v;
  qn = Math.sqrt(qn);
  let best: Doc | null = null;
  let first = 0;
  let second = 0;
  for (const d of docs) {
    if (ruledOut.has(d.role)) continue;
    let s = 0;
    for (const [w, x] of query) s += x * (d.weights.get(w) ?? 0);
    s /= qn * d.norm;
    if (s > first) {
      second = first;
      first = s;
      best = d;
    } else if (s > second) second = s;
  }
  return best && first >= atLeast && first >= aheadBy * second ? best.role : null;
}

/**
 * The words of `window` (a stretch of `tokens` from `start`) that are not a role's name, and the roles
 * named in it: a role named inside a description is not the one described ("go out to calls with a paramedic").
 */
function unnamed(tokens: readonly string[], start: number, length: number, mentions: readonly Mention[]): { words: string[]; named: Set<Role> } {
  const words: string[] = [];
  const named = new Set<Role>();
  for (let i = start; i < start + length; i++) {
    const m = mentions.find((x) => x.start <= i && i < x.end);
    if (m) named.add(m.role);
    else words.push(tokens[i]!);
  }
  return { words, named };
}

/** Words that start a description of the job wanted in the writer's own words. */
const GOAL_DESCRIBED = /(?:^| )(?:(?:the|a) (?:job|role|post) (?:where|that|of)|(?:one of )?(?:the|those|them) (?:ones?|people|person|staff) (?:who|that)|the person (?:who|that)|people (?:who|that))(?= )/g;
/** "I'm the one who…", "she is the person who…": what someone does now, not a goal. */
const SOMEONE_NOW = /(?:^| )(?:i am|im|i m|he is|she is|hes|shes|they are|theyre|i was|was|is)(?: one of)?$/;
/** A new part of the message: the description ends before it. */
const CLAUSE_START = new Set(['i', 'im', 'how', 'what', 'whats', 'where', 'my']);

/**
 * "how do I become the person who …": the role described as the goal, when the content's own texts clearly
 * name one (as a list of it, or none); never a role the writer has ruled out ("not the paramedic, the one
 * below"). A description ends at the end of its sentence or clause (`starts`: token positions where one starts).
 */
export function describedGoal(content: Content, tokens: readonly string[], mentions: readonly Mention[], starts: readonly number[], ruledOut: ReadonlySet<Role> = new Set()): Role[] {
  const ends = [...starts].sort((a, b) => a - b);
  const joined = tokens.join(' ');
  for (const m of joined.matchAll(GOAL_DESCRIBED)) {
    const head = joined.slice(0, m.index + m[0].length);
    const lead = head.slice(0, head.length - m[0].trimStart().length).trimEnd();
    if (SOMEONE_NOW.test(lead)) continue;
    const start = head.trim().split(' ').length;
    const end = Math.min(start + 16, ends.find((e) => e > start) ?? tokens.length);
    let length = 0;
    while (start + length < end && !CLAUSE_START.has(tokens[start + length]!)) length++;
    // "the people who do that full time": a job said before, not described here.
    if (/^(?:do|does|did|doing) (?:that|this|it)$/.test(tokens.slice(start, start + 2).join(' '))) continue;
    const { words, named } = unnamed(tokens, start, length, mentions);
    const role = roleLike(content, words, new Set([...ruledOut, ...named]));
    if (role) return [role];
  }
  return [];
}

/** Words that put what the writer did in the past or elsewhere ("drove ambulances in Romania before"). */
const NOT_NOW = new Set(['before', 'ago', 'previously', 'used', 'back', 'country', 'abroad', 'was', 'were']);

/**
 * "I lay out the instrument trays and help move patients onto the table": the role held, from what the
 * writer says they do, when no `describedBy` phrase holds it and the content's texts clearly name one
 * (not the role wanted). Held to a higher bar than a goal, as the role held is remembered.
 */
export function heldLike(content: Content, tokens: string[], mentions: readonly Mention[], wanted: Role | null): Role | null {
  const ruledOut = new Set(wanted ? [wanted] : []);
  for (const w of heldWindows(tokens, mentions)) {
    if (w.words.some((x) => NOT_NOW.has(x))) continue;
    // "I work in a care home": where, not what; the rules read places.
    if (/^(?:work|working|worked)$/.test(w.words[0] ?? '') || /^(?:in|on|at|for)$/.test(w.words[1] ?? '')) continue;
    const role = roleLike(content, w.words.filter((_, k) => !w.named[k]), ruledOut, HELD_AT_LEAST, HELD_AHEAD_BY);
    if (role) return role;
  }
  return null;
}
