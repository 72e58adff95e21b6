/**
 * Checks within one check-in programme that its schema cannot express: ids
 * unique among its check-ins, questions and options; check-ins in time order
 * and within the programme; one rating and at least one text question each;
 * and its roles known.
 */
import type { CheckinOffset } from './model.js';
import { QUESTION_KINDS } from './schema.js';
import { count, list, mapping, str, strList, type Item, type Raw } from './sections.js';

/** Adds a problem at `rest` inside an entry. */
export type AddProblem = (item: Item<unknown>, rest: (string | number)[], message: string, fix?: string) => void;

/** Average days in a month, to put check-in offsets of months and of days on one scale. */
const DAYS_PER_MONTH = 365.25 / 12;

/** A raw `after: { days, weeks, months }` as an offset, or undefined when it is not valid (zod reports that). */
function rawOffset(after: unknown): CheckinOffset | undefined {
  const a = mapping(after);
  if (!a) return undefined;
  const parts = ['days', 'weeks', 'months'].map((k) => (a[k] === undefined ? 0 : count(a[k])));
  if (parts.some((n) => n === undefined) || ['days', 'weeks', 'months'].every((k) => a[k] === undefined)) return undefined;
  const [days = 0, weeks = 0, months = 0] = parts as number[];
  return { months, days: weeks * 7 + days };
}

/** An offset in months, with days counted as average months (for ordering and limits only). */
function approxMonths(o: CheckinOffset): number {
  return o.months + o.days / DAYS_PER_MONTH;
}

/** "3 months and 2 weeks", "the first day". */
export function describeOffset(o: CheckinOffset): string {
  if (o.months === 0 && o.days === 0) return 'the first day';
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (o.months) parts.push(plural(o.months, 'month'));
  if (o.days % 7 === 0 && o.days > 0) parts.push(plural(o.days / 7, 'week'));
  else if (o.days) parts.push(plural(o.days, 'day'));
  return `${parts.join(' and ')} after the start`;
}

/** Checks one programme's check-ins: questions, ids, order and timing, and its roles. */
export function checkProgramme(
  item: Item<Raw>,
  add: AddProblem,
  unknownRole: (item: Item<unknown>, rest: (string | number)[], bad: string) => void,
  isRole: (id: string) => boolean,
): void {
  const p = item.value;
  for (const [i, r] of strList(p.roles)) if (!isRole(r)) unknownRole(item, ['roles', i], r);

  if (p.kind === 'induction' && p.standard !== undefined && p.standard !== null) {
    add(item, ['standard'], 'only preceptorship programmes follow a national preceptorship standard', 'remove standard, or set it to null');
  }

  const length = typeof p.lengthMonths === 'number' && p.lengthMonths > 0 ? p.lengthMonths : undefined;
  const checkinIds = new Map<string, number>();
  let previous: { offset: CheckinOffset; id: string } | undefined;

  list(p.checkins).forEach((c, ci) => {
    const checkin = mapping(c);
    if (!checkin) return;
    const at = (...rest: (string | number)[]) => ['checkins', ci, ...rest];

    const cid = str(checkin.id);
    if (cid !== undefined) {
      const first = checkinIds.get(cid);
      if (first !== undefined) {
        add(item, at('id'), `the check-in id "${cid}" is already used by checkins[${first}] in this programme`, 'give each check-in its own id');
      } else checkinIds.set(cid, ci);
    }

    const offset = rawOffset(checkin.after);
    if (offset) {
      if (previous && approxMonths(offset) <= approxMonths(previous.offset)) {
        add(
          item,
          at('after'),
          `this check-in (${describeOffset(offset)}) is not later than the one before it, "${previous.id}" (${describeOffset(previous.offset)})`,
          'list check-ins in the order they happen, each one later than the last',
        );
      }
      if (length !== undefined && approxMonths(offset) > length + 1 + 1e-9) {
        add(
          item,
          at('after'),
          `this check-in (${describeOffset(offset)}) is after the end of the programme: it lasts ${length} month${length === 1 ? '' : 's'}, so check-ins must be within ${length + 1} months of the start`,
          'move the check-in earlier, or make lengthMonths longer',
        );
      }
      previous = { offset, id: cid ?? `checkins[${ci}]` };
    }

    const questions = list(checkin.questions);
    const questionIds = new Map<string, number>();
    let ratings = 0;
    let texts = 0;
    questions.forEach((q, qi) => {
      const question = mapping(q);
      if (!question) return;
      const qid = str(question.id);
      if (qid !== undefined) {
        const first = questionIds.get(qid);
        if (first !== undefined) {
          add(item, at('questions', qi, 'id'), `the question id "${qid}" is already used by questions[${first}] in this check-in`, 'give each question its own id');
        } else questionIds.set(qid, qi);
      }
      if (question.kind === 'rating') {
        ratings++;
        if (ratings === 2) {
          add(
            item,
            at('questions', qi, 'kind'),
            'this is a second rating question; each check-in has exactly one (the one-tap 1 to 5 confidence rating)',
            'change its kind to text, yesno or checklist, or remove it',
          );
        }
      }
      if (question.kind === 'text') texts++;
      const optionIds = new Map<string, number>();
      list(question.options).forEach((o, oi) => {
        const oid = str(mapping(o)?.id);
        if (oid === undefined) return;
        const first = optionIds.get(oid);
        if (first !== undefined) {
          add(item, at('questions', qi, 'options', oi, 'id'), `the option id "${oid}" is already used by options[${first}] in this question`, 'give each option its own id');
        } else optionIds.set(oid, oi);
      });
    });
    // A misspelt kind is reported by zod; counting around it would only add noise.
    const kindsKnown = questions.every((q) => (QUESTION_KINDS as readonly unknown[]).includes(mapping(q)?.kind));
    if (Array.isArray(checkin.questions) && kindsKnown) {
      if (ratings === 0) {
        add(
          item,
          at('questions'),
          'has no rating question; each check-in has exactly one (the one-tap 1 to 5 confidence rating)',
          'add a question with kind: rating, e.g. text: "How confident do you feel in your role right now?"',
        );
      }
      if (texts === 0) {
        add(
          item,
          at('questions'),
          'has no text question; each check-in needs at least one, so people can say what they need',
          'add a question with kind: text, e.g. text: "Is there anything you need, or anything worrying you?"',
        );
      }
    }
  });
}
