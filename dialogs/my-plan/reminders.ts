/**
 * Reminders for the actions in a career plan: on the day an action is due, a
 * short, friendly nudge with "Done" and "Remind me next week" buttons (the
 * `my-plan` dialog's `done` and `snooze` actions).
 *
 * The reminder's payload holds ids only ({ planId, actionId }); the action's
 * words are read from the plan when it is sent, so a plan that was deleted or
 * an action that was done sends nothing. The words are in
 * content/wording/my-plan.yaml (`reminder`).
 */
import { message } from '../../src/core/messages.js';
import { actionButton, startButton } from '../../src/core/dialog.js';
import type { Content } from '../../src/content/model.js';
import type { Store } from '../../src/store/ports.js';
import type { Prepared, ReminderHandler } from '../../src/scheduler/scheduler.js';
import { localDate } from '../../src/time/zone.js';
import { shortDate } from '../../src/time/format.js';
import { myPlanWords } from './wording.js';

/** The dialog whose actions the buttons run. */
const MY_PLAN = 'my-plan';

export function actionHandler(services: { store: Store; content: Content; timeZone: string }): ReminderHandler {
  const { store } = services;
  return {
    async prepare(reminder, now): Promise<Prepared> {
      const planId = reminder.payload['planId'];
      const actionId = reminder.payload['actionId'];
      const plan = planId ? await store.plans.get(planId) : undefined;
      if (!plan || plan.userKey !== reminder.userKey) return { send: false, state: 'cancelled', reason: 'the plan no longer exists' };
      const action = plan.actions.find((a) => a.id === actionId);
      if (!action) return { send: false, state: 'cancelled', reason: 'the action is no longer in the plan' };
      if (action.done) return { send: false, state: 'cancelled', reason: 'the action is already done' };

      const w = myPlanWords(services.content);
      const today = localDate(now, services.timeZone);
      const when = !action.due || action.due === today ? w.reminder.dueToday : action.due < today ? w.reminder.wasDue({ date: shortDate(action.due) }) : w.reminder.isDue({ date: shortDate(action.due) });
      const value = { planId: plan.id, actionId: action.id };
      const messages = [
        message([
          { type: 'paragraph', text: w.reminder.plannedTo({ action: action.text }) },
          { type: 'paragraph', text: when },
          {
            type: 'choices',
            choices: [
              { ...actionButton(MY_PLAN, 'done', w.reminder.done, value), style: 'primary' },
              actionButton(MY_PLAN, 'snooze', w.reminder.snooze, value),
              startButton(w.showPlan, MY_PLAN),
            ],
          },
        ]),
      ];
      return { send: true, userKey: reminder.userKey, messages, respectHours: true };
    },
  };
}
