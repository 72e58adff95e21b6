/**
 * `career-companion migrate --from lowdb --to postgres [--data-dir <dir>]`
 *
 * Copies everything in the embedded store (DATA_DIR, or --data-dir) into
 * Postgres (DATABASE_URL), in one transaction, then prints how many of each
 * kind it found and added. Rows already in Postgres are left exactly as they
 * are, so running it again changes nothing (and never overwrites what the
 * Postgres instances have written since).
 *
 * Stop the server first: the embedded store belongs to one process.
 */
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { isStartupError, loadDotEnv } from './serve.js';
import { readCommandLine, usageError } from './args.js';
import type { Command } from './io.js';
import type { AuditEntry, CareerPlan, CheckinAnswer, ConversationRef, DialogState, Enrolment, Profile, Reminder } from '../store/ports.js';
import type { ImportCounts, StoreSnapshot } from '../store/postgres.js';

const USAGE = `Usage:
  career-companion migrate --from lowdb --to postgres [--data-dir <dir>]

Copies the embedded store (in --data-dir, default DATA_DIR or ./data) into the
Postgres database at DATABASE_URL. What is already in Postgres is kept as it
is, so running it twice changes nothing. Stop the server first.
`;

/**
 * The versions of each embedded-store document whose layout this command
 * reads (src/store/migrations.ts). People v2 only tidied the top level, so
 * the maps are the same as v1. A newer layout must be added here (a test fails
 * until it is).
 */
const READS: Record<'people' | 'reminders' | 'dedupe', readonly number[]> = { people: [1, 2], reminders: [1], dedupe: [1] };

const LABELS: Record<keyof StoreSnapshot, string> = {
  profiles: 'profiles',
  dialogs: 'dialog states',
  refs: 'conversation references',
  plans: 'career plans',
  enrolments: 'enrolments',
  reminders: 'reminders',
  checkins: 'check-in answers',
  dedupe: 'recent message ids',
  audit: 'audit entries',
};

class MigrateError extends Error {}

/** What --from and --to must be; undefined when they are right. */
function directionProblem(from: string | undefined, to: string | undefined): string | undefined {
  if (from !== 'lowdb') return from === undefined ? '--from lowdb is required.' : `--from: only "lowdb" can be migrated from (got "${from}").`;
  if (to !== 'postgres') return to === undefined ? '--to postgres is required.' : `--to: only "postgres" can be migrated to (got "${to}").`;
  return undefined;
}

/** Replays a data file's journal (src/store/journal.ts) into its collections. */
async function readJournalFile(file: string, collections: readonly string[]): Promise<Record<string, any> | undefined> {
  if (!existsSync(file)) return undefined;
  const { parseJournal, readJournalFile } = await import('../store/journal.js');
  return parseJournal((await readJournalFile(file)).text, file, collections).data as Record<string, any>;
}

const values = <T>(map: unknown): T[] => (map && typeof map === 'object' ? Object.values(map as Record<string, T>) : []);

/** Reads everything the embedded store in `dir` holds. */
export async function readEmbeddedStore(dir: string, now = new Date()): Promise<StoreSnapshot> {
  const { LowStore, DATA_FILE, REMINDERS_FILE, DEDUPE_FILE, PEOPLE_COLLECTIONS, REMINDER_COLLECTIONS, DEDUPE_COLLECTIONS } = await import('../store/lowdb.js');
  // Opening checks the files (corrupt, newer version) exactly as the server would, and brings them up to date.
  const low = await LowStore.open(dir);
  let audit: AuditEntry[];
  try {
    audit = await low.audit.tail(Number.MAX_SAFE_INTEGER);
  } finally {
    await low.close();
  }
  // The store is closed (its lock released); what it checked and wrote is read back from the journals.
  const people = (await readJournalFile(join(dir, DATA_FILE), PEOPLE_COLLECTIONS)) ?? {};
  const timeline = (await readJournalFile(join(dir, REMINDERS_FILE), REMINDER_COLLECTIONS)) ?? {};
  const seen = (await readJournalFile(join(dir, DEDUPE_FILE), DEDUPE_COLLECTIONS)) ?? {};
  for (const [name, kind, doc] of [
    [DATA_FILE, 'people', people],
    [REMINDERS_FILE, 'reminders', timeline],
    [DEDUPE_FILE, 'dedupe', seen],
  ] as const) {
    const version = doc['schemaVersion'];
    if (version !== undefined && !READS[kind].includes(Number(version))) {
      throw new MigrateError(
        `${join(dir, name)} has schema ${String(version)}, which this migrate command cannot read yet (it reads ${READS[kind].join(', ')}). Nothing was copied.`,
      );
    }
  }
  const dialogs: StoreSnapshot['dialogs'] = [];
  for (const [key, state] of Object.entries((people['dialogs'] ?? {}) as Record<string, DialogState>)) {
    const cut = key.indexOf('\u0000');
    if (cut < 0) continue;
    dialogs.push({ userKey: key.slice(0, cut), conversationKey: key.slice(cut + 1), state });
  }
  return {
    profiles: values<Profile>(people['profiles']),
    dialogs,
    refs: values<ConversationRef>(people['refs']),
    plans: values<CareerPlan>(people['plans']),
    enrolments: values<Enrolment>(people['enrolments']),
    reminders: values<Reminder>(timeline['reminders']),
    checkins: values<CheckinAnswer>(people['checkins']),
    dedupe: Object.entries((seen['seen'] ?? {}) as Record<string, number>)
      .filter(([, until]) => typeof until === 'number' && until > now.getTime())
      .map(([key, expiresAt]) => ({ key, expiresAt })),
    // Keyed by position and content: the log only grows, so an entry keeps its key between runs.
    audit: audit.map((entry, i) => ({ key: `lowdb:${i}:${createHash('sha256').update(JSON.stringify(entry)).digest('hex').slice(0, 16)}`, entry })),
  };
}


export function formatCounts(counts: ImportCounts): string {
  return (Object.keys(LABELS) as Array<keyof StoreSnapshot>)
    .map((k) => {
      const { total, added } = counts[k];
      const kept = total - added;
      return `  ${LABELS[k]}: ${total} (${added} added${kept > 0 ? `, ${kept} already there` : ''})`;
    })
    .join('\n');
}

export const run: Command = async (args, io) => {
  const line = readCommandLine(args, io, {
    usage: USAGE,
    options: { from: { type: 'string' }, to: { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  if (typeof line === 'number') return line;
  const problem = directionProblem(line.values.from, line.values.to);
  if (problem) return usageError(io, USAGE, problem);
  loadDotEnv(io.env);
  const url = io.env['DATABASE_URL']?.trim();
  const { redactUrl } = await import('../store/postgres.js');
  if (!url) {
    io.stderr.write(`DATABASE_URL: must be set to the Postgres database to copy into, e.g. postgres://user:password@host:5432/database.\n\n${USAGE}`);
    return 2;
  }
  let valid = false;
  try {
    const u = new URL(url);
    valid = (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && u.hostname !== '';
  } catch {
    valid = false;
  }
  if (!valid) {
    io.stderr.write(`DATABASE_URL: expected a postgres:// address such as postgres://user:password@host:5432/database (value hidden).\n`);
    return 2;
  }
  const dataDir = resolve(line.values['data-dir'] ?? io.env['DATA_DIR']?.trim() ?? './data');
  const { DATA_FILE } = await import('../store/lowdb.js');
  if (!existsSync(join(dataDir, DATA_FILE))) {
    io.stderr.write(`There is no embedded store in ${dataDir} (no ${DATA_FILE}). Point --data-dir (or DATA_DIR) at the folder the server used.\n`);
    return 1;
  }

  let snapshot: StoreSnapshot;
  try {
    snapshot = await readEmbeddedStore(dataDir);
  } catch (err) {
    if (isStartupError(err) || err instanceof MigrateError) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }

  const { PgStore } = await import('../store/postgres.js');
  let pg;
  try {
    pg = await PgStore.open({ url, poolSize: 2 });
    const counts = await pg.importSnapshot(snapshot);
    io.stdout.write(`Copied the embedded store in ${dataDir} to Postgres at ${redactUrl(url)}:\n${formatCounts(counts)}\n`);
    return 0;
  } catch (err) {
    if (isStartupError(err)) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    const { describeConnectError } = await import('../store/postgres.js');
    io.stderr.write(`Nothing was copied: writing to Postgres at ${redactUrl(url)} failed (${describeConnectError(err, url)}).\n`);
    return 1;
  } finally {
    await pg?.close();
  }
};
