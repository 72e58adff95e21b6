/**
 * "a" or "an" before a word, by how it sounds rather than how it is spelt:
 * "an audiologist", "an occupational therapist", "a nursing associate",
 * "an HCA" (said "aitch"), "a unit manager" (said "you"), "an hour".
 *
 * Wording gets it with a `{a role}` or `{A role}` placeholder (see fill() in
 * src/content/wording.ts), so every sentence that names a role with an article
 * says it the same way.
 */

/** Words spelt with a vowel but said with a consonant ("you", "wun"): a unit, a one-year course. */
const CONSONANT_SOUND = /^(?:uni(?!n|mp|ntr)|use|usu|ura|ure|uro|uti|eu|ewe|one\b|once\b|ubiq)/;
/** Words spelt with a consonant but said with a vowel: an hour, an honest answer. */
const VOWEL_SOUND = /^(?:hour|honest|honou?r|heir)/;
/** Letters whose names start with a vowel sound, for initialisms read letter by letter: an HCA, an MSW, an RN. */
const VOWEL_LETTER_NAMES = new Set([...'AEFHILMNORSX']);

/** True for an initialism read letter by letter ("HCA", "OT", "NHS"), not a word written in capitals. */
function isInitialism(word: string): boolean {
  return /^[A-Z]{2,5}s?$/.test(word) && !/^[A-Z][a-z]/.test(word);
}

/** "a" or "an" for the phrase that follows it. */
export function article(phrase: string): 'a' | 'an' {
  const first = phrase.trim().split(/[\s(/-]+/)[0] ?? '';
  if (first === '') return 'a';
  if (isInitialism(first) || /^[a-z]$/i.test(first)) return VOWEL_LETTER_NAMES.has(first[0]!.toUpperCase()) ? 'an' : 'a';
  const w = first.toLowerCase();
  if (/^\d/.test(w)) return /^(?:8|11|18|80|800)(?!\d)/.test(w) ? 'an' : 'a';
  if (VOWEL_SOUND.test(w)) return 'an';
  if (/^[aeiou]/.test(w)) return CONSONANT_SOUND.test(w) ? 'a' : 'an';
  return 'a';
}

/** The phrase with its article in front: "an audiologist"; with `capital`, "An audiologist". */
export function withArticle(phrase: string, capital = false): string {
  const a = article(phrase);
  return `${capital ? (a === 'a' ? 'A' : 'An') : a} ${phrase.trim()}`;
}
