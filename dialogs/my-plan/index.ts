/**
 * "My plan": the plan a career conversation made, its actions, and a reminder
 * on the day each dated action is due.
 */
import type { Feature } from '../../src/feature.js';
import { normalise, type RouteRule } from '../../src/core/router.js';
import { myPlanDialog } from './my-plan.js';
import { actionHandler } from './reminders.js';

/** "my plan", "show my plan", "my actions": before the intent rule, which reads "plan" as a career conversation. */
const myPlanRequest: RouteRule = (text) => {
  const t = normalise(text);
  const asks = /^(show |see |view |open )?(me )?(my )?(career )?plan( please)?$/.test(t) || /^(show |see |view )?(me )?my actions( please)?$/.test(t);
  return asks ? { dialog: 'my-plan' } : undefined;
};

export const myPlan: Feature = {
  id: 'my-plan',
  dialogs: () => [myPlanDialog()],
  routes: () => [myPlanRequest],
  reminders: ({ services }) => ({ action: actionHandler(services) }),
};
