/**
 * The glossary (content/glossary.yaml): finding the entry a question names
 * ("what is a preceptor?"), and the words of it a text uses, in the order it
 * uses them, so a route answer can explain the first one.
 *
 * Words are compared as typed questions are read (lower case, punctuation out:
 * `normalise` in src/core/router.ts), whole words only, and a plural "s" is
 * allowed on any of them ("preceptors", "T Levels").
 */
import type { Content, GlossaryEntry } from '../content/model.js';
import { normalise } from '../core/router.js';

interface Name {
  words: string;
  entry: GlossaryEntry;
}

const cache = new WeakMap<Content, Name[]>();

/** Every way of writing every entry, longest first (so "top-up degree" wins over "top-up"). */
function names(content: Content): Name[] {
  let list = cache.get(content);
  if (!list) {
    list = content.glossary
      .flatMap((entry) => [entry.term, ...entry.also].map((w) => ({ words: normalise(w), entry })))
      .filter((n) => n.words !== '')
      .sort((a, b) => b.words.length - a.words.length);
    cache.set(content, list);
  }
  return list;
}

const ARTICLE = /^(?:a|an|the)\s+/;

/** The entry a name means ("a preceptor", "Preceptors", "the levy"), or undefined. */
export function glossaryEntry(content: Content, name: string): GlossaryEntry | undefined {
  const n = normalise(name).replace(ARTICLE, '');
  if (n === '') return undefined;
  for (const candidate of names(content)) {
    if (candidate.words === n || `${candidate.words}s` === n || `${candidate.words}es` === n) return candidate.entry;
  }
  return undefined;
}

interface Split {
  entry: GlossaryEntry;
  words: string[];
  /** Place in the longest-first order of `names`: the lowest that fits wins. */
  order: number;
}

const byFirstWord = new WeakMap<Content, Map<string, Split[]>>();

/** The names split into words, filed under their first word (each list longest first): worked out once per content. */
function namesByFirstWord(content: Content): Map<string, Split[]> {
  let index = byFirstWord.get(content);
  if (!index) {
    index = new Map();
    names(content).forEach((n, order) => {
      const words = n.words.split(' ');
      const list = index!.get(words[0]!) ?? [];
      list.push({ entry: n.entry, words, order });
      index!.set(words[0]!, list);
    });
    byFirstWord.set(content, index);
  }
  return index;
}

/**
 * The entries whose words appear in `text`, each once, in the order they first
 * appear. Read left to right, the longest name at each place wins and the
 * words it covers are not read again: "foundation degree apprenticeship" is a
 * foundation degree, not a degree apprenticeship.
 */
export function glossaryTermsIn(content: Content, text: string): GlossaryEntry[] {
  let seen = termsSeen.get(content);
  if (!seen) termsSeen.set(content, (seen = new Map()));
  let found = seen.get(text);
  if (!found) {
    found = termsIn(content, text);
    // The texts read are a route card's own (a few per route and role): the cache stays small, and is cut back if not.
    if (seen.size >= TERMS_SEEN_MAX) seen.delete(seen.keys().next().value!);
    seen.set(text, found);
  }
  return [...found];
}

/** The entries found in each text read lately, per content: a route card's text is read again every time it is shown. */
const termsSeen = new WeakMap<Content, Map<string, readonly GlossaryEntry[]>>();
const TERMS_SEEN_MAX = 256;

function termsIn(content: Content, text: string): GlossaryEntry[] {
  const words = normalise(text).split(' ');
  const index = namesByFirstWord(content);
  const found: GlossaryEntry[] = [];
  const same = (typed: string, name: string, last: boolean) =>
    typed === name || (last && (typed === `${name}s` || typed === `${name}es`));
  const fits = (n: Split, i: number) => n.words.every((w, k) => i + k < words.length && same(words[i + k]!, w, k === n.words.length - 1));
  for (let i = 0; i < words.length; ) {
    const typed = words[i]!;
    // The names that can start here: those whose first word is the typed word, or (one-word names) the typed word less a plural ending.
    let hit: Split | undefined;
    for (const first of [typed, typed.endsWith('s') ? typed.slice(0, -1) : '', typed.endsWith('es') ? typed.slice(0, -2) : '']) {
      if (!first) continue;
      for (const n of index.get(first) ?? []) {
        if (hit && n.order > hit.order) break;
        if (fits(n, i)) {
          hit = n;
          break;
        }
      }
    }
    if (!hit) {
      i++;
      continue;
    }
    if (!found.includes(hit.entry)) found.push(hit.entry);
    i += hit.words.length;
  }
  return found;
}

/** The first sentence of an entry's meaning: what a route answer shows in one line. */
export function firstSentence(meaning: string): string {
  const m = /^.*?[.!?](?=\s|$)/s.exec(meaning.trim());
  return (m ? m[0] : meaning).replace(/\s+/g, ' ').trim();
}
