/**
 * Part 5 of the career conversation: taking action. Up to MAX_ACTIONS actions,
 * each with an optional target date; after the last one, the plan is saved
 * and the summary shown.
 */
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { answerButton, type Step, type StepContext, type StepResult } from '../../src/core/dialog.js';
import { examplesLine, isAnswer } from '../../src/core/words.js';
import { findPathways } from '../../src/knowledge/pathways.js';
import { localDate } from '../../src/time/zone.js';
import { shortDate } from '../../src/time/format.js';
import { actionLine } from '../my-plan/summary.js';
import { clean, isNo, isSkip, looksUnrelated, readDue, signpostIfDistressed } from './answers.js';
import { KEEP, MAX_ACTIONS, MAX_TEXT, data, words, type ActionDraft } from './data.js';
import { toSummary } from './saving.js';
import type { CareerConversationWords } from './wording.js';

function today(ctx: StepContext): string {
  return localDate(ctx.services.clock(), ctx.services.timeZone);
}

/** One concrete next step from the pathway engine, for the first chosen option. */
async function firstStepIdea(ctx: StepContext): Promise<string | undefined> {
  const d = data(ctx);
  const target = d.options[0];
  if (!target) return undefined;
  const profile = await ctx.profile();
  const q: { to: string; from?: string; held: string[] } = { to: target, held: profile?.held ?? [] };
  if (profile?.roleId) q.from = profile.roleId;
  const found = findPathways(ctx.services.content, q);
  return found.kind === 'found' && found.best.nextAction ? found.best.nextAction.slice(0, 300) : undefined;
}

/** Quick dates; the values are read as typed dates. */
function dateChoices(ctx: StepContext): Choice[] {
  const w = words(ctx).date;
  return [
    answerButton(ctx, w.inTwoWeeks, 'in 2 weeks'),
    answerButton(ctx, w.inAMonth, 'in 1 month'),
    answerButton(ctx, w.inThreeMonths, 'in 3 months'),
    answerButton(ctx, w.noDate, 'skip'),
  ];
}

function moreChoices(ctx: StepContext, primary?: 'primary'): Choice[] {
  const w = words(ctx).more;
  return [answerButton(ctx, w.addAnother, 'yes'), answerButton(ctx, w.thatsAll, 'no', primary)];
}

/** "What is one thing you will do next?" (n = 1) or "another thing" (n > 1). */
function actionStep(w: CareerConversationWords, n: number): Step {
  const i = n - 1;
  return {
    examples: [...w.action.examples],
    takes: { kind: 'text', intents: ['career_conversation', 'resources', 'pathway'] },
    async prompt(ctx) {
      const d = data(ctx);
      const all = words(ctx);
      const w = all.action;
      const blocks: Block[] = [];
      if (n === 1) blocks.push({ type: 'heading', text: all.parts.action });
      blocks.push({ type: 'paragraph', text: n === 1 ? w.first : w.more });
      const examples = examplesLine(ctx.services.content, w.examples);
      if (examples) blocks.push({ type: 'paragraph', text: examples, tone: 'muted' });
      const choices: Choice[] = [];
      const existing = d.actions[i];
      if (existing) {
        blocks.push({ type: 'paragraph', text: w.soFar({ action: existing.text }) });
        choices.push(answerButton(ctx, w.keep, KEEP, 'primary'));
      } else if (n === 1) {
        const idea = await firstStepIdea(ctx);
        if (idea) {
          blocks.push({ type: 'paragraph', text: w.idea({ idea }) });
          choices.push(answerButton(ctx, w.useIdea, idea));
        }
      }
      choices.push(answerButton(ctx, n === 1 ? w.skipFirst : w.noMore, 'skip'));
      blocks.push({ type: 'choices', choices });
      return message(blocks);
    },
    async answer(ctx, input) {
      const d = data(ctx);
      const content = ctx.services.content;
      const t = clean(input);
      if (!t) return { retry: true, hint: words(ctx).action.hint };
      if (t === KEEP && d.actions[i]) return { next: `date-${n}` };
      if (isSkip(content, t) || (n > 1 && isNo(content, t))) {
        d.actions = d.actions.slice(0, i);
        return toSummary(ctx);
      }
      if (looksUnrelated(ctx, t)) return { unrelated: true };
      signpostIfDistressed(ctx, t);
      const text = t.slice(0, MAX_TEXT);
      const before = d.actions[i];
      const draft: ActionDraft = { id: `a${n}`, text };
      if (before?.due) draft.due = before.due;
      d.actions = [...d.actions.slice(0, i), draft, ...d.actions.slice(i + 1)];
      return { next: `date-${n}` };
    },
  };
}

/** "When will you do it by?" for action n. */
function dateStep(w: CareerConversationWords, n: number): Step {
  const i = n - 1;
  return {
    examples: [...w.date.examples],
    prompt(ctx) {
      const w = words(ctx).date;
      const a = data(ctx).actions[i];
      const blocks: Block[] = [{ type: 'paragraph', text: w.question }];
      if (a) blocks.push({ type: 'paragraph', text: w.yourAction({ action: a.text }), tone: 'muted' });
      const examples = examplesLine(ctx.services.content, w.examples);
      if (examples) blocks.push({ type: 'paragraph', text: examples, tone: 'muted' });
      const choices: Choice[] = [];
      if (a?.due) {
        blocks.push({ type: 'paragraph', text: w.youSaid({ date: shortDate(a.due) }) });
        choices.push(answerButton(ctx, w.keep({ date: shortDate(a.due) }), KEEP, 'primary'));
      }
      choices.push(...dateChoices(ctx));
      blocks.push({ type: 'choices', choices });
      return message(blocks);
    },
    answer(ctx, input) {
      const d = data(ctx);
      const a = d.actions[i];
      if (!a) return { next: `action-${n}` };
      const t = clean(input);
      if (!t) return { retry: true };
      const after = (): StepResult | Promise<StepResult> => (n < MAX_ACTIONS ? { next: `more-${n}` } : toSummary(ctx));
      if (t === KEEP) return after();
      const parsed = readDue(ctx.services.content, t, today(ctx));
      switch (parsed.kind) {
        case 'none':
          delete a.due;
          return after();
        case 'date':
          a.due = parsed.date;
          return after();
        case 'past':
          return { retry: true, hint: words(ctx).date.past({ date: shortDate(parsed.date) }) };
        default:
          if (looksUnrelated(ctx, t)) return { unrelated: true };
          return { retry: true, hint: words(ctx).date.hint };
      }
    },
    fallback: dateChoices,
  };
}

/** "Would you like to add another action?" after action n. */
function moreStep(w: CareerConversationWords, n: number): Step {
  return {
    examples: [...w.more.examples],
    prompt(ctx) {
      const w = words(ctx).more;
      const content = ctx.services.content;
      return message([
        { type: 'paragraph', text: w.soFar },
        { type: 'list', items: data(ctx).actions.slice(0, n).map((a) => actionLine(content, a)) },
        { type: 'paragraph', text: w.question({ max: MAX_ACTIONS }) },
        { type: 'choices', choices: moreChoices(ctx, 'primary') },
      ]);
    },
    answer(ctx, input) {
      const content = ctx.services.content;
      const t = clean(input);
      if (!t) return { retry: true };
      if (isAnswer(content, t, ['yes'], words(ctx).more.yesWords)) return { next: `action-${n + 1}` };
      if (isNo(content, t) || isSkip(content, t)) {
        const d = data(ctx);
        d.actions = d.actions.slice(0, n);
        return toSummary(ctx);
      }
      if (looksUnrelated(ctx, t)) return { unrelated: true };
      return { retry: true, hint: words(ctx).more.hint };
    },
    fallback: (ctx) => moreChoices(ctx),
  };
}

/** The steps of part 5: action-n, date-n and (but after the last) more-n. */
export function actionSteps(w: CareerConversationWords): Record<string, Step> {
  const steps: Record<string, Step> = {};
  for (let n = 1; n <= MAX_ACTIONS; n++) {
    steps[`action-${n}`] = actionStep(w, n);
    steps[`date-${n}`] = dateStep(w, n);
    if (n < MAX_ACTIONS) steps[`more-${n}`] = moreStep(w, n);
  }
  return steps;
}
