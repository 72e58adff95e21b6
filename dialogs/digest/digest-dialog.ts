/**
 * The buttons on a manager's weekly summary (src/scheduler/handlers/digest.ts):
 * "Mark done" and "Snooze a week" on each item. ("Open a chat" is a link.)
 *
 * A manager can act only on their own reports: every press checks again, from
 * the store, that the person the item is about has the pressing user as their
 * manager (or, for check-ins, their preceptor), or shared the plan with them.
 * Button values carry ids only; the item is rebuilt from them.
 *
 * Mark done: an appraisal moves the report's `appraisalDue` on by 12 months; a
 * career conversation sets `lastCareerConversation` to now; a check-in needing
 * attention, a missed check-in or a shared action is acknowledged (hidden from
 * this manager's summaries for good). Snooze a week hides the item for 7 days.
 */
import { message } from '../../src/core/messages.js';
import { startButton, type Dialog, type StepContext, type StepResult } from '../../src/core/dialog.js';
import type { Profile } from '../../src/store/ports.js';
import { SNOOZE_DAYS, isLineManager, itemKey, markItem, supports } from './digest.js';
import { addMonths, localDate } from '../../src/time/zone.js';
import { longDate } from '../../src/time/format.js';

/** The person the item is about, if the pressing user may act on it. */
async function authorise(ctx: StepContext, value: Record<string, string>): Promise<string | undefined> {
  const { store } = ctx.services;
  const me = ctx.msg.userKey;
  switch (value['k']) {
    case 'appraisal':
    case 'career': {
      const u = value['u'];
      return u && (await isLineManager(store, me, u)) ? u : undefined;
    }
    case 'attention':
    case 'missed': {
      const e = value['e'] ? await store.enrolments.get(value['e']) : undefined;
      return e && supports(e, me) ? (e.userKey ?? e.subject) : undefined;
    }
    case 'action': {
      const plan = value['p'] ? await store.plans.get(value['p']) : undefined;
      return plan && plan.sharedWith?.managerKey === me && plan.actions.some((a) => a.id === value['a']) ? plan.userKey : undefined;
    }
    default:
      return undefined;
  }
}

function refuse(ctx: StepContext): StepResult {
  ctx.say(
    message([
      { type: 'paragraph', text: 'I cannot change that: it is about someone who is not one of your reports, or it is no longer on your summary.' },
      { type: 'choices', choices: [startButton('What can you do?', 'help')] },
    ]),
  );
  return { end: true };
}

function reply(ctx: StepContext, text: string): StepResult {
  ctx.say(message([{ type: 'paragraph', text }, { type: 'choices', choices: [startButton('What can you do?', 'help')] }]));
  return { end: true };
}

export function digestDialog(): Dialog {
  return {
    id: 'digest',
    title: 'your weekly summary',
    begin(ctx) {
      return reply(ctx, 'Your weekly summary comes on its own once a week when there is something for the people you support. Use the buttons on it to mark things done or snooze them.');
    },
    steps: {},
    actions: {
      async done(ctx, value) {
        const key = itemKey(value);
        const subject = key ? await authorise(ctx, value) : undefined;
        if (!key || !subject) return refuse(ctx);
        const { store } = ctx.services;
        const now = ctx.services.clock();
        if (value['k'] === 'appraisal' || value['k'] === 'career') {
          const found = await store.profiles.get(subject);
          if (!found) return refuse(ctx);
          const p: Profile = structuredClone(found);
          if (value['k'] === 'appraisal') {
            // Only the appraisal on the button: a second press does not move it on again.
            if (!p.appraisalDue || p.appraisalDue !== value['d']) return reply(ctx, 'That appraisal is already marked as done.');
            p.appraisalDue = addMonths(p.appraisalDue, 12);
          } else {
            p.lastCareerConversation = now.toISOString();
          }
          p.updatedAt = now.toISOString();
          await store.profiles.put(p);
          return reply(
            ctx,
            value['k'] === 'appraisal'
              ? `Marked as done. The next appraisal is due on ${longDate(p.appraisalDue ?? '')}.`
              : `Marked as done on ${longDate(localDate(now, ctx.services.timeZone))}. I will remind you again when the next career conversation is due.`,
          );
        }
        await markItem(store, ctx.msg.userKey, key, subject, 'done', now, now);
        return reply(ctx, 'Marked as done. It will not show on your summary again.');
      },
      async snooze(ctx, value) {
        const key = itemKey(value);
        const subject = key ? await authorise(ctx, value) : undefined;
        if (!key || !subject) return refuse(ctx);
        const now = ctx.services.clock();
        const until = new Date(now.getTime() + SNOOZE_DAYS * 86_400_000);
        await markItem(ctx.services.store, ctx.msg.userKey, key, subject, 'snooze', until, now);
        return reply(ctx, `Snoozed. It will be back on your summary after ${longDate(localDate(until, ctx.services.timeZone))}.`);
      },
    },
  };
}
