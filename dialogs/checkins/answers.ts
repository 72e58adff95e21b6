/**
 * Reading typed check-in answers: a rating, yes or no, and a checklist. The
 * words each one accepts are in content/wording/checkins.yaml (and the shared
 * short answers in content/wording/core.yaml).
 */
import type { CheckinQuestion, Content } from '../../src/content/model.js';
import { normalise } from '../../src/core/router.js';
import { isAnswer } from '../../src/core/words.js';
import { alternation, checkinsWords, isPhrase } from './wording.js';
import { ratingLabels } from './reminders.js';

type HasWording = Pick<Content, 'wording'>;

/** "3", "3/5", "3 out of 5", "three", "not at all" (1), "very" (5), or a rating button's label. */
export function parseRating(content: HasWording, text: string): number | undefined {
  const w = checkinsWords(content).rating;
  const t = normalise(text);
  if (t === '') return undefined;
  // The words of the buttons after their number ("1 Not at all"), typed after a number.
  const after = ratingLabels(content)
    .map((l) => normalise(l).replace(/^[1-5]\s*/, ''))
    .filter((l) => l !== '');
  const m = new RegExp(`^([1-5])(?: (?:${alternation(w.outOf)}) 5| 5)?(?: (?:${alternation(after)}))?$`, 'u').exec(t);
  if (m) return Number(m[1]);
  const byWord = [w.words.one, w.words.two, w.words.three, w.words.four, w.words.five].findIndex((words) => isPhrase(t, words));
  return byWord >= 0 ? byWord + 1 : undefined;
}

/** Yes or no to a check-in question: the shared yes and no words, and the check-in's own ("I have", "not yet"). */
export function parseYesNo(content: HasWording, text: string): boolean | undefined {
  const w = checkinsWords(content).checkin.answers;
  return isAnswer(content, text, ['yes'], w.yes) ? true : isAnswer(content, text, ['no'], w.no) ? false : undefined;
}

/** Checklist items from typed text: numbers ("1, 3"), the words of the labels, "all", or "none". */
export function parseChecklist(content: HasWording, question: CheckinQuestion, text: string): string[] | undefined {
  const w = checkinsWords(content).checkin.checklist;
  const t = normalise(text);
  if (isAnswer(content, t, ['none'], w.none)) return [];
  if (isPhrase(t, w.all)) return question.options.map((o) => o.id);
  const chosen = new Set<string>();
  for (const n of t.match(/\b\d+\b/g) ?? []) {
    const option = question.options[Number(n) - 1];
    if (option) chosen.add(option.id);
  }
  const ignore = new Set(w.ignore.map(normalise));
  const words = new Set(t.split(' '));
  for (const option of question.options) {
    // Enough of the label's own words: all of them for a short label, two for a long one.
    const key = normalise(option.label)
      .split(' ')
      .filter((x) => x.length >= 3 && !ignore.has(x));
    const found = key.filter((x) => words.has(x)).length;
    if (key.length > 0 && found >= Math.min(2, key.length)) chosen.add(option.id);
  }
  return chosen.size > 0 ? [...chosen] : undefined;
}
