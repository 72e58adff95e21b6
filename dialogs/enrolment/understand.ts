/**
 * Reading enrolment requests and answers: "enrol @Sam on new to care", "sign
 * me up", "I'm a new starter", which programme a message names, "me", "skip".
 * The words are in content/wording/enrolment.yaml (`read` and `programmeNames`).
 */
import type { StepContext } from '../../src/core/dialog.js';
import type { Content, Programme } from '../../src/content/model.js';
import { isAnswer } from '../../src/core/words.js';
import { normalise } from '../../src/core/router.js';
import { findUserKey } from '../../src/user-keys.js';
import { enrolmentWords, form, hasPhrase, isPhrase, startsWithPhrase } from './wording.js';

type HasWording = Pick<Content, 'wording'>;

/**
 * "I'm a new starter", "I am new here": the words of the message after it, or
 * undefined when the message does not start so.
 */
export function afterSelfStart(content: HasWording, text: string): string | undefined {
  const t = normalise(text);
  const phrase = startsWithPhrase(form(t), enrolmentWords(content).read.selfStart);
  return phrase === undefined ? undefined : t.split(' ').slice(phrase.split(' ').length).join(' ');
}

/** Whether free text asks to enrol someone on check-ins. Used by the router before intent scoring. */
export function isEnrolRequest(content: HasWording, text: string): boolean {
  const r = enrolmentWords(content).read;
  return startsWithPhrase(form(text), r.request) !== undefined || afterSelfStart(content, text) !== undefined;
}

/** "enrol me", "sign me up", "… for myself", "I'm a new starter". */
export function mentionsSelf(content: HasWording, text: string): boolean {
  const r = enrolmentWords(content).read;
  const f = form(text);
  return startsWithPhrase(f, r.self) !== undefined || hasPhrase(f, r.selfAnywhere) || afterSelfStart(content, text) !== undefined;
}

/** "as their preceptor", "I'm her preceptor". */
export function asPreceptor(content: HasWording, text: string): boolean {
  return hasPhrase(form(text), enrolmentWords(content).read.asPreceptor);
}

/** The answer says the check-ins are for the person themselves: "me", "it's for me". */
export function isMe(content: HasWording, text: string): boolean {
  return isPhrase(form(text), enrolmentWords(content).read.me);
}

/** No one to name here: the shared skip, no, none and not-sure words, and enrolment's own ("not yet"). */
export function isSkip(content: HasWording, text: string): boolean {
  return isAnswer(content, text, ['skip', 'no', 'none', 'notSure'], enrolmentWords(content).read.skip);
}

/** A person named in the message: a mention, or a typed email address or user key. */
export function named(ctx: StepContext, text: string): { key: string; name: string } | undefined {
  const m = ctx.msg.mentions?.[0];
  if (m) return { key: m.userKey, name: m.name || enrolmentWords(ctx.services.content).people.them };
  const email = /\b[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}\b/i.exec(text);
  if (email) return { key: `email:${email[0].toLowerCase()}`, name: email[0] };
  const key = findUserKey(text);
  if (key) return { key, name: key };
  return undefined;
}

/**
 * Programmes the text names: one when it is clear, several when it names a kind
 * ("preceptorship") with more than one to choose from, none when it names none.
 * `roleId` (the person's role, when known) narrows a kind to the programmes for that role.
 */
export function matchProgrammes(text: string, content: Content, roleId?: string): Programme[] {
  const w = enrolmentWords(content);
  const t = normalise(text.replace(/[-_]/g, ' '));
  const all = [...content.programmes.values()];
  const has = (phrase: string) => new RegExp(`(?:^|\\s)${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`).test(t);
  const byId = all.filter((p) => has(normalise(p.id.replace(/-/g, ' '))));
  if (byId.length === 1) return byId;
  const byTitle = all.filter((p) => has(normalise(p.title.replace(/[-_]/g, ' '))));
  if (byTitle.length === 1) return byTitle;
  // Other names for the shipped programmes, in the order of the wording; only ids present in the content are used.
  for (const [id, names] of Object.entries(w.programmeNames) as Array<[string, readonly string[]]>) {
    const p = content.programmes.get(id);
    if (p && hasPhrase(form(t), names)) return [p];
  }
  for (const kind of ['preceptorship', 'induction'] as const) {
    if (!hasPhrase(form(t), w.read.kinds[kind])) continue;
    let options = all.filter((p) => p.kind === kind);
    if (roleId) {
      const forRole = options.filter((p) => p.roles.includes(roleId));
      if (forRole.length > 0) options = forRole;
    }
    // Several of a kind, one of them for everyone (e.g. the new starter induction): that one.
    const general = options.filter((p) => p.roles.length === 0);
    if (options.length > 1 && general.length === 1) return general;
    return options;
  }
  return [];
}
