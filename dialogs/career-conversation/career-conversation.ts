/**
 * The career conversation: a guided, coaching-style conversation the person
 * owns, in the NHS style (NHS Professionals' "Who am I? What are my options?
 * What do I need? Taking action", and NHS England's Scope for Growth growth
 * categories: depth, breadth, stretch). Wellbeing comes before planning, and
 * nothing is shared with a manager without an explicit yes.
 *
 * Everything said so far lives in the dialog's data, which the runtime saves
 * after every turn, so the conversation carries on days later, even after a
 * restart, at the same question. On finishing, the answers become a stored
 * CareerPlan, and each dated action gets a reminder row.
 *
 * What it says, and the words it understands beyond the shared short answers,
 * are in content/wording/career-conversation.yaml (wording.ts). The steps are
 * in one file per part: steps-who.ts, steps-options.ts, steps-needs.ts,
 * steps-action.ts, steps-summary.ts and sharing.ts; answers.ts reads what
 * people type, and saving.ts turns the answers into a plan.
 */
import { message } from '../../src/core/messages.js';
import { answerButton, type Dialog, type Step, type StepContext } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import { globalCommand, isAnswer } from '../../src/core/words.js';
import { localDate } from '../../src/time/zone.js';
import { shortDate } from '../../src/time/format.js';
import { clean } from './answers.js';
import { CAREER_CONVERSATION, data, init, words } from './data.js';
import { sharingSteps } from './sharing.js';
import { actionSteps } from './steps-action.js';
import { needsSteps } from './steps-needs.js';
import { optionsSteps } from './steps-options.js';
import { summarySteps } from './steps-summary.js';
import { whoSteps } from './steps-who.js';
import { ccWords, type CareerConversationWords } from './wording.js';

const ID = CAREER_CONVERSATION;

type Part = keyof CareerConversationWords['resume']['asFarAs'];

/** Which part of the conversation a step belongs to, for "you got as far as …". */
function partOf(step: string): Part | undefined {
  switch (step) {
    case 'strengths':
    case 'enjoy':
      return 'who';
    case 'aspirations':
    case 'growth':
      return 'where';
    case 'options-role':
    case 'options':
      return 'options';
    case 'needs':
      return 'needs';
    case 'wellbeing':
      return 'wellbeing';
    case 'summary':
    case 'finish':
      return 'summary';
    default:
      if (step.startsWith('share-')) return 'sharing';
      if (/^(action|date|more)-\d+$/.test(step)) return 'actions';
      return undefined;
  }
}

function intro(ctx: StepContext) {
  return message(words(ctx).intro.map((text) => ({ type: 'paragraph' as const, text })));
}

function isRestart(ctx: StepContext): boolean {
  if (ctx.msg.action?.id === 'restart') return true;
  return !!ctx.msg.text && globalCommand(ctx.services.content, ctx.msg.text) === 'restart';
}

/** Offers back a conversation under way, or starts a new one. */
function resumeStep(w: CareerConversationWords, steps: Record<string, Step>): Step {
  const choices = (ctx: StepContext, primary?: 'primary') => {
    const w = words(ctx).resume;
    return [answerButton(ctx, w.carryOn, 'resume', primary), answerButton(ctx, w.startNew, 'new')];
  };
  return {
    examples: [...w.resume.examples],
    prompt(ctx) {
      const w = words(ctx).resume;
      const d = data(ctx);
      const saved = d.resumeFrom;
      if (!saved && d.resumedAt) {
        // Reached with "back": the runtime's history starts where the conversation was picked up.
        return message([
          { type: 'paragraph', text: w.cannotGoBack },
          { type: 'choices', choices: [answerButton(ctx, w.carryOn, 'resume', 'primary')] },
        ]);
      }
      const startedAt = typeof saved?.data['startedAt'] === 'string' ? saved.data['startedAt'] : undefined;
      const part = saved ? partOf(saved.step) : undefined;
      const text =
        startedAt && part ? w.started({ date: shortDate(localDate(new Date(startedAt), ctx.services.timeZone)), part: w.asFarAs[part] }) : w.startedNoDetail;
      return message([
        { type: 'paragraph', text },
        { type: 'choices', choices: choices(ctx, 'primary') },
      ]);
    },
    answer(ctx, input) {
      const content = ctx.services.content;
      const w = words(ctx).resume;
      const t = clean(input);
      const d = data(ctx);
      const saved = d.resumeFrom;
      if (!t) return { retry: true };
      if (t === 'resume' || isAnswer(content, t, ['yes'], w.carryOnWords)) {
        if (!saved && d.resumedAt && steps[d.resumedAt]) return { next: d.resumedAt };
        const suggested = d.suggested;
        for (const k of Object.keys(ctx.data)) delete ctx.data[k];
        if (!saved || !steps[saved.step]) {
          init(ctx, suggested);
          return { next: 'strengths' };
        }
        Object.assign(ctx.data, structuredClone(saved.data));
        delete data(ctx).resumeFrom;
        data(ctx).resumedAt = saved.step;
        if (suggested) data(ctx).suggested = suggested;
        return { next: saved.step };
      }
      if (t === 'new' || isAnswer(content, t, ['no'], w.startNewWords)) {
        init(ctx, d.suggested);
        ctx.say(intro(ctx));
        return { next: 'strengths' };
      }
      return { retry: true, hint: w.hint };
    },
    fallback: (ctx) => choices(ctx),
  };
}

/** A conversation under way in this chat (running or paused), to offer back instead of starting over. */
async function savedConversation(ctx: StepContext, steps: Record<string, Step>): Promise<{ step: string; data: Record<string, unknown> } | undefined> {
  const state = await ctx.services.store.dialogs.get(ctx.msg.userKey, ctx.msg.conversationKey);
  if (!state) return undefined;
  let found: { step: string; data: Record<string, unknown> } | undefined =
    state.dialog === ID ? { step: state.step, data: state.data } : state.paused?.findLast((p) => p.dialog === ID);
  if (found?.step === 'resume-or-new') {
    const inner = found.data['resumeFrom'] as { step: string; data: Record<string, unknown> } | undefined;
    found = inner;
  }
  if (!found || !steps[found.step] || typeof found.data['planId'] !== 'string') return undefined;
  return { step: found.step, data: found.data };
}

/** The dialog; its title and the steps' examples are read from `content` once, here. */
export function careerConversationDialog(content: Content): Dialog {
  const w = ccWords(content);
  const steps: Record<string, Step> = {
    ...whoSteps(w),
    ...optionsSteps(w),
    ...needsSteps(w),
    ...actionSteps(w),
    ...summarySteps(w),
    ...sharingSteps(w),
  };
  steps['resume-or-new'] = resumeStep(w, steps);
  return {
    id: ID,
    title: w.title,
    async begin(ctx, args) {
      const roleId = typeof args['roleId'] === 'string' && ctx.services.content.roles.has(args['roleId']) ? args['roleId'] : undefined;
      if (args['fresh'] !== '1' && !isRestart(ctx)) {
        const saved = await savedConversation(ctx, steps);
        if (saved) {
          for (const k of Object.keys(ctx.data)) delete ctx.data[k];
          data(ctx).resumeFrom = saved;
          if (roleId) data(ctx).suggested = roleId;
          return { next: 'resume-or-new' };
        }
      }
      init(ctx, roleId);
      ctx.say(intro(ctx));
      return { next: 'strengths' };
    },
    steps,
    help(ctx) {
      const w = words(ctx);
      return message([
        { type: 'heading', text: w.help.heading },
        ...w.help.paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
        { type: 'links', links: [{ label: w.help.link, url: w.scopeForGrowthUrl }] },
      ]);
    },
  };
}
