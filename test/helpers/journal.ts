/**
 * Builds and reads the embedded store's data files (append-only journals, see
 * src/store/journal.ts) for tests that set up or inspect files directly.
 */
import { open, writeFile } from 'node:fs/promises';
import { parseJournal, readJournalFile } from '../../src/store/journal.js';
import type { Profile } from '../../src/store/ports.js';

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
  return parseJournal((await readJournalFile(file)).text, file, collections).data as Record<string, any>;
}

/** A journal file's lines as the store reads them: up to where the space kept for appends begins. */
export async function journalFileText(file: string): Promise<string> {
  return (await readJournalFile(file)).text;
}

/** How many bytes a journal file's lines take (its length on disk also counts the kept space). */
export async function journalFileBytes(file: string): Promise<number> {
  return (await readJournalFile(file)).bytes;
}

/** Writes `text` where a journal's lines end, over its kept space, as an append cut short by a killed process leaves it. */
export async function writeAtJournalEnd(file: string, text: string): Promise<void> {
  const at = await journalFileBytes(file);
  const fh = await open(file, 'r+');
  try {
    await fh.write(text, at, 'utf8');
  } finally {
    await fh.close();
  }
}

/** A Teams person's profile with only an area: the record store tests change and read back. */
export function areaProfile(userKey: string, area: string): Profile {
  return { userKey, platform: 'teams', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', area };
}
