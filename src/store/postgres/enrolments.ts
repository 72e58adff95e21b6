/** Enrolments in Postgres (table `enrolments`; subject, user, manager, preceptor and status have columns). */
import type { Enrolment, EnrolmentStore } from '../ports.js';
import { pgJson as j, pgText as k, type Query } from './sql.js';

export function pgEnrolments(q: Query): EnrolmentStore {
  return {
    async get(id) {
      const { rows } = await q<{ doc: Enrolment }>('SELECT doc FROM enrolments WHERE id = $1', [k(id)]);
      return rows[0]?.doc;
    },
    async put(e) {
      await q(
        `INSERT INTO enrolments (id, subject, user_key, manager_key, preceptor_key, status, doc) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
         ON CONFLICT (id) DO UPDATE SET subject = EXCLUDED.subject, user_key = EXCLUDED.user_key, manager_key = EXCLUDED.manager_key,
           preceptor_key = EXCLUDED.preceptor_key, status = EXCLUDED.status, doc = EXCLUDED.doc`,
        [k(e.id), k(e.subject), e.userKey ? k(e.userKey) : null, e.managerKey ? k(e.managerKey) : null, e.preceptorKey ? k(e.preceptorKey) : null, k(e.status), j(e)],
      );
    },
    async list() {
      return (await q<{ doc: Enrolment }>('SELECT doc FROM enrolments ORDER BY seq')).rows.map((r) => r.doc);
    },
    async listForUser(userKey) {
      return (await q<{ doc: Enrolment }>('SELECT doc FROM enrolments WHERE user_key = $1 OR subject = $1 ORDER BY seq', [k(userKey)])).rows.map((r) => r.doc);
    },
    async listForSupporter(userKey) {
      return (await q<{ doc: Enrolment }>('SELECT doc FROM enrolments WHERE manager_key = $1 OR preceptor_key = $1 ORDER BY seq', [k(userKey)])).rows.map((r) => r.doc);
    },
    async deleteUser(userKey) {
      return (await q('DELETE FROM enrolments WHERE user_key = $1 OR subject = $1', [k(userKey)])).rowCount ?? 0;
    },
  };
}
