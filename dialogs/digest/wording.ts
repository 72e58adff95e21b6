/**
 * What the weekly manager digest says, from content/wording/digest.yaml.
 */
import { defineWording, text, type Words } from '../../src/content/wording.js';
import type { Content } from '../../src/content/model.js';

export const DIGEST_WORDING = defineWording('digest', {
  title: text(),
  heading: text(),
  intro: text(),
  someone: text(),
  sections: { attention: text(), missed: text(), appraisal: text(), career: text(), action: text() },
  items: {
    appraisalOverdue: text('name', 'date'),
    appraisalDue: text('name', 'date'),
    careerDue: text('name', 'date'),
    careerNone: text('name'),
    attention: text('name', 'checkin'),
    attentionWith: text('name', 'checkin', 'details'),
    confidence: text('rating'),
    askedForSupport: text(),
    missed: text('name', 'checkin'),
    action: text('name', 'action'),
    actionBy: text('name', 'action', 'date'),
  },
  buttons: { done: text(), snooze: text(), openChat: text(), whatCanYouDo: text() },
  footer: { buttons: text('days'), buttonsWithAppraisal: text('days'), onlyHere: text() },
  replies: {
    aboutIt: text(),
    notYours: text(),
    appraisalAlreadyDone: text(),
    appraisalDone: text('date'),
    careerDone: text('date'),
    done: text(),
    snoozed: text('date'),
  },
});

export type DigestWords = Words<(typeof DIGEST_WORDING)['spec']>;

/** The digest's words, from this content. */
export function digestWords(content: Pick<Content, 'wording'>): DigestWords {
  return DIGEST_WORDING.of(content);
}
