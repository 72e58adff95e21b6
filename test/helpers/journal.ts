/**
 * Builds and reads the embedded store's data files (append-only journals, see
 * src/store/journal.ts) for tests that set up or inspect files directly.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseJournal } from '../../src/store/journal.js';

/** The text of a journal holding these collections, e.g. `{ profiles: { 'teams:a': {...} } }`. */
export function journalText(name: string, schemaVersion: number, collections: Record<string, Record<string, unknown>> = {}): string {
  const lines = [JSON.stringify({ journal: name, schemaVersion })];
  for (const [collection, records] of Object.entries(collections)) {
    for (const [id, value] of Object.entries(records)) lines.push(JSON.stringify([collection, id, value]));
  }
  return `${lines.join('\n')}\n`;
}

export async function writeJournal(file: string, name: string, schemaVersion: number, collections: Record<string, Record<string, unknown>> = {}): Promise<void> {
  await writeFile(file, journalText(name, schemaVersion, collections));
}

/** Reads a journal file into its collections (as the store would see them). */
export async function readJournal(file: string, collections: string[]): Promise<Record<string, any>> {
  return parseJournal(await readFile(file, 'utf8'), file, collections).data as Record<string, any>;
}
