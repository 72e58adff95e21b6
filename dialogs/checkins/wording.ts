/**
 * What the check-ins say, and the words they read in people's answers: the
 * names, the sentences and the word lists. The words themselves are in
 * content/wording/checkins.yaml; the programmes' own questions are in
 * content/programmes/*.yaml.
 */
import { defineWording, list, text, type Words } from '../../src/content/wording.js';
import type { Content } from '../../src/content/model.js';
import { normalise } from '../../src/core/router.js';

export const CHECKINS_WORDING = defineWording('checkins', {
  buttons: {
    whatCanYouDo: text(),
    myWorkingHours: text(),
    changeMyWorkingHours: text(),
    signMeUp: text(),
    skip: text(),
    yes: text(),
    no: text(),
  },

  // The check-in card and its nudge.
  card: {
    heading: text('title'),
    localProgramme: text('title', 'trust'),
    ratingQuestion: text(),
    typeHint: text(),
    nudge: text('title'),
  },
  rating: {
    buttons: { one: text(), two: text(), three: text(), four: text(), five: text() },
    words: { one: list(), two: list(), three: list(), four: list(), five: list() },
    outOf: list(),
  },

  // Answering a check-in.
  checkin: {
    title: text(),
    help: text(),
    gone: text(),
    goneTypeCancel: text(),
    someoneElses: text(),
    saved: text('rating'),
    hints: { rating: text(), yesNoOrSkip: text(), yesNo: text(), checklist: text(), pickAButton: text() },
    examples: { rating: list(), yesno: list(), checklist: list(), text: list(), support: list(), share: list() },
    question: {
      carryOn: text(),
      typeAnswer: text(),
      typeNumbers: text('items'),
      numbered: text('number', 'label'),
      noneYet: text(),
      send: text(),
    },
    answers: { yes: list(), no: list() },
    checklist: { none: list(), all: list(), ignore: list() },
  },

  // Asking whether to tell the preceptor or manager, and what to pass on.
  support: {
    preceptorOrManager: text(),
    preceptor: text(),
    manager: text(),
    question: text('name'),
    nobodyTold: text(),
    leadSupport: text('name'),
    leadLow: text('name'),
    leadStandards: text('name'),
    alsoStandards: text('name'),
    askWords: text(),
    askChat: text('name'),
    buttons: { passOnWords: text(), askToGetInTouch: text(), keepToMyself: text(), yesPlease: text(), noThankYou: text() },
    // Typed instead of pressing a button.
    refuse: list(),
    refuseFirst: list(),
    aboutWords: list(),
    chat: list(),
    passOn: list(),
  },
  finish: {
    noTarget: text(),
    alreadyTold: text('name'),
    toldWithWords: text('name'),
    toldWithoutWords: text('name'),
    couldNotReach: text('name'),
    saved: text(),
    notTold: text('name'),
    nextCheckin: text('title', 'date'),
  },

  // The message to the preceptor or manager.
  escalation: {
    oneOfYourTeam: text(),
    heading: text(),
    wouldLikeSupport: text('name', 'title', 'rating'),
    unknownRating: text(),
    getInTouch: text(),
    notYet: text(),
    openChat: text(),
    onlyYou: text('programme'),
    inTheirWords: text(),
  },

  // To someone another person enrolled: who set this up, what happens next, how to stop.
  why: {
    title: text(),
    heading: text(),
    whoAmI: text(),
    enrolledBy: text('who', 'programme'),
    people: { yourManager: text(), yourPreceptor: text(), yourTrust: text() },
    next: text('date'),
    noneToCome: text(),
    private: text(),
    concerns: text('rating', 'role'),
    roles: { manager: text(), preceptor: text() },
    pause: text(),
    whatElse: text(),
    // Messages that ask who the bot is or why it writes: always answered so, for someone another person enrolled.
    asks: list(),
  },

  // "check in" with no check-in waiting.
  explain: {
    heading: text(),
    about: text(),
    nextOne: text('title', 'date'),
    noneToCome: text(),
    notSignedUp: text('programmes'),
  },

  // Working hours, pause, resume and snooze.
  hours: {
    title: text(),
    help: text(),
    saved: text('lead', 'pattern'),
    outsideTimes: text(),
    leads: { nights: text(), saved: text() },
    days: {
      heading: text(),
      atTheMoment: text('pattern'),
      question: text(),
      buttons: { weekdays: text(), everyDay: text(), custom: text() },
      notFound: text(),
      examples: list(),
    },
    customDays: {
      question: text(),
      label: text(),
      save: text(),
      atLeastOne: text(),
      examples: list(),
    },
    times: {
      question: text(),
      buttons: { nineToFive: text(), eightToEight: text(), nights: text(), anyTime: text() },
      notRead: text(),
      examples: list(),
    },
    bank: {
      question: text(),
      buttons: { yes: text(), no: text() },
      hint: text(),
      examples: list(),
      answers: { yes: list(), no: list() },
    },
    notDays: {
      noneLeft: text(),
      already: text('days'),
      done: text('days'),
    },
    pause: {
      tryThis: text('problem'),
      notInFuture: text('date'),
      whichDate: text(),
      upToAYear: text(),
      paused: text('date'),
      waits: text(),
      buttons: { twoWeeks: text(), fourWeeks: text(), resume: text(), instead: text() },
    },
    resume: { notPaused: text(), backOn: text() },
    snooze: { nothing: text(), pauseTip: text(), checkin: text('when'), action: text('when') },
  },

  // How a working pattern and times are put into words.
  describe: {
    everyDay: text(),
    weekdays: text(),
    weekends: text(),
    onDays: text('days'),
    and: text('items', 'last'),
    plural: text('day'),
    anyTime: text(),
    fromTo: text('start', 'end'),
    overnight: text('start', 'end'),
    bankQuiet: text(),
    bankIncluded: text(),
    pattern: text('days', 'hours', 'bank'),
    midnight: text(),
    am: text('time'),
    pm: text('time'),
    at: text('date', 'time'),
  },

  // Words read in what people type about days and hours.
  read: {
    days: { monday: list(), tuesday: list(), wednesday: list(), thursday: list(), friday: list(), saturday: list(), sunday: list() },
    everyDay: list(),
    weekdays: list(),
    weekends: list(),
    custom: list(),
    dayRange: list(),
    timeRange: list(),
    anyTime: list(),
    nights: list(),
    midday: list(),
    midnight: list(),
    until: list(),
  },

  // Requests typed at any time: "pause check-ins", "resume", "remind me tomorrow", "I work nights".
  requests: {
    things: list(),
    pause: list(),
    pauseAlone: list(),
    resume: list(),
    resumeAlone: list(),
    startAgain: list(),
    snoozeAlone: list(),
    snoozeTomorrow: list(),
    snoozeNextWeek: list(),
    nightsAlone: list(),
    nightsWork: list(),
    nights: list(),
    configure: list(),
    configureAlone: list(),
    refuse: list(),
    contact: list(),
  },
});

export type CheckinsWords = Words<(typeof CHECKINS_WORDING)['spec']>;

/** The check-ins' words, from this content. */
export function checkinsWords(content: Pick<Content, 'wording'>): CheckinsWords {
  return CHECKINS_WORDING.of(content);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular expression alternation of the words, as they read after
 * `normalise` (lower case, no punctuation), longest first.
 */
export function alternation(words: readonly string[]): string {
  let a = alternations.get(words);
  if (a === undefined) {
    const forms = [...new Set(words.map(normalise).filter((w) => w !== ''))].sort((x, y) => y.length - x.length);
    a = forms.length > 0 ? forms.map(escape).join('|') : '(?!)';
    alternations.set(words, a);
  }
  return a;
}

// Word lists come from the content's wording, which is read once and never
// changes, so what is made from each list is made once.
const alternations = new WeakMap<readonly string[], string>();
const phraseRes = new WeakMap<readonly string[], RegExp>();
const phraseSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Letters and digits on neither side: a whole word or phrase. */
export const WORD_START = "(?<![\\p{L}\\p{N}'])";
export const WORD_END = "(?![\\p{L}\\p{N}'])";

/** Whether normalised text has one of the words or phrases, as whole words. */
export function hasPhrase(t: string, words: readonly string[]): boolean {
  let re = phraseRes.get(words);
  if (!re) {
    re = new RegExp(`${WORD_START}(?:${alternation(words)})${WORD_END}`, 'u');
    phraseRes.set(words, re);
  }
  return re.test(t);
}

/** Whether normalised text is exactly one of the words or phrases. */
export function isPhrase(t: string, words: readonly string[]): boolean {
  let set = phraseSets.get(words);
  if (!set) {
    set = new Set(words.map(normalise));
    phraseSets.set(words, set);
  }
  return set.has(t);
}
