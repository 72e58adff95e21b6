/** Importing a whole store into Postgres (`migrate --from lowdb --to postgres`). */
import type { Pool } from 'pg';
import type { AuditEntry, CareerPlan, CheckinAnswer, ConversationRef, DialogState, Enrolment, Profile, Reminder } from '../ports.js';
import { insertReminders } from './reminders.js';
import { pgJson as j, pgText as k } from './sql.js';

/** What `importSnapshot` writes: everything one store holds. */
export interface StoreSnapshot {
  profiles: Profile[];
  dialogs: Array<{ userKey: string; conversationKey: string; state: DialogState }>;
  refs: ConversationRef[];
  plans: CareerPlan[];
  enrolments: Enrolment[];
  reminders: Reminder[];
  checkins: CheckinAnswer[];
  /** Message keys and when they may be forgotten (ms since the epoch). */
  dedupe: Array<{ key: string; expiresAt: number }>;
  /** With a stable key per entry, so importing twice adds each entry once. */
  audit: Array<{ key: string; entry: AuditEntry }>;
}

export type ImportCounts = Record<keyof StoreSnapshot, { total: number; added: number }>;

/**
 * Writes everything in `snapshot` that is not there yet, in one transaction.
 * Rows already present (by id or key) are left exactly as they are, so
 * importing the same data again changes nothing.
 */
export async function importSnapshot(pool: Pool, snapshot: StoreSnapshot): Promise<ImportCounts> {
  const client = await pool.connect();
  const count = (n: number, added: number | null) => ({ total: n, added: added ?? 0 });
  try {
    await client.query('BEGIN');
    const each = async <T>(rows: T[], one: (row: T) => Promise<number | null>) => {
      let added = 0;
      for (const row of rows) added += (await one(row)) ?? 0;
      return count(rows.length, added);
    };
    const out: ImportCounts = {
      profiles: await each(snapshot.profiles, async (p) =>
        (await client.query('INSERT INTO profiles (user_key, profile) VALUES ($1, $2::jsonb) ON CONFLICT DO NOTHING', [k(p.userKey), j(p)])).rowCount,
      ),
      dialogs: await each(snapshot.dialogs, async (d) =>
        (await client.query('INSERT INTO dialog_states (user_key, conversation_key, state) VALUES ($1, $2, $3::jsonb) ON CONFLICT DO NOTHING', [k(d.userKey), k(d.conversationKey), j(d.state)])).rowCount,
      ),
      refs: await each(snapshot.refs, async (r) =>
        (
          await client.query('INSERT INTO conversation_refs (user_key, platform, aliases, doc) VALUES ($1, $2, $3::text[], $4::jsonb) ON CONFLICT DO NOTHING', [
            k(r.userKey),
            k(r.platform),
            (r.aliases ?? []).map(k),
            j(r),
          ])
        ).rowCount,
      ),
      plans: await each(snapshot.plans, async (p) =>
        (
          await client.query('INSERT INTO plans (id, user_key, started_at, shared_with_manager, doc) VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT DO NOTHING', [
            k(p.id),
            k(p.userKey),
            k(p.startedAt),
            p.sharedWith ? k(p.sharedWith.managerKey) : null,
            j(p),
          ])
        ).rowCount,
      ),
      enrolments: await each(snapshot.enrolments, async (e) =>
        (
          await client.query(
            'INSERT INTO enrolments (id, subject, user_key, manager_key, preceptor_key, status, doc) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) ON CONFLICT DO NOTHING',
            [k(e.id), k(e.subject), e.userKey ? k(e.userKey) : null, e.managerKey ? k(e.managerKey) : null, e.preceptorKey ? k(e.preceptorKey) : null, k(e.status), j(e)],
          )
        ).rowCount,
      ),
      reminders: count(snapshot.reminders.length, await insertReminders(client, snapshot.reminders)),
      checkins: await each(snapshot.checkins, async (a) =>
        (
          await client.query('INSERT INTO checkins (id, user_key, enrolment_id, answered_at, doc) VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT DO NOTHING', [
            k(a.id),
            k(a.userKey),
            k(a.enrolmentId),
            k(a.answeredAt),
            j(a),
          ])
        ).rowCount,
      ),
      dedupe: await each(snapshot.dedupe, async (d) =>
        (await client.query('INSERT INTO dedupe (key, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [k(d.key), new Date(d.expiresAt)])).rowCount,
      ),
      audit: await each(snapshot.audit, async ({ key, entry }) =>
        (
          await client.query('INSERT INTO audit (at, action, actor, subject, detail, import_key) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (import_key) DO NOTHING', [
            k(entry.at),
            k(entry.action),
            k(entry.actor),
            entry.subject === undefined ? null : k(entry.subject),
            entry.detail === undefined ? null : k(entry.detail),
            k(key),
          ])
        ).rowCount,
      ),
    };
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
