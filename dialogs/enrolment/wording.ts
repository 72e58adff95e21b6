/**
 * What enrolling on check-ins says, and the words it reads in people's
 * messages. The words are in content/wording/enrolment.yaml.
 */
import { defineWording, list, text, type Words } from '../../src/content/wording.js';
import type { Content } from '../../src/content/model.js';
import { normalise } from '../../src/core/router.js';

export const ENROLMENT_WORDING = defineWording('enrolment', {
  title: text(),
  help: text(),
  buttons: {
    whatCanYouDo: text(),
    whatElseCanYouDo: text(),
    enrolSomeoneElse: text(),
    startAgain: text(),
    confirm: text(),
    change: text(),
    cancel: text(),
    skip: text(),
    forMe: text(),
    allProgrammes: text(),
  },
  // How people are named when the bot has no name for them.
  people: { them: text(), you: text(), yourManager: text(), yourPreceptor: text(), yourLineManager: text() },
  roles: { manager: text(), lineManager: text(), preceptor: text() },

  // The questions, in order.
  who: { question: text(), notWho: text(), examples: list() },
  programme: {
    question: text('whom'),
    several: text('kind'),
    offered: text(),
    kinds: { induction: text(), preceptorship: text() },
    local: text('title'),
    notKnown: text(),
    examples: list(),
  },
  date: {
    questionSelf: text(),
    questionNamed: text('name'),
    questionThem: text(),
    today: text(),
    nextMonday: text('date'),
    notRead: text(),
    outOfRange: text('date', 'problem'),
    examples: list(),
  },
  // Why a first day cannot be used: also said by the `enrol --csv` command.
  dateProblems: { notADate: text(), longAgo: text(), farAhead: text() },
  manager: { question: text(), fromProfile: text('name'), inProfile: text(), notWho: text(), examples: list() },
  preceptor: { question: text(), notWho: text(), examples: list() },

  // The summary card, confirmed before anything is saved.
  confirm: {
    headingSelf: text(),
    headingOther: text('name'),
    localNote: text('trust'),
    facts: { programme: text(), for: text(), firstDay: text(), lineManager: text(), preceptor: text(), concerns: text() },
    you: text(),
    given: text(),
    notGiven: text(),
    concernsYouSelf: text('role'),
    concernsYouOther: text('role'),
    concernsNamed: text('name', 'role'),
    theRole: text('role'),
    concernsWhen: text('who', 'rating'),
    concernsNoOne: text(),
    datesHeading: text('count'),
    dateItem: text('date', 'title'),
    outsideHours: text(),
    alreadySelf: text('date'),
    alreadyNamed: text('name', 'date'),
    alreadyThem: text('date'),
    hint: text(),
    cancelled: text(),
    examples: list(),
  },
  change: {
    question: text(),
    buttons: { programme: text(), firstDay: text(), who: text(), lineManager: text(), preceptor: text() },
    hint: text(),
    examples: list(),
  },

  // After "Confirm".
  done: {
    badDate: text('reason'),
    couldNotSetUp: text(),
    today: text(),
    onDate: text('date'),
    unchangedSelf: text('programme', 'date'),
    unchangedOther: text('name', 'programme', 'date'),
    concerns: text('rating', 'role'),
    self: {
      created: text(),
      updated: text(),
      youreOn: text('programme'),
      first: text('when'),
      onEachDate: text(),
      concernsNamed: text('rating', 'role', 'name'),
      pause: text(),
    },
    other: {
      done: text('name', 'programme'),
      doneUpdated: text('name', 'programme'),
      first: text('when'),
      sent: text('name'),
      notSent: text('name'),
      notUsed: text('name'),
      concernsYou: text('name', 'rating'),
      concernsThem: text('name', 'rating', 'who'),
      theirRole: text('role'),
    },
  },

  // Words read in what people type.
  read: {
    aboutSelf: list(),
    notAboutSelf: list(),
    request: list(),
    selfStart: list(),
    self: list(),
    selfAnywhere: list(),
    me: list(),
    skip: list(),
    asPreceptor: list(),
    manager: list(),
    preceptor: list(),
    confirm: list(),
    change: list(),
    cancel: list(),
    changeProgramme: list(),
    changeDate: list(),
    changeWho: list(),
    kinds: { induction: list(), preceptorship: list() },
  },

  // Other names people use for the shipped programmes, by programme id, tried in this order.
  programmeNames: {
    'preceptorship-nursing-gold': list(),
    'preceptorship-midwifery': list(),
    'preceptorship-ahp': list(),
    'preceptorship-nursing-core': list(),
    'msw-band3-induction-southampton': list(),
    'hcsw-new-to-care': list(),
    'new-starter-induction': list(),
  },
});

export type EnrolmentWords = Words<(typeof ENROLMENT_WORDING)['spec']>;

export function enrolmentWords(content: Pick<Content, 'wording'>): EnrolmentWords {
  return ENROLMENT_WORDING.of(content);
}

/** Lower case, no punctuation, and no apostrophes, so "I'm" and "Im" read the same. */
export function form(text: string): string {
  return normalise(text).replace(/'/g, '');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Word lists come from the content's wording, which is read once and never
// changes, so each list's forms and pattern are made once.
const forms = new WeakMap<readonly string[], { list: string[]; set: ReadonlySet<string>; re: RegExp }>();
function formsOf(phrases: readonly string[]): { list: string[]; set: ReadonlySet<string>; re: RegExp } {
  let f = forms.get(phrases);
  if (!f) {
    const list = phrases.map(form).filter((p) => p !== '');
    const re = list.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u') : /(?!)/;
    f = { list, set: new Set(list), re };
    forms.set(phrases, f);
  }
  return f;
}

/** The first of the phrases that `f` (a `form`) starts with, as whole words. */
export function startsWithPhrase(f: string, phrases: readonly string[]): string | undefined {
  return formsOf(phrases).list.find((p) => f === p || f.startsWith(`${p} `));
}

/** Whether `f` (a `form`) has one of the phrases in it, as whole words. */
export function hasPhrase(f: string, phrases: readonly string[]): boolean {
  return formsOf(phrases).re.test(f);
}

/** Whether `f` (a `form`) is exactly one of the phrases. */
export function isPhrase(f: string, phrases: readonly string[]): boolean {
  return formsOf(phrases).set.has(f);
}
