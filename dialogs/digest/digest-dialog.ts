/**
 * The buttons on a manager's weekly summary (digest.ts):
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
import type { Content } from '../../src/content/model.js';
import { SNOOZE_DAYS, isLineManager, itemKey, markItem, supports } from './digest.js';
import { addMonths, localDate } from '../../src/time/zone.js';
import { longDate } from '../../src/time/format.js';
import { digestWords } from './wording.js';

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

function reply(ctx: StepContext, text: string): StepResult {
  ctx.say(message([{ type: 'paragraph', text }, { type: 'choices', choices: [startButton(digestWords(ctx.services.content).buttons.whatCanYouDo, 'help')] }]));
  return { end: true };
}

function refuse(ctx: StepContext): StepResult {
  return reply(ctx, digestWords(ctx.services.content).replies.notYours);
}

export interface DigestDialogOptions {
  /** The content the words come from (the dialog's title is read once, here). */
  content: Content;
}

export function digestDialog(opts: DigestDialogOptions): Dialog {
  return {
    id: 'digest',
    title: digestWords(opts.content).title,
    begin(ctx) {
      return reply(ctx, digestWords(ctx.services.content).replies.aboutIt);
    },
    steps: {},
    actions: {
      async done(ctx, value) {
        const key = itemKey(value);
        const subject = key ? await authorise(ctx, value) : undefined;
        if (!key || !subject) return refuse(ctx);
        const { store } = ctx.services;
        const w = digestWords(ctx.services.content).replies;
        const now = ctx.services.clock();
        if (value['k'] === 'appraisal' || value['k'] === 'career') {
          const found = await store.profiles.get(subject);
          if (!found) return refuse(ctx);
          const p: Profile = structuredClone(found);
          if (value['k'] === 'appraisal') {
            // Only the appraisal on the button: a second press does not move it on again.
            if (!p.appraisalDue || p.appraisalDue !== value['d']) return reply(ctx, w.appraisalAlreadyDone);
            p.appraisalDue = addMonths(p.appraisalDue, 12);
          } else {
            p.lastCareerConversation = now.toISOString();
          }
          p.updatedAt = now.toISOString();
          await store.profiles.put(p);
          return reply(
            ctx,
            value['k'] === 'appraisal' ? w.appraisalDone({ date: longDate(p.appraisalDue ?? '') }) : w.careerDone({ date: longDate(localDate(now, ctx.services.timeZone)) }),
          );
        }
        await markItem(store, ctx.msg.userKey, key, subject, 'done', now, now);
        return reply(ctx, w.done);
      },
      async snooze(ctx, value) {
        const key = itemKey(value);
        const subject = key ? await authorise(ctx, value) : undefined;
        if (!key || !subject) return refuse(ctx);
        const now = ctx.services.clock();
        const until = new Date(now.getTime() + SNOOZE_DAYS * 86_400_000);
        await markItem(ctx.services.store, ctx.msg.userKey, key, subject, 'snooze', until, now);
        return reply(ctx, digestWords(ctx.services.content).replies.snoozed({ date: longDate(localDate(until, ctx.services.timeZone)) }));
      },
    },
  };
}
