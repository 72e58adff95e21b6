/** Career plans in Postgres (table `plans`; who a plan was shared with has its own column). */
import type { CareerPlan, PlanStore } from '../ports.js';
import { pgJson as j, pgText as k, type Query } from './sql.js';

export function pgPlans(q: Query): PlanStore {
  return {
    async get(id) {
      const { rows } = await q<{ doc: CareerPlan }>('SELECT doc FROM plans WHERE id = $1', [k(id)]);
      return rows[0]?.doc;
    },
    async put(plan) {
      await q(
        `INSERT INTO plans (id, user_key, started_at, shared_with_manager, doc) VALUES ($1, $2, $3, $4, $5::jsonb)
         ON CONFLICT (id) DO UPDATE SET user_key = EXCLUDED.user_key, started_at = EXCLUDED.started_at,
           shared_with_manager = EXCLUDED.shared_with_manager, doc = EXCLUDED.doc`,
        [k(plan.id), k(plan.userKey), k(plan.startedAt), plan.sharedWith ? k(plan.sharedWith.managerKey) : null, j(plan)],
      );
    },
    async listForUser(userKey) {
      return (await q<{ doc: CareerPlan }>('SELECT doc FROM plans WHERE user_key = $1 ORDER BY started_at DESC, id', [k(userKey)])).rows.map((r) => r.doc);
    },
    async listSharedWith(managerKey) {
      return (await q<{ doc: CareerPlan }>('SELECT doc FROM plans WHERE shared_with_manager = $1 ORDER BY started_at DESC, id', [k(managerKey)])).rows.map((r) => r.doc);
    },
    async deleteUser(userKey) {
      return (await q('DELETE FROM plans WHERE user_key = $1', [k(userKey)])).rowCount ?? 0;
    },
    async list() {
      return (await q<{ doc: CareerPlan }>('SELECT doc FROM plans ORDER BY started_at DESC, id')).rows.map((r) => r.doc);
    },
  };
}
