/**
 * Sharing the summary with a line manager, only after an explicit yes: who the
 * manager is (a mention), the name to put on it, then exactly what they will
 * see and a last "Yes, share it". The manager's copy never has the wellbeing
 * answer (dialogs/my-plan/summary.ts).
 */
import { message } from '../../src/core/messages.js';
import { answerButton, type Step, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { DeliveryResult } from '../../src/core/messenger.js';
import { recordDisclosure } from '../../src/core/audit.js';
import { examplesLine, isAnswer } from '../../src/core/words.js';
import { platformOf } from '../../src/user-keys.js';
import { managerMessage } from '../my-plan/summary.js';
import { clean, isNo, isSkip, looksUnrelated, mentions } from './answers.js';
import { CANCEL, data, words } from './data.js';
import { loadPlan } from './saving.js';
import type { CareerConversationWords } from './wording.js';

/**
 * The name to put on a shared summary: the one the person typed, or the display
 * name the platform sent with this message (Teams does), so they are not asked.
 */
function nameForSharing(ctx: StepContext): string | undefined {
  const d = data(ctx);
  if (!d.shareName && ctx.msg.userName) d.shareName = ctx.msg.userName;
  return d.shareName;
}

/** The first sharing question still to ask. */
export async function startSharing(ctx: StepContext): Promise<StepResult> {
  const profile = await ctx.profile();
  if (!profile?.managerKey) return { next: 'share-manager' };
  return { next: nameForSharing(ctx) ? 'share-confirm' : 'share-name' };
}

function nothingShared(ctx: StepContext): StepResult {
  return { next: 'finish', first: words(ctx).share.nothingShared };
}

/** Sends the summary to the manager and records that it was shared. */
async function share(ctx: StepContext): Promise<StepResult> {
  const { store, messenger, log, clock } = ctx.services;
  const w = words(ctx).share;
  const profile = await ctx.profile();
  const managerKey = profile?.managerKey;
  if (!managerKey) return { next: 'share-manager' };
  const plan = await loadPlan(ctx);
  const msg = managerMessage(ctx.services, plan, data(ctx).shareName);
  let result: DeliveryResult;
  try {
    result = await messenger.send(managerKey, [msg], { via: ctx.msg.userKey });
  } catch {
    result = { status: 'failed', reason: 'the send threw an error' };
  }
  if (result.status === 'sent') {
    plan.sharedWith = { managerKey, at: clock().toISOString() };
    await store.plans.put(plan);
    log.info({ event: 'plan-shared' }, 'A career plan was shared with a line manager');
    await recordDisclosure(ctx.services, 'share', ctx.msg.userKey, managerKey, { what: 'career-plan', actions: plan.actions.length });
    ctx.say(profile.managerName ? w.done({ name: profile.managerName }) : w.doneNoName);
  } else {
    log.warn({ event: 'plan-share-failed', status: result.status, reason: result.reason }, 'A career plan could not be shared');
    ctx.say(w.failed);
  }
  return { next: 'finish' };
}

const notNow = (ctx: StepContext) => answerButton(ctx, words(ctx).buttons.notNow, CANCEL);

function managerStep(w: CareerConversationWords): Step {
  return {
    examples: [...w.share.whoExamples],
    prompt(ctx) {
      const w = words(ctx).share;
      return message([
        { type: 'paragraph', text: w.who },
        { type: 'paragraph', text: w.notYet, tone: 'muted' },
        { type: 'choices', choices: [notNow(ctx)] },
      ]);
    },
    async answer(ctx, input) {
      const content = ctx.services.content;
      const w = words(ctx).share;
      const t = clean(input) ?? '';
      if (t === CANCEL || isSkip(content, t) || isNo(content, t)) return nothingShared(ctx);
      const mention = (ctx.msg.mentions ?? []).find((m) => m.userKey !== ctx.msg.userKey && platformOf(m.userKey) === ctx.msg.platform);
      if (!mention) {
        if (t && looksUnrelated(ctx, t)) return { unrelated: true };
        return { retry: true, hint: w.noMention };
      }
      const name = mention.name.replace(/^@/, '').trim();
      await ctx.updateProfile((p) => {
        p.managerKey = mention.userKey;
        if (name) p.managerName = name;
        else delete p.managerName;
      });
      return { next: nameForSharing(ctx) ? 'share-confirm' : 'share-name', first: name ? w.savedManager({ name }) : w.savedManagerNoName };
    },
    fallback: (ctx) => [notNow(ctx)],
  };
}

function nameStep(w: CareerConversationWords): Step {
  return {
    examples: [...w.share.nameExamples],
    prompt(ctx) {
      const w = words(ctx).share;
      const examples = examplesLine(ctx.services.content, w.nameExamples);
      return message([
        { type: 'paragraph', text: w.name },
        ...(examples ? [{ type: 'paragraph' as const, text: examples, tone: 'muted' as const }] : []),
        { type: 'choices', choices: [notNow(ctx)] },
      ]);
    },
    answer(ctx, input) {
      const t = clean(input);
      if (!t) return { retry: true };
      if (t === CANCEL || isSkip(ctx.services.content, t)) return nothingShared(ctx);
      if (t.length > 60 || /[?<>]/.test(t)) return { retry: true, hint: words(ctx).share.nameHint };
      data(ctx).shareName = t;
      return { next: 'share-confirm' };
    },
  };
}

function confirmStep(w: CareerConversationWords): Step {
  return {
    examples: [...w.share.confirmExamples],
    async prompt(ctx) {
      const w = words(ctx).share;
      const profile = await ctx.profile();
      const plan = await loadPlan(ctx);
      const preview = managerMessage(ctx.services, plan, data(ctx).shareName).blocks.filter((b) => b.type !== 'choices');
      return message([
        { type: 'heading', text: w.checkHeading },
        { type: 'paragraph', text: profile?.managerName ? w.willSeeNamed({ name: profile.managerName }) : w.willSee },
        { type: 'divider' },
        ...preview,
        { type: 'divider' },
        { type: 'paragraph', text: w.notWellbeing },
        { type: 'paragraph', text: w.nothingYet, tone: 'muted' },
        {
          type: 'choices',
          choices: [answerButton(ctx, w.yes, 'yes', 'primary'), answerButton(ctx, w.change, 'change'), answerButton(ctx, w.no, 'no')],
        },
      ]);
    },
    async answer(ctx, input) {
      const content = ctx.services.content;
      const w = words(ctx).share;
      const t = clean(input);
      if (!t) return { retry: true };
      if (isAnswer(content, t, ['yes'], w.yesWords)) return share(ctx);
      if (t === 'change' || mentions(t, w.changeWords)) return { next: 'share-manager' };
      if (isNo(content, t) || isSkip(content, t) || isAnswer(content, t, [], w.noWords)) return nothingShared(ctx);
      return { retry: true, hint: w.confirmHint };
    },
    fallback: (ctx) => {
      const w = words(ctx).share;
      return [answerButton(ctx, w.yes, 'yes'), answerButton(ctx, w.no, 'no')];
    },
  };
}

/** The sharing steps. */
export function sharingSteps(w: CareerConversationWords): Record<string, Step> {
  return {
    'share-manager': managerStep(w),
    'share-name': nameStep(w),
    'share-confirm': confirmStep(w),
  };
}
