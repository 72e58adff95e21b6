/**
 * Ordered, repeatable schema migrations for the documents of the embedded store.
 *
 * Each document has its own schema version and its own list of steps. A step
 * `{ to, name, up }` turns data at version `to - 1` (or older, after the
 * earlier steps) into data at version `to`. `migrate` applies, in order, every
 * step whose `to` is above the data's schemaVersion and sets schemaVersion
 * after each one.
 *
 * Rules for writing a step:
 * - `up` must be repeatable: running it on data it has already migrated
 *   changes nothing (the tests check this for every step).
 * - `up` never looks at or logs what people wrote; it moves structure only.
 * - Never edit a step once released: add a new one with the next `to`, and
 *   raise that document's version in this file.
 */

/** The people document (career-companion.jsonl). */
export const PEOPLE_SCHEMA_VERSION = 2;
/** The reminders document (reminders.jsonl). */
export const REMINDERS_SCHEMA_VERSION = 1;
/** The seen-messages document (dedupe.jsonl). */
export const DEDUPE_SCHEMA_VERSION = 1;

export type StoredData = Record<string, unknown> & { schemaVersion?: unknown };

export interface Migration {
  /** The schema version this step produces. */
  to: number;
  /** A short name for logs and messages, e.g. `people-tidy-top-level`. */
  name: string;
  up(data: StoredData): StoredData;
}

export type DocumentKind = 'people' | 'reminders' | 'dedupe';

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The top-level keys of the people document at version 2. */
export const PEOPLE_V2_KEYS = ['schemaVersion', 'profiles', 'dialogs', 'refs', 'enrolments', 'checkins', 'plans'] as const;

/**
 * people v1 → v2: drops top-level keys that are not part of the document's
 * shape (early builds could leave some that nothing ever read) and fills in
 * the maps that files written before plans, check-ins and enrolments existed
 * do not have.
 */
const peopleTidyTopLevel: Migration = {
  to: 2,
  name: 'people-tidy-top-level',
  up(data) {
    const out: StoredData = {};
    for (const key of PEOPLE_V2_KEYS) {
      if (key === 'schemaVersion') {
        if ('schemaVersion' in data) out.schemaVersion = data.schemaVersion;
        continue;
      }
      const value = data[key];
      out[key] = isMap(value) ? value : {};
    }
    return out;
  },
};

export const MIGRATIONS: Record<DocumentKind, readonly Migration[]> = {
  people: [peopleTidyTopLevel],
  reminders: [],
  dedupe: [],
};

export const SCHEMA_VERSIONS: Record<DocumentKind, number> = {
  people: PEOPLE_SCHEMA_VERSION,
  reminders: REMINDERS_SCHEMA_VERSION,
  dedupe: DEDUPE_SCHEMA_VERSION,
};

export interface MigrationResult {
  data: StoredData;
  /** The version the data had before. */
  from: number;
  /** The version it has now. */
  to: number;
  /** Names of the steps that ran, in order. */
  applied: string[];
}

/** The version a stored document says it has; a missing or odd value counts as 0 (older than any step). */
export function versionOf(data: StoredData): number {
  const v = data.schemaVersion;
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/**
 * Brings `data` up to `target` with `steps` (in ascending `to` order). Steps
 * at or below the data's version are skipped, so migrating migrated data
 * changes nothing. Throws if the data is newer than `target`.
 */
export function migrate(data: StoredData, target: number, steps: readonly Migration[]): MigrationResult {
  const from = versionOf(data);
  if (from > target) throw new Error(`Data at schema ${from} is newer than this version reads (${target}).`);
  let current = data;
  let version = from;
  const applied: string[] = [];
  let previousTo = -Infinity;
  for (const step of steps) {
    if (step.to <= previousTo) throw new Error(`Migrations out of order: ${step.name} (to ${step.to}) after ${previousTo}.`);
    previousTo = step.to;
    if (step.to <= version || step.to > target) continue;
    current = step.up(current);
    current.schemaVersion = step.to;
    version = step.to;
    applied.push(step.name);
  }
  if (version < target) {
    // No step reaches the target (the shape did not change): just record the version.
    current.schemaVersion = target;
    version = target;
  }
  return { data: current, from, to: version, applied };
}
