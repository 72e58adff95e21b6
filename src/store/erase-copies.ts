/**
 * Erasure in the embedded store's copies: the rolling backups in
 * `DATA_DIR/backups` and the damaged files `store restore` kept aside
 * (`<name>.broken-<time>`). After a person's records are erased from the live
 * store, each of these files is rewritten without them: the person's own
 * records (profile, conversation state, reference, plans, check-in answers,
 * reminders, enrolments about them) are left out, and colleagues' records that
 * name them (as line manager, preceptor, who enrolled someone, who was told of
 * a check-in, whom a plan was shared with) lose that link, as in the live
 * store. A line that still names them after that, or a damaged line that
 * names them, is left out whole.
 *
 * Each file is rewritten safely: a temporary file, flushed to disk, renamed
 * over the old one, and the folder flushed.
 */
import { readJournalFile } from './journal.js';
import { listBackups, listBrokenFiles } from './backup.js';
import { writeFileDurably } from './durable-file.js';
import type { CopiesErased, ErasureMatch } from './ports.js';

/** Whether a string is one of the ids, or a key made from one (`<id>|…` or `<id>\u0000…`). */
function names(s: string, ids: readonly string[]): boolean {
  for (const id of ids) {
    if (s === id || s.startsWith(`${id}|`) || s.startsWith(`${id}\u0000`)) return true;
  }
  return false;
}

/** Whether any string anywhere in `v` names one of the ids. */
function mentions(v: unknown, ids: readonly string[]): boolean {
  if (typeof v === 'string') return names(v, ids);
  if (Array.isArray(v)) return v.some((x) => mentions(x, ids));
  if (v && typeof v === 'object') return Object.entries(v).some(([k, x]) => names(k, ids) || mentions(x, ids));
  return false;
}

/** Removes the links to the person from a colleague's record, as the live erasure does. */
function unlink(v: unknown, ids: readonly string[]): unknown {
  if (Array.isArray(v)) return v.filter((x) => !(typeof x === 'string' && names(x, ids))).map((x) => unlink(x, ids));
  if (!v || typeof v !== 'object') return v;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = x;
  for (const [k, x] of Object.entries(out)) {
    if (typeof x === 'string' && names(x, ids)) {
      if (k === 'enrolledBy') {
        out[k] = 'erased';
        delete out['enrolledByName'];
      } else {
        delete out[k];
        if (k === 'managerKey') delete out['managerName'];
      }
    } else if (k === 'sharedWith' && mentions(x, ids)) {
      delete out[k];
    } else if (x && typeof x === 'object') {
      out[k] = unlink(x, ids);
    }
  }
  return out;
}

/** The person's own record: keyed by one of their ids, or carrying it as its owner or enrolment. */
function ownRecord(id: string, value: unknown, ids: readonly string[]): boolean {
  if (names(id, ids)) return true;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  const payload = r['payload'] as Record<string, unknown> | undefined;
  return [r['userKey'], r['enrolmentId'], payload && typeof payload === 'object' ? payload['enrolmentId'] : undefined].some(
    (x) => typeof x === 'string' && names(x, ids),
  );
}

/** A journal's text without the person: returns the new text and how many lines went or changed. */
export function eraseFromJournalText(text: string, match: ErasureMatch): { text: string; changed: number } {
  const ids = [...match.identities, ...match.recordIds].filter((x) => x !== '');
  const escaped = ids.map((id) => JSON.stringify(id).slice(1, -1));
  const lines = text.split('\n');
  const out: string[] = [];
  let changed = 0;
  for (const [i, line] of lines.entries()) {
    if (line === '' || !escaped.some((e) => line.includes(e))) {
      out.push(line);
      continue;
    }
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      // A damaged line that names them: left out.
      changed++;
      continue;
    }
    if (i === 0 || !Array.isArray(entry) || entry.length !== 3 || typeof entry[1] !== 'string') {
      // Not a record line (a header does not name anyone): left out when it names them.
      changed++;
      continue;
    }
    const [collection, id, value] = entry as [unknown, string, unknown];
    if (ownRecord(id, value, ids)) {
      changed++;
      continue;
    }
    const next = unlink(value, ids);
    if (mentions(next, ids) || (typeof collection === 'string' && names(collection, ids))) {
      changed++;
      continue;
    }
    const kept = JSON.stringify([collection, id, next]);
    // Only a look-alike id (one that starts with theirs) was there: the line stays as it was.
    if (kept === JSON.stringify(entry)) out.push(line);
    else {
      changed++;
      out.push(kept);
    }
  }
  return { text: out.join('\n'), changed };
}

/**
 * Rewrites every backup of `fileNames` and every damaged file kept aside for
 * them in `dataDir` without the person. Safe to run again: a second run finds
 * nothing.
 */
export async function eraseFromCopies(dataDir: string, fileNames: readonly string[], match: ErasureMatch): Promise<CopiesErased> {
  const paths: string[] = [];
  for (const f of fileNames) for (const b of await listBackups(dataDir, f)) paths.push(b.path);
  for (const b of await listBrokenFiles(dataDir, fileNames)) paths.push(b.path);
  const result: CopiesErased = { files: paths.length, rewritten: 0, lines: 0 };
  for (const path of paths) {
    let text: string;
    try {
      // A damaged file kept aside may still hold kept space (src/store/journal.ts); the copy written back does not.
      ({ text } = await readJournalFile(path));
    } catch (err) {
      // Deleted by rotation meanwhile.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    const next = eraseFromJournalText(text, match);
    if (next.changed === 0) continue;
    await writeFileDurably(path, next.text);
    result.rewritten++;
    result.lines += next.changed;
  }
  return result;
}
