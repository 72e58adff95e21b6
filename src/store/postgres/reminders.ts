/**
 * Reminders in Postgres (table `reminders`: every field has a column, the
 * payload is JSONB). Due reminders are claimed with `FOR UPDATE SKIP LOCKED`
 * and a lease, so two instances never claim the same one.
 */
import type { Reminder, ReminderState, ReminderStore } from '../ports.js';
import { pgJson as j, pgText as k, type Query, type Queryable } from './sql.js';

const REMINDER_STATES: ReminderState[] = ['pending', 'claimed', 'sent', 'missed', 'failed', 'cancelled'];

interface ReminderRow {
  id: string;
  kind: string;
  user_key: string;
  due_at: Date;
  original_due_at: string;
  state: string;
  lease_owner: string | null;
  lease_until: Date | null;
  attempts: number;
  last_error: string | null;
  sent_at: string | null;
  payload: Record<string, string> | null;
  updated_at: string;
}

const REMINDER_COLUMNS = 'id, kind, user_key, due_at, original_due_at, state, lease_owner, lease_until, attempts, last_error, sent_at, payload, updated_at';

function toReminder(row: ReminderRow): Reminder {
  const r: Reminder = {
    id: row.id,
    kind: row.kind as Reminder['kind'],
    userKey: row.user_key,
    dueAt: row.due_at.toISOString(),
    originalDueAt: row.original_due_at,
    state: row.state as ReminderState,
    attempts: row.attempts,
    payload: row.payload ?? {},
    updatedAt: row.updated_at,
  };
  if (row.lease_owner !== null && row.lease_until !== null) r.lease = { owner: row.lease_owner, until: row.lease_until.toISOString() };
  if (row.last_error !== null) r.lastError = row.last_error;
  if (row.sent_at !== null) r.sentAt = row.sent_at;
  return r;
}

const byDueAt = (a: Reminder, b: Reminder) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0);

/** Reminder fields that `update` may change, and their columns. */
const REMINDER_FIELDS: Record<string, { column: string; cast?: string; nullable: boolean }> = {
  kind: { column: 'kind', nullable: false },
  userKey: { column: 'user_key', nullable: false },
  dueAt: { column: 'due_at', cast: 'timestamptz', nullable: false },
  originalDueAt: { column: 'original_due_at', nullable: false },
  state: { column: 'state', nullable: false },
  attempts: { column: 'attempts', cast: 'integer', nullable: false },
  lastError: { column: 'last_error', nullable: true },
  sentAt: { column: 'sent_at', nullable: true },
  payload: { column: 'payload', cast: 'jsonb', nullable: false },
  updatedAt: { column: 'updated_at', nullable: false },
};

export function pgReminders(q: Query, db: Queryable): ReminderStore {
  return {
    async get(id) {
      const { rows } = await q<ReminderRow>(`SELECT ${REMINDER_COLUMNS} FROM reminders WHERE id = $1`, [k(id)]);
      return rows[0] ? toReminder(rows[0]) : undefined;
    },
    async insertNew(list) {
      return insertReminders(db, list);
    },
    async claimDue(now, owner, leaseMs, limit) {
      if (limit <= 0) return [];
      const until = new Date(now.getTime() + leaseMs);
      const { rows } = await q<ReminderRow>(
        `UPDATE reminders SET state = 'claimed', lease_owner = $2, lease_until = $3, updated_at = $4
         WHERE id IN (
           SELECT id FROM reminders
           WHERE (state = 'pending' AND due_at <= $1)
              OR (state = 'claimed' AND (lease_until IS NULL OR lease_until <= $1))
           ORDER BY due_at
           LIMIT $5
           FOR UPDATE SKIP LOCKED)
         RETURNING ${REMINDER_COLUMNS}`,
        [now, k(owner), until, now.toISOString(), Math.floor(limit)],
      );
      return rows.map(toReminder).sort(byDueAt);
    },
    async update(id, change, owner) {
      const sets: string[] = [];
      const values: unknown[] = [k(id)];
      const param = (v: unknown, cast?: string) => {
        values.push(v);
        return cast ? `$${values.length}::${cast}` : `$${values.length}`;
      };
      for (const [key, value] of Object.entries(change)) {
        if (key === 'lease') {
          const lease = value as Reminder['lease'] | undefined;
          if (lease) sets.push(`lease_owner = ${param(k(lease.owner))}`, `lease_until = ${param(lease.until, 'timestamptz')}`);
          else sets.push('lease_owner = NULL', 'lease_until = NULL');
          continue;
        }
        const field = REMINDER_FIELDS[key];
        if (!field) continue;
        if (value === undefined || value === null) {
          if (field.nullable) sets.push(`${field.column} = NULL`);
          continue;
        }
        const v = field.cast === 'jsonb' ? j(value) : typeof value === 'string' ? k(value) : value;
        sets.push(`${field.column} = ${param(v, field.cast)}`);
      }
      if (sets.length === 0) sets.push('id = id');
      let where = 'id = $1';
      if (owner !== undefined) where += ` AND lease_owner = ${param(k(owner))}`;
      const res = await q(`UPDATE reminders SET ${sets.join(', ')} WHERE ${where}`, values);
      return (res.rowCount ?? 0) > 0;
    },
    async listDue(now, limit) {
      const { rows } = await q<ReminderRow>(`SELECT ${REMINDER_COLUMNS} FROM reminders WHERE state = 'pending' AND due_at <= $1 ORDER BY due_at, seq LIMIT $2`, [
        now,
        Math.max(0, Math.floor(limit)),
      ]);
      return rows.map(toReminder);
    },
    async listForUser(userKey) {
      return (await q<ReminderRow>(`SELECT ${REMINDER_COLUMNS} FROM reminders WHERE user_key = $1 ORDER BY seq`, [k(userKey)])).rows.map(toReminder);
    },
    async listByPayload(key, value) {
      return (await q<ReminderRow>(`SELECT ${REMINDER_COLUMNS} FROM reminders WHERE payload @> jsonb_build_object($1::text, $2::text) ORDER BY seq`, [k(key), k(value)])).rows.map(
        toReminder,
      );
    },
    async countByState() {
      const counts = Object.fromEntries(REMINDER_STATES.map((s) => [s, 0])) as Record<ReminderState, number>;
      const { rows } = await q<{ state: ReminderState; n: number }>('SELECT state, count(*)::int AS n FROM reminders GROUP BY state');
      for (const r of rows) counts[r.state] = r.n;
      return counts;
    },
    async deleteUser(userKey) {
      return (await q(`DELETE FROM reminders WHERE user_key = $1 OR payload ->> 'subjectKey' = $1`, [k(userKey)])).rowCount ?? 0;
    },
  };
}

/** Inserts reminders whose id is new in one statement; returns how many were added. */
export async function insertReminders(db: Queryable, list: Reminder[]): Promise<number> {
  const seen = new Set<string>();
  const rows = list.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
  if (rows.length === 0) return 0;
  const col = <T>(f: (r: Reminder) => T) => rows.map(f);
  const str = (s: string | undefined) => (s === undefined ? null : k(s));
  const res = await db.query(
    `INSERT INTO reminders (id, kind, user_key, due_at, original_due_at, state, lease_owner, lease_until, attempts, last_error, sent_at, payload, updated_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::timestamptz[],
                          $9::integer[], $10::text[], $11::text[], $12::jsonb[], $13::text[])
     ON CONFLICT (id) DO NOTHING`,
    [
      col((r) => k(r.id)),
      col((r) => k(r.kind)),
      col((r) => k(r.userKey)),
      col((r) => r.dueAt),
      col((r) => k(r.originalDueAt ?? r.dueAt)),
      col((r) => k(r.state)),
      col((r) => str(r.lease?.owner)),
      col((r) => r.lease?.until ?? null),
      col((r) => r.attempts ?? 0),
      col((r) => str(r.lastError)),
      col((r) => str(r.sentAt)),
      col((r) => j(r.payload ?? {})),
      col((r) => k(r.updatedAt ?? r.dueAt)),
    ],
  );
  return res.rowCount ?? 0;
}
