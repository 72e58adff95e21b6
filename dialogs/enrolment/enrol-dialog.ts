/**
 * Enrolling someone on induction or preceptorship check-ins from the chat.
 *
 * - A manager enrols a report: "enrol @Sam on new-to-care starting 3 March".
 * - A new starter enrols themselves: "enrol me on the new starter induction
 *   starting today", or "I'm a new starter".
 *
 * Whatever the first message leaves out is asked step by step (who, programme,
 * start date; for self-enrolment the line manager and, for preceptorship, the
 * preceptor). A summary card with the check-in dates is confirmed before
 * anything is saved: only "Confirm" writes (summary.ts).
 *
 * The words are in content/wording/enrolment.yaml.
 */
import { message, type Choice } from '../../src/core/messages.js';
import { answerButton, answerText, startButton, type Answer, type Dialog, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import { startDateProblem, type ScheduleSettings } from './enrol.js';
import { isIsoDate } from '../../src/time/zone.js';
import { normalise } from '../../src/core/router.js';
import { longDate } from '../../src/time/format.js';
import { nextWeekday, parseDate } from '../../src/time/parse.js';
import { afterSelfStart, asPreceptor, isMe, isSkip, matchProgrammes, mentionsSelf, named } from './understand.js';
import { d, forWhom, nextStep, programmeLabel, roleOf, setSelf, today, words } from './state.js';
import { afterConfirm, confirmButtons, confirmCard } from './summary.js';
import { enrolmentWords, form, hasPhrase, startsWithPhrase } from './wording.js';
import { isAnswer } from '../../src/core/words.js';

export { isEnrolRequest, matchProgrammes } from './understand.js';
export { checkinDates } from './state.js';

export interface EnrolDialogOptions extends ScheduleSettings {
  /** The content the title and examples are read from, once. */
  content: Content;
}

export function enrolDialog(opts: EnrolDialogOptions): Dialog {
  const settings: ScheduleSettings = { timeZone: opts.timeZone, checkinTime: opts.checkinTime };
  const built = enrolmentWords(opts.content);
  const content = (ctx: StepContext) => ctx.services.content;

  const programmeChoices = async (ctx: StepContext): Promise<Choice[]> => {
    const data = d(ctx);
    const w = words(ctx);
    const all = [...content(ctx).programmes.values()];
    let list = data.candidates?.length ? all.filter((p) => data.candidates!.includes(p.id)) : all;
    if (list.length === 0) list = all;
    // Programmes for the person's role first.
    const role = await roleOf(ctx, data.subjectKey);
    if (role) list = [...list.filter((p) => p.roles.includes(role)), ...list.filter((p) => !p.roles.includes(role))];
    return list.map((p) => answerButton(ctx, programmeLabel(w, p), p.id));
  };

  const dateChoices = (ctx: StepContext): Choice[] => {
    const w = words(ctx).date;
    const t = today(ctx, settings);
    const monday = nextWeekday(t, 1);
    return [answerButton(ctx, w.today, t), answerButton(ctx, w.nextMonday({ date: longDate(monday) }), monday)];
  };

  const skipButton = (ctx: StepContext) => answerButton(ctx, words(ctx).buttons.skip, 'skip');

  /** Reads a person from an answer: a mention, an email, or "me" when allowed. */
  const supporterAnswer = (ctx: StepContext, input: Answer, field: 'manager' | 'preceptor'): StepResult => {
    const data = d(ctx);
    const raw = answerText(input)?.trim() ?? '';
    if (field === 'manager') data.askedManager = true;
    else data.askedPreceptor = true;
    const keyField = field === 'manager' ? 'managerKey' : 'preceptorKey';
    const nameField = field === 'manager' ? 'managerName' : 'preceptorName';
    if (raw === 'profile' && field === 'manager') return nextStep(data, content(ctx));
    if (raw === 'skip' || isSkip(content(ctx), raw)) {
      delete data[keyField];
      delete data[nameField];
      return nextStep(data, content(ctx));
    }
    const who = named(ctx, raw);
    if (!who) {
      if (field === 'manager') data.askedManager = false;
      else data.askedPreceptor = false;
      const w = words(ctx);
      return { retry: true, hint: field === 'manager' ? w.manager.notWho : w.preceptor.notWho };
    }
    data[keyField] = who.key;
    data[nameField] = who.name;
    return nextStep(data, content(ctx));
  };

  const changeChoices = (ctx: StepContext): Choice[] => {
    const w = words(ctx).change.buttons;
    return [answerButton(ctx, w.programme, 'programme'), answerButton(ctx, w.firstDay, 'date'), answerButton(ctx, w.who, 'who')];
  };

  return {
    id: 'enrol',
    title: built.title,
    async begin(ctx, args) {
      const data = d(ctx);
      const text = typeof args['text'] === 'string' ? args['text'] : '';
      const t = normalise(text);
      const mentions = (ctx.msg.mentions ?? []).filter((m) => m.userKey !== ctx.msg.userKey);
      const w = words(ctx);
      // Someone who said they are new in post: the programmes their words and role point to.
      const offer = typeof args['offer'] === 'string' ? args['offer'].split(',').filter((id) => content(ctx).programmes.has(id)) : [];
      if (offer.length > 0) {
        data.candidates = offer;
        data.offered = true;
      }
      // The check-ins' "Sign me up" button says who it is for.
      if (offer.length > 0 || args['for'] === 'me' || (text && mentionsSelf(content(ctx), text))) {
        setSelf(ctx);
        // "enrol me … my manager is @Jo"
        if (mentions.length > 0 && hasPhrase(form(t), w.read.manager)) {
          data.managerKey = mentions[0]!.userKey;
          data.managerName = mentions[0]!.name || w.people.yourManager;
          data.askedManager = true;
        }
        const p = mentions.find((m) => m.userKey !== data.managerKey);
        if (p && hasPhrase(form(t), w.read.preceptor)) {
          data.preceptorKey = p.userKey;
          data.preceptorName = p.name || w.people.yourPreceptor;
          data.askedPreceptor = true;
        }
      } else if (mentions.length > 0) {
        data.mode = 'other';
        data.subjectKey = mentions[0]!.userKey;
        data.subjectName = mentions[0]!.name || w.people.them;
      }
      if (data.mode === 'other') {
        data.as = asPreceptor(content(ctx), text) ? 'preceptor' : 'manager';
        if (data.as === 'preceptor') data.preceptorKey = ctx.msg.userKey;
        else data.managerKey = ctx.msg.userKey;
      }
      if (text) {
        const date = parseDate(text, today(ctx, settings), 'start');
        let rest = afterSelfStart(content(ctx), text) ?? t;
        if (date) rest = rest.replace(normalise(date.matched), ' ');
        const found = data.offered ? [] : matchProgrammes(rest, ctx.services.content, await roleOf(ctx, data.subjectKey));
        if (found.length === 1) data.programmeId = found[0]!.id;
        else if (found.length > 1) data.candidates = found.map((p) => p.id);
        if (date && !startDateProblem(content(ctx), date.date, ctx.services.clock(), settings.timeZone)) data.startDate = date.date;
      }
      if (args['programmeId'] && typeof args['programmeId'] === 'string' && ctx.services.content.programmes.has(args['programmeId'])) {
        data.programmeId = args['programmeId'];
      }
      return nextStep(data, ctx.services.content);
    },
    help: (ctx) => message([{ type: 'paragraph', text: words(ctx).help }]),
    steps: {
      who: {
        examples: [...built.who.examples],
        prompt: (ctx) =>
          message([
            { type: 'paragraph', text: words(ctx).who.question },
            { type: 'choices', choices: [answerButton(ctx, words(ctx).buttons.forMe, 'me')] },
          ]),
        async answer(ctx, input) {
          const data = d(ctx);
          const raw = answerText(input)?.trim() ?? '';
          const t = normalise(raw);
          if (raw === 'me' || isMe(content(ctx), raw)) {
            setSelf(ctx);
            delete data.managerKey;
            delete data.managerName;
            delete data.preceptorKey;
            delete data.preceptorName;
            return nextStep(data, content(ctx));
          }
          const who = named(ctx, raw);
          if (!who) {
            if (/\?$/.test(raw) || t.split(' ').length > 8) return { unrelated: true };
            return { retry: true, hint: words(ctx).who.notWho };
          }
          if (who.key === ctx.msg.userKey) {
            setSelf(ctx);
            return nextStep(data, content(ctx));
          }
          data.mode = 'other';
          data.subjectKey = who.key;
          data.subjectName = who.name;
          data.as = data.as ?? 'manager';
          if (data.as === 'preceptor') {
            data.preceptorKey = ctx.msg.userKey;
            delete data.managerKey;
          } else {
            data.managerKey = ctx.msg.userKey;
          }
          delete data.managerName;
          return nextStep(data, content(ctx));
        },
        fallback: (ctx) => [answerButton(ctx, words(ctx).buttons.forMe, 'me')],
      },

      programme: {
        examples: [...built.programme.examples],
        async prompt(ctx) {
          const data = d(ctx);
          const w = words(ctx);
          const kind = (data.candidates?.length ?? 0) > 1 ? content(ctx).programmes.get(data.candidates![0]!)?.kind : undefined;
          if (data.offered && data.candidates?.length) {
            return message([
              { type: 'paragraph', text: w.programme.offered },
              { type: 'choices', choices: [...(await programmeChoices(ctx)), answerButton(ctx, w.buttons.allProgrammes, 'all')] },
            ]);
          }
          return message([
            { type: 'paragraph', text: kind ? w.programme.several({ kind: w.programme.kinds[kind] }) : w.programme.question({ whom: forWhom(w, data) }) },
            { type: 'choices', choices: await programmeChoices(ctx) },
          ]);
        },
        async answer(ctx, input) {
          const data = d(ctx);
          const raw = answerText(input)?.trim() ?? '';
          if (data.offered && raw === 'all') {
            delete data.candidates;
            delete data.offered;
            return { stay: true };
          }
          const direct = content(ctx).programmes.get(raw);
          const found = direct ? [direct] : matchProgrammes(raw, content(ctx), await roleOf(ctx, data.subjectKey));
          if (found.length === 1) {
            data.programmeId = found[0]!.id;
            delete data.candidates;
            delete data.offered;
            return nextStep(data, content(ctx));
          }
          if (found.length > 1) {
            data.candidates = found.map((p) => p.id);
            return { stay: true };
          }
          if (/\?$/.test(raw)) return { unrelated: true };
          return { retry: true, hint: words(ctx).programme.notKnown };
        },
        fallback: (ctx) => programmeChoices(ctx),
      },

      date: {
        examples: [...built.date.examples],
        prompt(ctx) {
          const data = d(ctx);
          const w = words(ctx).date;
          return message([
            { type: 'paragraph', text: data.mode === 'self' ? w.questionSelf : data.subjectName ? w.questionNamed({ name: data.subjectName }) : w.questionThem },
            { type: 'choices', choices: dateChoices(ctx) },
          ]);
        },
        answer(ctx, input) {
          const data = d(ctx);
          const raw = answerText(input)?.trim() ?? '';
          const found = isIsoDate(raw) ? { date: raw, matched: raw } : parseDate(raw, today(ctx, settings), 'start');
          if (!found) return { retry: true, hint: words(ctx).date.notRead };
          const problem = startDateProblem(content(ctx), found.date, ctx.services.clock(), settings.timeZone);
          if (problem) return { retry: true, hint: words(ctx).date.outOfRange({ date: longDate(found.date), problem }) };
          data.startDate = found.date;
          return nextStep(data, content(ctx));
        },
        fallback: (ctx) => dateChoices(ctx),
      },

      manager: {
        examples: [...built.manager.examples],
        async prompt(ctx) {
          const profile = await ctx.profile();
          const w = words(ctx).manager;
          const choices: Choice[] = [];
          if (profile?.managerKey) choices.push(answerButton(ctx, profile.managerName ? w.fromProfile({ name: profile.managerName }) : w.inProfile, 'profile'));
          choices.push(skipButton(ctx));
          return message([{ type: 'paragraph', text: w.question }, { type: 'choices', choices }]);
        },
        async answer(ctx, input) {
          const raw = answerText(input)?.trim() ?? '';
          if (raw === 'profile') {
            const profile = await ctx.profile();
            if (profile?.managerKey) {
              d(ctx).managerKey = profile.managerKey;
              d(ctx).managerName = profile.managerName ?? words(ctx).people.yourLineManager;
            }
          }
          return supporterAnswer(ctx, input, 'manager');
        },
        fallback: (ctx) => [skipButton(ctx)],
      },

      preceptor: {
        examples: [...built.preceptor.examples],
        prompt: (ctx) => message([{ type: 'paragraph', text: words(ctx).preceptor.question }, { type: 'choices', choices: [skipButton(ctx)] }]),
        answer: (ctx, input) => supporterAnswer(ctx, input, 'preceptor'),
        fallback: (ctx) => [skipButton(ctx)],
      },

      confirm: {
        examples: [...built.confirm.examples],
        prompt: (ctx) => confirmCard(ctx, settings),
        async answer(ctx, input) {
          const raw = answerText(input)?.trim() ?? '';
          const w = words(ctx);
          const c = content(ctx);
          if (raw === 'confirm' || isAnswer(c, raw, ['yes'], w.read.confirm)) return afterConfirm(ctx, settings);
          if (raw === 'change' || startsWithPhrase(form(raw), w.read.change) !== undefined) return { next: 'change' };
          if (raw === 'cancel' || isAnswer(c, raw, ['no'], w.read.cancel)) {
            ctx.say(
              message([
                { type: 'paragraph', text: w.confirm.cancelled },
                { type: 'choices', choices: [startButton(w.buttons.startAgain, 'enrol'), startButton(w.buttons.whatElseCanYouDo, 'help')] },
              ]),
            );
            return { end: true };
          }
          return { retry: true, hint: w.confirm.hint };
        },
        fallback: (ctx) => confirmButtons(ctx),
      },

      change: {
        examples: [...built.change.examples],
        prompt(ctx) {
          const data = d(ctx);
          const w = words(ctx).change;
          const programme = content(ctx).programmes.get(data.programmeId ?? '');
          const choices = changeChoices(ctx);
          if (data.mode === 'self') {
            choices.push(answerButton(ctx, w.buttons.lineManager, 'manager'));
            if (programme?.kind === 'preceptorship') choices.push(answerButton(ctx, w.buttons.preceptor, 'preceptor'));
          }
          return message([{ type: 'paragraph', text: w.question }, { type: 'choices', choices }]);
        },
        answer(ctx, input) {
          const raw = answerText(input)?.trim() ?? '';
          const f = form(raw);
          const r = words(ctx).read;
          const self = d(ctx).mode === 'self';
          if (raw === 'programme' || hasPhrase(f, r.changeProgramme)) {
            delete d(ctx).candidates;
            return { next: 'programme' };
          }
          if (raw === 'date' || hasPhrase(f, r.changeDate)) return { next: 'date' };
          if (raw === 'who' || hasPhrase(f, r.changeWho)) return { next: 'who' };
          if ((raw === 'manager' || hasPhrase(f, r.manager)) && self) return { next: 'manager' };
          if ((raw === 'preceptor' || hasPhrase(f, r.preceptor)) && self) return { next: 'preceptor' };
          return { retry: true, hint: words(ctx).change.hint };
        },
        fallback: (ctx) => changeChoices(ctx),
      },
    },
  };
}
