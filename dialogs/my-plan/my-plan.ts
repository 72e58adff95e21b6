/**
 * "My plan": the person's latest career plan, its actions with their dates, a
 * "Mark done" button for each, downloads, and a way to start a new career
 * conversation. Its buttons are actions, so they keep working on old cards and
 * on reminder messages (done, snooze). The words are in
 * content/wording/my-plan.yaml.
 */
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { actionButton, startButton, type Dialog, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import type { CareerPlan } from '../../src/store/ports.js';
import { addDays, localDate, zonedTime } from '../../src/time/zone.js';
import { shortDate } from '../../src/time/format.js';
import { ACTION_REMINDER_TIME, actionReminderId, fileMessage } from './plan.js';
import { planBlocks, planDate } from './summary.js';
import { myPlanWords, MY_PLAN_WORDING, type MyPlanWords } from './wording.js';

/** The dialog that makes a plan. */
const CAREER_CONVERSATION = 'career-conversation';

export const MY_PLAN = 'my-plan';

/** How far "Remind me next week" moves a reminder. */
export const SNOOZE_DAYS = 7;

function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}\u2026`;
}

function words(ctx: StepContext): MyPlanWords {
  return myPlanWords(ctx.services.content);
}

function newConversationButton(w: MyPlanWords): Choice {
  return startButton(w.card.newConversation, CAREER_CONVERSATION, { fresh: '1' });
}

function showPlanButton(w: MyPlanWords): Choice {
  return startButton(w.showPlan, MY_PLAN);
}

/** The plan with this id, only if it belongs to the person pressing the button. */
async function ownPlan(ctx: StepContext, planId: string | undefined): Promise<CareerPlan | undefined> {
  if (!planId) return undefined;
  const plan = await ctx.services.store.plans.get(planId);
  return plan && plan.userKey === ctx.msg.userKey ? plan : undefined;
}

function notFound(ctx: StepContext): StepResult {
  const w = words(ctx);
  ctx.say(
    message([
      { type: 'paragraph', text: w.notFound },
      { type: 'choices', choices: [showPlanButton(w)] },
    ]),
  );
  return { end: true };
}

export function planCard(ctx: StepContext, plan: CareerPlan): Block[] {
  const w = words(ctx);
  const { timeZone } = ctx.services;
  const blocks: Block[] = [
    { type: 'heading', text: w.card.heading },
    { type: 'paragraph', text: w.card.from({ date: shortDate(planDate(plan, timeZone)) }), tone: 'muted' },
  ];
  if (plan.sharedWith) {
    blocks.push({ type: 'paragraph', text: w.card.shared({ date: shortDate(localDate(new Date(plan.sharedWith.at), timeZone)) }), tone: 'muted' });
  }
  blocks.push(...planBlocks(ctx.services.content, plan, 'self'));
  const choices: Choice[] = [];
  for (const a of plan.actions) {
    if (a.done) continue;
    choices.push(actionButton(MY_PLAN, 'done', w.card.markDone({ action: shorten(a.text, 50) }), { planId: plan.id, actionId: a.id }));
  }
  choices.push(actionButton(MY_PLAN, 'download', w.card.downloadText, { planId: plan.id, format: 'txt' }));
  choices.push(actionButton(MY_PLAN, 'download', w.card.downloadMarkdown, { planId: plan.id, format: 'md' }));
  choices.push(newConversationButton(w));
  blocks.push({ type: 'choices', choices });
  return blocks;
}

/** The dialog; its title is read from `content` once, here. */
export function myPlanDialog(content: Content): Dialog {
  return {
    id: MY_PLAN,
    title: MY_PLAN_WORDING.of(content).title,
    async begin(ctx) {
      const [plan] = await ctx.services.store.plans.listForUser(ctx.msg.userKey);
      if (!plan) {
        const w = words(ctx);
        ctx.say(
          message([
            { type: 'paragraph', text: w.noPlan.text },
            { type: 'choices', choices: [startButton(w.noPlan.start, CAREER_CONVERSATION, { fresh: '1' })] },
          ]),
        );
        return { end: true };
      }
      ctx.say(message(planCard(ctx, plan)));
      return { end: true };
    },
    steps: {},
    actions: {
      async done(ctx, value) {
        const { store, clock } = ctx.services;
        const w = words(ctx);
        const plan = await ownPlan(ctx, value['planId']);
        const action = plan?.actions.find((a) => a.id === value['actionId']);
        if (!plan || !action) return notFound(ctx);
        const at = clock().toISOString();
        if (!action.done) {
          action.done = true;
          await store.plans.put(plan);
        }
        const reminderId = actionReminderId(plan.id, action.id);
        const reminder = await store.reminders.get(reminderId);
        if (reminder && (reminder.state === 'pending' || reminder.state === 'claimed')) {
          await store.reminders.update(reminderId, { state: 'cancelled', updatedAt: at });
        }
        const left = plan.actions.filter((a) => !a.done).length;
        ctx.say(
          message([
            { type: 'paragraph', text: w.markedDone.text({ action: action.text }) },
            { type: 'paragraph', text: left === 0 ? w.markedDone.last : left === 1 ? w.markedDone.oneLeft : w.markedDone.left({ count: left }) },
            { type: 'choices', choices: left === 0 ? [newConversationButton(w), showPlanButton(w)] : [showPlanButton(w)] },
          ]),
        );
        return { end: true };
      },

      async snooze(ctx, value) {
        const { store, clock } = ctx.services;
        const w = words(ctx);
        const plan = await ownPlan(ctx, value['planId']);
        const action = plan?.actions.find((a) => a.id === value['actionId']);
        if (!plan || !action) return notFound(ctx);
        if (action.done) {
          ctx.say(message([{ type: 'paragraph', text: w.snooze.alreadyDone({ action: action.text }) }, { type: 'choices', choices: [showPlanButton(w)] }]));
          return { end: true };
        }
        const now = clock();
        const at = now.toISOString();
        const day = addDays(localDate(now, ctx.services.timeZone), SNOOZE_DAYS);
        const dueAt = zonedTime(day, ACTION_REMINDER_TIME, ctx.services.timeZone).toISOString();
        const reminderId = actionReminderId(plan.id, action.id);
        const reminder = await store.reminders.get(reminderId);
        if (reminder) {
          await store.reminders.update(reminderId, { dueAt, state: 'pending', attempts: 0, lease: undefined, updatedAt: at });
        } else {
          await store.reminders.insertNew([
            { id: reminderId, kind: 'action', userKey: ctx.msg.userKey, dueAt, originalDueAt: dueAt, state: 'pending', attempts: 0, payload: { planId: plan.id, actionId: action.id }, updatedAt: at },
          ]);
        }
        action.due = day;
        await store.plans.put(plan);
        ctx.say(
          message([
            { type: 'paragraph', text: w.snooze.snoozed({ action: action.text, date: shortDate(day) }) },
            { type: 'choices', choices: [actionButton(MY_PLAN, 'done', w.snooze.actuallyDone, { planId: plan.id, actionId: action.id }), showPlanButton(w)] },
          ]),
        );
        return { end: true };
      },

      async download(ctx, value) {
        const plan = await ownPlan(ctx, value['planId']);
        if (!plan) return notFound(ctx);
        const format = value['format'] === 'md' ? 'md' : 'txt';
        ctx.say(fileMessage(ctx.services, plan, format, [showPlanButton(words(ctx))]));
        return { end: true };
      },
    },
  };
}
