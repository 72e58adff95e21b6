/**
 * What "your data" says, and the words it understands, from
 * content/wording/privacy.yaml.
 */
import { defineWording, list, text, type Words } from '../../src/content/wording.js';
import type { Content } from '../../src/content/model.js';

/** A sentence for one, and one for more (or none): "1 chat", "3 chats". */
const counted = <V extends string = never>(...vars: V[]) => ({ one: text<'count' | V>('count', ...vars), many: text<'count' | V>('count', ...vars) });

export const PRIVACY_WORDING = defineWording('privacy', {
  title: text(),
  buttons: { changeProfile: text(), whatElse: text(), whatDoYouHold: text(), deleteMyData: text() },
  understand: { eraseWords: list(), askingHow: list() },
  overview: { heading: text(), whatIKeep: text(), whoSees: text('days'), rights: text() },
  export: {
    groupChat: text(),
    heading: text(),
    nothing: text(),
    onlyReference: text(),
    intro: text(),
    file: text('file'),
    somethingWrong: text(),
  },
  summary: {
    unknownDate: text(),
    profile: {
      heading: text(),
      role: text(),
      band: text(),
      area: text(),
      quals: text(),
      lacks: text(),
      circumstances: text(),
      manager: text(),
      managerNoName: text(),
      displayName: text(),
      goal: text(),
      appraisalDue: text(),
      lastCareerConversation: text(),
      messagesWhen: text(),
      messagesWhenValue: text('start', 'end'),
      pausedUntil: text(),
      firstSaved: text(),
    },
    conversations: { heading: text(), ...counted() },
    plans: {
      heading: text(),
      notFinished: text('start'),
      finished: text('start', 'end'),
      growth: { depth: text(), breadth: text(), stretch: text() },
      actions: counted(),
      shared: text('date'),
      notShared: text(),
    },
    programmes: {
      heading: text(),
      item: text('programme', 'date', 'status'),
      status: { active: text(), paused: text(), completed: text(), withdrawn: text() },
      saves: { manager: text(), preceptor: text(), both: text() },
    },
    checkins: { heading: text(), answers: counted(), withWords: text('count', 'days'), flagged: counted() },
    reminders: { heading: text(), ...counted('waiting') },
    reference: { heading: text(), text: text('platform', 'date'), platforms: { teams: text(), slack: text(), local: text() } },
    others: { heading: text(), profiles: counted(), programmes: counted(), sharedPlans: counted(), text: text('list') },
  },
  confirm: {
    examples: list(),
    heading: text(),
    whatGoes: text(),
    whatStays: text(),
    warning: text(),
    yes: text(),
    no: text(),
    kept: text(),
    sure: text(),
    deleteWords: list(),
    keepWords: list(),
    yesWords: list(),
    endings: list(),
  },
  help: text(),
  erased: { heading: text(), deleted: counted(), nothing: text(), copies: text(), copiesElsewhere: text(), whatStays: text(), afresh: text() },
});

export type PrivacyWords = Words<(typeof PRIVACY_WORDING)['spec']>;

/** The words of "your data", from this content. */
export function privacyWords(content: Pick<Content, 'wording'>): PrivacyWords {
  return PRIVACY_WORDING.of(content);
}

/** The sentence for `n`: its `one` form for 1, its `many` form otherwise. */
export function countOf<V extends Record<string, string | number>>(n: number, forms: { one: (vars: { count: number } & V) => string; many: (vars: { count: number } & V) => string }, vars?: V): string {
  return (n === 1 ? forms.one : forms.many)({ count: n, ...(vars ?? ({} as V)) });
}
