/**
 * A career plan's dated actions and their reminders, and the plan as a file.
 */
import { message, type Block, type Choice, type OutboundMessage } from '../../src/core/messages.js';
import type { CareerPlan, Reminder, Store } from '../../src/store/ports.js';
import { zonedTime } from '../../src/time/zone.js';
import { planAttachment, type SummaryFormat, type SummaryServices } from './summary.js';
import { myPlanWords } from './wording.js';

/** Reminders for dated actions arrive at this local time on the day. */
export const ACTION_REMINDER_TIME = '10:00';

export function actionReminderId(planId: string, actionId: string): string {
  return `action|${planId}|${actionId}`;
}

/** When the reminder for an action due on `due` goes out: 10:00 local time that day (never in the past). */
export function actionDueAt(due: string, now: Date, timeZone: string): string {
  const at = zonedTime(due, ACTION_REMINDER_TIME, timeZone);
  return (at.getTime() < now.getTime() ? now : at).toISOString();
}

/** Keeps one pending reminder per dated action of the plan (and none for the others). */
export async function syncActionReminders(store: Store, plan: CareerPlan, userKey: string, now: Date, timeZone: string): Promise<void> {
  const at = now.toISOString();
  const dated = new Set<string>();
  const fresh: Reminder[] = [];
  for (const a of plan.actions) {
    if (!a.due || a.done) continue;
    const id = actionReminderId(plan.id, a.id);
    dated.add(id);
    const dueAt = actionDueAt(a.due, now, timeZone);
    const current = await store.reminders.get(id);
    if (!current) {
      fresh.push({
        id,
        kind: 'action',
        userKey,
        dueAt,
        originalDueAt: dueAt,
        state: 'pending',
        attempts: 0,
        payload: { planId: plan.id, actionId: a.id },
        updatedAt: at,
      });
    } else if (current.originalDueAt !== dueAt || current.state === 'cancelled') {
      // The person went back and changed the date.
      await store.reminders.update(id, { dueAt, originalDueAt: dueAt, state: 'pending', attempts: 0, updatedAt: at });
    }
  }
  if (fresh.length > 0) await store.reminders.insertNew(fresh);
  for (const r of await store.reminders.listByPayload('planId', plan.id)) {
    if (r.kind === 'action' && !dated.has(r.id) && r.state === 'pending') {
      await store.reminders.update(r.id, { state: 'cancelled', updatedAt: at });
    }
  }
}

/** A message with the summary as a file. */
export function fileMessage(services: SummaryServices, plan: CareerPlan, format: SummaryFormat, choices: Choice[] = []): OutboundMessage {
  const att = planAttachment(services, plan, format);
  const w = myPlanWords(services.content).file;
  const blocks: Block[] = [{ type: 'paragraph', text: (format === 'md' ? w.markdown : w.text)({ filename: att.filename }), aboutFiles: true }];
  if (choices.length > 0) blocks.push({ type: 'choices', choices });
  return message(blocks, [att]);
}
