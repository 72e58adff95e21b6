/** Career plans in the embedded store (people document, collection `plans`). */
import type { CareerPlan, PlanStore } from '../ports.js';
import { removeWhere, type LowContext } from './context.js';

const newestFirst = (a: CareerPlan, b: CareerPlan) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0);

export function lowPlans(ctx: LowContext): PlanStore {
  const { people } = ctx;
  const plans = () => people.data.plans;
  return {
    async get(id) {
      return plans()[id];
    },
    async put(plan) {
      people.touch('plans', plan.id);
      plans()[plan.id] = plan;
      await ctx.commit(people);
    },
    async list() {
      return Object.values(plans());
    },
    async listForUser(userKey) {
      return Object.values(plans()).filter((x) => x.userKey === userKey).sort(newestFirst);
    },
    async listSharedWith(managerKey) {
      return Object.values(plans()).filter((x) => x.sharedWith?.managerKey === managerKey).sort(newestFirst);
    },
    async deleteUser(userKey) {
      return removeWhere(ctx, people, 'plans', plans(), (x) => x.userKey === userKey);
    },
  };
}
