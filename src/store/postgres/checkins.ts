/** Check-in answers in Postgres (table `checkins`). */
import type { CheckinAnswer, CheckinStore } from '../ports.js';
import { pgJson as j, pgText as k, type Query } from './sql.js';

export function pgCheckins(q: Query): CheckinStore {
  return {
    async get(id) {
      const { rows } = await q<{ doc: CheckinAnswer }>('SELECT doc FROM checkins WHERE id = $1', [k(id)]);
      return rows[0]?.doc;
    },
    async put(a) {
      await q(
        `INSERT INTO checkins (id, user_key, enrolment_id, answered_at, doc) VALUES ($1, $2, $3, $4, $5::jsonb)
         ON CONFLICT (id) DO UPDATE SET user_key = EXCLUDED.user_key, enrolment_id = EXCLUDED.enrolment_id,
           answered_at = EXCLUDED.answered_at, doc = EXCLUDED.doc`,
        [k(a.id), k(a.userKey), k(a.enrolmentId), k(a.answeredAt), j(a)],
      );
    },
    async listForUser(userKey) {
      return (await q<{ doc: CheckinAnswer }>('SELECT doc FROM checkins WHERE user_key = $1 ORDER BY seq', [k(userKey)])).rows.map((r) => r.doc);
    },
    async listForEnrolment(enrolmentId) {
      return (await q<{ doc: CheckinAnswer }>('SELECT doc FROM checkins WHERE enrolment_id = $1 ORDER BY seq', [k(enrolmentId)])).rows.map((r) => r.doc);
    },
    async purgeTextBefore(before) {
      const res = await q(
        `UPDATE checkins SET doc = jsonb_set(doc, '{text}', '{}'::jsonb)
         WHERE answered_at < $1 AND jsonb_typeof(doc -> 'text') = 'object' AND doc -> 'text' <> '{}'::jsonb`,
        [before.toISOString()],
      );
      return res.rowCount ?? 0;
    },
    async deleteUser(userKey) {
      return (await q('DELETE FROM checkins WHERE user_key = $1', [k(userKey)])).rowCount ?? 0;
    },
  };
}
