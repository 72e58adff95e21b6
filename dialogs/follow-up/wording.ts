/** What the follow-up answers say, and the words that make a message a follow-up: content/wording/follow-up.yaml. */
import { defineWording, list, text, type Words } from '../../src/content/wording.js';
import type { Content } from '../../src/content/model.js';

export const FOLLOW_UP_WORDING = defineWording('follow-up', {
  title: text(),
  words: { duration: list(), band: list(), funding: list(), needs: list(), next: list() },
  which: { question: text(), notFound: text(), examples: list() },
  duration: { total: text('from', 'role', 'duration'), totalOpen: text('role', 'duration'), step: text('route', 'duration') },
  band: { role: text('role', 'band'), onTheWay: text('steps'), step: text('role', 'band') },
  funding: { heading: text('role') },
  needs: { heading: text('role'), item: text('requirement', 'step'), nothing: text('role'), nothingNotKnown: text('role') },
  next: {
    first: text('count', 'route', 'duration', 'role'),
    step: text('number', 'count', 'route', 'duration', 'role'),
    action: text('action'),
    last: text('role'),
  },
  gone: text(),
  noRoute: text('role'),
  forSomeoneElse: text(),
  buttons: { wholeRoute: text(), needs: text() },
});

export type FollowUpWords = Words<(typeof FOLLOW_UP_WORDING)['spec']>;

export function followUpWords(content: Pick<Content, 'wording'>): FollowUpWords {
  return FOLLOW_UP_WORDING.of(content);
}
