/**
 * The conversation's answers as a stored CareerPlan, with one reminder row
 * for each dated action (dialogs/my-plan/plan.ts).
 */
import type { StepContext, StepResult } from '../../src/core/dialog.js';
import type { CareerPlan } from '../../src/store/ports.js';
import { syncActionReminders } from '../my-plan/plan.js';
import { data, type CareerConversationData } from './data.js';

export function planFromData(d: CareerConversationData, userKey: string, completedAt: string, existing?: CareerPlan): CareerPlan {
  const answers: Record<string, string> = {};
  if (d.strengths) answers['strengths'] = d.strengths;
  if (d.enjoy) answers['enjoy'] = d.enjoy;
  if (d.aspirations) answers['aspirations'] = d.aspirations;
  if (d.needsOther) answers['needsOther'] = d.needsOther;
  if (d.wellbeing !== undefined) answers['wellbeing'] = String(d.wellbeing);
  const plan: CareerPlan = {
    id: d.planId,
    userKey,
    startedAt: d.startedAt,
    completedAt,
    answers,
    options: [...d.options],
    needs: { ...d.needs },
    actions: d.actions.map((a) => {
      const out: CareerPlan['actions'][number] = { id: a.id, text: a.text };
      if (a.due) out.due = a.due;
      const before = existing?.actions.find((x) => x.id === a.id && x.text === a.text);
      if (before?.done) out.done = true;
      return out;
    }),
  };
  if (d.growth && d.growth !== 'unsure') plan.growth = d.growth;
  if (existing?.sharedWith) plan.sharedWith = existing.sharedWith;
  return plan;
}

/** Stores the plan and keeps one pending reminder per dated action (and none for the others). */
export async function savePlan(ctx: StepContext): Promise<CareerPlan> {
  const { store, clock } = ctx.services;
  const d = data(ctx);
  const now = clock();
  const at = now.toISOString();
  const existing = await store.plans.get(d.planId);
  const plan = planFromData(d, ctx.msg.userKey, existing?.completedAt ?? at, existing);
  await store.plans.put(plan);
  await ctx.updateProfile((p) => {
    p.lastCareerConversation = at;
  });
  await syncActionReminders(store, plan, ctx.msg.userKey, now, ctx.services.timeZone);
  return plan;
}

/** The stored plan of this conversation, or the plan its answers make so far. */
export async function loadPlan(ctx: StepContext): Promise<CareerPlan> {
  const d = data(ctx);
  return (await ctx.services.store.plans.get(d.planId)) ?? planFromData(d, ctx.msg.userKey, ctx.services.clock().toISOString());
}

/** Saves the plan and shows the summary. */
export async function toSummary(ctx: StepContext): Promise<StepResult> {
  await savePlan(ctx);
  return { next: 'summary' };
}
