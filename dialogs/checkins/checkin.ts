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
import { localDate } from '../../src/time/zone.js';
import {
  RATING_LABELS,
  answerId,
  chatLink,
  contactsByCheckin,
  escalationTarget,
  loadCheckin,
  personLabel,
  programmeLine,
  ratingText,
  wordsBlocks,
  type LoadedCheckin,
} from './reminders.js';
import { normalise, type RouteRule } from '../../src/core/router.js';
import { isSkip } from '../../src/knowledge/read-answers.js';
import { longDate } from '../../src/time/format.js';
import { workingHoursCommand } from './working-hours.js';
import { recordDisclosure } from '../../src/core/audit.js';

export interface CheckinDialogOptions {
  hasDialog: (id: string) => boolean;
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

const WORD_RATINGS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, 'not at all': 1, very: 5, 'not at all confident': 1, 'very confident': 5 };

/** "3", "3/5", "3 out of 5", "three", "not at all" (1), "very" (5). */
export function parseRating(text: string): number | undefined {
  const t = normalise(text);
  const m = /^([1-5])(?: (?:out of|of) 5| 5)?(?: not at all| very)?$/.exec(t);
  if (m) return Number(m[1]);
  return Object.hasOwn(WORD_RATINGS, t) ? WORD_RATINGS[t] : undefined;
}

const YES = /^(y|yes|yeah|yep|yup|yes please|please|sure|ok|okay|i do|i have|done|definitely|absolutely)$/;
const NO = /^(n|no|nope|no thanks|no thank you|not yet|not really|i don't|i haven't|i have not|i do not|not now)$/;

export function parseYesNo(text: string): boolean | undefined {
  const t = normalise(text);
  return YES.test(t) ? true : NO.test(t) ? false : undefined;
}

const LABEL_STOP_WORDS = new Set(['and', 'the', 'done', 'started', 'are', 'with', 'for', 'have', 'been']);

/** Checklist items from typed text: numbers ("1, 3"), the words of the labels, "all", or "none". */
export function parseChecklist(question: CheckinQuestion, text: string): string[] | undefined {
  const t = normalise(text);
  if (/^(none|none yet|nothing|nothing yet|not yet|no|none of them|none so far)$/.test(t)) return [];
  if (/^(all|all of them|all done|everything)$/.test(t)) return question.options.map((o) => o.id);
  const chosen = new Set<string>();
  for (const n of t.match(/\b\d+\b/g) ?? []) {
    const option = question.options[Number(n) - 1];
    if (option) chosen.add(option.id);
  }
  const words = new Set(t.split(' '));
  for (const option of question.options) {
    // Enough of the label's own words: all of them for a short label, two for a long one.
    const key = normalise(option.label)
      .split(' ')
      .filter((w) => w.length >= 3 && !LABEL_STOP_WORDS.has(w));
    const found = key.filter((w) => words.has(w)).length;
    if (key.length > 0 && found >= Math.min(2, key.length)) chosen.add(option.id);
  }
  return chosen.size > 0 ? [...chosen] : undefined;
}

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

  const load = async (ctx: StepContext): Promise<LoadedCheckin | undefined> => {
    const l = await loadCheckin(ctx.services, data(ctx).e, data(ctx).c);
    return 'problem' in l || !owns(l, ctx.msg.userKey) ? undefined : l;
  };

  const gone = (ctx: StepContext): StepResult => {
    ctx.say(message([{ type: 'paragraph', text: 'That check-in is no longer running, so there is nothing to answer.' }, { type: 'choices', choices: [startButton('What can you do?', 'help')] }]));
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
    ctx.say(`Thank you: ${rating} out of 5 is saved. A few short questions now; type "skip" for any you would rather not answer.`);
    return { next: stepAfter(l) };
  };

  const targetName = async (ctx: StepContext, l: LoadedCheckin): Promise<string> => {
    const target = escalationTarget(l.programme, l.enrolment);
    if (!target) return 'your preceptor or manager';
    if (target.role === 'preceptor') return 'your preceptor';
    const profile = await ctx.profile();
    return profile?.managerName && (!profile.managerKey || profile.managerKey === target.key) ? profile.managerName : 'your manager';
  };

  const isLow = (l: LoadedCheckin, rating: number | undefined) => rating !== undefined && rating <= l.programme.escalation.lowRatingAtOrBelow;

  const hasWords = (a: CheckinAnswer) => Object.values(a.text).some((v) => v.trim() !== '');

  const nextCheckinLine = (l: LoadedCheckin): string | undefined => {
    const i = l.programme.checkins.findIndex((c) => c.id === l.checkin.id);
    const next = l.programme.checkins[i + 1];
    if (!next) return undefined;
    const date = checkinDate(l.enrolment.startDate, next.offset);
    if (date <= localDate(services.clock(), timeZone)) return undefined;
    return `Your next check-in, "${next.title}", is on ${longDate(date)}.`;
  };

  /** Tells the preceptor or manager, within this turn. Returns whether the message went. */
  const escalate = async (ctx: StepContext, l: LoadedCheckin, a: CheckinAnswer, targetKey: string): Promise<boolean> => {
    const name = ctx.msg.userName ?? (await personLabel(store, ctx.msg.userKey, l.enrolment)) ?? 'One of your team';
    const blocks: Block[] = [
      { type: 'heading', text: 'A check-in needs your attention' },
      { type: 'paragraph', text: `${name} would like some support after their "${l.checkin.title}" check-in (confidence ${a.rating ?? '?'} out of 5).` },
    ];
    if (a.shareWords) blocks.push(...wordsBlocks(l.checkin, a));
    blocks.push({ type: 'paragraph', text: 'Please get in touch with them soon for a chat.' });
    const link = chatLink(ctx.msg.userKey);
    if (link) blocks.push({ type: 'links', links: [{ label: 'Open a chat', url: link }] });
    blocks.push({ type: 'paragraph', text: `${programmeLine(l.programme)} You are the only person I have told.`, tone: 'muted' });
    const result = await ctx.services.messenger.send(targetKey, [message(blocks)], { via: ctx.msg.userKey });
    if (result.status !== 'sent') {
      ctx.services.log.warn({ programmeId: l.programme.id, checkinId: l.checkin.id, reason: result.reason }, 'A check-in concern could not be passed on');
      return false;
    }
    ctx.services.log.info({ programmeId: l.programme.id, checkinId: l.checkin.id }, 'A check-in concern was passed on');
    await recordDisclosure(ctx.services, 'escalation', ctx.msg.userKey, targetKey, { programme: l.programme.id, words: a.shareWords });
    return true;
  };

  const finishButtons = (): Block => {
    const choices: Choice[] = [startButton('My working hours', 'working-hours', { mode: 'configure' }), startButton('What can you do?', 'help')];
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
    const low = isLow(l, a.rating);
    const blocks: Block[] = [];
    const target = escalationTarget(l.programme, l.enrolment);
    const name = await targetName(ctx, l);
    const wantsContact = (low || support) && share !== 'none';
    if (wantsContact && !target) {
      blocks.push({
        type: 'paragraph',
        text: 'Thank you for telling me. I do not know who your preceptor or manager is, so I cannot pass this on myself. Please tell your manager, or someone you trust at work, that you would like some support.',
      });
      blocks.push(...wellbeingBlocks(ctx.services.content));
    } else if (wantsContact && target && a.escalatedTo === target.key) {
      blocks.push({ type: 'paragraph', text: `Thank you. Your answers are saved. I had already let ${name} know that you would like a chat.` });
    } else if (wantsContact && target) {
      const sent = await escalate(ctx, l, a, target.key);
      if (sent) {
        await saveAnswer(ctx, l, (x) => {
          x.escalatedTo = target.key;
        });
        const what = share === 'words' ? 'that you would like a chat, and what you wrote' : 'that you would like a chat, without your words';
        blocks.push({ type: 'paragraph', text: `Thank you. I have let ${name} know ${what}. Nobody else has been told.` });
      } else {
        blocks.push({
          type: 'paragraph',
          text: `Thank you. Your answers are saved, but I could not reach ${name} just now. Please contact them yourself if you can, or talk to someone you trust at work.`,
        });
        blocks.push(...wellbeingBlocks(ctx.services.content));
      }
    } else {
      blocks.push({ type: 'paragraph', text: 'Thank you. Your answers are saved.' });
      if (low && target) {
        blocks.push({
          type: 'paragraph',
          text: `I have not told ${name}. Their weekly summary will only say that this check-in may need attention. It will not include what you wrote.`,
          tone: 'muted',
        });
      }
    }
    const next = nextCheckinLine(l);
    if (next) blocks.push({ type: 'paragraph', text: next, tone: 'muted' });
    blocks.push(finishButtons());
    ctx.say(message(blocks));
    return { end: true };
  };

  /** After "support": ask what to pass on, or finish. */
  const afterSupport = async (ctx: StepContext, l: LoadedCheckin): Promise<StepResult> => {
    const d = data(ctx);
    const a = await currentAnswer(ctx, l);
    const low = isLow(l, a.rating ?? d.rating);
    if (!low && !d.support) return finish(ctx, l, 'none');
    if (!escalationTarget(l.programme, l.enrolment)) return finish(ctx, l, 'chat');
    if (d.support && !hasWords(a)) return finish(ctx, l, 'chat');
    return { next: 'share' };
  };

  const shareChoices = async (ctx: StepContext, l: LoadedCheckin): Promise<Choice[]> => {
    const a = await currentAnswer(ctx, l);
    const choices: Choice[] = [];
    if (hasWords(a)) choices.push(answerButton(ctx, 'Pass on my words', 'words', 'primary'));
    choices.push(answerButton(ctx, 'Just ask them to get in touch', 'chat'));
    if (!data(ctx).support) choices.push(answerButton(ctx, 'Keep this to myself', NONE));
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
    if (!l || !q) return message([{ type: 'paragraph', text: 'Type "skip" to carry on.' }, { type: 'choices', choices: [answerButton(ctx, 'Skip', 'skip')] }]);
    switch (q.kind) {
      case 'yesno':
        return message([{ type: 'paragraph', text: q.text }, { type: 'choices', choices: [answerButton(ctx, 'Yes', 'yes', 'primary'), answerButton(ctx, 'No', 'no'), answerButton(ctx, 'Skip', 'skip')] }]);
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
                options: [...q.options.map((o) => ({ label: o.label, value: o.id })), { label: 'None yet', value: NONE }],
              },
            ],
            submit: answerButton(ctx, 'Send', 'form', 'primary'),
          },
          { type: 'paragraph', text: `Or type the numbers: ${q.options.map((o, i) => `${i + 1} ${o.label}`).join('; ')}. Type "none yet" or "skip" if you like.`, tone: 'muted' },
        ]);
      default:
        return message([
          { type: 'paragraph', text: q.text },
          { type: 'paragraph', text: 'Type your answer, or "skip".', tone: 'muted' },
          { type: 'choices', choices: [answerButton(ctx, 'Skip', 'skip')] },
        ]);
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
      if (!input.action && workingHoursCommand(raw)) return { unrelated: true };
    }
    switch (q.kind) {
      case 'yesno': {
        const yes = parseYesNo(raw);
        if (yes === undefined) return { retry: true, hint: 'Please answer yes or no, or type "skip".' };
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
            : parseChecklist(q, raw);
        if (picked === undefined) return { retry: true, hint: 'I could not match that to the list.' };
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
    questionSteps[`q:${id}`] = {
      examples: kind === 'yesno' ? ['yes', 'no', 'skip'] : kind === 'checklist' ? ['1, 3', 'none yet', 'skip'] : ['skip'],
      prompt: questionPrompt,
      answer: questionAnswer,
      fallback: (ctx) =>
        kind === 'yesno'
          ? [answerButton(ctx, 'Yes', 'yes'), answerButton(ctx, 'No', 'no'), answerButton(ctx, 'Skip', 'skip')]
          : kind === 'checklist'
            ? [answerButton(ctx, 'None yet', 'none yet'), answerButton(ctx, 'Skip', 'skip')]
            : [answerButton(ctx, 'Skip', 'skip')],
    };
  }

  const ratingChoices = (ctx: StepContext): Choice[] => RATING_LABELS.map((label, i) => answerButton(ctx, label, String(i + 1)));
  const yesNo = (ctx: StepContext): Choice[] => [answerButton(ctx, 'Yes, please', 'yes', 'primary'), answerButton(ctx, 'No, thank you', 'no')];

  const explain = async (ctx: StepContext): Promise<StepResult> => {
    const blocks: Block[] = [
      { type: 'heading', text: 'Check-ins' },
      {
        type: 'paragraph',
        text: 'Check-ins are short messages in your first months in a new job (induction) or as a newly qualified practitioner (preceptorship). Each one asks how confident you feel, from 1 to 5, and a few short questions. If you would like support, I can let your preceptor or manager know, but only if you say so.',
      },
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
      blocks.push({ type: 'paragraph', text: upcoming ? `You have no check-in waiting. Your next one, "${upcoming.title}", is on ${longDate(upcoming.date)}.` : 'You have no check-in waiting, and none still to come.' });
    } else {
      const titles = [...services.content.programmes.values()].map((p) => p.title);
      blocks.push({ type: 'paragraph', text: `You are not signed up for check-ins yet. The programmes are: ${titles.join('; ')}.`, tone: 'muted' });
      if (opts.hasDialog('enrol')) choices.push(startButton('Sign me up for check-ins', 'enrol', { text: 'enrol me' }));
    }
    choices.push(startButton('My working hours', 'working-hours', { mode: 'configure' }), startButton('What can you do?', 'help'));
    blocks.push({ type: 'choices', choices });
    ctx.say(message(blocks));
    return { end: true };
  };

  return {
    id: 'checkin',
    title: 'your check-in',
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
      const rating = parseRating(typeof args['rating'] === 'string' ? args['rating'] : '');
      if (rating) return rate(ctx, loaded, rating);
      return { next: 'rating' };
    },
    actions: {
      async rate(ctx, value) {
        const loaded = await loadCheckin(ctx.services, value['e'], value['c']);
        if ('problem' in loaded) return gone(ctx);
        if (!owns(loaded, ctx.msg.userKey)) {
          ctx.say(message([{ type: 'paragraph', text: 'That check-in belongs to someone else, so I have not saved anything.' }, { type: 'choices', choices: [startButton('What can you do?', 'help')] }]));
          return { end: true };
        }
        const rating = Number(value['r']);
        if (!Number.isInteger(rating) || rating < 1 || rating > 5) return { end: true };
        return rate(ctx, loaded, rating);
      },
    },
    steps: {
      rating: {
        examples: ['1', '3', '5'],
        async prompt(ctx) {
          const l = await load(ctx);
          if (!l) return message([{ type: 'paragraph', text: 'That check-in is no longer running. Type "cancel" to stop.' }]);
          return message([
            { type: 'heading', text: `Check-in: ${l.checkin.title}` },
            { type: 'paragraph', text: programmeLine(l.programme), tone: 'muted' },
            { type: 'paragraph', text: l.checkin.intro },
            { type: 'paragraph', text: ratingText(l.checkin) },
            { type: 'choices', choices: ratingChoices(ctx) },
          ]);
        },
        async answer(ctx, input) {
          const l = await load(ctx);
          if (!l) return gone(ctx);
          const text = answerText(input) ?? '';
          const rating = parseRating(text);
          if (rating) return rate(ctx, l, rating);
          if (!input.action && workingHoursCommand(text)) return { unrelated: true };
          return { retry: true, hint: 'Please choose a number from 1 (not at all confident) to 5 (very confident).' };
        },
        fallback: ratingChoices,
      },
      ...questionSteps,
      support: {
        examples: ['yes', 'no'],
        async prompt(ctx) {
          const l = await load(ctx);
          const name = l ? await targetName(ctx, l) : 'your preceptor or manager';
          return message([
            { type: 'paragraph', text: `Would you like ${name} to get in touch?` },
            { type: 'paragraph', text: 'Nobody is told anything unless you say so.', tone: 'muted' },
            { type: 'choices', choices: yesNo(ctx) },
          ]);
        },
        async answer(ctx, input) {
          const l = await load(ctx);
          if (!l) return gone(ctx);
          const text = answerText(input) ?? '';
          const yes = parseYesNo(text);
          if (yes === undefined) {
            if (!input.action && workingHoursCommand(text)) return { unrelated: true };
            return { retry: true, hint: 'Please answer yes or no.' };
          }
          data(ctx).support = yes;
          return afterSupport(ctx, l);
        },
        fallback: yesNo,
      },
      share: {
        examples: ['pass on my words', 'just ask them to get in touch'],
        async prompt(ctx) {
          const l = await load(ctx);
          if (!l) return message([{ type: 'paragraph', text: 'That check-in is no longer running. Type "cancel" to stop.' }]);
          const name = await targetName(ctx, l);
          const a = await currentAnswer(ctx, l);
          const lead = data(ctx).support
            ? `I will let ${name} know you would like a chat.`
            : `Your confidence rating is low, so ${name} may be able to help.`;
          const question = hasWords(a) ? 'Can I pass on what you wrote, or just that you would like a chat?' : `Shall I ask ${name} to get in touch?`;
          return message([{ type: 'paragraph', text: `${lead} ${question}` }, { type: 'choices', choices: await shareChoices(ctx, l) }]);
        },
        async answer(ctx, input) {
          const l = await load(ctx);
          if (!l) return gone(ctx);
          const t = normalise(answerText(input) ?? '');
          const a = await currentAnswer(ctx, l);
          const canKeep = !data(ctx).support;
          const negative = /\b(don't|dont|do not|not|no one|nobody|keep|myself)\b|^no\b/.test(t);
          const aboutWords = /\b(words|wrote|what i)\b/.test(t);
          let share: 'words' | 'chat' | 'none' | undefined;
          if (t === 'words') share = hasWords(a) ? 'words' : 'chat';
          else if (t === 'chat') share = 'chat';
          else if (t === NONE) share = canKeep ? 'none' : undefined;
          // "not my words, just a chat": a chat. "No" or "keep it to myself": nobody, when that was offered.
          else if (negative && aboutWords && /\b(chat|touch|contact|ask)\b/.test(t)) share = 'chat';
          else if (negative) share = canKeep ? 'none' : undefined;
          else if (aboutWords || /\b(pass on|share|send)\b/.test(t)) share = hasWords(a) ? 'words' : 'chat';
          else if (/\b(chat|touch|contact|ask them)\b/.test(t)) share = 'chat';
          if (!share) return { retry: true, hint: 'Please choose one of the buttons.' };
          return finish(ctx, l, share);
        },
        fallback: async (ctx) => {
          const l = await load(ctx);
          return l ? shareChoices(ctx, l) : [];
        },
      },
    },
    help: () =>
      message([
        {
          type: 'paragraph',
          text: 'This is your check-in. Answer each question, or type "skip". Your answers go to nobody unless you say so at the end. Type "pause check-ins" for a break from them.',
        },
      ]),
  };
}
