/**
 * Answering a check-in (induction or preceptorship).
 *
 * A check-in arrives as a card with five one-tap rating buttons
 * (src/scheduler/handlers/checkin.ts). A tap runs the `rate` action, any time
 * later: the rating is saved at once, then the check-in's other questions are
 * asked in order (free text or "skip"; a checklist; yes or no), then "Would you
 * like … to get in touch?". When the rating is low or the person asks for
 * support, they choose what is passed on: their words, or only that they would
 * like a chat. Only then is anyone told, and only the first of the programme's
 * `escalation.notify` (preceptor, then manager) that the enrolment has.
 *
 * Typing "check in" or "how am I doing" starts the same flow for the latest
 * check-in that was sent and not answered; with none, it explains check-ins.
 *
 * What is kept: the rating, the typed answers (in `text`, purged after the
 * retention period), checklist and yes/no answers (in `items`, yes/no as
 * `['yes']` or `['no']`), whether they asked for support and agreed to share
 * their words, and who was told. Nothing typed is logged.
 */
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import { answerButton, answerText, startButton, type Answer, type Dialog, type Services, type Step, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { CheckinQuestion } from '../../src/content/model.js';
import type { CheckinAnswer, Store } from '../../src/store/ports.js';
import { wellbeingBlocks } from '../../src/core/signposting.js';
import { checkinDate } from './plan.js';
import { localDate, zonedTime } from '../../src/time/zone.js';
import { shownCheckinDate } from './shown-date.js';
import {
  answerId,
  chatLink,
  contactsByCheckin,
  escalationTarget,
  loadCheckin,
  personLabel,
  programmeLine,
  ratingLabels,
  ratingText,
  wordsBlocks,
  type LoadedCheckin,
} from './reminders.js';
import { normalise, type RouteRule } from '../../src/core/router.js';
import { isSkip } from '../../src/knowledge/read-answers.js';
import { longDate } from '../../src/time/format.js';
import { workingHoursCommand } from './requests.js';
import { recordDisclosure } from '../../src/core/audit.js';
import { parseChecklist, parseRating, parseYesNo } from './answers.js';
import { checkinsWords, hasPhrase } from './wording.js';

export { parseChecklist, parseRating, parseYesNo } from './answers.js';

export interface CheckinDialogOptions {
  hasDialog: (id: string) => boolean;
  /** Local time of day check-ins are due (CHECKIN_TIME), to show each on the day it is really sent. */
  checkinTime?: string;
}

interface CheckinData {
  e?: string;
  c?: string;
  rating?: number;
  support?: boolean;
}

const MAX_TEXT = 2000;
const NONE = 'none';

const data = (ctx: StepContext) => ctx.data as CheckinData;
const words = (ctx: StepContext) => checkinsWords(ctx.services.content);

/** The latest check-in that was sent to this person and not answered. */
export async function findOpenCheckin(store: Store, userKey: string): Promise<{ e: string; c: string } | undefined> {
  let best: { e: string; c: string; at: number } | undefined;
  for (const enrolment of await store.enrolments.listForUser(userKey)) {
    if (enrolment.status !== 'active') continue;
    for (const [checkinId, rows] of await contactsByCheckin(store, enrolment.id)) {
      const sent = rows.filter((r) => r.state === 'sent');
      if (sent.length === 0) continue;
      if (await store.checkins.get(answerId(enrolment.id, checkinId))) continue;
      const at = Math.max(...sent.map((r) => Date.parse(r.dueAt)));
      if (!best || at > best.at) best = { e: enrolment.id, c: checkinId, at };
    }
  }
  return best ? { e: best.e, c: best.c } : undefined;
}

/** Router rule: a bare rating ("3") while a check-in is waiting answers it. */
export function checkinRatingRule(services: Pick<Services, 'store'>): RouteRule {
  return async (text, ctx) => {
    if (!/^\s*[1-5]\s*$/.test(text)) return undefined;
    const open = await findOpenCheckin(services.store, ctx.msg.userKey);
    return open ? { dialog: 'checkin', args: { e: open.e, c: open.c, rating: text.trim() } } : undefined;
  };
}

const owns = (l: LoadedCheckin, userKey: string) => l.enrolment.userKey === userKey || l.enrolment.subject === userKey;

function otherQuestions(l: LoadedCheckin): CheckinQuestion[] {
  return l.checkin.questions.filter((q) => q.kind !== 'rating');
}

const stepOf = (q: CheckinQuestion) => `q:${q.id}`;

/** The step after question `qid` (or the first one), then "support". */
function stepAfter(l: LoadedCheckin, qid?: string): string {
  const qs = otherQuestions(l);
  const i = qid === undefined ? 0 : qs.findIndex((q) => q.id === qid) + 1;
  const q = qs[i];
  return q ? stepOf(q) : 'support';
}

export function checkinDialog(services: Services, opts: CheckinDialogOptions): Dialog {
  const { store, timeZone } = services;
  // The title and examples are read once, here; everything else in each turn.
  const built = checkinsWords(services.content);

  const load = async (ctx: StepContext): Promise<LoadedCheckin | undefined> => {
    const l = await loadCheckin(ctx.services, data(ctx).e, data(ctx).c);
    return 'problem' in l || !owns(l, ctx.msg.userKey) ? undefined : l;
  };

  const gone = (ctx: StepContext): StepResult => {
    const w = words(ctx);
    ctx.say(message([{ type: 'paragraph', text: w.checkin.gone }, { type: 'choices', choices: [startButton(w.buttons.whatCanYouDo, 'help')] }]));
    return { end: true };
  };

  const currentAnswer = async (ctx: StepContext, l: LoadedCheckin): Promise<CheckinAnswer> => {
    const existing = await store.checkins.get(answerId(l.enrolment.id, l.checkin.id));
    if (existing) return structuredClone(existing);
    return {
      id: answerId(l.enrolment.id, l.checkin.id),
      userKey: ctx.msg.userKey,
      enrolmentId: l.enrolment.id,
      programmeId: l.programme.id,
      checkinId: l.checkin.id,
      text: {},
      items: {},
      supportRequested: false,
      shareWords: false,
      answeredAt: ctx.services.clock().toISOString(),
    };
  };

  const saveAnswer = async (ctx: StepContext, l: LoadedCheckin, change: (a: CheckinAnswer) => void): Promise<CheckinAnswer> => {
    const a = await currentAnswer(ctx, l);
    change(a);
    await store.checkins.put(a);
    return a;
  };

  /** Saves the rating at once, then goes on to the other questions. */
  const rate = async (ctx: StepContext, l: LoadedCheckin, rating: number): Promise<StepResult> => {
    for (const k of Object.keys(ctx.data)) delete ctx.data[k];
    Object.assign(ctx.data, { e: l.enrolment.id, c: l.checkin.id, rating } satisfies CheckinData);
    await saveAnswer(ctx, l, (a) => {
      a.rating = rating;
    });
    return { next: stepAfter(l), first: words(ctx).checkin.saved({ rating }) };
  };

  const targetName = async (ctx: StepContext, l: LoadedCheckin): Promise<string> => {
    const w = words(ctx).support;
    const target = escalationTarget(l.programme, l.enrolment);
    if (!target) return w.preceptorOrManager;
    if (target.role === 'preceptor') return w.preceptor;
    const profile = await ctx.profile();
    return profile?.managerName && (!profile.managerKey || profile.managerKey === target.key) ? profile.managerName : w.manager;
  };

  const isLow = (l: LoadedCheckin, rating: number | undefined) => rating !== undefined && rating <= l.programme.escalation.lowRatingAtOrBelow;

  const hasWords = (a: CheckinAnswer) => Object.values(a.text).some((v) => v.trim() !== '');

  /** The lines for a standard not yet met: each yes/no question with `ifNo` that was answered "No". */
  const unmetStandards = (l: LoadedCheckin, a: CheckinAnswer): string[] =>
    otherQuestions(l).flatMap((q) => (q.ifNo !== undefined && a.items[q.id]?.[0] === 'no' ? [q.ifNo] : []));

  /** A planned check-in's date, shown as the day it will really be sent (weekends, bank holidays, pauses). */
  const shown = async (ctx: StepContext, date: string): Promise<string> =>
    shownCheckinDate(zonedTime(date, opts.checkinTime ?? '10:00', timeZone), await ctx.profile(), timeZone, services.content.bankHolidays);

  const nextCheckinLine = async (ctx: StepContext, l: LoadedCheckin): Promise<string | undefined> => {
    const i = l.programme.checkins.findIndex((c) => c.id === l.checkin.id);
    const next = l.programme.checkins[i + 1];
    if (!next) return undefined;
    const date = await shown(ctx, checkinDate(l.enrolment.startDate, next.offset));
    if (date <= localDate(services.clock(), timeZone)) return undefined;
    return checkinsWords(services.content).finish.nextCheckin({ title: next.title, date: longDate(date) });
  };

  /** Tells the preceptor or manager, within this turn. Returns whether the message went. */
  const escalate = async (ctx: StepContext, l: LoadedCheckin, a: CheckinAnswer, targetKey: string): Promise<boolean> => {
    const { content } = ctx.services;
    const w = words(ctx).escalation;
    const name = ctx.msg.userName ?? (await personLabel(store, ctx.msg.userKey, l.enrolment)) ?? w.oneOfYourTeam;
    const blocks: Block[] = [
      { type: 'heading', text: w.heading },
      { type: 'paragraph', text: w.wouldLikeSupport({ name, title: l.checkin.title, rating: a.rating ?? w.unknownRating }) },
    ];
    const unmet = unmetStandards(l, a);
    if (unmet.length > 0) blocks.push({ type: 'paragraph', text: w.notYet }, { type: 'list', items: unmet });
    if (a.shareWords) blocks.push(...wordsBlocks(content, l.checkin, a));
    blocks.push({ type: 'paragraph', text: w.getInTouch });
    const link = chatLink(ctx.msg.userKey);
    if (link) blocks.push({ type: 'links', links: [{ label: w.openChat, url: link }] });
    blocks.push({ type: 'paragraph', text: w.onlyYou({ programme: programmeLine(content, l.programme) }), tone: 'muted' });
    const result = await ctx.services.messenger.send(targetKey, [message(blocks)], { via: ctx.msg.userKey });
    if (result.status !== 'sent') {
      ctx.services.log.warn({ programmeId: l.programme.id, checkinId: l.checkin.id, reason: result.reason }, 'A check-in concern could not be passed on');
      return false;
    }
    ctx.services.log.info({ programmeId: l.programme.id, checkinId: l.checkin.id }, 'A check-in concern was passed on');
    await recordDisclosure(ctx.services, 'escalation', ctx.msg.userKey, targetKey, { programme: l.programme.id, words: a.shareWords });
    return true;
  };

  const finishButtons = (ctx: StepContext): Block => {
    const w = words(ctx).buttons;
    const choices: Choice[] = [startButton(w.myWorkingHours, 'working-hours', { mode: 'configure' }), startButton(w.whatCanYouDo, 'help')];
    return { type: 'choices', choices };
  };

  /** Saves, tells the preceptor or manager when the person agreed, and thanks them. */
  const finish = async (ctx: StepContext, l: LoadedCheckin, share: 'words' | 'chat' | 'none'): Promise<StepResult> => {
    const d = data(ctx);
    const support = d.support === true;
    const a = await saveAnswer(ctx, l, (x) => {
      x.supportRequested = support;
      x.shareWords = share === 'words';
    });
    // A standard not met counts like a low rating: the person chooses whether anyone is told.
    const low = isLow(l, a.rating) || unmetStandards(l, a).length > 0;
    const w = words(ctx).finish;
    const blocks: Block[] = [];
    const target = escalationTarget(l.programme, l.enrolment);
    const name = await targetName(ctx, l);
    const wantsContact = (low || support) && share !== 'none';
    if (wantsContact && !target) {
      blocks.push({ type: 'paragraph', text: w.noTarget });
      blocks.push(...wellbeingBlocks(ctx.services.content));
    } else if (wantsContact && target && a.escalatedTo === target.key) {
      blocks.push({ type: 'paragraph', text: w.alreadyTold({ name }) });
    } else if (wantsContact && target) {
      const sent = await escalate(ctx, l, a, target.key);
      if (sent) {
        await saveAnswer(ctx, l, (x) => {
          x.escalatedTo = target.key;
        });
        blocks.push({ type: 'paragraph', text: share === 'words' ? w.toldWithWords({ name }) : w.toldWithoutWords({ name }) });
      } else {
        blocks.push({ type: 'paragraph', text: w.couldNotReach({ name }) });
        blocks.push(...wellbeingBlocks(ctx.services.content));
      }
    } else {
      blocks.push({ type: 'paragraph', text: w.saved });
      if (low && target) blocks.push({ type: 'paragraph', text: w.notTold({ name }), tone: 'muted' });
    }
    const next = await nextCheckinLine(ctx, l);
    if (next) blocks.push({ type: 'paragraph', text: next, tone: 'muted' });
    blocks.push(finishButtons(ctx));
    ctx.say(message(blocks));
    return { end: true };
  };

  /** After "support": ask what to pass on, or finish. */
  const afterSupport = async (ctx: StepContext, l: LoadedCheckin): Promise<StepResult> => {
    const d = data(ctx);
    const a = await currentAnswer(ctx, l);
    const low = isLow(l, a.rating ?? d.rating) || unmetStandards(l, a).length > 0;
    if (!low && !d.support) return finish(ctx, l, 'none');
    if (!escalationTarget(l.programme, l.enrolment)) return finish(ctx, l, 'chat');
    if (d.support && !hasWords(a)) return finish(ctx, l, 'chat');
    return { next: 'share' };
  };

  const shareChoices = async (ctx: StepContext, l: LoadedCheckin): Promise<Choice[]> => {
    const a = await currentAnswer(ctx, l);
    const w = words(ctx).support.buttons;
    const choices: Choice[] = [];
    if (hasWords(a)) choices.push(answerButton(ctx, w.passOnWords, 'words', 'primary'));
    choices.push(answerButton(ctx, w.askToGetInTouch, 'chat'));
    if (!data(ctx).support) choices.push(answerButton(ctx, w.keepToMyself, NONE));
    return choices;
  };

  // One step per question id in the content: "back" then works between questions.
  const questionSteps: Record<string, Step> = {};
  const kinds = new Map<string, CheckinQuestion['kind']>();
  for (const p of services.content.programmes.values()) {
    for (const c of p.checkins) for (const q of c.questions) if (q.kind !== 'rating' && !kinds.has(q.id)) kinds.set(q.id, q.kind);
  }

  const questionIn = (l: LoadedCheckin, stepId: string) => otherQuestions(l).find((q) => stepOf(q) === stepId);

  const questionPrompt = async (ctx: StepContext): Promise<OutboundMessage> => {
    const l = await load(ctx);
    const q = l ? questionIn(l, ctx.stepId) : undefined;
    const w = words(ctx);
    const skip = answerButton(ctx, w.buttons.skip, 'skip');
    if (!l || !q) return message([{ type: 'paragraph', text: w.checkin.question.carryOn }, { type: 'choices', choices: [skip] }]);
    switch (q.kind) {
      case 'yesno':
        return message([{ type: 'paragraph', text: q.text }, { type: 'choices', choices: [answerButton(ctx, w.buttons.yes, 'yes', 'primary'), answerButton(ctx, w.buttons.no, 'no'), skip] }]);
      case 'checklist':
        return message([
          { type: 'paragraph', text: q.text },
          {
            type: 'inputs',
            fields: [
              {
                id: 'items',
                label: q.text,
                kind: 'choice',
                multiple: true,
                optional: true,
                options: [...q.options.map((o) => ({ label: o.label, value: o.id })), { label: w.checkin.question.noneYet, value: NONE }],
              },
            ],
            submit: answerButton(ctx, w.checkin.question.send, 'form', 'primary'),
          },
          {
            type: 'paragraph',
            text: w.checkin.question.typeNumbers({ items: q.options.map((o, i) => w.checkin.question.numbered({ number: i + 1, label: o.label })).join('; ') }),
            tone: 'muted',
          },
        ]);
      default:
        return message([{ type: 'paragraph', text: q.text }, { type: 'paragraph', text: w.checkin.question.typeAnswer, tone: 'muted' }, { type: 'choices', choices: [skip] }]);
    }
  };

  const questionAnswer = async (ctx: StepContext, input: Answer): Promise<StepResult> => {
    const l = await load(ctx);
    if (!l) return gone(ctx);
    const q = questionIn(l, ctx.stepId);
    if (!q) return { next: stepAfter(l) };
    const raw = (answerText(input) ?? '').trim();
    const formItems = input.action?.value['items'];
    if (!(q.kind === 'checklist' && formItems !== undefined)) {
      if (!raw) return { retry: true };
      if (isSkip(ctx.services.content, raw)) return { next: stepAfter(l, q.id) };
      // "pause check-ins", "remind me tomorrow" typed here are requests, not answers.
      if (!input.action && workingHoursCommand(ctx.services.content, raw)) return { unrelated: true };
    }
    const hints = words(ctx).checkin.hints;
    switch (q.kind) {
      case 'yesno': {
        const yes = parseYesNo(ctx.services.content, raw);
        if (yes === undefined) return { retry: true, hint: hints.yesNoOrSkip };
        await saveAnswer(ctx, l, (a) => {
          a.items[q.id] = [yes ? 'yes' : 'no'];
        });
        break;
      }
      case 'checklist': {
        const picked =
          formItems !== undefined
            ? formItems
                .split(',')
                .map((s) => s.trim())
                .filter((s) => s !== '' && s !== NONE && q.options.some((o) => o.id === s))
            : raw === NONE
              ? []
              : parseChecklist(ctx.services.content, q, raw);
        if (picked === undefined) return { retry: true, hint: hints.checklist };
        await saveAnswer(ctx, l, (a) => {
          a.items[q.id] = picked;
        });
        break;
      }
      default:
        await saveAnswer(ctx, l, (a) => {
          a.text[q.id] = raw.slice(0, MAX_TEXT);
        });
    }
    return { next: stepAfter(l, q.id) };
  };

  for (const [id, kind] of kinds) {
    const examples = kind === 'yesno' ? built.checkin.examples.yesno : kind === 'checklist' ? built.checkin.examples.checklist : built.checkin.examples.text;
    questionSteps[`q:${id}`] = {
      examples: [...examples],
      prompt: questionPrompt,
      answer: questionAnswer,
      fallback: (ctx) => {
        const w = words(ctx);
        const skip = answerButton(ctx, w.buttons.skip, 'skip');
        return kind === 'yesno'
          ? [answerButton(ctx, w.buttons.yes, 'yes'), answerButton(ctx, w.buttons.no, 'no'), skip]
          : kind === 'checklist'
            ? [answerButton(ctx, w.checkin.question.noneYet, NONE), skip]
            : [skip];
      },
    };
  }

  const ratingChoices = (ctx: StepContext): Choice[] => ratingLabels(ctx.services.content).map((label, i) => answerButton(ctx, label, String(i + 1)));
  const yesNo = (ctx: StepContext): Choice[] => {
    const w = words(ctx).support.buttons;
    return [answerButton(ctx, w.yesPlease, 'yes', 'primary'), answerButton(ctx, w.noThankYou, 'no')];
  };

  const explain = async (ctx: StepContext): Promise<StepResult> => {
    const w = words(ctx);
    const blocks: Block[] = [
      { type: 'heading', text: w.explain.heading },
      { type: 'paragraph', text: w.explain.about },
    ];
    const enrolments = (await store.enrolments.listForUser(ctx.msg.userKey)).filter((e) => e.status === 'active');
    const today = localDate(services.clock(), timeZone);
    const upcoming = enrolments
      .flatMap((e) => {
        const p = services.content.programmes.get(e.programmeId);
        return p ? p.checkins.map((c) => ({ title: c.title, date: checkinDate(e.startDate, c.offset) })) : [];
      })
      .filter((x) => x.date > today)
      .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    const choices: Choice[] = [];
    if (enrolments.length > 0) {
      blocks.push({ type: 'paragraph', text: upcoming ? w.explain.nextOne({ title: upcoming.title, date: longDate(await shown(ctx, upcoming.date)) }) : w.explain.noneToCome });
    } else {
      const titles = [...services.content.programmes.values()].map((p) => p.title);
      blocks.push({ type: 'paragraph', text: w.explain.notSignedUp({ programmes: titles.join('; ') }), tone: 'muted' });
      if (opts.hasDialog('enrol')) choices.push(startButton(w.buttons.signMeUp, 'enrol', { for: 'me' }));
    }
    choices.push(startButton(w.buttons.myWorkingHours, 'working-hours', { mode: 'configure' }), startButton(w.buttons.whatCanYouDo, 'help'));
    blocks.push({ type: 'choices', choices });
    ctx.say(message(blocks));
    return { end: true };
  };

  return {
    id: 'checkin',
    title: built.checkin.title,
    async begin(ctx, args) {
      let e = typeof args['e'] === 'string' ? args['e'] : undefined;
      let c = typeof args['c'] === 'string' ? args['c'] : undefined;
      if (!e || !c) {
        const open = await findOpenCheckin(store, ctx.msg.userKey);
        e = open?.e;
        c = open?.c;
      }
      if (!e || !c) return explain(ctx);
      const loaded = await loadCheckin(ctx.services, e, c);
      if ('problem' in loaded || !owns(loaded, ctx.msg.userKey)) return explain(ctx);
      data(ctx).e = e;
      data(ctx).c = c;
      const rating = parseRating(ctx.services.content, typeof args['rating'] === 'string' ? args['rating'] : '');
      if (rating) return rate(ctx, loaded, rating);
      return { next: 'rating' };
    },
    actions: {
      async rate(ctx, value) {
        const loaded = await loadCheckin(ctx.services, value['e'], value['c']);
        if ('problem' in loaded) return gone(ctx);
        if (!owns(loaded, ctx.msg.userKey)) {
          const w = words(ctx);
          ctx.say(message([{ type: 'paragraph', text: w.checkin.someoneElses }, { type: 'choices', choices: [startButton(w.buttons.whatCanYouDo, 'help')] }]));
          return { end: true };
        }
        const rating = Number(value['r']);
        if (!Number.isInteger(rating) || rating < 1 || rating > 5) return { end: true };
        return rate(ctx, loaded, rating);
      },
    },
    steps: {
      rating: {
        examples: [...built.checkin.examples.rating],
        async prompt(ctx) {
          const l = await load(ctx);
          const w = words(ctx);
          if (!l) return message([{ type: 'paragraph', text: w.checkin.goneTypeCancel }]);
          return message([
            { type: 'heading', text: w.card.heading({ title: l.checkin.title }) },
            { type: 'paragraph', text: programmeLine(ctx.services.content, l.programme), tone: 'muted' },
            { type: 'paragraph', text: l.checkin.intro },
            { type: 'paragraph', text: ratingText(ctx.services.content, l.checkin) },
            { type: 'choices', choices: ratingChoices(ctx) },
          ]);
        },
        async answer(ctx, input) {
          const l = await load(ctx);
          if (!l) return gone(ctx);
          const text = answerText(input) ?? '';
          const rating = parseRating(ctx.services.content, text);
          if (rating) return rate(ctx, l, rating);
          if (!input.action && workingHoursCommand(ctx.services.content, text)) return { unrelated: true };
          return { retry: true, hint: words(ctx).checkin.hints.rating };
        },
        fallback: ratingChoices,
      },
      ...questionSteps,
      support: {
        examples: [...built.checkin.examples.support],
        async prompt(ctx) {
          const l = await load(ctx);
          const w = words(ctx).support;
          const name = l ? await targetName(ctx, l) : w.preceptorOrManager;
          return message([
            { type: 'paragraph', text: w.question({ name }) },
            { type: 'paragraph', text: w.nobodyTold, tone: 'muted' },
            { type: 'choices', choices: yesNo(ctx) },
          ]);
        },
        async answer(ctx, input) {
          const l = await load(ctx);
          if (!l) return gone(ctx);
          const text = answerText(input) ?? '';
          const yes = parseYesNo(ctx.services.content, text);
          if (yes === undefined) {
            if (!input.action && workingHoursCommand(ctx.services.content, text)) return { unrelated: true };
            return { retry: true, hint: words(ctx).checkin.hints.yesNo };
          }
          data(ctx).support = yes;
          return afterSupport(ctx, l);
        },
        fallback: yesNo,
      },
      share: {
        examples: [...built.checkin.examples.share],
        async prompt(ctx) {
          const l = await load(ctx);
          const w = words(ctx);
          if (!l) return message([{ type: 'paragraph', text: w.checkin.goneTypeCancel }]);
          const name = await targetName(ctx, l);
          const a = await currentAnswer(ctx, l);
          const unmet = unmetStandards(l, a);
          const lead = data(ctx).support
            ? w.support.leadSupport({ name })
            : isLow(l, a.rating ?? data(ctx).rating)
              ? w.support.leadLow({ name })
              : w.support.leadStandards({ name });
          const question = hasWords(a) ? w.support.askWords : w.support.askChat({ name });
          const blocks: Block[] = [{ type: 'paragraph', text: `${lead} ${question}` }];
          // Exactly what would be passed on about the standards, before they choose.
          if (unmet.length > 0) blocks.push({ type: 'paragraph', text: w.support.alsoStandards({ name }) }, { type: 'list', items: unmet });
          blocks.push({ type: 'choices', choices: await shareChoices(ctx, l) });
          return message(blocks);
        },
        async answer(ctx, input) {
          const l = await load(ctx);
          if (!l) return gone(ctx);
          const t = normalise(answerText(input) ?? '');
          const a = await currentAnswer(ctx, l);
          const canKeep = !data(ctx).support;
          const w = words(ctx).support;
          const negative = hasPhrase(t, w.refuse) || w.refuseFirst.some((r) => t === normalise(r) || t.startsWith(`${normalise(r)} `));
          const aboutWords = hasPhrase(t, w.aboutWords);
          const chat = hasPhrase(t, w.chat);
          let share: 'words' | 'chat' | 'none' | undefined;
          if (t === 'words') share = hasWords(a) ? 'words' : 'chat';
          else if (t === 'chat') share = 'chat';
          else if (t === NONE) share = canKeep ? 'none' : undefined;
          // "not my words, just a chat": a chat. "No" or "keep it to myself": nobody, when that was offered.
          else if (negative && aboutWords && chat) share = 'chat';
          else if (negative) share = canKeep ? 'none' : undefined;
          else if (aboutWords || hasPhrase(t, w.passOn)) share = hasWords(a) ? 'words' : 'chat';
          else if (chat) share = 'chat';
          if (!share) return { retry: true, hint: words(ctx).checkin.hints.pickAButton };
          return finish(ctx, l, share);
        },
        fallback: async (ctx) => {
          const l = await load(ctx);
          return l ? shareChoices(ctx, l) : [];
        },
      },
    },
    help: (ctx) => message([{ type: 'paragraph', text: words(ctx).checkin.help }]),
  };
}
