/**
 * How plainly the content reads: the Flesch-Kincaid grade of every sentence
 * people are shown (what the bot says, role and route text, check-in
 * questions, the glossary...), measured by `content check`.
 *
 * The grade is 0.39 × words per sentence + 11.8 × syllables per word − 15.59
 * (Kincaid et al., 1975): roughly the school year (US grade) a reader needs.
 * Syllables are counted by the `syllable` package. Ids, web addresses, source
 * titles, role and route titles, and the words the bot reads (word lists) are
 * not measured. A string with fewer than `minWords` words is not scored: a
 * grade means little for "Change my role".
 *
 * The limits are content (the `reading:` section of content/reading.yaml), so a
 * trust sets its own. A string above `maxGrade` is a warning, never an error:
 * the content still loads.
 */
import { syllable } from 'syllable';
import type { ReadingInput } from './schema.js';
import { formatPath } from './problems.js';
import type { Item, Section, SingleItem, SingleSection } from './sections.js';
import type { WordingSource } from './wording.js';
import type { Locator } from './yaml.js';

/** The settings used when the content has no `reading:` section. */
export const DEFAULT_READING: ReadingInput = { maxGrade: 9, targetMedian: 6, minWords: 5, worst: 10, allow: [] };

export interface Grade {
  /** Flesch-Kincaid grade, to one decimal place. */
  grade: number;
  words: number;
  sentences: number;
  syllables: number;
}

/** One string people are shown, and where it is written. */
export interface ReadingString {
  file: string;
  /** Field path inside the file, e.g. `roles[3].summary`. */
  path: string;
  line?: number;
  text: string;
}

export interface ScoredString extends ReadingString {
  grade: number;
  words: number;
  /** In the list of hardest texts: how many other places have the same text. */
  morePlaces?: number;
}

export interface ReadingReport {
  settings: ReadingInput;
  /** Every string found, scored or not. */
  total: number;
  /** Distinct texts with fewer than `minWords` words, not scored. */
  tooShort: number;
  /** Every place with a scored text. */
  scored: ScoredString[];
  /** How many distinct texts were scored. */
  distinct: number;
  /** Median grade of the distinct scored texts (0 when none). */
  median: number;
  /** Share (0 to 1) of the distinct scored texts above `maxGrade`. */
  shareAbove: number;
  /** How many distinct texts are above `maxGrade`. */
  above: number;
  /** Every place with a text above `maxGrade`, in file order. */
  warnings: ScoredString[];
  /** The `worst` hardest distinct texts, hardest first. */
  worst: ScoredString[];
}

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const EMAIL = /\b\S+@\S+\.\S+/g;
const PLACEHOLDER = /\{[^{}]*\}/g;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** What the allowed terms become: one short word. */
const STAND_IN = 'term';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text as it is read: no web addresses, placeholders as one short word, allowed terms as one short word. */
function prepare(text: string, allow: readonly string[]): string {
  let t = text.replace(URL, ' ').replace(EMAIL, ' ').replace(PLACEHOLDER, ' it ');
  // Markdown: a link reads as its label; marks are not words.
  t = t.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>|]/g, ' ');
  // Longest first, so "Access to Higher Education Diploma" wins over "Access".
  for (const term of [...allow].sort((a, b) => b.length - a.length)) {
    t = t.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'giu'), STAND_IN);
  }
  return t;
}

/** Splits into sentences: at . ! ? before a space or the end, and at line breaks (list items and paragraphs). */
function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])["')\]’”]*\s+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

function syllablesOf(word: string): number {
  // Numbers ("3", "2027") and letters of an abbreviation are read as one beat each way we can count them.
  if (/^\p{N}+$/u.test(word)) return 1;
  return Math.max(1, syllable(word));
}

/** The Flesch-Kincaid grade of a text; undefined when it has no words. */
export function readingGrade(text: string, allow: readonly string[] = []): Grade | undefined {
  const parts = sentences(prepare(text, allow));
  let words = 0;
  let syl = 0;
  for (const s of parts) {
    for (const w of s.match(WORD) ?? []) {
      words++;
      syl += syllablesOf(w);
    }
  }
  if (words === 0) return undefined;
  const n = Math.max(1, parts.length);
  const grade = 0.39 * (words / n) + 11.8 * (syl / words) - 15.59;
  return { grade: Math.round(grade * 10) / 10, words, sentences: n, syllables: syl };
}

// ---------------------------------------------------------------------------
// Finding the strings people are shown

/** Fields people read, by section; `*` is every entry of a list. Titles, ids, words the bot reads and sources are left out. */
const FIELDS: Record<Section, string[][]> = {
  roles: [['summary'], ['caveats', '*']],
  routes: [['studyPattern'], ['funding'], ['notes', '*'], ['examples', '*', 'summary']],
  requirements: [['how'], ['funding']],
  resources: [['description'], ['cost']],
  notes: [['text']],
  programmes: [
    ['summary'],
    ['audience'],
    ['localExample', 'summary'],
    ['checkins', '*', 'title'],
    ['checkins', '*', 'intro'],
    ['checkins', '*', 'questions', '*', 'text'],
    ['checkins', '*', 'questions', '*', 'ifNo'],
    ['checkins', '*', 'questions', '*', 'options', '*', 'label'],
  ],
  glossary: [['meaning']],
};

const SINGLE_FIELDS: Partial<Record<SingleSection, string[][]>> = {
  signposting: [
    ['distress', 'intro'],
    ['distress', 'services', '*', 'detail'],
    ['trust', 'wellbeingService', 'detail'],
    ['trust', 'freedomToSpeakUp', 'detail'],
  ],
  outOfScope: [['topics', '*', 'answer']],
  understanding: [['statedFacts', 'askWhich', '*', 'question']],
};

/** Keys of wording lists that hold words the bot reads, not words it says. */
const READ_WORDS = /(?:words|Words|Verbs|phrases|Phrases|asks)$|^(?:answers|read|numbers|outOf|refuse|refuseFirst|ignore|none|all|passOn|chat)$/;

function pick(value: unknown, pattern: readonly string[], at: (string | number)[], out: Array<[(string | number)[], string]>): void {
  if (pattern.length === 0) {
    if (typeof value === 'string') out.push([at, value]);
    return;
  }
  const [head, ...rest] = pattern;
  if (head === '*') {
    if (Array.isArray(value)) value.forEach((v, i) => pick(v, rest, [...at, i], out));
    return;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, head!)) {
    pick((value as Record<string, unknown>)[head!], rest, [...at, head!], out);
  }
}

function walkWording(value: unknown, at: string[], out: Array<[string[], string]>): void {
  if (typeof value === 'string') out.push([at, value]);
  else if (Array.isArray(value)) {
    const key = at[at.length - 1] ?? '';
    if (READ_WORDS.test(key)) return;
    value.forEach((v, i) => walkWording(v, [...at, String(i)], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (READ_WORDS.test(k) && typeof v !== 'string') continue;
      walkWording(v, [...at, k], out);
    }
  }
}

export interface ReadingSources {
  items: Record<Section, Item<unknown>[]>;
  singles: Record<SingleSection, SingleItem[]>;
  wording: WordingSource;
  locators: Map<string, Locator>;
}

/** Every string people are shown, with its file, field path and line. */
export function readingStrings(src: ReadingSources): ReadingString[] {
  const out: ReadingString[] = [];
  const add = (file: string, path: (string | number)[], text: string, line: number | undefined) => {
    const s: ReadingString = { file, path: formatPath(path), text };
    if (line !== undefined) s.line = line;
    out.push(s);
  };
  for (const section of Object.keys(FIELDS) as Section[]) {
    for (const item of src.items[section]) {
      const found: Array<[(string | number)[], string]> = [];
      for (const pattern of FIELDS[section]) pick(item.value, pattern, [section, item.index], found);
      for (const [path, text] of found) add(item.file, path, text, src.locators.get(item.file)?.(path));
    }
  }
  for (const [section, patterns] of Object.entries(SINGLE_FIELDS) as [SingleSection, string[][]][]) {
    for (const single of src.singles[section]) {
      if (single.value === undefined) continue;
      const found: Array<[(string | number)[], string]> = [];
      for (const pattern of patterns) pick(single.value, pattern, [section], found);
      for (const [path, text] of found) add(single.file, path, text, src.locators.get(single.file)?.(path));
    }
  }
  for (const wf of [...src.wording.files.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const found: Array<[string[], string]> = [];
    walkWording(wf.data, [], found);
    for (const [path, text] of found) add(wf.file, path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)), text, wf.lineOf(path));
  }
  return out;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : Math.round(((s[mid - 1]! + s[mid]!) / 2) * 10) / 10;
}

/**
 * Scores the strings against the settings. The figures count each distinct
 * text once (a local example written under four routes is one text); the
 * warnings name every place a hard text is written, so each can be fixed.
 */
export function readingReport(strings: readonly ReadingString[], settings: ReadingInput = DEFAULT_READING): ReadingReport {
  const scored: ScoredString[] = [];
  const byText = new Map<string, ScoredString>();
  const places = new Map<string, number>();
  let tooShort = 0;
  for (const s of strings) {
    const key = s.text.replace(/\s+/g, ' ').trim();
    const seen = byText.get(key);
    if (seen) {
      scored.push({ ...s, grade: seen.grade, words: seen.words });
      places.set(key, (places.get(key) ?? 1) + 1);
      continue;
    }
    const g = readingGrade(s.text, settings.allow);
    if (!g || g.words < settings.minWords) {
      tooShort++;
      continue;
    }
    const one = { ...s, grade: g.grade, words: g.words };
    byText.set(key, one);
    scored.push(one);
  }
  const distinct = [...byText.values()];
  const above = distinct.filter((s) => s.grade > settings.maxGrade);
  const worst = [...distinct].sort((a, b) => b.grade - a.grade).slice(0, settings.worst).map((s) => {
    const more = (places.get(s.text.replace(/\s+/g, ' ').trim()) ?? 1) - 1;
    return more > 0 ? { ...s, morePlaces: more } : s;
  });
  return {
    settings,
    total: strings.length,
    tooShort,
    scored,
    distinct: distinct.length,
    median: median(distinct.map((s) => s.grade)),
    shareAbove: distinct.length === 0 ? 0 : above.length / distinct.length,
    above: above.length,
    warnings: scored.filter((s) => s.grade > settings.maxGrade),
    worst,
  };
}

function where(s: ReadingString): string {
  return `${s.line ? `${s.file}:${s.line}` : s.file}: ${s.path}`;
}

function excerpt(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** The report as `content check` prints it: a warning per string above the limit, then the figures and the hardest strings. */
export function formatReadingReport(r: ReadingReport): string[] {
  const { maxGrade, targetMedian, minWords } = r.settings;
  const lines = r.warnings.map(
    (s) => `warning: ${where(s)}: reads at grade ${s.grade.toFixed(1)}, above ${maxGrade}. Fix: use shorter sentences and shorter words ("${excerpt(s.text, 60)}")`,
  );
  const pct = Math.round(r.shareAbove * 100);
  lines.push(
    `Reading: ${r.distinct} texts scored (${r.tooShort} under ${minWords} words not scored; ${r.total} strings in all); ` +
      `median grade ${r.median.toFixed(1)} (target ${targetMedian}); ${r.above} (${pct}%) above grade ${maxGrade}, in ${r.warnings.length} places.`,
  );
  if (r.worst.length > 0) {
    lines.push(`Hardest ${r.worst.length}:`);
    for (const s of r.worst) {
      const more = s.morePlaces ? ` (and ${s.morePlaces} other place${s.morePlaces === 1 ? '' : 's'})` : '';
      lines.push(`  ${s.grade.toFixed(1)}  ${where(s)}${more}: "${excerpt(s.text)}"`);
    }
  }
  return lines;
}
