/**
 * What the team view says and the words that open it, from content/wording/team.yaml.
 */
import { defineWording, list, text, type Words } from '../../src/content/wording.js';
import type { Content } from '../../src/content/model.js';

export const TEAM_WORDING = defineWording('team', {
  title: text(),
  request: { asks: list(), before: list(), after: list(), person: { before: list(), after: list() } },
  heading: text(),
  someone: text(),
  intro: text(),
  introOne: text('name'),
  none: text(),
  notFound: text('name'),
  person: {
    lineReport: text(),
    preceptee: text(),
    both: text(),
    title: text('name', 'relation'),
    programme: text(),
    position: text('week', 'answered', 'total'),
    notStarted: text('date'),
    finished: text(),
    nextCheckin: text(),
    nextCheckinValue: text('title', 'date'),
    noNextCheckin: text(),
    ratings: text(),
    ratingsValue: text('ratings', 'trend'),
    trend: { up: text(), down: text(), steady: text(), one: text() },
    noRatings: text(),
    appraisal: text(),
    noAppraisal: text(),
    careerConversation: text(),
    careerDue: text('date'),
    careerNone: text(),
    careerNext: text('date', 'date2'),
    attention: text(),
    missed: text(),
    actions: text(),
  },
  buttons: { careerReminder: text('name'), nudge: text('name'), enrol: text(), myTeam: text(), whatCanYouDo: text() },
  footer: text(),
  nudge: { message: text('name'), yourManager: text(), sent: text('name'), failed: text('name'), notYours: text() },
  careerReminder: { set: text('date', 'name'), message: text('name') },
});

export type TeamWords = Words<(typeof TEAM_WORDING)['spec']>;

export function teamWords(content: Pick<Content, 'wording'>): TeamWords {
  return TEAM_WORDING.of(content);
}
