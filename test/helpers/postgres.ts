/**
 * Postgres for tests: where it is (TEST_DATABASE_URL, default the local
 * server), whether it is there, and a fresh schema per run so runs never
 * collide (tables are unqualified; `search_path` picks the schema).
 *
 * On a machine without Postgres the Postgres tests are skipped with one
 * visible warning. With REQUIRE_POSTGRES=1 (CI) they fail instead.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test';
export const REQUIRE_POSTGRES = process.env['REQUIRE_POSTGRES'] === '1';

let checked: Promise<boolean> | undefined;
let warned = false;

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * True when the Postgres tests should run. Throws when REQUIRE_POSTGRES=1 and
 * the server cannot be reached, so CI fails instead of skipping.
 */
export async function postgresReady(): Promise<boolean> {
  checked ??= reachable();
  const ok = await checked;
  if (!ok && REQUIRE_POSTGRES) {
    throw new Error(`REQUIRE_POSTGRES=1 but Postgres is not reachable at ${redact(TEST_DATABASE_URL)}. Start Postgres or set TEST_DATABASE_URL.`);
  }
  if (!ok && !warned) {
    warned = true;
    console.warn(`Postgres tests skipped: no Postgres at ${redact(TEST_DATABASE_URL)}. Set TEST_DATABASE_URL to run them (CI sets REQUIRE_POSTGRES=1 so they cannot be skipped there).`);
  }
  return ok;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(TEST_DATABASE_URL is not a valid address)';
  }
}

export interface TestSchema {
  schema: string;
  /** TEST_DATABASE_URL with `search_path` set to the schema (and commits that do not wait for the disk). */
  url: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates `cc_test_<time>_<random>` and returns a connection address that uses it. Also drops test schemas left over from runs more than a day old. */
export async function createTestSchema(): Promise<TestSchema> {
  const stamp = Date.now().toString(36);
  const schema = `cc_test_${stamp}_${randomBytes(4).toString('hex')}`;
  await admin(async (c) => {
    const { rows } = await c.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'cc\\_test\\_%'`);
    for (const { nspname } of rows) {
      const born = parseInt(nspname.split('_')[2] ?? '', 36);
      if (Number.isFinite(born) && Date.now() - born > 86_400_000) await c.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`).catch(() => undefined);
    }
    await c.query(`CREATE SCHEMA "${schema}"`);
  });
  const u = new URL(TEST_DATABASE_URL);
  // Tests never crash the database itself, so commits need not wait for the disk (much quicker on busy machines).
  u.searchParams.set('options', `-c search_path=${schema} -c synchronous_commit=off`);
  return {
    schema,
    url: u.toString(),
    drop: () => admin(async (c) => void (await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`))),
  };
}

/** Runs one query in a schema, for tests that look at rows directly. */
export async function querySchema<R extends pg.QueryResultRow = any>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Empties every table in the schema but schema_migrations (between tests that
 * share one schema). DELETE is much quicker than TRUNCATE on small tables; the
 * audit table refuses DELETE (append-only), so it is truncated when it has rows.
 */
export async function truncateAll(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'`,
    );
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    await client.query('BEGIN');
    for (const { tablename } of rows) {
      if (tablename === 'audit') {
        const { rows: any } = await client.query('SELECT 1 FROM audit LIMIT 1');
        if (any.length > 0) await client.query('TRUNCATE audit');
      } else {
        await client.query(`DELETE FROM ${quote(tablename)}`);
      }
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}
