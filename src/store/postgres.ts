/**
 * The Postgres store: the same ports as the embedded store, for several
 * instances of the server sharing one database.
 *
 * - Plain SQL, parameterised queries only. Flexible shapes are JSONB; what is
 *   searched or compared has a proper column (see postgres-migrations/).
 * - The schema is migrated on start-up, in one transaction under an advisory
 *   lock, so instances starting together migrate exactly once.
 * - Reminders are claimed with `FOR UPDATE SKIP LOCKED` and a lease: two
 *   instances never claim the same due reminder, and a crashed instance's
 *   claims are taken over once their lease has expired.
 * - Every method resolves after its statement has committed.
 *
 * Tables are unqualified: they live in the connection's schema (search_path),
 * so one database can hold several installations or test runs.
 */
import pg from 'pg';
import type { PoolClient } from 'pg';
import type { Logger } from '../log.js';
import { LATEST_VERSION, MIGRATIONS } from './postgres-migrations/index.js';
import {
  StoreOpenError,
  type AuditEntry,
  type AuditLog,
  type CareerPlan,
  type CheckinAnswer,
  type CheckinStore,
  type ConversationRef,
  type ConversationRefStore,
  type DedupeStore,
  type DialogState,
  type DialogStateStore,
  type Enrolment,
  type EnrolmentStore,
  type PlanStore,
  type Profile,
  type ProfileStore,
  type Reminder,
  type ReminderState,
  type ReminderStore,
  type Store,
  type StoreHealth,
} from './ports.js';

export interface PgStoreOptions {
  /** postgres://user:password@host:5432/database (DATABASE_URL). */
  url: string;
  /** Most connections this process holds (DATABASE_POOL_SIZE). */
  poolSize?: number;
  log?: Logger;
  /** How long to wait for a connection before giving up, in ms. */
  connectTimeoutMs?: number;
}

const REMINDER_STATES: ReminderState[] = ['pending', 'claimed', 'sent', 'missed', 'failed', 'cancelled'];

/**
 * Postgres refuses NUL characters in text and lone surrogate halves in JSONB.
 * Both are replaced with U+FFFD so hostile or damaged input is stored, not refused.
 */
export function pgText(s: string): string {
  return s.includes('\u0000') ? s.replace(/\u0000/g, '\uFFFD') : s;
}

/** JSON text for a JSONB parameter (see pgText). Escapes preceded by an odd number of backslashes are literal text and are left alone. */
export function pgJson(value: unknown): string {
  const s = JSON.stringify(value ?? null);
  return s.includes('\\u') ? s.replace(/(?<!\\)((?:\\\\)*)\\u(?:0000|[dD][89a-fA-F][0-9a-fA-F]{2})/g, '$1\\ufffd') : s;
}

/** DATABASE_URL without its password (or any query string, which may hold one), for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    const auth = u.username ? `${decodeURIComponent(u.username)}${u.password ? ':***' : ''}@` : '';
    return `${u.protocol}//${auth}${u.host}${u.pathname}`;
  } catch {
    return '(not a valid address)';
  }
}

/** host:port/database of DATABASE_URL, for health reports. */
function databaseName(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return 'postgres';
  }
}

/** Why a connection failed, in words, with the password scrubbed. */
export function describeConnectError(err: unknown, url: string): string {
  const e = err as { code?: string; message?: string } | null;
  const code = e?.code ?? '';
  let why: string;
  switch (code) {
    case 'ECONNREFUSED':
      why = 'connection refused: nothing is listening at that host and port';
      break;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      why = 'the host name cannot be found';
      break;
    case 'ETIMEDOUT':
      why = 'no answer in time';
      break;
    case '28P01':
      why = 'the password was refused';
      break;
    case '28000':
      why = 'the server refused this user';
      break;
    case '3D000':
      why = 'the database does not exist';
      break;
    case '3F000':
      why = 'the schema named in search_path does not exist';
      break;
    default:
      why = e?.message ? e.message : String(err);
  }
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    // An unparseable address has no password to hide.
  }
  if (password) why = why.split(password).join('***');
  return why;
}

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

type Queryable = Pick<PoolClient, 'query'>;

export class PgStore implements Store {
  readonly profiles: ProfileStore;
  readonly dialogs: DialogStateStore;
  readonly refs: ConversationRefStore;
  readonly plans: PlanStore;
  readonly enrolments: EnrolmentStore;
  readonly reminders: ReminderStore;
  readonly checkins: CheckinStore;
  readonly dedupe: DedupeStore;
  readonly audit: AuditLog;
  private closed: Promise<void> | undefined;

  private constructor(
    private readonly pool: pg.Pool,
    /** host:port/database, for /healthz (no user, no password). */
    private readonly database: string,
  ) {
    const q = <R extends pg.QueryResultRow = any>(text: string, values: unknown[] = []) => pool.query<R>(text, values);
    const k = pgText;
    const j = pgJson;

    this.profiles = {
      async get(userKey) {
        const { rows } = await q<{ profile: Profile }>('SELECT profile FROM profiles WHERE user_key = $1', [k(userKey)]);
        return rows[0]?.profile;
      },
      async put(profile) {
        await q(
          `INSERT INTO profiles (user_key, profile) VALUES ($1, $2::jsonb)
           ON CONFLICT (user_key) DO UPDATE SET profile = EXCLUDED.profile, written_at = now()`,
          [k(profile.userKey), j(profile)],
        );
      },
      async delete(userKey) {
        return ((await q('DELETE FROM profiles WHERE user_key = $1', [k(userKey)])).rowCount ?? 0) > 0;
      },
      async count() {
        const { rows } = await q<{ n: number }>('SELECT count(*)::int AS n FROM profiles');
        return rows[0]?.n ?? 0;
      },
      async listForManager(managerKey) {
        return (await q<{ profile: Profile }>(`SELECT profile FROM profiles WHERE profile ->> 'managerKey' = $1 ORDER BY user_key`, [k(managerKey)])).rows.map((r) => r.profile);
      },
      async list() {
        return (await q<{ profile: Profile }>('SELECT profile FROM profiles ORDER BY user_key')).rows.map((r) => r.profile);
      },
    };

    this.dialogs = {
      async get(userKey, conversationKey) {
        const { rows } = await q<{ state: DialogState }>('SELECT state FROM dialog_states WHERE user_key = $1 AND conversation_key = $2', [k(userKey), k(conversationKey)]);
        return rows[0]?.state;
      },
      async put(userKey, conversationKey, state) {
        if (!state) {
          await q('DELETE FROM dialog_states WHERE user_key = $1 AND conversation_key = $2', [k(userKey), k(conversationKey)]);
          return;
        }
        await q(
          `INSERT INTO dialog_states (user_key, conversation_key, state) VALUES ($1, $2, $3::jsonb)
           ON CONFLICT (user_key, conversation_key) DO UPDATE SET state = EXCLUDED.state, written_at = now()`,
          [k(userKey), k(conversationKey), j(state)],
        );
      },
      async listForUser(userKey) {
        const { rows } = await q<{ conversation_key: string; state: DialogState }>('SELECT conversation_key, state FROM dialog_states WHERE user_key = $1 ORDER BY written_at, conversation_key', [
          k(userKey),
        ]);
        return rows.map((r) => ({ conversationKey: r.conversation_key, state: r.state }));
      },
      async deleteUser(userKey) {
        return (await q('DELETE FROM dialog_states WHERE user_key = $1', [k(userKey)])).rowCount ?? 0;
      },
    };

    this.refs = {
      async get(userKey) {
        const { rows } = await q<{ doc: ConversationRef }>('SELECT doc FROM conversation_refs WHERE user_key = $1', [k(userKey)]);
        return rows[0]?.doc;
      },
      async findByAlias(alias) {
        const { rows } = await q<{ doc: ConversationRef }>('SELECT doc FROM conversation_refs WHERE aliases @> ARRAY[$1::text] ORDER BY user_key LIMIT 1', [k(alias)]);
        return rows[0]?.doc;
      },
      async put(ref) {
        await q(
          `INSERT INTO conversation_refs (user_key, platform, aliases, doc) VALUES ($1, $2, $3::text[], $4::jsonb)
           ON CONFLICT (user_key) DO UPDATE SET platform = EXCLUDED.platform, aliases = EXCLUDED.aliases, doc = EXCLUDED.doc`,
          [k(ref.userKey), k(ref.platform), (ref.aliases ?? []).map(k), j(ref)],
        );
      },
      async delete(userKey) {
        return ((await q('DELETE FROM conversation_refs WHERE user_key = $1', [k(userKey)])).rowCount ?? 0) > 0;
      },
    };

    this.plans = {
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

    this.enrolments = {
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

    this.checkins = {
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

    this.reminders = {
      async get(id) {
        const { rows } = await q<ReminderRow>(`SELECT ${REMINDER_COLUMNS} FROM reminders WHERE id = $1`, [k(id)]);
        return rows[0] ? toReminder(rows[0]) : undefined;
      },
      async insertNew(list) {
        return insertReminders(pool, list);
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

    let claimsSincePrune = 0;
    this.dedupe = {
      async claim(key, now, ttlMs) {
        const res = await q(
          `INSERT INTO dedupe (key, expires_at) VALUES ($1, $2)
           ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE dedupe.expires_at <= $3
           RETURNING key`,
          [k(key), new Date(now.getTime() + ttlMs), now],
        );
        if (++claimsSincePrune >= 500) {
          claimsSincePrune = 0;
          await q('DELETE FROM dedupe WHERE expires_at <= $1', [now]);
        }
        return (res.rowCount ?? 0) > 0;
      },
    };

    this.audit = {
      async append(entry) {
        await q('INSERT INTO audit (at, action, actor, subject, detail) VALUES ($1, $2, $3, $4, $5)', [
          k(entry.at),
          k(entry.action),
          k(entry.actor),
          entry.subject === undefined ? null : k(entry.subject),
          entry.detail === undefined ? null : k(entry.detail),
        ]);
      },
      async tail(limit) {
        const n = Math.max(0, Math.floor(Math.min(limit, Number.MAX_SAFE_INTEGER)));
        const { rows } = await q<{ at: string; action: AuditEntry['action']; actor: string; subject: string | null; detail: string | null }>(
          'SELECT at, action, actor, subject, detail FROM (SELECT * FROM audit ORDER BY id DESC LIMIT $1) newest ORDER BY id',
          [String(n)],
        );
        return rows.map((r) => {
          const e: AuditEntry = { at: r.at, action: r.action, actor: r.actor };
          if (r.subject !== null) e.subject = r.subject;
          if (r.detail !== null) e.detail = r.detail;
          return e;
        });
      },
    };
  }

  /**
   * Connects, migrates the schema (once, whoever starts first), and returns the
   * store. Throws StoreOpenError naming DATABASE_URL (password hidden) and what
   * to check when the database cannot be reached or is newer than this version.
   */
  static async open(opts: PgStoreOptions): Promise<PgStore> {
    const where = redactUrl(opts.url);
    // Start-up check and migration on a connection of their own, with a time limit: a database
    // that is down or unreachable stops start-up with a clear message instead of hanging.
    const client = new pg.Client({ connectionString: opts.url, connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000, application_name: 'career-companion' });
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (err) {
      await client.end().catch(() => undefined);
      throw new StoreOpenError(
        `Career Companion cannot connect to Postgres at DATABASE_URL=${where} (${describeConnectError(err, opts.url)}). ` +
          'Check that Postgres is running and reachable from this machine, and that the host, port, database name, user and password in DATABASE_URL are right.',
      );
    }
    try {
      const applied = await migrate(client, where);
      if (applied.length > 0) opts.log?.info({ versions: applied }, 'Postgres schema migrated');
    } catch (err) {
      if (err instanceof StoreOpenError) throw err;
      throw new StoreOpenError(`Career Companion could not prepare the Postgres schema at DATABASE_URL=${where} (${describeConnectError(err, opts.url)}). Check that the user in DATABASE_URL may create tables in its schema.`);
    } finally {
      await client.end().catch(() => undefined);
    }
    // No time limit on getting a connection from the pool: under load (a scheduler batch) work
    // queues for a free connection rather than failing; the pool size bounds the load on Postgres.
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, application_name: 'career-companion', keepAlive: true });
    // An idle connection that drops (a database restart) must not crash the process; the next query reconnects.
    pool.on('error', (err) => opts.log?.warn({ err: { name: err.name, message: describeConnectError(err, opts.url) } }, 'A Postgres connection was lost'));
    return new PgStore(pool, databaseName(opts.url));
  }

  /**
   * Writes everything in `snapshot` that is not there yet, in one transaction.
   * Rows already present (by id or key) are left exactly as they are, so
   * importing the same data again changes nothing.
   */
  async importSnapshot(snapshot: StoreSnapshot): Promise<ImportCounts> {
    const client = await this.pool.connect();
    const k = pgText;
    const j = pgJson;
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

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, kind: 'postgres', detail: 'closed' };
    try {
      await this.pool.query('SELECT 1');
      return { ok: true, kind: 'postgres', detail: this.database };
    } catch (err) {
      return { ok: false, kind: 'postgres', detail: `${this.database}: ${(err as { code?: string }).code ?? 'unreachable'}` };
    }
  }

  async close(): Promise<void> {
    this.closed ??= this.pool.end();
    await this.closed;
  }
}

/** Inserts reminders whose id is new in one statement; returns how many were added. */
async function insertReminders(db: Queryable, list: Reminder[]): Promise<number> {
  const seen = new Set<string>();
  const rows = list.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
  if (rows.length === 0) return 0;
  const col = <T>(f: (r: Reminder) => T) => rows.map(f);
  const str = (s: string | undefined) => (s === undefined ? null : pgText(s));
  const res = await db.query(
    `INSERT INTO reminders (id, kind, user_key, due_at, original_due_at, state, lease_owner, lease_until, attempts, last_error, sent_at, payload, updated_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::timestamptz[],
                          $9::integer[], $10::text[], $11::text[], $12::jsonb[], $13::text[])
     ON CONFLICT (id) DO NOTHING`,
    [
      col((r) => pgText(r.id)),
      col((r) => pgText(r.kind)),
      col((r) => pgText(r.userKey)),
      col((r) => r.dueAt),
      col((r) => pgText(r.originalDueAt ?? r.dueAt)),
      col((r) => pgText(r.state)),
      col((r) => str(r.lease?.owner)),
      col((r) => r.lease?.until ?? null),
      col((r) => r.attempts ?? 0),
      col((r) => str(r.lastError)),
      col((r) => str(r.sentAt)),
      col((r) => pgJson(r.payload ?? {})),
      col((r) => pgText(r.updatedAt ?? r.dueAt)),
    ],
  );
  return res.rowCount ?? 0;
}

/**
 * Brings the schema up to date: one transaction, under an advisory lock keyed
 * by the schema, so instances starting at once wait for each other and each
 * migration runs exactly once. Returns the versions applied.
 */
export async function migrate(client: pg.ClientBase, where = 'the database'): Promise<number[]> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ schema: string | null }>('SELECT current_schema() AS schema');
    const schema = rows[0]?.schema;
    if (!schema) {
      throw new StoreOpenError(
        `The Postgres schema for Career Companion at DATABASE_URL=${where} does not exist (search_path names no existing schema). Create the schema, or remove search_path from DATABASE_URL to use "public".`,
      );
    }
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`career-companion:migrate:${schema}`]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version     integer PRIMARY KEY,
      name        text NOT NULL,
      applied_at  timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const newest = Math.max(0, ...done);
    if (newest > LATEST_VERSION) {
      throw new StoreOpenError(
        `The Postgres schema at DATABASE_URL=${where} was written by a newer version of Career Companion (schema ${newest}; this version knows up to ${LATEST_VERSION}). Upgrade Career Companion on every instance.`,
      );
    }
    const applied: number[] = [];
    for (const m of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
