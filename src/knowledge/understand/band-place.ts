/**
 * The job held from a band and a place, where no job is named: "band 6 on AMU", "on AMU,
 * newly qualified band 5" (a registered band on a ward: a ward nurse), "stuck at band 3 in
 * the lab" (a support band in a place: that place's assistant).
 */
import type { Content, Role } from '../../content/model.js';
import type { Mention } from './mentions.js';
import { indexOf } from './roles-index.js';

/** A band of a registered job, said of the writer, on a ward: at the start, or after "I am", "been", "currently" (not "now a band 6 on cardiology": a change of band, the job still unnamed). */
const BAND_ON_WARD = /(?:^|\b(?:i am|been|currently)(?: an?)?(?: newly qualified| new)? )band [5-7] (?:on|in) (?:a |an |the )?(?:(?!band\b)[a-z]+ ){0,2}?(?:ward|amu|mau|sau|icu|itu|ccu|hdu|ed)\b/;

/** "on AMU, newly qualified band 5": a ward, then a registered band said to be new. */
const WARD_THEN_BAND = /\b(?:on|in) (?:a |an |the )?(?:[a-z]+ )?(?:ward|amu|mau|sau|icu|itu|ccu|hdu)\b(?: \S+){0,3}? (?:newly qualified|nq|new) band [5-7]\b/;

/** A support band said of the writer, in a place ("stuck at band 3 in the lab"; not "in the finance office": a place with no job of its own said). */
const BAND_IN_PLACE = /(?:^|\b(?:i am|at|been|currently|still) )band [1-4] (?:in|on) (?:the )?([a-z]+)\b(?! (?:office|offices|team|department|dept|unit)\b)/;

/** The job held from a band and a place, where no job is named with its band; or null. */
export function bandInPlace(content: Content, tokens: string[], mentions: readonly Mention[]): Role | null {
  if (!mentions.every((m) => m.start > 0 && !/^(?:band|\d)$/.test(tokens[m.start - 1]!))) return null;
  const said = tokens.join(' ');
  const idx = indexOf(content);
  if (BAND_ON_WARD.test(said) || WARD_THEN_BAND.test(said)) return idx.byText.get('ward nurse')?.roles[0] ?? null;
  const place = BAND_IN_PLACE.exec(said);
  if (!place) return null;
  const assistant = idx.byText.get(`${place[1]} assistant`) ?? idx.byText.get(`${place[1]!.replace(/s$/, '')} assistant`);
  return assistant && assistant.priority <= 1 ? assistant.roles[0]! : null;
}
