/**
 * "My plan": the person's latest career plan, its actions with their dates, a
 * "Mark done" button for each, downloads, and a way to start a new career
 * conversation. Its buttons are actions, so they keep working on old cards and
 * on reminder messages (done, snooze).
 */
import { message, type Block, type Choice } from '../../src/core/messages.js';
import { actionButton, startButton, type Dialog, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { CareerPlan } from '../../src/store/ports.js';
import { addDays, localDate, zonedTime } from '../../src/time/zone.js';
import { ACTION_REMINDER_TIME, actionReminderId, fileMessage } from './plan.js';

/** The dialog that makes a plan. */
const CAREER_CONVERSATION = 'career-conversation';
import { planBlocks, planDate } from './summary.js';
import { shortDate } from '../../src/time/format.js';

export const MY_PLAN = 'my-plan';

/** How far "Remind me next week" moves a reminder. */
export const SNOOZE_DAYS = 7;

function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}\u2026`;
}

function newConversationButton(): Choice {
  return startButton('Start a new career conversation', CAREER_CONVERSATION, { fresh: '1' });
}

/** The plan with this id, only if it belongs to the person pressing the button. */
async function ownPlan(ctx: StepContext, planId: string | undefined): Promise<CareerPlan | undefined> {
  if (!planId) return undefined;
  const plan = await ctx.services.store.plans.get(planId);
  return plan && plan.userKey === ctx.msg.userKey ? plan : undefined;
}

function notFound(ctx: StepContext): StepResult {
  ctx.say(
    message([
      { type: 'paragraph', text: 'I could not find that plan or action. It may have been replaced by a newer plan.' },
      { type: 'choices', choices: [startButton('Show my plan', MY_PLAN)] },
    ]),
  );
  return { end: true };
}

export function planCard(ctx: StepContext, plan: CareerPlan): Block[] {
  const blocks: Block[] = [
    { type: 'heading', text: 'Your career plan' },
    { type: 'paragraph', text: `From your career conversation on ${shortDate(planDate(plan, ctx.services.timeZone))}.`, tone: 'muted' },
  ];
  if (plan.sharedWith) {
    blocks.push({
      type: 'paragraph',
      text: `You shared it with your line manager on ${shortDate(localDate(new Date(plan.sharedWith.at), ctx.services.timeZone))}.`,
      tone: 'muted',
    });
  }
  blocks.push(...planBlocks(ctx.services.content, plan, 'self'));
  const choices: Choice[] = [];
  for (const a of plan.actions) {
    if (a.done) continue;
    choices.push(actionButton(MY_PLAN, 'done', `Mark done: ${shorten(a.text, 50)}`, { planId: plan.id, actionId: a.id }));
  }
  choices.push(actionButton(MY_PLAN, 'download', 'Download as text', { planId: plan.id, format: 'txt' }));
  choices.push(actionButton(MY_PLAN, 'download', 'Download as Markdown', { planId: plan.id, format: 'md' }));
  choices.push(newConversationButton());
  blocks.push({ type: 'choices', choices });
  return blocks;
}

export function myPlanDialog(): Dialog {
  return {
    id: MY_PLAN,
    title: 'your plan',
    async begin(ctx) {
      const [plan] = await ctx.services.store.plans.listForUser(ctx.msg.userKey);
      if (!plan) {
        ctx.say(
          message([
            { type: 'paragraph', text: 'You do not have a plan yet. A career conversation takes about 10 minutes and ends with a plan you can keep, download or share.' },
            { type: 'choices', choices: [startButton('Start a career conversation', CAREER_CONVERSATION, { fresh: '1' })] },
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
            { type: 'paragraph', text: `Well done! I have marked "${action.text}" as done.` },
            {
              type: 'paragraph',
              text: left === 0 ? 'That was your last action. A new career conversation is a good way to plan what comes next.' : `You have ${left} more action${left === 1 ? '' : 's'} in your plan.`,
            },
            { type: 'choices', choices: left === 0 ? [newConversationButton(), startButton('Show my plan', MY_PLAN)] : [startButton('Show my plan', MY_PLAN)] },
          ]),
        );
        return { end: true };
      },

      async snooze(ctx, value) {
        const { store, clock } = ctx.services;
        const plan = await ownPlan(ctx, value['planId']);
        const action = plan?.actions.find((a) => a.id === value['actionId']);
        if (!plan || !action) return notFound(ctx);
        if (action.done) {
          ctx.say(message([{ type: 'paragraph', text: `"${action.text}" is already done, so there is nothing to remind you about.` }, { type: 'choices', choices: [startButton('Show my plan', MY_PLAN)] }]));
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
            { type: 'paragraph', text: `No problem. I will remind you about "${action.text}" again on ${shortDate(day)}.` },
            { type: 'choices', choices: [actionButton(MY_PLAN, 'done', 'Actually, it is done', { planId: plan.id, actionId: action.id }), startButton('Show my plan', MY_PLAN)] },
          ]),
        );
        return { end: true };
      },

      async download(ctx, value) {
        const plan = await ownPlan(ctx, value['planId']);
        if (!plan) return notFound(ctx);
        const format = value['format'] === 'md' ? 'md' : 'txt';
        ctx.say(fileMessage(ctx.services, plan, format, [startButton('Show my plan', MY_PLAN)]));
        return { end: true };
      },
    },
  };
}
