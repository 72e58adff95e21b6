/**
 * Steps 2 and 3 of reading a question, the part done once per content: an index
 * of every phrase that names a role (titles, synonyms and forms derived from
 * them: id words, plurals, the title without its bracket, the field of work),
 * the words we know, and typo correction to the nearest role or keyword word
 * (Damerau-Levenshtein distance at most 1 for 4-7 letter words, at most 2 for
 * 8+ letter words; short words and abbreviations are exact only).
 *
 * Built once per Content object (WeakMap), so a call is cheap.
 */
import type { Content, Role } from '../../content/model.js';
import { isEnglishWord } from '../../text/english-words.js';
import { AREA_RULES, RULES } from './intents.js';
import { damerauLevenshtein, normalise, tolerance } from './normalise.js';
import { vocabularyOf, type Vocabulary } from './vocabulary.js';

export interface Phrase {
  tokens: string[];
  roles: Role[];
  /** 0: title or synonym; 1: derived from id or bracket; 2: field form. */
  priority: number;
  text: string;
  /** Single short token that needs context (e.g. "na"). */
  contextual: boolean;
  /** Initials that are also an everyday word ("had" for a hearing aid dispenser). */
  initials?: boolean;
}

export interface Index {
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
  /** The content's understanding words, ready for lookups. */
  vocabulary: Vocabulary;
  /** The words of each role's title, synonyms and id, normalised on first use (for suggestions). */
  nameWords: Map<Role, string[]>;
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

/**
 * The words of the content's texts that the typo corrector takes as known: the
 * roles' summaries and caveats, and the titles and texts of routes, requirements,
 * resources and notes, each normalised. This is all the grammar reads of routes,
 * requirements, resources and notes, so the key of the examples' readings
 * (intent-model.ts) holds these words rather than those files whole.
 */
export function textWords(content: Content): Set<string> {
  const words = content.understanding;
  const out = new Set<string>();
  const addText = (t: string | undefined) => {
    if (!t) return;
    for (const w of normalise(t, words).split(' ')) if (w) out.add(w);
  };
  for (const r of content.roles.values()) {
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
  return out;
}

/** Short forms staff write for a name's last word, used only after the name's other words. */
const SHORT_FORMS = new Map<string, string[]>([
  ['technician', ['tech']],
  ['technicians', ['techs']],
  ['secretary', ['sec']],
  ['secretaries', ['secs']],
]);

/** The index for this content, built on first use. */
export function indexOf(content: Content): Index {
  const cached = indexes.get(content);
  if (cached) return cached;
  const words = content.understanding;
  const v = vocabularyOf(words);
  const phrases = new Map<string, Phrase>();
  const abbreviations = new Set<string>();
  const add = (text: string, role: Role, priority: number, contextual = false, initials = false) => {
    const norm = normalise(text, words);
    if (!norm || v.neverAlone.has(norm)) return;
    const existing = phrases.get(norm);
    if (existing) {
      if (priority < existing.priority) {
        existing.priority = priority;
        existing.roles = [role];
      } else if (priority === existing.priority && !existing.roles.includes(role)) existing.roles.push(role);
      return;
    }
    phrases.set(norm, { tokens: norm.split(' '), roles: [role], priority, text: norm, contextual, ...(initials ? { initials } : {}) });
  };
  const roles = [...content.roles.values()];
  for (const role of roles) {
    const names = [role.title, ...role.synonyms];
    for (const name of names) {
      const norm = normalise(name, words);
      if (!norm) continue;
      const abbr = isAbbreviation(name, norm);
      if (abbr) {
        abbreviations.add(norm);
        for (const p of plural(norm)) abbreviations.add(p);
      }
      // Two-letter abbreviations and ones that are also English words need context ("na", "rm", "had"),
      // as do the one-word names listed ("payroll", a job and a department: "into payroll", not "payroll number?").
      const contextual = (abbr && (norm.length <= 2 || v.common.has(norm))) || v.needContext.has(norm);
      add(name, role, 0, contextual, abbr && v.common.has(norm));
      const toks = norm.split(' ');
      const last = toks[toks.length - 1]!;
      if (!/^\d/.test(last)) {
        for (const p of plural(last)) add([...toks.slice(0, -1), p].join(' '), role, 0, contextual);
      }
      // "directors of workforce", "heads of HR": the plural of a name "… of …" is on the word before "of".
      const of = toks.indexOf('of');
      if (of > 0) for (const p of plural(toks[of - 1]!)) add([...toks.slice(0, of - 1), p, ...toks.slice(of)].join(' '), role, 0, contextual);
      // Without a bracketed part: "Healthcare support worker (Band 2)" -> "healthcare support worker".
      const bare = name.replace(/\([^)]*\)/g, ' ').trim();
      // "Registered nurse (learning disability)" -> "registered nurse in learning disability(ies)".
      const bracket = /\(([^)]+)\)/.exec(name)?.[1];
      if (bracket && !/\bband\b/i.test(bracket)) {
        const inForm = normalise(`${bare} in ${bracket}`, words);
        add(inForm, role, 1);
        const t = inForm.split(' ');
        for (const p of plural(t[t.length - 1]!)) add([...t.slice(0, -1), p].join(' '), role, 1);
      }
      if (bare !== name && bare.length > 2) {
        add(bare, role, 1);
        const b = normalise(bare, words).split(' ');
        const bl = b[b.length - 1]!;
        for (const p of plural(bl)) add([...b.slice(0, -1), p].join(' '), role, 1);
      }
      for (const form of v.fieldForms.get(last) ?? []) add([...toks.slice(0, -1), form].join(' '), role, 2);
      // A job word's short form after its field: "digital support tech", "medical sec" (never alone: "give me a sec").
      const short = SHORT_FORMS.get(last);
      if (short && toks.length > 1) for (const form of short) add([...toks.slice(0, -1), form].join(' '), role, 2);
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

  const known = new Set<string>(v.commonWords);
  for (const w of textWords(content)) known.add(w);
  const targets = new Map<number, string[]>();
  const targetSet = new Set<string>();
  for (const w of [...roleWords, ...v.keywords]) {
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
  const idx: Index = {
    byFirst,
    byText: phrases,
    known,
    targets,
    roleWords,
    corrections: new Map(),
    rolesInOrder: roles,
    vocabulary: v,
    nameWords: new Map(),
  };
  indexes.set(content, idx);
  return idx;
}

/** Endings that make a known word into another known word ("samples"). */
const ENDINGS = ['s', 'es'];

/**
 * The word `word` is a typo of, if any (cached per content). An English word is
 * left as it is unless `inPhrase` accepts the correction: "teem" stays "teem",
 * but "teem leader" is read as "team leader".
 */
export function correct(idx: Index, word: string, inPhrase?: (fixed: string) => boolean): string | null {
  if (word.length < 4 || idx.known.has(word) || /\d/.test(word)) return null;
  // A known word with an ending ("samples") is not a typo.
  if (ENDINGS.some((e) => word.endsWith(e) && idx.known.has(word.slice(0, -e.length)))) return null;
  let best = idx.corrections.get(word);
  if (best === undefined) {
    best = nearest(idx, word);
    if (idx.corrections.size < 10_000) idx.corrections.set(word, best);
  }
  if (best === null || !isEnglishWord(word)) return best;
  // A real word ("supervise", "diabetic", "paternity") only where the correction makes a role's name.
  return inPhrase?.(best) ? best : null;
}

function nearest(idx: Index, word: string): string | null {
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
      // At the same distance a letter left out ("physican" for "physician") is likelier than one changed ("physical").
      const dropped = t.length === word.length + 1;
      const bestDropped = best !== null && best.length === word.length + 1;
      if (d < bestD || (d === bestD && isRole && !bestRole) || (d === bestD && isRole === bestRole && dropped && !bestDropped) || (d === bestD && isRole === bestRole && dropped === bestDropped && best !== null && t < best)) {
        best = t;
        bestD = d;
        bestRole = isRole;
      }
    }
  }
  return best;
}
