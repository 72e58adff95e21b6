/**
 * Which check-in programmes to offer someone from what they say of themselves:
 * "hi i'm a newly qualified nurse, just started on the ward" offers nursing
 * preceptorship first; "I'm a new starter" the new starter induction. The words
 * are each programme's `words` in content/programmes; the role is the one the
 * understanding hears them say they hold ("nurse", "HCA", "physio"), else the
 * one on their profile.
 */
import type { Content, Programme } from '../../src/content/model.js';
import { understand } from '../../src/knowledge/understand.js';
import { enrolmentWords, form, hasPhrase } from './wording.js';

type HasContent = Content;

/** The programmes whose words the text uses. */
function saidProgrammes(content: HasContent, text: string): Programme[] {
  const t = form(text);
  return [...content.programmes.values()].filter((p) => p.words.length > 0 && hasPhrase(t, p.words));
}

/**
 * The programmes to offer, best first, or an empty list when the text says
 * nothing that picks any. With a role, those for the role come first (the ones
 * the words name before the others), then any for everyone the words name.
 */
export function offeredProgrammes(content: HasContent, text: string, roleId?: string): Programme[] {
  const said = saidProgrammes(content, text);
  if (said.length === 0) return [];
  const forRole = roleId ? [...content.programmes.values()].filter((p) => p.roles.includes(roleId)) : [];
  if (forRole.length === 0) return said;
  const saidIds = new Set(said.map((p) => p.id));
  return [
    ...forRole.filter((p) => saidIds.has(p.id)),
    ...forRole.filter((p) => !saidIds.has(p.id)),
    ...said.filter((p) => p.roles.length === 0),
  ];
}

/** The role the text says the writer holds ("I'm a newly qualified nurse"), if the understanding hears one. */
export function heldRole(content: HasContent, text: string): string | undefined {
  const u = understand(text, content);
  return u.onBehalf ? undefined : (u.from?.id ?? undefined);
}

/**
 * Someone telling the bot they are new in post ("I'm a newly qualified
 * nurse", "just started as an HCA"): the programmes to offer, or undefined
 * when the message is not that (no programme's words, not about themselves,
 * or asking about a role they want next).
 */
export function newInPostOffer(content: HasContent, text: string, profileRole?: string): Programme[] | undefined {
  const r = enrolmentWords(content).read;
  const t = form(text);
  if (!hasPhrase(t, r.aboutSelf) || hasPhrase(t, r.notAboutSelf)) return undefined;
  const u = understand(text, content);
  if (u.onBehalf || u.role) return undefined;
  const offer = offeredProgrammes(content, text, u.from?.id ?? profileRole);
  return offer.length > 0 ? offer : undefined;
}
