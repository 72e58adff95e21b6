/**
 * Question understanding: deterministic, explainable, no models.
 *
 *  1. normalise: lower case, curly quotes, contractions and slang ("im", "wanna",
 *     "can't"), US to UK spellings, punctuation to spaces, bands ("b3", "band
 *     three" -> "band 3") and levels ("l2" -> "level 2").
 *  2. correct typos: a word we do not know (not in the content's own text or a
 *     list of common English words) is corrected to the nearest role or keyword
 *     word: Damerau-Levenshtein distance at most 1 for 4-7 letter words, at most
 *     2 for 8+ letter words. Short words and abbreviations are exact only.
 *  3. find role mentions over titles, synonyms and forms derived from them (id
 *     words, plurals, "physiotherapy" for "physiotherapist", the title without
 *     its bracket). Longest phrase wins. Short, ambiguous abbreviations ("na",
 *     "ap") count only where the words around them make them a role.
 *  4. decide target and current role from cue words around each mention
 *     ("become a", "train as", "to" -> target; "I am a", "work as", "as a band 3",
 *     "currently" -> current), and adjust to a sibling role when a band is stated
 *     ("band 3 HCA" -> the Band 3 support worker role).
 *  5. score intents with weighted phrase rules over the text with role mentions
 *     masked; ties go by a fixed precedence. The area is set for resources only.
 *
 * Everything is indexed once per Content object (WeakMap), so a call is cheap.
 */
import type { Content, Role } from '../content/model.js';
import type { RoadmapArea } from '../content/schema.js';
import { editDistance } from '../text/edit-distance.js';

export const INTENTS = [
  'pathway',
  'options',
  'career_conversation',
  'resources',
  'checkin',
  'profile',
  'help',
  'privacy',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

export interface Understanding {
  intent: Intent;
  /** Roadmap area, for resources questions only. */
  area: RoadmapArea | null;
  /** The role the person wants to reach. */
  role: Role | null;
  /** The role the person says they are in now. */
  from: Role | null;
  /** The band stated in the text, e.g. "3" or "8a". */
  band: string | null;
  /** 0 to 1: how clearly the rules picked the intent. */
  confidence: number;
  /** Human-readable reasons for the result. */
  explain: string[];
}

// ---------------------------------------------------------------------------
// Normalisation

const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

/** Whole-word replacements applied after punctuation is gone (slang, US spellings, common variants). */
const WORD_MAP: Record<string, string> = {
  im: 'i am',
  ive: 'i have',
  id: 'i would',
  cant: 'cannot',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  wont: 'will not',
  wanna: 'want to',
  wana: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  hafta: 'have to',
  dunno: 'do not know',
  lemme: 'let me',
  gimme: 'give me',
  whats: 'what is',
  wats: 'what is',
  thats: 'that is',
  hows: 'how is',
  wheres: 'where is',
  theres: 'there is',
  u: 'you',
  ya: 'you',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  ty: 'thanks',
  abt: 'about',
  wat: 'what',
  wot: 'what',
  cud: 'could',
  shud: 'should',
  wud: 'would',
  bc: 'because',
  cos: 'because',
  coz: 'because',
  cuz: 'because',
  tho: 'though',
  uni: 'university',
  till: 'until',
  til: 'until',
  math: 'maths',
  mgr: 'manager',
  qual: 'qualification',
  quals: 'qualifications',
  apprentiship: 'apprenticeship',
  elearning: 'elearning',
  topup: 'top up',
  // US -> UK spellings
  program: 'programme',
  programs: 'programmes',
  center: 'centre',
  centers: 'centres',
  pediatric: 'paediatric',
  pediatrics: 'paediatrics',
  anesthetic: 'anaesthetic',
  anesthetics: 'anaesthetics',
  anesthesia: 'anaesthesia',
  orthopedic: 'orthopaedic',
  orthopedics: 'orthopaedics',
  labor: 'labour',
  behavior: 'behaviour',
  behaviors: 'behaviours',
  counseling: 'counselling',
  counselor: 'counsellor',
  license: 'licence',
  enroll: 'enrol',
  enrollment: 'enrolment',
  practise: 'practice',
  dietician: 'dietitian',
  dieticians: 'dietitians',
  hematology: 'haematology',
  gynecology: 'gynaecology',
  color: 'colour',
  favorite: 'favourite',
  fulfill: 'fulfil',
  traveling: 'travelling',
  skillset: 'skills',
};

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bcan'?t\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/\bi'm\b/g, 'i am'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  [/\bi'd\b/g, 'i would'],
  [/\blet's\b/g, 'let us'],
  [/\b(it|that|what|there|where|how|who|he|she)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
];

/** Lower-cased, de-punctuated, expanded text with single spaces. */
export function normalise(text: string): string {
  let s = text.toLowerCase().normalize('NFKC');
  s = s.replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u2013\u2014]/g, ' ');
  s = s.replace(/&/g, ' and ').replace(/\+/g, ' plus ');
  for (const [re, rep] of CONTRACTIONS) s = s.replace(re, rep);
  s = s.replace(/\be[- ]learning\b/g, 'elearning').replace(/\be-lfh\b/g, 'elfh');
  s = s.replace(/[^a-z0-9]+/g, ' ');
  // Bands and levels
  s = s.replace(/\bband(\d)/g, 'band $1');
  s = s.replace(/\bb([2-9]|8[a-d])\b/g, 'band $1');
  s = s.replace(/\bband (\d) ([a-d])\b/g, 'band $1$2');
  s = s.replace(/\b(band|level) (one|two|three|four|five|six|seven|eight|nine)\b/g, (_m, w: string, n: string) => `${w} ${NUMBER_WORDS[n]}`);
  s = s.replace(/\b(?:l|lvl|lv|level)\s?([1-8])\b/g, 'level $1');
  const words = s.split(' ').filter((w) => w.length > 0);
  const out: string[] = [];
  for (const w of words) {
    const mapped = Object.hasOwn(WORD_MAP, w) ? WORD_MAP[w] : undefined;
    if (mapped !== undefined) out.push(mapped);
    else if (w.length > 6 && /i(z|s)(e|es|ed|ing|ation|ations)$/.test(w) && w.includes('iz')) out.push(w.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1'));
    else out.push(w);
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------
// Edit distance

/** Optimal string alignment (restricted Damerau-Levenshtein) distance, stopping early past `limit`. */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  return editDistance(a, b, { limit, transpositions: true });
}

/** Typo tolerance for a word of this length. */
function tolerance(len: number): number {
  return len >= 8 ? 2 : len >= 4 ? 1 : 0;
}

// ---------------------------------------------------------------------------
// Vocabulary

/** Distinctive keyword words people misspell: typos of these are corrected (as are role words). */
const KEYWORDS = `
become becoming apprenticeship apprenticeships associate options privacy delete wellbeing functional appraisal
conversation career careers courses resources leadership confidence communication dementia certificate mandatory
university qualification qualifications requirements preceptorship induction struggling numeracy literacy
elearning registration degree foundation trainee supernumerary probation interview vacancies resilience burnout
`.split(/\s+/).filter((w) => w.length >= 4);

/**
 * Common English words that must never be "corrected" into role or keyword words
 * (the content's own text adds many more).
 */
const COMMON_WORDS = `
a about above after again against all also always am an and any anyone anything are around as ask asked at away back
bad be because been before being best better between big bit both but by call came can cannot care case change
come could course data date day days did do does doing done down during each early easy else end enough even ever
every feel feeling felt few find first for found free from full get gets getting give go going good got great had
hard has have having he hear help her here high him his hold home hope how however i if in into is it its job jobs
just keep kind know last late least leave left less let life like little live long look looking lot lots made make
making many may me mean might mind more most much must my myself need needs never new next nice no none not nothing
now of off often old on once one only open or other our out over own paid part pay people place plan point pound
put quite rather read real really right same say says see seem seen self she should show side since small so some
someone something sometimes soon start started still stop such sure take taken talk tell than thank thanks that the
their them then there these they thing things think this those though thought three through time times to today
told too took tried try trying two under until up upon us use used very want wanted wants was way we week weeks well
went were what when where which while who whole why will wish with within without work worked working works would
year years yes yet you young your admit admitted admits bank banks hand nature purse nurses coarse carry cares caring
dare data date dates mode model more move moved moves mover nose noise note notes worse worst curse horse house
mouse nursery assist assists assisted assistance assume assured practice practical practices therapy scientist
physical physics pharmacist phone photo parade paradise paramount radio radius asocial social society associated
association associates trainers trained trainer training trains train rain brain drain grain traits stain stained
support supports supported supporter supporting leader leaders leading reader readers header lead read ready
nurse nursed nursing midwife midwives advanced advance advice advise advising adviser senior seniors junior
skill skills skilled killed kills fills pills mills bills courses source sources force forces horses cause causes
leave lease please pleased plead pleasant present pressure presence represent prevent event events
degree degrees agree agreed agreeing agrees decree during daring dream dreams cream stream streams
progress progressed process processes profess professor profile profiles profit profits proof
chance changes charge charged charges change changed changing chances cheap check checked checking checks
english england english angle single signal sign signed design
manage managed manager managers managing management man many mange mane
band bands bend bond bind brand hand hands land lands sand stand
help held hell helm helps helped helper helpful
level levels lever revel novel bevel had has was did can may its our steps step stepped bend bond bind bald bane core card cart cure case cafe
came cane cape cared carer carers cars chill code codes coded cover cower comer cider dates heal heap hear heat herd
heads ahead lean leaf leak load lend leads teams tear teas term tram steam teach word warm warn wars wand award
stuff stiff chef office offices protect healthy metal leaning earning learned speed trained trainer trainees
theater direction directly directory operation operate operated relative relatives employer employers employed
employees consulting consultation analyse analysis registers diagnosis cynical medial secretly secrets loader lender
supervision heading bearing account accounting accounts midlife became becomes conservation literary functions
fictional conference confident confidential raining raining finding funding funded finds fund funds rain training
probation promotion promote account accounts sort sorts question questions answer answers steps stop tips tip
account here there where near fear dear year wear gear hears heard career careers courses course cause causes
cures curse nursery nurses nursed worse nose purse horse house mouse mouses
`.split(/\s+/).filter((w) => w.length > 0);

const COMMON_SET = new Set(COMMON_WORDS);

/** Short abbreviations that are also ordinary words or fragments: a role only when the context says so. */
const CONTEXTUAL_ABBREVIATIONS = new Set(['na', 'ap', 'salt', 'pa', 'it', 'am', 'as', 'in', 'or', 'on', 'me', 'do', 'go', 'us', 'ra', 'had', 'hrd']);
/** Abbreviations that are too risky to use at all as single words. */
const NEVER_ALONE = new Set(['a', 'an', 'i', 'the', 'to', 'of', 'and', 'is']);

const CONTEXT_BEFORE = new Set([
  'a', 'an', 'the', 'trainee', 'registered', 'qualified', 'as', 'be', 'become', 'becoming', 'into', 'to', 'my',
  'band', 'student', 'apprentice', 'senior', 'newly', 'in', 'work', 'an',
]);
const CONTEXT_AFTER = new Set([
  'apprenticeship', 'apprenticeships', 'apprentice', 'course', 'courses', 'programme', 'role', 'roles', 'training',
  'post', 'posts', 'job', 'jobs', 'top', 'degree', 'route', 'routes', 'band', 'level', 'foundation', 'qualification',
  'pathway', 'trainee', 'vacancy', 'vacancies', 'position', 'top-up', 'programme', 'team', 'department',
]);

/** A field or discipline word for a role's last word: "nurse" -> "nursing", "physiotherapist" -> "physiotherapy". */
const FIELD_FORMS: Record<string, string[]> = {
  nurse: ['nursing'],
  midwife: ['midwifery'],
  physiotherapist: ['physiotherapy'],
  therapist: ['therapy'],
  radiographer: ['radiography'],
  podiatrist: ['podiatry'],
  dietitian: ['dietetics'],
  scientist: ['science'],
  practitioner: ['practice'],
  audiologist: ['audiology'],
  pharmacist: ['pharmacy'],
  paramedic: ['paramedic science', 'paramedicine'],
  apprentice: ['apprenticeship'],
};

interface Phrase {
  tokens: string[];
  roles: Role[];
  /** 0: title or synonym; 1: derived from id or bracket; 2: field form. */
  priority: number;
  text: string;
  /** Single short token that needs context (e.g. "na"). */
  contextual: boolean;
}

interface Index {
  /** Phrases keyed by first token, longest first. */
  byFirst: Map<string, Phrase[]>;
  /** Phrases keyed by their normalised text. */
  byText: Map<string, Phrase>;
  known: Set<string>;
  /** Correction targets grouped by length. */
  targets: Map<number, string[]>;
  roleWords: Set<string>;
  corrections: Map<string, string | null>;
  rolesInOrder: Role[];
}

const indexes = new WeakMap<Content, Index>();

function plural(word: string): string[] {
  if (word.endsWith('fe')) return [`${word.slice(0, -2)}ves`, `${word}s`];
  if (/(s|x|ch|sh)$/.test(word)) return [`${word}es`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  return [`${word}s`];
}

function isAbbreviation(raw: string, norm: string): boolean {
  const letters = raw.replace(/[^A-Za-z]/g, '');
  return (!norm.includes(' ') && (norm.length <= 3 || (letters.length >= 2 && letters === letters.toUpperCase())));
}

function indexOf(content: Content): Index {
  const cached = indexes.get(content);
  if (cached) return cached;
  const phrases = new Map<string, Phrase>();
  const abbreviations = new Set<string>();
  const add = (text: string, role: Role, priority: number, contextual = false) => {
    const norm = normalise(text);
    if (!norm || NEVER_ALONE.has(norm)) return;
    const existing = phrases.get(norm);
    if (existing) {
      if (priority < existing.priority) {
        existing.priority = priority;
        existing.roles = [role];
      } else if (priority === existing.priority && !existing.roles.includes(role)) existing.roles.push(role);
      return;
    }
    phrases.set(norm, { tokens: norm.split(' '), roles: [role], priority, text: norm, contextual });
  };
  const roles = [...content.roles.values()];
  for (const role of roles) {
    const names = [role.title, ...role.synonyms];
    for (const name of names) {
      const norm = normalise(name);
      if (!norm) continue;
      const abbr = isAbbreviation(name, norm);
      if (abbr) {
        abbreviations.add(norm);
        for (const p of plural(norm)) abbreviations.add(p);
      }
      // Two-letter abbreviations and ones that are also English words need context ("na", "rm", "had").
      const contextual = abbr && (norm.length <= 2 || CONTEXTUAL_ABBREVIATIONS.has(norm) || COMMON_SET.has(norm));
      add(name, role, 0, contextual);
      const toks = norm.split(' ');
      const last = toks[toks.length - 1]!;
      if (!/^\d/.test(last)) {
        for (const p of plural(last)) add([...toks.slice(0, -1), p].join(' '), role, 0, contextual);
      }
      // Without a bracketed part: "Healthcare support worker (Band 2)" -> "healthcare support worker".
      const bare = name.replace(/\([^)]*\)/g, ' ').trim();
      // "Registered nurse (learning disability)" -> "registered nurse in learning disability(ies)".
      const bracket = /\(([^)]+)\)/.exec(name)?.[1];
      if (bracket && !/\bband\b/i.test(bracket)) {
        const inForm = normalise(`${bare} in ${bracket}`);
        add(inForm, role, 1);
        const t = inForm.split(' ');
        for (const p of plural(t[t.length - 1]!)) add([...t.slice(0, -1), p].join(' '), role, 1);
      }
      if (bare !== name && bare.length > 2) {
        add(bare, role, 1);
        const b = normalise(bare).split(' ');
        const bl = b[b.length - 1]!;
        for (const p of plural(bl)) add([...b.slice(0, -1), p].join(' '), role, 1);
      }
      for (const form of FIELD_FORMS[last] ?? []) add([...toks.slice(0, -1), form].join(' '), role, 2);
    }
    // The id's words ("hcsw band 2", "director of workforce").
    add(role.id.replace(/-/g, ' '), role, 1);
  }
  // Make sure a role's bracket-free title that appears on several roles is resolved per band later.
  const byFirst = new Map<string, Phrase[]>();
  for (const p of phrases.values()) {
    const first = p.tokens[0]!;
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    list.push(p);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || a.priority - b.priority);

  const roleWords = new Set<string>();
  for (const p of phrases.values()) for (const t of p.tokens) roleWords.add(t);

  const known = new Set<string>(COMMON_WORDS);
  const addText = (t: string | undefined) => {
    if (!t) return;
    for (const w of normalise(t).split(' ')) if (w) known.add(w);
  };
  for (const r of roles) {
    addText(r.summary);
    r.caveats.forEach(addText);
  }
  for (const r of content.routes) {
    addText(r.title);
    addText(r.studyPattern);
    addText(r.funding);
    r.notes.forEach(addText);
  }
  for (const q of content.requirements.values()) {
    addText(q.title);
    addText(q.how);
    addText(q.funding);
  }
  for (const r of content.resources) {
    addText(r.title);
    addText(r.description);
    r.tags.forEach(addText);
  }
  for (const n of content.notes) {
    addText(n.title);
    addText(n.text);
  }
  const targets = new Map<number, string[]>();
  const targetSet = new Set<string>();
  for (const w of [...roleWords, ...KEYWORDS]) {
    if (w.length < 4 || abbreviations.has(w) || /\d/.test(w) || targetSet.has(w)) continue;
    targetSet.add(w);
    known.add(w);
    let list = targets.get(w.length);
    if (!list) targets.set(w.length, (list = []));
    list.push(w);
  }
  for (const a of abbreviations) known.add(a);
  for (const rule of RULES) for (const w of rule.re.source.match(/[a-z]{4,}/g) ?? []) known.add(w);
  for (const rule of AREA_RULES) for (const w of rule.re.source.match(/[a-z]{4,}/g) ?? []) known.add(w);
  const idx: Index = { byFirst, byText: phrases, known, targets, roleWords, corrections: new Map(), rolesInOrder: roles };
  indexes.set(content, idx);
  return idx;
}

function correct(idx: Index, word: string): string | null {
  if (word.length < 4 || idx.known.has(word) || /\d/.test(word)) return null;
  const cached = idx.corrections.get(word);
  if (cached !== undefined) return cached;
  let best: string | null = null;
  let bestD = Infinity;
  let bestRole = false;
  for (let len = word.length - 2; len <= word.length + 2; len++) {
    const tol = tolerance(len);
    if (tol === 0 || Math.abs(len - word.length) > tol) continue;
    for (const t of idx.targets.get(len) ?? []) {
      if (len < 8 && t[0] !== word[0]) continue;
      const d = damerauLevenshtein(word, t, tol);
      if (d > tol) continue;
      const isRole = idx.roleWords.has(t);
      if (d < bestD || (d === bestD && isRole && !bestRole) || (d === bestD && isRole === bestRole && best !== null && t < best)) {
        best = t;
        bestD = d;
        bestRole = isRole;
      }
    }
  }
  if (idx.corrections.size < 10_000) idx.corrections.set(word, best);
  return best;
}

// ---------------------------------------------------------------------------
// Role mentions

interface Mention {
  start: number;
  end: number;
  phrase: Phrase;
  role: Role;
  how: string;
}

function bandsOf(tokens: string[]): Array<{ at: number; band: string }> {
  const out: Array<{ at: number; band: string }> = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i] === 'band' && /^([1-9]|8[a-d])$/.test(tokens[i + 1]!)) out.push({ at: i, band: tokens[i + 1]! });
  }
  return out;
}

function findMentions(idx: Index, tokens: string[]): Mention[] {
  const candidates: Array<{ start: number; end: number; phrase: Phrase }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = idx.byFirst.get(tokens[i]!);
    if (!list) continue;
    for (const p of list) {
      const n = p.tokens.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        if (tokens[i + k] !== p.tokens[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (p.contextual) {
        const before = tokens[i - 1];
        const after = tokens[i + n];
        const bandBefore = tokens[i - 2] === 'band' && /^\d/.test(before ?? '');
        if (!((before && CONTEXT_BEFORE.has(before)) || (after && CONTEXT_AFTER.has(after)) || bandBefore)) continue;
      }
      candidates.push({ start: i, end: i + n, phrase: p });
      break; // longest at this position (list is longest first)
    }
  }
  candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.phrase.priority - b.phrase.priority || a.start - b.start,
  );
  const taken = new Array<boolean>(tokens.length).fill(false);
  const out: Mention[] = [];
  for (const c of candidates) {
    let free = true;
    for (let k = c.start; k < c.end; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = c.start; k < c.end; k++) taken[k] = true;
    out.push({ start: c.start, end: c.end, phrase: c.phrase, role: c.phrase.roles[0]!, how: '' });
  }
  // Elliptical second role: "healthcare science assistant to associate" -> "healthcare science associate".
  for (const m of [...out]) {
    const link = tokens[m.end];
    if (link !== 'to' && link !== 'into' && link !== 'or') continue;
    for (let j = 2; j >= 1; j--) {
      const s = m.end + 1;
      if (s + j > tokens.length) continue;
      let free = true;
      for (let k = s; k < s + j; k++) if (taken[k]) free = false;
      if (!free) continue;
      const words = tokens.slice(s, s + j);
      if (words.some((w) => w.length < 3)) continue;
      const text = [...m.phrase.tokens.slice(0, m.phrase.tokens.length - j), ...words].join(' ');
      const p = idx.byText.get(text);
      if (p && p.roles[0] !== m.role && m.phrase.tokens.length > j) {
        for (let k = s; k < s + j; k++) taken[k] = true;
        out.push({ start: s, end: s + j, phrase: p, role: p.roles[0]!, how: `completed "${words.join(' ')}" as "${text}"` });
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A role like `role` (same id stem, e.g. hcsw-band-2 / hcsw-band-3) that has `band`. */
function siblingWithBand(content: Content, role: Role, band: string, phrase?: Phrase): Role | null {
  if (role.bands.includes(band as Role['bands'][number])) return role;
  if (phrase) {
    const r = phrase.roles.find((x) => x.bands.includes(band as Role['bands'][number]));
    if (r) return r;
  }
  const stem = role.id.replace(/-band-[0-9a-d]+$/, '');
  for (const r of content.roles.values()) {
    if (r.id === role.id) continue;
    if (r.id.replace(/-band-[0-9a-d]+$/, '') === stem && r.id !== stem && r.bands.includes(band as Role['bands'][number])) return r;
    if (role.id !== stem && r.id === stem && r.bands.includes(band as Role['bands'][number]) && r.family === role.family) return r;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Cues

/** Words that may sit between a cue and the role ("I am a newly qualified band 5 nurse"). */
const FILLER_WORDS = new Set([
  'a', 'an', 'the', 'currently', 'just', 'only', 'now', 'still', 'newly', 'new', 'qualified', 'working', 'employed',
  'fully', 'proper', 'full', 'part', 'time', 'nhs', 'community', 'ward', 'hospital', 'bank', 'student', 'band', 'level',
  'really', 'actually', 'also', 'already', 'permanent', 'agency', 'experienced', 'fellow', 'some', 'sort', 'of', 'kind',
]);
const isFiller = (t: string) => FILLER_WORDS.has(t) || /^(?:\d|8[a-d])$/.test(t) || /^\d+$/.test(t);

/**
 * Cue phrases that end right before a role (after fillers), longest first.
 * Target: the role is where the person wants to go. From: the role they are in.
 */
const CUES: Array<[string, 'target' | 'from']> = (
  [
    // current role
    ['i am', 'from'], ['am', 'from'], ['i was', 'from'], ['work as', 'from'], ['working as', 'from'], ['works as', 'from'],
    ['employed as', 'from'], ['job as', 'from'], ['currently', 'from'], ['as', 'from'], ['from', 'from'], ['been', 'from'],
    ['after', 'from'], ['after being', 'from'], ['my role is', 'from'], ['my job is', 'from'], ['in', 'from'],
    ['qualified as', 'from'], ['trained as', 'from'], ['started as', 'from'], ['still', 'from'],
    // target role
    ['become', 'target'], ['becoming', 'target'], ['be', 'target'], ['to', 'target'], ['into', 'target'],
    ['train as', 'target'], ['training as', 'target'], ['retrain as', 'target'], ['retraining as', 'target'],
    ['qualify as', 'target'], ['qualifying as', 'target'], ['career as', 'target'], ['start as', 'target'],
    ['apply as', 'target'], ['towards', 'target'], ['about', 'target'], ['do', 'target'], ['doing', 'target'],
    ['apply for', 'target'], ['applying for', 'target'], ['want', 'target'], ['wants', 'target'], ['wanted', 'target'],
    ['fancy', 'target'], ['considering', 'target'], ['consider', 'target'], ['thinking of', 'target'], ['go for', 'target'],
    ['get on', 'target'], ['onto', 'target'], ['interested in', 'target'], ['career in', 'target'], ['job in', 'target'],
    ['jobs in', 'target'], ['role in', 'target'], ['roles in', 'target'], ['future in', 'target'], ['study', 'target'],
    ['studying', 'target'], ['like', 'target'], ['love', 'target'], ['until i am', 'target'], ['before i am', 'target'],
    ['when i am', 'target'], ['once i am', 'target'], ['until i become', 'target'],
  ] as Array<[string, 'target' | 'from']>
).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

/** Before "for": these make the role after it the person's own ("options for a HCA"); otherwise it is a goal. */
const FOR_MEANS_FROM = /\b(?:options?|choices|next|steps?|jobs|roles|careers?|paths?|opportunities|progression|courses?|training|resources|there|available|support|help|apps?|programmes?|anything|something|learning|modules?|apprenticeships?|routes?|pathways?|_role_)\b/;
const FROM_AFTER = /^(?:currently|at the moment|right now|for \d+ years?|for years|here|on a ward|in the community|since)\b/;

type Cue = 'target' | 'from' | null;

function cueFor(tokens: string[], m: Mention, all: Mention[]): Cue {
  let end = m.start;
  while (end > 0 && isFiller(tokens[end - 1]!)) end--;
  const before = tokens.slice(Math.max(0, end - 3), end);
  const tail = before.join(' ');
  if (before[before.length - 1] === 'for') {
    // "for" names who something is for ("options for a HCA", "apprenticeship for support workers")
    // unless it follows a need ("what grades do you need for midwifery").
    const from = Math.max(0, end - 6);
    const context = tokens
      .slice(from, end - 1)
      .map((t, i) => (all.some((x) => x !== m && from + i >= x.start && from + i < x.end) ? '_role_' : t))
      .join(' ');
    return FOR_MEANS_FROM.test(context) ? 'from' : 'target';
  }
  for (const [phrase, cue] of CUES) {
    if (tail === phrase || tail.endsWith(` ${phrase}`)) return cue;
  }
  const after = tokens.slice(m.end, m.end + 4).join(' ');
  if (FROM_AFTER.test(after)) return 'from';
  return null;
}

/** "get to band 4", "move up to band 3": a band stated as a goal. */
const BAND_TARGET = /\b(?:to|into|become|reach|get|getting|onto|up to|promoted to|move to|step up to|progress to|make it to|a) band ([0-9]|8[a-d])\b/;
/** "I'm a band 3", "as a band 2": a band stated as where the person is. */
const BAND_FROM = /\b(?:i am|im|as|currently|from|been|working at|work at|on) (?:a |an )?band ([0-9]|8[a-d])\b/;

// ---------------------------------------------------------------------------
// Intent rules

interface Rule {
  intent: Exclude<Intent, 'unknown'>;
  weight: number;
  re: RegExp;
  label: string;
  /** Test the text with role names left in (privacy and help), not masked as `_role_`. */
  raw: boolean;
}

const R = (intent: Rule['intent'], weight: number, re: RegExp, label: string): Rule => ({
  intent,
  weight,
  re,
  label,
  raw: intent === 'privacy' || intent === 'help',
});

const RULES: Rule[] = [
  // privacy
  R('privacy', 6, /\b(?:delete|remove|erase|wipe|clear|destroy)\b.{0,30}\b(?:my|me|all)\b.{0,20}\b(?:data|details|info|information|profile|account|history|records?|messages|chats?|conversations?|everything)\b/, 'delete my data'),
  R('privacy', 6, /\bforget (?:about )?(?:me|everything|all about me|my)\b/, 'forget me'),
  R('privacy', 6, /\b(?:delete|erase|wipe|remove) (?:everything|it all|all of it|all my stuff)\b/, 'delete everything'),
  R('privacy', 6, /\bgdpr\b/, 'GDPR'),
  R('privacy', 5, /\bdata protection\b|\bprivacy\b|\bsubject access\b|\bpersonal data\b|\bmy data\b/, 'privacy / my data'),
  R('privacy', 5, /\bwhat (?:do|does|will) (?:you|the bot|this bot|it|this|career companion) (?:hold|store|keep|know|have|save|record|remember)\b.{0,20}\b(?:me|my|about)\b/, 'what do you hold about me'),
  R('privacy', 5, /\bwhat (?:information|info|data|details) (?:do|does) (?:you|the bot|it)\b/, 'what information do you hold'),
  R('privacy', 5, /\b(?:have|hold|saved|stored|kept|keep|know|recorded)\b.{0,20}\b(?:about me|on me)\b/, 'what you have about me'),
  R('privacy', 5, /\b(?:who|can (?:my )?(?:manager|boss|employer|trust|hr|anyone)) (?:can )?(?:see|read|access|view)\b.{0,25}\b(?:this|my|what i|chats?|messages|answers|conversations?)\b/, 'who can see this'),
  R('privacy', 5, /\b(?:is|are) (?:this|these|my|our) (?:chat|chats|conversations?|messages|answers|data)\b.{0,20}\b(?:private|confidential|shared|stored|recorded|anonymous|kept)\b/, 'is this private'),
  R('privacy', 4, /\b(?:does|will|do) (?:my )?(?:manager|boss|employer|trust|hr|line manager) (?:see|read|know|find out|get told|get sent)\b/, 'will my manager see'),
  R('privacy', 4, /\b(?:stop|opt out|unsubscribe)\b.{0,20}\b(?:storing|saving|tracking|messages|reminders|data)\b/, 'stop storing / opt out'),
  R('privacy', 4, /\bdownload (?:a copy of )?(?:my|all my) (?:data|information|details)\b/, 'download my data'),
  R('privacy', 5, /\b(?:share|send|show|pass|tell|forward|report)\b.{0,25}\b(?:my|what i|this|these)\b.{0,25}\b(?:with|to) (?:my )?(?:manager|boss|employer|trust|hr|line manager|anyone|other people)\b/, 'do you share this with my manager'),

  // check-in
  R('checkin', 6, /\bcheck ?ins?\b/, 'check in'),
  R('checkin', 6, /\bhow am i (?:doing|getting on|progressing)\b/, 'how am i doing'),
  R('checkin', 4, /\b(?:struggling|not coping|cannot cope|finding it (?:hard|tough|difficult)|overwhelmed|out of my depth|feel lost|feeling lost|do not feel supported|no one to ask|thrown in at the deep end)\b/, 'struggling'),
  R('checkin', 4, /\b(?:my|a|the) new (?:job|role|post|team|ward|position)\b|\bnew starter\b|\bjust started\b|\bstarted (?:my|a|the) new\b|\bfirst (?:day|week|weeks|month|months|shift|shifts)\b|\bsettling in\b|\bsettle in\b/, 'new in post'),
  R('checkin', 3, /\b(?:just |recently )?started (?:as|on|in|my|a|at|here)\b.{0,30}\b(?:last|this|ago|weeks?|months?|today|yesterday)\b/, 'started recently'),
  R('checkin', 3, /\b(?:it is|its|it s) (?:really |so |very )?(?:hard|tough|difficult|a struggle|too much)\b/, "it's hard"),
  R('checkin', 4, /\b(?:induction|preceptorship|preceptor|preceptee|probation|probationary|supernumerary|buddy)\b/, 'induction / preceptorship'),
  R('checkin', 3, /\b(?:3|6|12|three|six|twelve) (?:week|month) (?:review|check)\b|\bsettling in review\b/, 'review point'),

  // career conversation
  R('career_conversation', 6, /\bcareer (?:conversation|conversations|chat|talk|discussion|review|planning|plan|development plan)\b/, 'career conversation'),
  R('career_conversation', 6, /\bscope for growth\b/, 'Scope for Growth'),
  R('career_conversation', 5, /\b(?:appraisal|appraisals|pdr|ipdr|pdp|personal development plan|development review|annual review|personal development review)\b/, 'appraisal / PDR'),
  R('career_conversation', 5, /\bplan (?:out )?(?:my|our) (?:career|future|development|next few years|progression)\b/, 'plan my career'),
  R('career_conversation', 5, /\b(?:talk|chat|think) (?:about|through) (?:my|where i want|what i want)\b.{0,20}\b(?:career|future|development|goals|aspirations|ambitions|options|progression)\b/, 'talk about my career'),
  R('career_conversation', 5, /\b(?:prepare|prep|get ready|ready) (?:for )?(?:my|an|the|a) (?:1 1|1 to 1|one to one|121|review|meeting with my manager|development meeting|talk with my manager)\b/, 'prepare for a 1:1'),
  R('career_conversation', 5, /\bwhere my career is going\b|\bmy career (?:direction|is going|goals|plans?)\b|\bdirection of my career\b/, 'where my career is going'),
  R('career_conversation', 2.5, /\bmy career\b/, 'my career'),
  R('career_conversation', 4, /\b(?:where (?:do|should) i see myself|my (?:career )?(?:goals|aspirations|ambitions)|what do i want from my career|work out what i want)\b/, 'my goals'),
  R('career_conversation', 2, /\b(?:conversation|discuss|discussion) with my (?:line )?manager\b/, 'conversation with my manager'),

  // profile
  R('profile', 5, /\b(?:change|update|edit|correct|fix|amend|set|save)\b (?:my |your record of my |the )?(?:role|band|job|job title|profile|details|qualifications|workplace|trust|team|area|department|ward|name)\b/, 'update my profile'),
  R('profile', 5, /\bi am now (?:a |an )?(?:band|qualified|registered|a|an|working|_role_)\b|\bi am (?:a |an )?(?:band [0-9a-d]+|_role_) now\b|\bnow (?:i am|a) (?:a |an )?(?:band|_role_)\b/, "i'm now a"),
  R('profile', 4, /\b(?:i have|i) (?:just )?(?:been promoted|got promoted|got a new job as|changed jobs|changed roles|moved to a new role|started a new job as|qualified as|passed my|got my|completed my|finished my)\b/, 'i have been promoted / passed'),
  R('profile', 3, /\bmy (?:profile|details|settings|saved details)\b/, 'my profile'),
  R('profile', 4, /\b(?:can you|could you|please) (?:update|change|record|save|add) (?:that|it|this|my)\b/, 'update that'),
  R('profile', 4, /\bi (?:have|got|now have|have got) (?:my |a )?(?:level [1-8]|gcses?|functional skills|maths|english|degree|a levels?|care certificate|diploma|qualification)\b.{0,25}\bnow\b/, 'i have my level 2 now'),
  R('profile', 3, /\b(?:i no longer|i do not) work as\b|\bmy role has changed\b|\bmy band has changed\b|\bwrong (?:role|band|job)\b/, 'role changed'),

  // options
  R('options', 5, /\b(?:what|which) (?:are|r) (?:my|the|all my) (?:options|choices|next steps|career options|routes)\b/, 'what are my options'),
  R('options', 4, /\bmy options\b|\bmy choices\b|\bcareer options\b|\boptions (?:for|as|open)\b|\bwhat options\b/, 'options'),
  R('options', 5, /\bwhat (?:can|could|should|do) i (?:do|move|go|progress|apply for|aim for) (?:next|after|from here|now)\b/, 'what can i do next'),
  R('options', 5, /\bwhere (?:can|could|do|should|might) i go (?:from here|next|after|now)\b/, 'where can i go from here'),
  R('options', 4, /\bnext steps?\b|\bwhat next\b|\bwhat is next\b|\bmove up\b|\bstep up\b|\bmove on\b|\bmoving on\b|\bclimb the ladder\b|\bcareer ladder\b|\bprogress (?:my career|further|from here)\b/, 'next step'),
  R('options', 3, /\bwhat (?:jobs|roles|careers|routes|paths|opportunities|progression) (?:can|could|are|is|might|would|should)\b|\bwhat (?:other )?(?:jobs|roles|careers) (?:are there|could i)\b/, 'what roles could I'),
  R('options', 3, /\b(?:stuck|been stuck|stay stuck|bored|plateaued)\b.{0,25}\b(?:band|same|role|job|years|forever)\b|\bhow (?:do|can) i (?:progress|get promoted|get on|move up|step up|develop|grow)\b/, 'how do I progress'),
  R('options', 2, /\b(?:progression|progress|promotion|promoted|opportunities|career paths?)\b/, 'progression word'),
  R('options', 2, /\bwhat (?:else )?(?:is|are) (?:there|out there|available) for (?:me|a|an|someone|people)\b|\bwhere can i go with\b|\bwhat can (?:a|an|someone)\b.{0,30}\bdo\b/, "what is there for me"),

  // pathway
  R('pathway', 5, /\bhow (?:do|can|would|could|should|might|to|does one) (?:i |you |someone |one )?(?:become|be|get into|get in to|train as|train to be|qualify as|go into|move into|move to|get to be|get a job as|start as|switch to|change to|retrain as|get onto|get on to|get on)\b/, 'how do I become'),
  R('pathway', 5, /\bhow (?:do|can|would|could) (?:i |you )?get (?:to|from)\b/, 'how do I get to'),
  R('pathway', 4, /\broute (?:to|into|for|from)\b|\bpath(?:way)? (?:to|into|for)\b|\broutes (?:to|into|for)\b|\bways? (?:to|into) (?:become|becoming|get|getting|train|training)\b/, 'route to'),
  R('pathway', 4, /\b(?:i|really|would like to|would love to|i would like to|always) (?:want|wanted|wants|want) to (?:be|become|train|go into|get into|move into|qualify|do|study|work as|retrain|switch|change)\b|\bwant to (?:be|become|train|qualify|retrain)\b/, 'want to be'),
  R('pathway', 4, /\b(?:would like|would love|hoping|hope|plan|planning|aim|aiming|dream|goal|ambition) (?:is |was )?to (?:be|become|train|qualify|go into|get into|move into|do|study|retrain|work as)\b/, 'would like to be'),
  R('pathway', 4, /\b(?:thinking|think|thought) (?:about|of) (?:becoming|training|doing|going into|applying|getting into|moving into|retraining|the|a|an|it|being)\b/, 'thinking about'),
  R('pathway', 3, /\b(?:entry requirements|requirements for|what qualifications|which qualifications|what grades|do i need|what is needed|what would i need|what will i need|am i eligible|eligible for|can i apply)\b/, 'entry requirements'),
  R('pathway', 3, /\bhow long (?:does|would|will|is|to|it takes|for)\b|\bhow many years\b/, 'how long'),
  R('pathway', 3, /\bcan i (?:do|become|apply|train|get onto|get on|go|study|be|qualify|start)\b|\bcould i (?:do|become|apply|train|be|go|study)\b|\bis it possible to\b/, 'can I do'),
  R('pathway', 3, /\b(?:afford|fees|tuition|student loan|bursary|salary while|paid while|paid to train|earn while|earn and learn)\b/, 'affording training'),
  R('pathway', 3, /\bfrom .{1,40} to\b/, 'from X to Y'),
  R('pathway', 2, /\b(?:apply for|applying for|apply to|get on|onto) (?:the|a|an)\b|\b(?:top up|degree apprenticeship)\b/, 'apply for the'),
  R('pathway', 2, /\bwhat (?:about|is|does) (?:the|a|an)?\s?_role_\b|\btell me about (?:the |a |an )?_role_\b/, 'tell me about'),
  R('pathway', 4, /_role_ (?:training|course|courses|apprenticeship|apprenticeships|degree|degrees|programme|route|routes|qualification|top up|pathway|entry|requirements|posts?|vacancies)\b/, 'role followed by training, course or route'),

  // resources
  R('resources', 4, /\bfunctional skills\b/, 'functional skills'),
  R('resources', 4, /\b(?:wellbeing|well being|mental health) (?:support|resources|help|services?|apps?|hub|offer)\b|\bsupport (?:with|for) (?:my )?(?:wellbeing|stress|mental health|burnout)\b/, 'wellbeing support'),
  R('resources', 4, /\bleadership (?:course|courses|programme|programmes|training|development|skills)\b/, 'leadership course'),
  R('resources', 3, /\b(?:courses?|elearning|elfh|resources?|modules?|workshops?|webinars?|reading|books?|apps?|videos?|materials?|toolkits?|learning hub)\b/, 'courses / resources'),
  R('resources', 3, /\b(?:training|learn|learning|study|revise|revision|practise|brush up|improve|get better at|work on|boost|build)\b/, 'training / learn'),
  R('resources', 3, /\b(?:mandatory training|statutory training|care certificate|oliver mcgowan|cstf|core skills|clinical skills)\b/, 'mandatory training'),
  R('resources', 2, /\b(?:where can i find|any (?:good )?(?:free )?(?:courses|resources|training)|recommend|suggest|point me)\b/, 'where can I find'),
  R('resources', 3, /\b(?:tips|advice on|guides?|cv|cvs|interviews?|application forms?|job applications?|applications?|personal statement|supporting statement|vacancies|job adverts?|programmes?|skills|tools?)\b/, 'tips, CVs, applications, skills'),
  R('resources', 2, /\b(?:stress|stressed|burnout|burnt out|burned out|anxious|anxiety|exhausted|resilience|low mood|not sleeping)\b/, 'wellbeing word'),

  // help
  R('help', 6, /^(?:hi|hello|hey|hiya|heya|yo|morning|good morning|good afternoon|good evening|afternoon|evening|help|menu|start|get started|hi there|hello there|hey there|helo|hallo|howdy|greetings)(?: there)?(?: bot| career companion)?(?: please)?$/, 'greeting or help'),
  R('help', 6, /\bwhat (?:can|do|could) (?:you|this bot|this|the bot|it|career companion) (?:do|help with|help me with|offer)\b|\bwhat are you for\b|\bhow (?:does|do) (?:this|you|it) work\b|\bwho are you\b|\bwhat is this\b|\bwhat (?:is|are) (?:this bot|career companion)\b/, 'what can you do'),
  R('help', 4, /\b(?:show|open|see) (?:me )?(?:the )?(?:menu|commands|help)\b|^(?:hi |hello |hey )?(?:please )?(?:help me|i need help|can you help(?: me)?|help please|please help)(?: please)?$|\bwhat (?:commands|questions) can i\b|\b(?:questions|things) (?:can|could|should|do) i ask\b/, 'help me'),
  R('help', 1, /\bhelp\b/, 'help'),
];

const PRECEDENCE: Intent[] = ['privacy', 'checkin', 'career_conversation', 'profile', 'options', 'pathway', 'resources', 'help'];

const AREA_RULES: Array<{ area: RoadmapArea; re: RegExp }> = [
  {
    area: 'career-progression',
    re: /\b(?:careers?|apprenticeships?|apprentice|jobs?|vacancies|vacancy|progression|progress|promotion|application forms?|applications?|cv|cvs|interviews?|personal statement|nhs jobs|job applications?|supporting statement)\b/g,
  },
  {
    area: 'wellbeing-resilience',
    re: /\b(?:wellbeing|well being|stress|stressed|stressful|burnout|burnt out|burned out|mental health|resilience|resilient|anxiety|anxious|low mood|sleep|exhausted|self care|talking therapies|counselling|mindfulness|worn out|coping)\b/g,
  },
  {
    area: 'skills-for-life',
    re: /\b(?:maths|english|literacy|numeracy|digital|functional skills|computers?|computing|it skills|spelling|grammar|writing|reading|gcses?|typing|excel|word processing|email|emails|fractions|percentages|dyslexia)\b/g,
  },
  {
    area: 'personal-skills',
    re: /\b(?:confidence|confident|communication|communicating|leadership|leader|leading|time management|manage my time|coaching|mentoring|mentor|assertive|assertiveness|presentations?|public speaking|teamwork|team working|managing people|difficult conversations|delegation|edward jenner|mary seacole)\b/g,
  },
  {
    area: 'technical-skills',
    re: /\b(?:clinical skills|elearning|elfh|modules?|dementia|care certificate|mandatory training|statutory training|mandatory|venepuncture|phlebotomy|cannulation|catheters?|catheterisation|wound care|wounds|ecgs?|observations|obs|infection control|infection prevention|moving and handling|safeguarding|basic life support|bls|oliver mcgowan|learning disability and autism|autism|cstf|core skills|blood glucose|blood pressure|clinical)\b/g,
  },
];

// ---------------------------------------------------------------------------
// Understanding

interface Analysed {
  tokens: string[];
  mentions: Mention[];
  explain: string[];
}

function analyse(content: Content, text: string): Analysed {
  const idx = indexOf(content);
  const explain: string[] = [];
  const tokens = normalise(text)
    .split(' ')
    .filter((t) => t.length > 0);
  for (let i = 0; i < tokens.length; i++) {
    const fixed = correct(idx, tokens[i]!);
    if (fixed && fixed !== tokens[i]) {
      explain.push(`read "${tokens[i]}" as "${fixed}"`);
      tokens[i] = fixed;
    }
  }
  const mentions = findMentions(idx, tokens);
  return { tokens, mentions, explain };
}

function describeMatch(m: Mention, tokens: string[]): string {
  const said = tokens.slice(m.start, m.end).join(' ');
  const titleNorm = normalise(m.role.title);
  return said === titleNorm
    ? `matched role "${m.role.title}"`
    : `matched role "${m.role.title}" via ${m.phrase.priority === 0 ? 'synonym' : 'name'} "${said}"`;
}

/** Finds the one role a short text names (for "--from band 2 hca", profile answers and so on). */
export function matchRole(content: Content, text: string): Role | null {
  const direct = content.roles.get(text.trim());
  if (direct) return direct;
  const { tokens, mentions } = analyse(content, text);
  const m = mentions[0];
  if (!m) return null;
  const band = bandsOf(tokens)[0]?.band;
  if (band) return siblingWithBand(content, m.role, band, m.phrase) ?? m.role;
  return m.role;
}

/** Roles a text might mean, best first; common roles when nothing matches. Never more than 5. */
/** The words of a role's title, synonyms and id, normalised once per role. */
const roleNameWords = new WeakMap<Role, string[]>();
function nameWordsOf(r: Role): string[] {
  let words = roleNameWords.get(r);
  if (!words) {
    words = [...new Set([r.title, ...r.synonyms, r.id.replace(/-/g, ' ')].map(normalise).join(' ').split(' ').filter((w) => w !== ''))];
    roleNameWords.set(r, words);
  }
  return words;
}

export function suggestRoles(content: Content, text: string): Role[] {
  const idx = indexOf(content);
  const out: Role[] = [];
  const push = (r: Role) => {
    if (!out.includes(r) && out.length < 5) out.push(r);
  };
  const norm = normalise(text.replace(/-/g, ' '));
  const { mentions } = analyse(content, norm);
  for (const m of mentions) for (const r of m.phrase.roles) push(r);
  // Word overlap with titles and synonyms.
  const words = new Set(norm.split(' ').filter((w) => w.length >= 3));
  if (words.size > 0) {
    const scored = idx.rolesInOrder
      .map((r) => {
        const names = nameWordsOf(r);
        let score = 0;
        const near = (n: string, w: string) => n.length >= 4 && Math.abs(n.length - w.length) <= tolerance(n.length) && damerauLevenshtein(n, w, 2) <= tolerance(n.length);
        for (const w of words) if (names.some((n) => n === w || near(n, w))) score++;
        return { r, score };
      })
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || (a.r.common ?? 99) - (b.r.common ?? 99));
    for (const s of scored) push(s.r);
  }
  if (out.length === 0) {
    for (const r of [...idx.rolesInOrder].filter((x) => x.common !== undefined).sort((a, b) => a.common! - b.common!)) push(r);
  }
  return out;
}

export function understand(text: string, content: Content): Understanding {
  const { tokens, mentions, explain } = analyse(content, text);
  const joined = tokens.join(' ');
  const bands = bandsOf(tokens);

  // Band adjustments: a band written next to a mention ("band 3 hca", "hca b2").
  for (const m of mentions) {
    const near = bands.find((b) => (b.at + 2 <= m.start && b.at + 2 >= m.start - 1) || (b.at >= m.end && b.at <= m.end + 1));
    if (!near) {
      // No band given: an ambiguous name goes to the most common role it names.
      if (m.phrase.roles.length > 1) {
        const pick = [...m.phrase.roles].sort((a, b) => (a.common ?? 99) - (b.common ?? 99))[0]!;
        m.role = pick;
      }
      continue;
    }
    const sib = siblingWithBand(content, m.role, near.band, m.phrase);
    if (sib && sib.id !== m.role.id) {
      explain.push(`"band ${near.band}" next to "${tokens.slice(m.start, m.end).join(' ')}" points to ${sib.title}`);
      m.role = sib;
    }
  }

  // Target or current role for each mention. "X or Y" / "X and Y" share X's cue.
  const cues = mentions.map((m) => cueFor(tokens, m, mentions));
  for (let i = 1; i < mentions.length; i++) {
    const gap = tokens.slice(mentions[i - 1]!.end, mentions[i]!.start).join(' ');
    if (cues[i] === null && /^(?:or|and|vs|versus|or an?|or the|and an?|then|then an?)$/.test(gap)) cues[i] = cues[i - 1]!;
  }
  let role: Role | null = null;
  let from: Role | null = null;
  const optionsLike = /\b(?:options|next|from here|progress|choices|move up|step up|what can (?:a|an)|where can i go)\b/.test(joined);
  let bandTarget: string | null = null;
  const bt = BAND_TARGET.exec(joined);
  if (bt && !BAND_FROM.test(joined.slice(Math.max(0, bt.index - 6), bt.index + bt[0].length))) bandTarget = bt[1]!;

  let lastTarget: Mention | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.how) explain.push(m.how);
    // A chain "TNA to NA to RN": the last goal in the chain is the one wanted.
    const chained = lastTarget !== null && /^(?:to|then|then to|and then|into)$/.test(tokens.slice(lastTarget.end, m.start).join(' '));
    if (cues[i] === 'target' && (!role || chained)) {
      role = m.role;
      lastTarget = m;
      explain.push(`${describeMatch(m, tokens)} as the role wanted`);
    } else if (cues[i] === 'from' && !from) {
      from = m.role;
      explain.push(`${describeMatch(m, tokens)} as the current role`);
    }
  }
  const uncued = mentions.filter((_, i) => cues[i] === null);
  for (let i = 0; i < uncued.length; i++) {
    const m = uncued[i]!;
    const r = role;
    const f = from;
    if (r?.id === m.role.id || f?.id === m.role.id) continue;
    let as: 'target' | 'from' | null = null;
    // "the TNA", "the AP apprenticeship": a thing talked about, not the person's own job.
    const thing = tokens[m.start - 1] === 'the';
    if (thing) {
      if (!r) as = 'target';
    } else if (!r && !f) {
      if (uncued.length >= 2 && i === 0) as = 'from';
      else if (optionsLike || bandTarget) as = 'from';
      else as = 'target';
    } else if (!r) as = bandTarget ? null : 'target';
    else if (!f) as = 'from';
    if (as === 'target') {
      role = m.role;
      explain.push(`${describeMatch(m, tokens)} as the role wanted (no cue words)`);
    } else if (as === 'from') {
      from = m.role;
      explain.push(`${describeMatch(m, tokens)} as the current role (no cue words)`);
    }
  }
  const targetCued = cues.includes('target');
  if (!role && bandTarget) {
    const base = from;
    const sib = base ? siblingWithBand(content, base, bandTarget) : null;
    if (sib && base && sib.id !== base.id) {
      role = sib;
      explain.push(`"band ${bandTarget}" as a goal from ${base.title} points to ${sib.title}`);
    } else explain.push(`"band ${bandTarget}" stated as a goal, with no single role for it`);
  }
  if (role && from && role.id === from.id) from = null;

  let band: string | null = null;
  const bf = BAND_FROM.exec(joined);
  if (bf) band = bf[1]!;
  else if (bands[0]) band = bands[0].band;
  if (band) explain.push(`band ${band} stated`);

  // Intent scores over the text with role mentions masked.
  const masked: string[] = [];
  let k = 0;
  for (const m of mentions) {
    while (k < m.start) masked.push(tokens[k++]!);
    masked.push('_role_');
    k = m.end;
  }
  while (k < tokens.length) masked.push(tokens[k++]!);
  const maskedText = masked.join(' ');

  const scores = new Map<Intent, number>();
  const why = new Map<Intent, string[]>();
  const bump = (intent: Intent, w: number, label: string) => {
    scores.set(intent, (scores.get(intent) ?? 0) + w);
    let list = why.get(intent);
    if (!list) why.set(intent, (list = []));
    list.push(label);
  };
  for (const rule of RULES) if (rule.re.test(rule.raw ? joined : maskedText)) bump(rule.intent, rule.weight, rule.label);
  const areaWords = AREA_RULES.reduce((n, a) => n + (maskedText.match(a.re)?.length ?? 0), 0);
  if (areaWords > 0) bump('resources', 2, 'a learning area word');
  if (role) {
    const cued = targetCued || bandTarget !== null;
    bump('pathway', cued ? 3 : 1.5, cued ? 'a role named as a goal' : 'a role named');
  } else if (from && !role) {
    bump('options', 1, 'only a current role named');
  }

  let intent: Intent = 'unknown';
  let top = 0;
  let second = 0;
  for (const i of PRECEDENCE) {
    const s = scores.get(i) ?? 0;
    if (s > top) {
      second = top;
      top = s;
      intent = i;
    } else if (s > second) second = s;
  }
  if (top < 1) intent = 'unknown';
  // A pathway needs a role to go to; without one, "how do I progress" is an options question,
  // and a weak match ("can I do it later") is not a career question at all.
  if (intent === 'pathway' && !role && (from || optionsLike || bandTarget)) {
    intent = 'options';
    explain.push('no target role, so treated as a question about options');
  } else if (intent === 'pathway' && !role && top < 4) {
    intent = 'unknown';
    explain.push('a weak pathway phrase with no role named');
  }
  // Profile updates name the person's own role, even after "to" ("set my role to MSW").
  if (intent === 'profile' && role && !from) {
    from = role;
    role = null;
    explain.push(`${from.title} taken as the current role for a profile update`);
  }
  if (intent !== 'unknown') explain.push(`intent ${intent}: ${(why.get(intent) ?? []).join(', ')}`);
  else explain.push('no intent rule matched');

  // Area: resources only.
  let area: RoadmapArea | null = null;
  if (intent === 'resources') {
    let best = 0;
    for (const a of AREA_RULES) {
      const n = maskedText.match(a.re)?.length ?? 0;
      if (n > best) {
        best = n;
        area = a.area;
      }
    }
    if (area) explain.push(`area ${area}`);
  }

  const confidence = intent === 'unknown' ? 0.1 : Math.max(0.1, Math.min(0.99, top / (top + second + 1) + 0.2));
  return { intent, area, role, from, band, confidence: Math.round(confidence * 100) / 100, explain };
}

