/**
 * Requests about when the bot may message someone, typed at any time: "pause
 * check-ins", "resume", "remind me tomorrow", "I work nights", "don't message
 * me on Sundays", "my working hours". The words are in
 * content/wording/checkins.yaml (`requests` and `read`); the small joining
 * words between them ("my", "on", "the", "again") are the grammar kept here.
 */
import type { Content } from '../../src/content/model.js';
import { normalise, type RouteRule } from '../../src/core/router.js';
import { WORD_END, WORD_START, alternation, checkinsWords, hasPhrase, isPhrase } from './wording.js';

type HasWording = Pick<Content, 'wording'>;

export type WorkingHoursCommand =
  | { mode: 'configure' }
  | { mode: 'nights' }
  | { mode: 'not-days'; days: number[] }
  | { mode: 'pause' }
  | { mode: 'resume' }
  | { mode: 'snooze'; when: 'tomorrow' | 'next-week' };

export const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
export const WEEKDAYS = [1, 2, 3, 4, 5];

/** The words for each day, Sunday (0) first, as JavaScript numbers days. */
function dayWords(content: HasWording): ReadonlyArray<readonly string[]> {
  const d = checkinsWords(content).read.days;
  return [d.sunday, d.monday, d.tuesday, d.wednesday, d.thursday, d.friday, d.saturday];
}

/** Days named in text: "weekdays", "every day", "weekends", "Mon to Thu", "Monday, Wednesday and Friday". */
export function parseDays(content: HasWording, text: string): number[] {
  const w = checkinsWords(content).read;
  const t = normalise(text);
  if (hasPhrase(t, w.everyDay)) return [...EVERY_DAY];
  const out = new Set<number>();
  if (hasPhrase(t, w.weekdays)) WEEKDAYS.forEach((d) => out.add(d));
  if (hasPhrase(t, w.weekends)) [0, 6].forEach((d) => out.add(d));
  const names = dayWords(content);
  const dayOf = (word: string): number | undefined => {
    const i = names.findIndex((list) => isPhrase(word, list));
    return i >= 0 ? i : undefined;
  };
  const words = t.split(' ');
  for (let i = 0; i < words.length; i++) {
    const a = dayOf(words[i]!);
    if (a === undefined) continue;
    const joiner = words[i + 1];
    const b = joiner && isPhrase(joiner, w.dayRange) ? dayOf(words[i + 2] ?? '') : undefined;
    if (b !== undefined) {
      for (let d = a; ; d = (d + 1) % 7) {
        out.add(d);
        if (d === b) break;
      }
      i += 2;
    } else {
      out.add(a);
    }
  }
  return [...out].sort((x, y) => x - y);
}

type RequestWords = ReturnType<typeof checkinsWords>['requests'];

/** The patterns made from the content's request words, made once per set of words (every typed message is tested). */
interface RequestPatterns {
  resume: RegExp;
  startAgain: RegExp;
  refuseOn: RegExp;
  onDay: RegExp;
  pause: RegExp;
  nights: RegExp;
}

const patternsBy = new WeakMap<RequestWords, RequestPatterns>();

function requestPatterns(content: HasWording): RequestPatterns {
  const { requests: r, read } = checkinsWords(content);
  let p = patternsBy.get(r);
  if (!p) {
    const things = alternation(r.things);
    const B = WORD_START;
    const E = WORD_END;
    const named = alternation([...dayWords(content).flat(), ...read.weekdays, ...read.weekends]);
    p = {
      resume: new RegExp(`${B}(?:${alternation(r.resume)})${E}.*${B}(?:${things})${E}`, 'u'),
      startAgain: new RegExp(`${B}(?:${alternation(r.startAgain)}) (?:my )?(?:${things})(?: back)? (?:again|on)${E}`, 'u'),
      refuseOn: new RegExp(`^(?:${alternation(r.refuse)}) on${E}`, 'u'),
      onDay: new RegExp(`${B}(?:on|at)(?: the)? (?:${named})${E}`, 'u'),
      pause: new RegExp(`${B}(?:${alternation(r.pause)})${E}.*${B}(?:${things})${E}`, 'u'),
      nights: new RegExp(`${B}(?:i|i'm|im|i am) (?:${alternation(r.nightsWork)}) (?:${alternation(r.nights)})${E}`, 'u'),
    };
    patternsBy.set(r, p);
  }
  return p;
}

/** Free text that is a working-hours, pause or snooze request. Used by the router (before intents) and by the check-in dialog. */
export function workingHoursCommand(content: HasWording, text: string): WorkingHoursCommand | undefined {
  const t = normalise(text);
  if (!t) return undefined;
  const r = checkinsWords(content).requests;
  const re = requestPatterns(content);
  if (isPhrase(t, r.resumeAlone) || re.resume.test(t) || re.startAgain.test(t)) return { mode: 'resume' };
  const days = parseDays(content, t);
  if (days.length > 0 && days.length < 7) {
    const refuses = hasPhrase(t, r.refuse);
    const contact = hasPhrase(t, r.contact);
    if (refuses && (contact || re.refuseOn.test(t)) && re.onDay.test(t)) return { mode: 'not-days', days };
  }
  if (re.pause.test(t) || isPhrase(t, r.pauseAlone)) return { mode: 'pause' };
  if (hasPhrase(t, r.snoozeNextWeek)) return { mode: 'snooze', when: 'next-week' };
  if (hasPhrase(t, r.snoozeTomorrow) || isPhrase(t, r.snoozeAlone)) return { mode: 'snooze', when: 'tomorrow' };
  if (re.nights.test(t) || isPhrase(t, r.nightsAlone)) return { mode: 'nights' };
  if (hasPhrase(t, r.configure) || isPhrase(t, r.configureAlone)) return { mode: 'configure' };
  return undefined;
}

/** Router rule: working hours, pausing and snoozing, before question understanding reads "check-ins" as a check-in. */
export const workingHoursRule: RouteRule = (text, ctx) => {
  const cmd = workingHoursCommand(ctx.services.content, text);
  return cmd ? { dialog: 'working-hours', args: { ...cmd } } : undefined;
};
