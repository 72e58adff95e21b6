/**
 * The words the bot understands everywhere, and what it says wherever you are
 * in a conversation: one place for each, read from `content/wording/core.yaml`.
 *
 * - Global commands ("help", "cancel", "back", "restart").
 * - Greetings, and "what can you do".
 * - Short answers (yes, no, skip, not sure, none, something else): shared by every question;
 *   each question chooses which kinds count, and may add words of its own.
 */
import { defineWording, list, text, type Words } from '../content/wording.js';
import type { Content } from '../content/model.js';
import { normalise } from './router.js';

export const CORE_WORDING = defineWording('core', {
  commands: { help: list(), cancel: list(), restart: list(), back: list() },
  greetings: { hello: list(), start: list(), whatCanYouDo: list() },
  answers: { yes: list(), no: list(), skip: list(), notSure: list(), none: list(), other: list() },
  social: { thanks: list(), bye: list(), ok: list(), done: list() },
  reading: { questionStarts: list(), questionPhrases: list(), corrections: list() },
  turn: {
    restarting: text(),
    saveFailed: text(),
    oldStepButton: text(),
    oldButton: text(),
    helpInDialog: text('title'),
    nothingToCancel: text(),
    cancelled: text('title'),
    startingAgain: text('title'),
    nothingToGoBack: text(),
    firstQuestion: text(),
    carryOn: text('title'),
    partWay: text('title'),
    nothingToCarryOn: text(),
    couldNotUse: text(),
    forExample: text('examples'),
    orPick: text(),
    thanksMidway: text(),
    byeMidway: text(),
    notAnAnswer: text(),
    noMeaning: text(),
  },
  signposting: { gentleIntro: text(), danger: text(), phone: text('phone'), anyHour: text('name') },
  roles: { withBand: text('title', 'band'), band: text('band'), bands: text('bands', 'last'), noBand: text(), bandLocal: text(), bandLocalOften: text('bands'), verySeniorManagers: text() },
  sources: { label: text('name'), notConfirmed: text('label'), local: text('label') },
  /** The five areas of the support worker learning and development roadmap, by area id (src/content/schema.ts ROADMAP_AREAS). */
  areas: {
    'career-progression': text(),
    'wellbeing-resilience': text(),
    'skills-for-life': text(),
    'personal-skills': text(),
    'technical-skills': text(),
  },
});

export type CoreWords = Words<(typeof CORE_WORDING)['spec']>;

/** What the engine says, from this content. */
export function coreWords(content: Pick<Content, 'wording'>): CoreWords {
  return CORE_WORDING.of(content);
}

export type GlobalCommand = 'help' | 'cancel' | 'restart' | 'back';
export type AnswerKind = 'yes' | 'no' | 'skip' | 'notSure' | 'none' | 'other';
/** A social turn: thanks, goodbye, "ok", or "that's all". */
export type SocialTurn = 'thanks' | 'bye' | 'ok' | 'done';
const SOCIAL_TURNS: readonly SocialTurn[] = ['thanks', 'bye', 'ok', 'done'];

interface Index {
  commands: Map<string, GlobalCommand>;
  hello: string[];
  start: Set<string>;
  whatCanYouDo: string[];
  answers: Record<AnswerKind, Set<string>>;
  social: Record<SocialTurn, Set<string>>;
}

const indexes = new WeakMap<object, Index>();

/** Commands keep "?" (a question mark on its own asks for help). */
function commandForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}?\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function indexOf(content: Pick<Content, 'wording'>): Index {
  let idx = indexes.get(content.wording);
  if (idx) return idx;
  const w = coreWords(content);
  const commands = new Map<string, GlobalCommand>();
  for (const c of ['help', 'cancel', 'restart', 'back'] as const) for (const word of w.commands[c]) commands.set(commandForm(word), c);
  const set = (words: readonly string[]) => new Set(words.map(normalise));
  idx = {
    commands,
    hello: w.greetings.hello.map(normalise),
    start: set(w.greetings.start),
    whatCanYouDo: w.greetings.whatCanYouDo.map(normalise),
    answers: { yes: set(w.answers.yes), no: set(w.answers.no), skip: set(w.answers.skip), notSure: set(w.answers.notSure), none: set(w.answers.none), other: set(w.answers.other) },
    social: { thanks: set(w.social.thanks), bye: set(w.social.bye), ok: set(w.social.ok), done: set(w.social.done) },
  };
  indexes.set(content.wording, idx);
  return idx;
}

const startsWithWords = (t: string, phrase: string) => t === phrase || t.startsWith(`${phrase} `);

/** "help", "cancel", "restart" or "back" when the whole message is one of their words. */
export function globalCommand(content: Pick<Content, 'wording'>, text: string): GlobalCommand | undefined {
  return indexOf(content).commands.get(commandForm(text));
}

/** A short hello ("hi", "good morning bot"), or a word that means "show me the start". */
export function isGreeting(content: Pick<Content, 'wording'>, text: string): boolean {
  const idx = indexOf(content);
  const t = normalise(text);
  if (idx.start.has(t)) return true;
  return t.split(' ').length <= 4 && idx.hello.some((h) => startsWithWords(t, h));
}

/** "thanks", "bye", "ok" or "that's all" when the whole message is one of their words (core.yaml `social`). */
export function socialTurn(content: Pick<Content, 'wording'>, text: string): SocialTurn | undefined {
  const t = normalise(text);
  if (t === '') return undefined;
  const idx = indexOf(content);
  return SOCIAL_TURNS.find((k) => idx.social[k].has(t));
}

/** "what can you do", "how does this work". */
export function asksWhatItDoes(content: Pick<Content, 'wording'>, text: string): boolean {
  const t = normalise(text);
  return indexOf(content).whatCanYouDo.some((p) => startsWithWords(t, p));
}

/**
 * True when the whole text is a short answer of one of these kinds, or one of
 * the question's own `extra` words (e.g. "one more" for "add another action?").
 */
export function isAnswer(content: Pick<Content, 'wording'>, text: string, kinds: readonly AnswerKind[], extra: readonly string[] = []): boolean {
  const t = normalise(text);
  if (t === '') return false;
  const idx = indexOf(content);
  return kinds.some((k) => idx.answers[k].has(t)) || extra.some((e) => normalise(e) === t);
}

/** `For example: "a", "b".`, or nothing when there are no examples. */
export function examplesLine(content: Pick<Content, 'wording'>, examples: readonly string[]): string | undefined {
  return examples.length > 0 ? coreWords(content).turn.forExample({ examples: examples.map((e) => `"${e}"`).join(', ') }) : undefined;
}
