/**
 * The end of the career conversation: the summary of the saved plan, and what
 * to do with it (download it as text or Markdown, share it with a line
 * manager, or finish).
 */
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { answerButton, startButton, type Answer, type Step, type StepContext, type StepResult } from '../../src/core/dialog.js';
import { isAnswer } from '../../src/core/words.js';
import { understand } from '../../src/knowledge/understand.js';
import { fileMessage } from '../my-plan/plan.js';
import { planBlocks } from '../my-plan/summary.js';
import { asksForPlan } from '../my-plan/request.js';
import { clean, isNo, isSkip, looksUnrelated, mentionsInOrder } from './answers.js';
import { CAREER_CONVERSATION, data, words } from './data.js';
import { loadPlan } from './saving.js';
import { startSharing } from './sharing.js';
import type { CareerConversationWords } from './wording.js';

function closing(ctx: StepContext): StepResult {
  const w = words(ctx).summary;
  ctx.say(
    message([
      { type: 'paragraph', text: w.close },
      { type: 'choices', choices: [startButton(w.showPlan, 'my-plan'), startButton(w.whatElse, 'help')] },
    ]),
  );
  return { end: true };
}

async function planChoices(ctx: StepContext): Promise<Choice[]> {
  const all = words(ctx);
  const w = all.summary;
  const plan = await ctx.services.store.plans.get(data(ctx).planId);
  const profile = await ctx.profile();
  const choices = [answerButton(ctx, w.downloadText, 'txt'), answerButton(ctx, w.downloadMarkdown, 'md')];
  const shared = plan?.sharedWith && plan.sharedWith.managerKey === profile?.managerKey;
  if (!shared) choices.push(answerButton(ctx, w.share, 'share'));
  choices.push(answerButton(ctx, all.buttons.notNow, 'done'));
  return choices;
}

async function onPlanChoice(ctx: StepContext, input: Answer): Promise<StepResult> {
  const content = ctx.services.content;
  const w = words(ctx).summary;
  const t = clean(input);
  if (!t) return { retry: true };
  if (t === 'txt' || isAnswer(content, t, [], w.textWords)) {
    ctx.say(fileMessage(ctx.services, await loadPlan(ctx), 'txt'));
    return { next: 'finish' };
  }
  if (t === 'md' || isAnswer(content, t, [], w.markdownWords)) {
    ctx.say(fileMessage(ctx.services, await loadPlan(ctx), 'md'));
    return { next: 'finish' };
  }
  if (t === 'share' || isAnswer(content, t, [], w.shareWords) || mentionsInOrder(t, w.shareVerbs, w.managerWords)) return startSharing(ctx);
  if (t === 'done' || isNo(content, t) || isSkip(content, t)) return closing(ctx);
  // The plan is saved, so "my plan" can finish this conversation rather than pause it.
  if (asksForPlan(content, t)) return { start: 'my-plan' };
  if (looksUnrelated(ctx, t)) return { unrelated: true };
  const u = understand(t, content);
  // The conversation is finished: a new request is a new conversation, anything else goes to the router.
  if (u.intent === 'career_conversation') return { start: CAREER_CONVERSATION, args: { fresh: '1' } };
  if (u.intent !== 'unknown') return { unrelated: true };
  return { retry: true, hint: w.hint };
}

/** The summary, and "anything else?" after a download or a share. */
export function summarySteps(w: CareerConversationWords): Record<string, Step> {
  return {
    summary: {
      examples: [...w.summary.examples],
      async prompt(ctx) {
        const w = words(ctx).summary;
        const plan = await loadPlan(ctx);
        const blocks: Block[] = [{ type: 'heading', text: w.heading }, { type: 'paragraph', text: w.intro }, ...planBlocks(ctx.services.content, plan, 'self')];
        if (plan.actions.some((a) => a.due && !a.done)) blocks.push({ type: 'paragraph', text: w.reminders, tone: 'muted' });
        blocks.push({ type: 'paragraph', text: w.whatNext });
        blocks.push({ type: 'choices', choices: await planChoices(ctx) });
        return message(blocks);
      },
      answer: onPlanChoice,
      fallback: planChoices,
    },
    finish: {
      examples: [...w.summary.examples],
      async prompt(ctx) {
        return message([
          { type: 'paragraph', text: words(ctx).summary.finish },
          { type: 'choices', choices: await planChoices(ctx) },
        ]);
      },
      answer: onPlanChoice,
      fallback: planChoices,
    },
  };
}
