/**
 * The stay conversation: someone says they are thinking of leaving ("I'm
 * thinking of leaving the NHS", "handing in my notice"), in any message or in
 * a check-in answer.
 *
 * The bot thanks them, says first that it tells nobody without a yes, asks
 * (optionally) what is behind it, and offers what fits: other roles inside the
 * NHS, flexible working, moving team, a career conversation, and people to talk
 * to in confidence (the Freedom to Speak Up guardian, occupational health, a
 * union rep, Samaritans). Then it asks whether their manager or preceptor should
 * be asked for a stay conversation; only a yes sends anything, and then only
 * the request, never what they said.
 *
 * What is kept: one audit line that a stay conversation happened and what was
 * offered, and one when a request was sent (and to whom, as a pseudonym). The
 * reason they chose lives only in the dialog's state while it runs.
 */
import { message, type Block, type Choice, type Link } from '../../src/core/messages.js';
import { answerButton, answerText, startButton, type Dialog, type StepContext, type StepResult, type TurnContext } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import { detectPhrase } from '../../src/content/signposting.js';
import { normalise } from '../../src/core/router.js';
import { isAnswer } from '../../src/core/words.js';
import { looksLikeQuestion } from '../../src/knowledge/read-answers.js';
import { recordAudit, recordView } from '../../src/core/audit.js';
import { chatLink, personLabel } from '../checkins/reminders.js';
import { REASONS, stayWords, type Reason, type StayWords } from './wording.js';

export const STAY = 'stay';
export const SPEAK_UP = 'speak-up';

/** Whether the text talks of leaving a job. */
export function talksOfLeaving(content: Content, text: string): boolean {
  return detectPhrase(text, stayWords(content).leavingPhrases) !== undefined;
}

/** Whether the text asks about Freedom to Speak Up. */
export function asksAboutSpeakingUp(content: Content, text: string): boolean {
  return detectPhrase(text, stayWords(content).speakUpPhrases) !== undefined;
}

type Who = 'manager' | 'preceptor';

/** The manager and preceptor the bot knows for this person (profile first, then active enrolments). */
export async function supporters(ctx: TurnContext): Promise<Partial<Record<Who, string>>> {
  const out: Partial<Record<Who, string>> = {};
  const profile = await ctx.profile();
  if (profile?.managerKey) out.manager = profile.managerKey;
  for (const e of await ctx.services.store.enrolments.listForUser(ctx.msg.userKey)) {
    if (e.status !== 'active' && e.status !== 'paused') continue;
    if (!out.manager && e.managerKey && e.managerKey !== ctx.msg.userKey) out.manager = e.managerKey;
    if (!out.preceptor && e.preceptorKey && e.preceptorKey !== ctx.msg.userKey) out.preceptor = e.preceptorKey;
  }
  return out;
}

/** "Who is my Freedom to Speak Up guardian?": what a guardian is, and the trust's own contact. */
export function speakUpBlocks(content: Content): Block[] {
  const w = stayWords(content).speakUp;
  const g = content.signposting.trust.freedomToSpeakUp;
  const blocks: Block[] = [
    { type: 'heading', text: w.heading },
    { type: 'paragraph', text: w.about },
  ];
  if (g) {
    const phone = g.phone && !g.detail.includes(g.phone) ? ` ${w.phone({ phone: g.phone })}` : '';
    blocks.push({ type: 'paragraph', text: w.yours({ name: g.name, detail: g.detail }) + phone });
  }
  blocks.push({ type: 'paragraph', text: w.localSetting, tone: 'muted' });
  const links: Link[] = [];
  if (g?.url) links.push({ label: g.name, url: g.url });
  links.push({ label: w.sourceLabel, url: w.source });
  blocks.push({ type: 'links', links });
  return blocks;
}

/** Who to talk to in confidence: the guardian, occupational health, a union rep, Samaritans. */
function confidentialItems(content: Content, w: StayWords): string[] {
  const { trust } = content.signposting;
  const items: string[] = [];
  if (trust.freedomToSpeakUp) items.push(w.confidential.contact({ name: trust.freedomToSpeakUp.name, detail: trust.freedomToSpeakUp.detail }));
  const wb = trust.wellbeingService;
  const phone = wb.phone && !wb.detail.includes(wb.phone) ? ` ${wb.phone}` : '';
  items.push(w.confidential.contact({ name: wb.name, detail: wb.detail }) + phone);
  items.push(w.confidential.union, w.confidential.samaritans);
  return items;
}

/** What was offered, for the audit line: ids only. */
const OFFERED = { roles: true, flexible: true, move: true, career: true, talk: true } as const;

function reasonOf(w: StayWords, value: string): Reason | undefined {
  if ((REASONS as readonly string[]).includes(value)) return value as Reason;
  const t = normalise(value);
  // A typed reason: its button's words, or a word from them ("shifts", "manager").
  for (const r of REASONS) {
    const words = normalise(w.reasons[r]).split(' ').filter((x) => x.length > 3 && x !== 'outside' && x !== 'rather');
    if (words.some((x) => t.split(' ').some((y) => y === x || y === `${x}s` || `${y}s` === x))) return r;
  }
  return undefined;
}

export function stayDialog(content: Content, opts: { hasDialog: (id: string) => boolean }): Dialog {
  const built = stayWords(content);
  const data = (ctx: StepContext) => ctx.data as { who?: Who[] };

  const offers = (ctx: StepContext, reason: Reason | undefined): Block[] => {
    const w = stayWords(ctx.services.content);
    const choices: Choice[] = [];
    if (opts.hasDialog('options')) choices.push(startButton(w.buttons.roles, 'options'));
    if (opts.hasDialog('career-conversation')) choices.push(startButton(w.buttons.career, 'career-conversation'));
    choices.push(startButton(w.buttons.speakUp, SPEAK_UP));
    return [
      { type: 'paragraph', text: w.because[reason ?? 'ratherNot'] },
      { type: 'heading', text: w.offersHeading },
      { type: 'list', items: [w.offers.roles, w.offers.flexible, w.offers.move, w.offers.career] },
      { type: 'paragraph', text: w.offers.talk },
      { type: 'list', items: confidentialItems(ctx.services.content, w) },
      {
        type: 'links',
        links: [
          { label: w.offers.flexibleSourceLabel, url: w.offers.flexibleSource },
          { label: w.confidential.samaritansLabel, url: w.confidential.samaritansUrl },
        ],
      },
      { type: 'choices', choices },
    ];
  };

  const ask = async (ctx: StepContext, who: Who, key: string): Promise<StepResult> => {
    const w = stayWords(ctx.services.content);
    const whoName = who === 'manager' ? ((await ctx.profile())?.managerKey === key && (await ctx.profile())?.managerName) || w.yourManager : w.yourPreceptor;
    const name = ctx.msg.userName ?? (await personLabel(ctx.services.store, ctx.msg.userKey)) ?? w.request.someone;
    const blocks: Block[] = [
      { type: 'heading', text: w.request.heading },
      { type: 'paragraph', text: w.request.body({ name }) },
    ];
    const link = chatLink(ctx.msg.userKey);
    if (link) blocks.push({ type: 'links', links: [{ label: w.request.openChat, url: link }] });
    blocks.push({ type: 'paragraph', text: w.request.onlyThis, tone: 'muted' });
    const result = await ctx.services.messenger.send(key, [message(blocks)], { via: ctx.msg.userKey });
    if (result.status !== 'sent') {
      ctx.services.log.warn({ reason: result.reason }, 'A stay conversation request could not be sent');
      ctx.say(w.notSent({ name: whoName }));
      return { end: true };
    }
    await recordAudit(ctx.services, 'stay-conversation', ctx.msg.userKey, ctx.msg.userKey, { asked: who });
    await recordView(ctx.services, key, ctx.msg.userKey, STAY, { asked: who });
    ctx.say(w.sent({ name: whoName }));
    return { end: true };
  };

  return {
    id: STAY,
    title: built.title,
    begin: () => ({ next: 'why' }),
    steps: {
      why: {
        prompt(ctx) {
          const w = stayWords(ctx.services.content);
          return message([
            { type: 'paragraph', text: w.acknowledge },
            { type: 'paragraph', text: w.promise },
            { type: 'paragraph', text: w.askWhy },
            { type: 'choices', choices: REASONS.map((r) => answerButton(ctx, w.reasons[r], r, r === 'ratherNot' ? 'default' : undefined)) },
          ]);
        },
        takes: { kind: 'text' },
        examples: REASONS.map((r) => built.reasons[r]),
        async answer(ctx, input) {
          const w = stayWords(ctx.services.content);
          const raw = (answerText(input) ?? '').trim();
          if (!raw) return { retry: true };
          const reason = reasonOf(w, raw);
          // A question typed here ("who is my FTSU guardian?") is not a reason: answer it instead.
          if (!reason && !input.action && (asksAboutSpeakingUp(ctx.services.content, raw) || looksLikeQuestion(ctx.services.content, raw))) return { unrelated: true };
          ctx.say(message(offers(ctx, reason)));
          await recordAudit(ctx.services, 'stay-conversation', ctx.msg.userKey, ctx.msg.userKey, { ...OFFERED });
          const known = await supporters(ctx);
          const who = (['manager', 'preceptor'] as const).filter((k) => known[k]);
          if (who.length === 0) {
            ctx.say(w.askTellNobody);
            return { end: true };
          }
          data(ctx).who = who;
          return { next: 'tell' };
        },
      },
      tell: {
        prompt(ctx) {
          const w = stayWords(ctx.services.content);
          const who = data(ctx).who ?? [];
          const choices: Choice[] = [];
          if (who.includes('manager')) choices.push(answerButton(ctx, w.buttons.askManager, 'manager'));
          if (who.includes('preceptor')) choices.push(answerButton(ctx, w.buttons.askPreceptor, 'preceptor'));
          choices.push(answerButton(ctx, w.buttons.no, 'no', 'primary'));
          return message([
            { type: 'paragraph', text: w.askTell },
            { type: 'paragraph', text: w.promise, tone: 'muted' },
            { type: 'choices', choices },
          ]);
        },
        async answer(ctx, input) {
          const w = stayWords(ctx.services.content);
          const raw = (answerText(input) ?? '').trim();
          const t = normalise(raw);
          const content = ctx.services.content;
          if (t === 'no' || isAnswer(content, raw, ['no', 'skip', 'none'])) {
            ctx.say(w.notTold);
            return { end: true };
          }
          const known = await supporters(ctx);
          const offered = data(ctx).who ?? [];
          let who: Who | undefined;
          if (t === 'manager' || (/\bmanager\b/.test(t) && !/\bno\b|\bnot\b|\bdon t\b/.test(t))) who = 'manager';
          else if (t === 'preceptor' || (/\bpreceptor\b/.test(t) && !/\bno\b|\bnot\b|\bdon t\b/.test(t))) who = 'preceptor';
          else if (isAnswer(content, raw, ['yes']) && offered.length === 1) who = offered[0];
          const key = who ? known[who] : undefined;
          if (!who || !key || !offered.includes(who)) {
            // "yes" with both a manager and a preceptor: ask which. Anything else typed is a new question.
            return input.action || isAnswer(content, raw, ['yes']) ? { retry: true } : { unrelated: true };
          }
          return ask(ctx, who, key);
        },
      },
    },
  };
}

export function speakUpDialog(content: Content): Dialog {
  return {
    id: SPEAK_UP,
    title: stayWords(content).speakUp.heading,
    begin(ctx) {
      ctx.say(message(speakUpBlocks(ctx.services.content)));
      return { end: true };
    },
    steps: {},
  };
}

/** In a check-in answer that talks of leaving: a short note with a button, after the check-in goes on. */
export async function checkinLeavingHint(ctx: TurnContext): Promise<void> {
  if (ctx.openStep?.dialog !== 'checkin') return;
  const text = ctx.msg.text ?? ctx.msg.action?.value['answer'];
  if (!text || !talksOfLeaving(ctx.services.content, text)) return;
  const w = stayWords(ctx.services.content);
  ctx.say(message([{ type: 'paragraph', text: w.checkinHint }, { type: 'choices', choices: [startButton(w.checkinButton, STAY)] }]));
}
