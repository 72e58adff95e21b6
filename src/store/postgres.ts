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
 * - When Postgres cannot be reached, a statement rejects with
 *   StoreUnavailableError (the turn says it could not save), /healthz says
 *   so, and the outage is logged once when it starts and once when it ends.
 *
 * Tables are unqualified: they live in the connection's schema (search_path),
 * so one database can hold several installations or test runs.
 *
 * This module connects and composes the store. Each port is built over the
 * pool in its own file in src/store/postgres/ (profiles.ts, reminders.ts, …);
 * the schema migration, the snapshot import and the text helpers are there too.
 */
import pg from 'pg';
import type { Logger } from '../log.js';
import {
  StoreOpenError,
  StoreUnavailableError,
  type AuditLog,
  type CheckinStore,
  type ConversationRefStore,
  type DedupeStore,
  type DialogStateStore,
  type EnrolmentStore,
  type PlanStore,
  type ProfileStore,
  type ReminderStore,
  type Store,
  type StoreHealth,
} from './ports.js';
import { databaseName, describeConnectError, redactUrl } from './postgres/connect.js';
import { migrate } from './postgres/migrate.js';
import { importSnapshot, type ImportCounts, type StoreSnapshot } from './postgres/snapshot.js';
import type { Query } from './postgres/sql.js';
import { pgProfiles } from './postgres/profiles.js';
import { pgDialogs } from './postgres/dialogs.js';
import { pgRefs } from './postgres/refs.js';
import { pgPlans } from './postgres/plans.js';
import { pgEnrolments } from './postgres/enrolments.js';
import { pgCheckins } from './postgres/checkins.js';
import { pgReminders } from './postgres/reminders.js';
import { pgDedupe } from './postgres/dedupe.js';
import { pgAudit } from './postgres/audit.js';
import { FaultTracker } from './faults.js';

export { pgJson, pgText } from './postgres/sql.js';
export { describeConnectError, redactUrl } from './postgres/connect.js';
export { migrate } from './postgres/migrate.js';
export type { ImportCounts, StoreSnapshot } from './postgres/snapshot.js';

export interface PgStoreOptions {
  /** postgres://user:password@host:5432/database (DATABASE_URL). */
  url: string;
  /** Most connections this process holds (DATABASE_POOL_SIZE). */
  poolSize?: number;
  log?: Logger;
  /** How long to wait for a connection before giving up, in ms. */
  connectTimeoutMs?: number;
}

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
  private readonly faults: FaultTracker;

  private constructor(
    private readonly pool: pg.Pool,
    /** host:port/database, for /healthz (no user, no password). */
    private readonly database: string,
    log: Logger | undefined,
  ) {
    const faults = (this.faults = new FaultTracker('postgres', log));
    const q: Query = (text, values = []) =>
      pool.query(text, values).then(
        (result) => {
          faults.succeeded();
          return result;
        },
        (err: unknown) => {
          throw isUnreachable(err) ? faults.failed(err) : err;
        },
      );
    this.profiles = pgProfiles(q);
    this.dialogs = pgDialogs(q);
    this.refs = pgRefs(q);
    this.plans = pgPlans(q);
    this.enrolments = pgEnrolments(q);
    this.checkins = pgCheckins(q);
    this.reminders = pgReminders(q, pool);
    this.dedupe = pgDedupe(q);
    this.audit = pgAudit(q);
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
    return new PgStore(pool, databaseName(opts.url), opts.log);
  }

  /**
   * Writes everything in `snapshot` that is not there yet, in one transaction.
   * Rows already present (by id or key) are left exactly as they are, so
   * importing the same data again changes nothing.
   */
  async importSnapshot(snapshot: StoreSnapshot): Promise<ImportCounts> {
    return importSnapshot(this.pool, snapshot);
  }

  async health(): Promise<StoreHealth> {
    if (this.closed) return { ok: false, kind: 'postgres', detail: 'closed' };
    try {
      await this.pool.query('SELECT 1');
      this.faults.succeeded();
      return { ok: true, kind: 'postgres', detail: this.database };
    } catch (err) {
      const reason = isUnreachable(err) ? this.faults.failed(err).reason : ((err as { code?: string }).code ?? 'unreachable');
      return { ok: false, kind: 'postgres', detail: `${this.database}: ${reason}` };
    }
  }

  async close(): Promise<void> {
    this.closed ??= this.pool.end();
    await this.closed;
  }
}

/** Connection errors: Postgres down, restarting or out of reach (not a statement that Postgres refused). */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);

export function isUnreachable(err: unknown): boolean {
  if (err instanceof StoreUnavailableError) return true;
  const e = (err ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (UNREACHABLE.has(code) || code.startsWith('08')) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed/i.test(message);
}
