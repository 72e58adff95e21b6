/**
 * What "my plan" says, and how a plan reads as a summary: the spec of
 * content/wording/my-plan.yaml.
 */
import { defineWording, list, text, type Words } from '../../src/content/wording.js';
import type { Content } from '../../src/content/model.js';

export const MY_PLAN_WORDING = defineWording('my-plan', {
  title: text(),
  request: { asks: list(), before: list(), after: list() },
  showPlan: text(),
  notFound: text(),
  noPlan: { text: text(), start: text() },
  card: {
    heading: text(),
    from: text('date'),
    shared: text('date'),
    markDone: text('action'),
    downloadText: text(),
    downloadMarkdown: text(),
    newConversation: text(),
  },
  markedDone: { text: text('action'), last: text(), oneLeft: text(), left: text('count') },
  snooze: { alreadyDone: text('action'), snoozed: text('action', 'date'), actuallyDone: text() },
  file: { text: text('filename'), markdown: text('filename') },
  reminder: { plannedTo: text('action'), dueToday: text(), wasDue: text('date'), isDue: text('date'), done: text(), snooze: text() },
  wellbeingScale: { veryLow: text(), low: text(), ok: text(), good: text(), veryGood: text() },
  summary: {
    headline: { self: text('date'), manager: text('date'), managerFrom: text('name', 'date') },
    who: { heading: text(), strengths: text(), enjoy: text(), empty: text() },
    where: { heading: text(), aspirations: text(), direction: text() },
    direction: { depth: text(), breadth: text(), stretch: text(), unsure: text() },
    options: { heading: text(), empty: text() },
    needs: { heading: text(), withNote: text('area', 'note'), other: text('text'), empty: text() },
    wellbeing: { heading: text(), label: text(), value: text('rating', 'word') },
    actions: { heading: text(), empty: text(), due: text('action', 'date'), done: text('action'), dueDone: text('action', 'date') },
    footer: { self: text(), manager: text() },
  },
  manager: {
    heading: text(),
    headingFrom: text('name'),
    intro: text('date'),
    introFrom: text('name', 'date'),
    nextStep: text(),
    whatIs: text(),
  },
});

export type MyPlanWords = Words<(typeof MY_PLAN_WORDING)['spec']>;

/** The words of "my plan" and the summary, from this content. */
export function myPlanWords(content: Pick<Content, 'wording'>): MyPlanWords {
  return MY_PLAN_WORDING.of(content);
}

const SCALE = ['veryLow', 'low', 'ok', 'good', 'veryGood'] as const;

/** The word for a wellbeing rating from 1 to 5 ("Good" for 4), or undefined for any other number. */
export function wellbeingWord(content: Pick<Content, 'wording'>, rating: number): string | undefined {
  const key = Number.isInteger(rating) ? SCALE[rating - 1] : undefined;
  return key ? myPlanWords(content).wellbeingScale[key] : undefined;
}
