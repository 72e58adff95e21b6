/** What every part of the Postgres store shares: how text and JSON go in, and how a statement is run. */
import type { PoolClient, QueryResult, QueryResultRow } from 'pg';

/** Runs one parameterised statement on the pool. */
export type Query = <R extends QueryResultRow = any>(text: string, values?: unknown[]) => Promise<QueryResult<R>>;

/** A pool or a client checked out of it (a transaction). */
export type Queryable = Pick<PoolClient, 'query'>;

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
