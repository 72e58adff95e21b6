/**
 * What the stay conversation says, from content/wording/stay.yaml.
 */
import { defineWording, list, text, type Words } from '../../src/content/wording.js';
import type { Content } from '../../src/content/model.js';

const reasons = () => ({
  workload: text(),
  development: text(),
  pay: text(),
  shifts: text(),
  team: text(),
  health: text(),
  life: text(),
  ratherNot: text(),
});

export const STAY_WORDING = defineWording('stay', {
  leavingPhrases: list(),
  speakUpPhrases: list(),
  title: text(),
  acknowledge: text(),
  promise: text(),
  askWhy: text(),
  reasons: reasons(),
  because: reasons(),
  offersHeading: text(),
  offers: {
    roles: text(),
    flexible: text(),
    flexibleSourceLabel: text(),
    flexibleSource: text(),
    move: text(),
    career: text(),
    talk: text(),
  },
  confidential: {
    union: text(),
    samaritans: text(),
    samaritansLabel: text(),
    samaritansUrl: text(),
    contact: text('name', 'detail'),
  },
  buttons: { roles: text(), career: text(), speakUp: text(), askManager: text(), askPreceptor: text(), no: text() },
  askTell: text(),
  askTellNobody: text(),
  sent: text('name'),
  notSent: text('name'),
  notTold: text(),
  yourManager: text(),
  yourPreceptor: text(),
  request: { heading: text(), body: text('name'), someone: text(), openChat: text(), onlyThis: text() },
  checkinHint: text(),
  checkinButton: text(),
  speakUp: { heading: text(), about: text(), sourceLabel: text(), source: text(), yours: text('name', 'detail'), phone: text('phone'), localSetting: text() },
});

export type StayWords = Words<(typeof STAY_WORDING)['spec']>;

export function stayWords(content: Pick<Content, 'wording'>): StayWords {
  return STAY_WORDING.of(content);
}

export type Reason = keyof StayWords['reasons'];
export const REASONS: readonly Reason[] = ['workload', 'development', 'pay', 'shifts', 'team', 'health', 'life', 'ratherNot'];
