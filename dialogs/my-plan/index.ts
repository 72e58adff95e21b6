/**
 * "My plan": the plan a career conversation made, its actions, and a reminder
 * on the day each dated action is due.
 */
import type { Feature } from '../../src/feature.js';
import type { RouteRule } from '../../src/core/router.js';
import { myPlanDialog } from './my-plan.js';
import { actionHandler } from './reminders.js';
import { asksForPlan } from './request.js';
import { MY_PLAN_WORDING } from './wording.js';

export const myPlan: Feature = {
  id: 'my-plan',
  wording: MY_PLAN_WORDING,
  dialogs: ({ services }) => [myPlanDialog(services.content)],
  // "my plan", "show my plan", "my actions": before the intent rule, which reads "plan" as a career conversation.
  routes: ({ services }): RouteRule[] => [(text) => (asksForPlan(services.content, text) ? { dialog: 'my-plan' } : undefined)],
  reminders: ({ services }) => ({ action: actionHandler(services) }),
};
