/**
 * What the profile says, and the words it understands, from
 * content/wording/profile.yaml.
 */
import { defineWording, list, text, type Words } from '../../src/content/wording.js';
import type { Content } from '../../src/content/model.js';

const fields = () => ({ role: text(), band: text(), area: text(), quals: text(), manager: text() });

export const PROFILE_WORDING = defineWording('profile', {
  title: text(),
  whatNext: text(),
  current: text('value'),
  skip: text(),
  buttons: { seeProfile: text(), findRoute: text(), options: text(), resources: text() },
  leftAsItWas: fields(),
  change: fields(),
  changeWords: { manager: list(), quals: list(), band: list(), area: list(), role: list() },
  help: { heading: text(), items: list(), note: text() },
  facts: {
    role: text(),
    band: text(),
    area: text(),
    quals: text(),
    manager: text(),
    goal: text(),
    notGiven: text(),
    noneAsked: text(),
    managerSaved: text(),
    lacks: text(),
    circumstances: text(),
  },
  /** Said when the bot keeps something a person mentioned in passing. */
  noted: { line: text('facts'), role: text('role'), band: text('band'), area: text('area'), lacks: text('quals'), held: text('quals'), notRole: text('role'), circumstances: {
    'cannot-self-fund': text(), 'keep-earning': text(), nights: text(), 'part-time': text(), caring: text(),
  } },
  updated: { role: text('role'), band: text('band'), both: text('role', 'band') },
  role: {
    examples: list(),
    question: text(),
    typedQuestion: text(),
    oneOfThese: text(),
    somethingElse: text(),
    noMatch: text(),
    saved: text('role'),
    gone: text(),
  },
  band: {
    examples: list(),
    question: text(),
    usually: text('role', 'bands'),
    or: text('first', 'second'),
    notSure: text(),
    notSureReply: text(),
    saved: text('band'),
    retry: text(),
    roleChanged: text('role', 'newRole'),
    yesNewRole: text('role'),
    roleMayHaveChanged: text('role'),
  },
  area: { examples: list(), question: text(), remove: text(), removed: text(), saved: text() },
  quals: {
    examples: list(),
    question: text(),
    fieldLabel: text(),
    save: text(),
    hint: text(),
    noneOfThese: text(),
    notUnderstood: text(),
    saved: text('qualifications'),
    savedNone: text(),
    noneWords: list(),
  },
  manager: {
    examples: list(),
    question: text(),
    privacy: text(),
    testChat: text(),
    savedNoName: text(),
    remove: text(),
    noName: text(),
    saved: text('name'),
    removed: text(),
    mentionedSelf: text(),
    noMention: text(),
  },
  confirm: { heading: text(), intro: text(), done: text(), helpHint: text(), doneWords: list(), finished: text() },
});

export type ProfileWords = Words<(typeof PROFILE_WORDING)['spec']>;

/** The profile's words, from this content. */
export function profileWords(content: Pick<Content, 'wording'>): ProfileWords {
  return PROFILE_WORDING.of(content);
}
