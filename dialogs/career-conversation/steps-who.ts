/**
 * Parts 1 and 2 of the career conversation: who am I (strengths, what I
 * enjoy) and where would I like to go (aspirations, and the Scope for Growth
 * direction: depth, breadth or stretch).
 */
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { answerButton, type Step, type StepContext, type StepResult } from '../../src/core/dialog.js';
import { examplesLine } from '../../src/core/words.js';
import { GROWTH_ORDER, clean, growthFromText, isSkip, looksUnrelated, signpostIfDistressed } from './answers.js';
import { KEEP, MAX_TEXT, data, words } from './data.js';
import type { CareerConversationWords } from './wording.js';

type TextKey = 'strengths' | 'enjoy' | 'aspirations';
type Part = keyof CareerConversationWords['parts'];

/** A question answered in the person's own words. */
function textStep(w: CareerConversationWords, opts: { key: TextKey; part?: Part; next: (ctx: StepContext) => StepResult | Promise<StepResult> }): Step {
  // Where would you like to go: "I would like to become a nurse" is an answer.
  const intents = opts.key === 'aspirations' ? ['career_conversation', 'pathway', 'options'] : ['career_conversation'];
  return {
    examples: [...w[opts.key].examples],
    takes: { kind: 'text', intents },
    prompt(ctx) {
      const w = words(ctx);
      const q = w[opts.key];
      const blocks: Block[] = [];
      if (opts.part) blocks.push({ type: 'heading', text: w.parts[opts.part] });
      blocks.push({ type: 'paragraph', text: q.question });
      const examples = examplesLine(ctx.services.content, q.examples);
      if (examples) blocks.push({ type: 'paragraph', text: examples, tone: 'muted' });
      const existing = data(ctx)[opts.key];
      const choices: Choice[] = [];
      if (existing) {
        blocks.push({ type: 'paragraph', text: w.freeText.soFar({ answer: existing }) });
        choices.push(answerButton(ctx, w.freeText.keep, KEEP, 'primary'));
      }
      choices.push(answerButton(ctx, w.buttons.skip, 'skip'));
      blocks.push({ type: 'choices', choices });
      return message(blocks);
    },
    answer(ctx, input) {
      const t = clean(input);
      if (!t) return { retry: true, hint: words(ctx).freeText.hint };
      if (t === KEEP) return opts.next(ctx);
      if (isSkip(ctx.services.content, t)) {
        delete data(ctx)[opts.key];
        return opts.next(ctx);
      }
      if (looksUnrelated(ctx, t)) return { unrelated: true };
      signpostIfDistressed(ctx, t);
      data(ctx)[opts.key] = t.slice(0, MAX_TEXT);
      return opts.next(ctx);
    },
  };
}

function growthChoices(ctx: StepContext): Choice[] {
  const w = words(ctx).growth;
  return [...GROWTH_ORDER.map((g) => answerButton(ctx, w.choices[g].button, g)), answerButton(ctx, w.unsure, 'unsure')];
}

/** Options next: first the current role, if the profile has none. */
async function afterGrowth(ctx: StepContext): Promise<StepResult> {
  const profile = await ctx.profile();
  const hasRole = !!profile?.roleId && ctx.services.content.roles.has(profile.roleId);
  return { next: hasRole ? 'options' : 'options-role' };
}

function growthStep(w: CareerConversationWords): Step {
  return {
    examples: [...w.growth.examples],
    prompt(ctx) {
      const all = words(ctx);
      const w = all.growth;
      const blocks: Block[] = [
        { type: 'paragraph', text: w.intro },
        { type: 'list', items: GROWTH_ORDER.map((g) => w.item({ choice: w.choices[g].button, explanation: w.choices[g].explain })) },
        { type: 'paragraph', text: w.question },
      ];
      const current = data(ctx).growth;
      if (current) {
        blocks.push({ type: 'paragraph', text: w.youSaid({ choice: current === 'unsure' ? w.unsure : w.choices[current].button }), tone: 'muted' });
      }
      blocks.push({ type: 'choices', choices: growthChoices(ctx) });
      blocks.push({ type: 'links', links: [{ label: w.link, url: all.scopeForGrowthUrl }] });
      return message(blocks);
    },
    answer(ctx, input) {
      const t = clean(input);
      if (!t) return { retry: true };
      const g = growthFromText(ctx.services.content, t);
      if (!g) {
        if (looksUnrelated(ctx, t)) return { unrelated: true };
        return { retry: true, hint: words(ctx).growth.hint };
      }
      data(ctx).growth = g;
      return afterGrowth(ctx);
    },
    fallback: growthChoices,
  };
}

/** The steps of parts 1 and 2. */
export function whoSteps(w: CareerConversationWords): Record<string, Step> {
  return {
    strengths: textStep(w, { key: 'strengths', part: 'who', next: () => ({ next: 'enjoy' }) }),
    enjoy: textStep(w, { key: 'enjoy', next: () => ({ next: 'aspirations' }) }),
    aspirations: textStep(w, { key: 'aspirations', part: 'where', next: () => ({ next: 'growth' }) }),
    growth: growthStep(w),
  };
}
