/**
 * Facts people state about themselves in passing ("I'm a band 3 HCA in A&E, no GCSE
 * maths, and I can't afford uni"), read so the bot can keep them in the profile.
 *
 * What is read, and from where:
 *  - the role held now and a correction of it: the understanding (`from`, and
 *    "I'm not an X any more" for the role given up);
 *  - the band held now: a band next to the role held, or after "I am", "I'm on" and so
 *    on; never a band the person wants ("to band 5", "a band 5 job");
 *  - the area of work: "I work in A&E", "on maternity", "in the ED as an HCA";
 *  - qualifications held or missing, and circumstances that change which route suits:
 *    `statedFacts` in content/understanding.yaml.
 * Nothing is read from a question asked for someone else.
 */
import type { Content, Role } from '../content/model.js';
import type { Circumstance } from '../content/schema.js';
import { matchRole, normalise, understand, type Understanding } from './understand.js';

export interface StatedFacts {
  /** The role held now. */
  role?: Role;
  /** A role the person says they no longer hold ("I'm not an HCA any more"). */
  notRole?: Role;
  band?: string;
  /** The area of work, in the person's words (at most 40 characters). */
  area?: string;
  /** Requirement ids the person says they hold. */
  held: string[];
  /** Requirement ids the person says they do not have. */
  lacks: string[];
  circumstances: Circumstance[];
}

export const AREA_WORDS_MAX = 40;

const QUESTION_BEFORE = /\b(?:do i|will i|would i|does it|do you|if i|what if|should i|can i|is|are)\s+(?:\S+\s+){0,2}$/;
/** Words that end an area of work ("in A&E as an HCA", "on maternity and"). */
const AREA_END = new Set(['as', 'and', 'but', 'so', 'for', 'band', 'since', 'with', 'because', 'at', 'i', 'how', 'what', 'can', 'could', 'would', 'where', 'want', 'who', 'to', 'from', 'now', 'then', 'currently', 'do', 'not', 'full', 'part', 'nights', 'days', 'is', 'are', 'was', 'been', 'which', 'while', 'whilst', 'until', 'or']);
const AREA_START = /\b(?:i work|i am working|i currently work|working|i work mostly|based|i am based)\s+(?:(?:nights|days|shifts|mostly|mainly|currently|full time|part time)\s+)?(?:in|on)\s+(?:the\s+|a\s+|an\s+)?/g;
/** Not an area: a place that says nothing about the work. */
const NOT_AREA = new Set(['nhs', 'hospital', 'a hospital', 'the nhs', 'health', 'healthcare', 'care', 'uk', 'england', 'london', 'team', 'a team', 'trust', 'the trust', 'it', 'there', 'here', 'general']);
const LIST_WORDS = new Set(['and', 'or', 'nor', 'a', 'an', 'my', 'also', 'plus', 'any', 'even']);
const TARGET_BAND_BEFORE = /\b(?:to|into|become|becoming|reach|reaching|get|getting|go|going|move|moving|up|higher|a|an|for|next|apply|applying|want|wanting|be)\s+$/;

function words(s: string): string[] {
  return s.split(' ').filter((w) => w.length > 0);
}

/** Positions where `phrase` (normalised words) starts in `tokens`. */
function findPhrase(tokens: string[], phrase: string[]): number[] {
  const out: number[] = [];
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j] !== phrase[j]) continue outer;
    out.push(i);
  }
  return out;
}

function endsWithPhrase(tokens: string[], end: number, phrases: string[][]): boolean {
  return phrases.some((p) => p.length <= end && p.every((w, j) => tokens[end - p.length + j] === w));
}

/** The stated-fact phrases of a content, split into words and sorted once (they depend only on the content). */
interface FactPhrases {
  lacking: string[][];
  holding: string[][];
  names: Array<{ id: string; phrase: string[] }>;
  circumstances: Array<[Circumstance, string[][]]>;
}

const phrasesByContent = new WeakMap<Content, FactPhrases>();

function phrasesOf(content: Content): FactPhrases {
  let p = phrasesByContent.get(content);
  if (!p) {
    const facts = content.understanding.statedFacts;
    p = {
      lacking: facts.lacking.map(words).sort((a, b) => b.length - a.length),
      holding: facts.holding.map(words).sort((a, b) => b.length - a.length),
      // Longer names first, so "level 3 diploma in health" is not also read as "level 3".
      // A qualification this content does not have (a smaller trust folder) is left out.
      names: Object.entries(facts.qualifications)
        .filter(([id]) => content.requirements.has(id))
        .flatMap(([id, phrases]) => phrases.map((ph) => ({ id, phrase: words(ph) })))
        .sort((a, b) => b.phrase.length - a.phrase.length),
      circumstances: (Object.entries(facts.circumstances) as Array<[Circumstance, string[]]>).map(([id, phrases]) => [id, phrases.map(words)]),
    };
    phrasesByContent.set(content, p);
  }
  return p;
}

/** True when `phrase` may be in the text: its first word is one of the text's (most phrases are then not looked for). */
const mayHave = (present: ReadonlySet<string>, phrase: string[]) => phrase.length === 0 || present.has(phrase[0]!);

function qualifications(content: Content, tokens: string[], present: ReadonlySet<string>): { held: string[]; lacks: string[] } {
  const { lacking, holding, names } = phrasesOf(content);
  const held = new Set<string>();
  const lacks = new Set<string>();
  const found: Array<{ id: string; at: number; end: number }> = [];
  const used = new Set<number>();
  for (const { id, phrase } of names) {
    if (!mayHave(present, phrase)) continue;
    for (const at of findPhrase(tokens, phrase)) {
      if (used.has(at)) continue;
      found.push({ id, at, end: at + phrase.length });
      for (let k = at; k < at + phrase.length; k++) used.add(k);
    }
  }
  found.sort((a, b) => a.at - b.at);
  // In a list ("no GCSEs or A levels", "I've got my GCSEs and an NVQ 3") the words
  // before the first name count for the rest.
  let last: { end: number; lacking: boolean } | undefined;
  for (const f of found) {
    const before = tokens.slice(0, f.at).join(' ') + ' ';
    // "Do I need GCSE maths?" asks; it says nothing about the person.
    const asking = QUESTION_BEFORE.test(before.replace(/\b(?:need|have|got)\s+(?:\S+\s+){0,2}$/, ''));
    const between = tokens.slice(last?.end ?? 0, f.at);
    let lackingHere: boolean | undefined;
    if (asking) lackingHere = undefined;
    else if (endsWithPhrase(tokens, f.at, lacking)) lackingHere = true;
    else if (endsWithPhrase(tokens, f.at, holding)) lackingHere = false;
    else if (last && between.length <= 3 && between.every((w) => LIST_WORDS.has(w))) lackingHere = last.lacking;
    if (lackingHere === undefined) {
      last = undefined;
      continue;
    }
    (lackingHere ? lacks : held).add(f.id);
    last = { end: f.end, lacking: lackingHere };
  }
  for (const id of lacks) held.delete(id);
  return { held: [...held], lacks: [...lacks] };
}

function circumstances(content: Content, tokens: string[], present: ReadonlySet<string>): Circumstance[] {
  const out: Circumstance[] = [];
  for (const [id, phrases] of phrasesOf(content).circumstances) {
    if (phrases.some((p) => mayHave(present, p) && findPhrase(tokens, p).length > 0)) out.push(id);
  }
  return out;
}

function area(content: Content, normalised: string): string | undefined {
  // "A&E" reads as "a and e" once punctuation is gone.
  const text = normalised.replace(/\ba and e\b/g, 'A&E');
  for (const m of text.matchAll(AREA_START)) {
    const rest = words(text.slice(m.index + m[0].length));
    const taken: string[] = [];
    for (const w of rest) {
      if (AREA_END.has(w) || taken.length >= 4) break;
      taken.push(w);
    }
    const phrase = taken.join(' ');
    if (!phrase || NOT_AREA.has(phrase)) continue;
    // "I work in healthcare science" names a job, not a place.
    if (matchRole(content, phrase)) continue;
    return phrase.slice(0, AREA_WORDS_MAX);
  }
  return undefined;
}

function heldBand(text: string, u: Understanding): string | undefined {
  for (const m of text.matchAll(/\bband (\d[a-d]?)\b/g)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    const selfBefore = /\b(?:i am|i m|im|currently|i am currently|i am still|still|been|from|my band is|i am on|on|at)\s+(?:a\s+|an\s+)?$/.test(before);
    // "a band 5 job", "to band 5", "become a band 4": a band wanted, unless "I am a band 3 …".
    if (!selfBefore && TARGET_BAND_BEFORE.test(before)) continue;
    if (/^\s+(?:job|jobs|post|posts|role|roles|position|vacancy|vacancies)\b/.test(after) && !selfBefore) continue;
    // Next to the role held ("an HCA band 3", "band 3 HCA"), or said of the writer.
    if (selfBefore || (u.from !== null && !/\b(?:to|become|becoming|into|reach)\b/.test(before.split(/\b(?:and|but|so)\b/).at(-1) ?? ''))) return m[1];
  }
  return undefined;
}

function givenUp(content: Content, text: string): Role | undefined {
  const m = /\b(?:i am|i m|im)\s+not\s+(?:a|an)\s+([a-z0-9 ]{2,50}?)\s+(?:any ?more|now)\b|\bno longer\s+(?:a|an)\s+([a-z0-9 ]{2,50}?)(?:\s+(?:i am|i m|im|and|but|as)\b|$)/.exec(text);
  const name = m?.[1] ?? m?.[2];
  return name ? (matchRole(content, name) ?? undefined) : undefined;
}

/**
 * What the text says about the writer. `u` is the understanding of the same text,
 * when the caller already has it. Empty for a question asked for someone else.
 */
export function statedFacts(content: Content, text: string, u: Understanding = understand(text, content)): StatedFacts {
  const out: StatedFacts = { held: [], lacks: [], circumstances: [] };
  if (u.onBehalf) return out;
  const norm = normalise(text, content.understanding);
  const tokens = words(norm);
  const notRole = givenUp(content, norm);
  if (notRole) out.notRole = notRole;
  if (u.from && u.from.id !== notRole?.id) out.role = u.from;
  const band = heldBand(norm, u);
  if (band) out.band = band;
  const where = area(content, norm);
  if (where) out.area = where;
  const present = new Set(tokens);
  const quals = qualifications(content, tokens, present);
  out.held = quals.held;
  out.lacks = quals.lacks;
  out.circumstances = circumstances(content, tokens, present);
  return out;
}

/** True when the text stated anything worth keeping. */
export function hasFacts(f: StatedFacts): boolean {
  return !!(f.role || f.notRole || f.band || f.area || f.held.length || f.lacks.length || f.circumstances.length);
}
