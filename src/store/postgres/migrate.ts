/** Schema migrations on start-up (the migrations themselves are in src/store/postgres-migrations/). */
import type { ClientBase } from 'pg';
import { LATEST_VERSION, MIGRATIONS } from '../postgres-migrations/index.js';
import { StoreOpenError } from '../ports.js';

/**
 * Brings the schema up to date: one transaction, under an advisory lock keyed
 * by the schema, so instances starting at once wait for each other and each
 * migration runs exactly once. Returns the versions applied.
 */
export async function migrate(client: ClientBase, where = 'the database'): Promise<number[]> {
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
