/**
 * Space kept ahead of a journal's end (src/store/durable-file.ts): appends
 * write over zero bytes already on disk, the file ends at its first zero byte,
 * and every reader sees the lines only.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DurableAppender, KEPT_SPACE_MAX, KEPT_SPACE_MIN, keptSpace } from '../../src/store/durable-file.js';
import { parseJournal, readJournalFile } from '../../src/store/journal.js';
import { DATA_FILE, LowStore, PEOPLE_COLLECTIONS } from '../../src/store/lowdb.js';
import { inspectDataFile } from '../../src/store/backup.js';
import type { Profile } from '../../src/store/ports.js';
import { removeDir, tempDir } from '../helpers/tmp.js';
import { areaProfile as profile } from '../helpers/journal.js';


let dir: string;
beforeEach(async () => {
  dir = await tempDir('cc-kept-');
});
afterEach(async () => {
  await removeDir(dir);
});

describe('space kept ahead of a journal', () => {
  it('keeps a quarter of the file, between 16 KB and 1 MB', () => {
    expect(keptSpace(0)).toBe(KEPT_SPACE_MIN);
    expect(keptSpace(10_000)).toBe(KEPT_SPACE_MIN);
    expect(keptSpace(200_000)).toBe(4 * KEPT_SPACE_MIN);
    expect(keptSpace(50_000_000)).toBe(KEPT_SPACE_MAX);
  });

  it('appends over zero bytes already written, and reads back exactly the lines', async () => {
    const file = join(dir, 'j.jsonl');
    const appender = new DurableAppender(file);
    const lines: string[] = [];
    for (let i = 0; i < 400; i++) {
      const line = `${JSON.stringify(['c', `id-${i}`, { n: i, pad: 'é'.repeat(i % 50) }])}\n`;
      lines.push(line);
      await appender.append(line, () => true);
    }
    await appender.close();
    const text = lines.join('');
    const read = await readJournalFile(file);
    expect(read.text).toBe(text);
    expect(read.bytes).toBe(Buffer.byteLength(text));
    const size = (await stat(file)).size;
    // The file is longer than its lines by the space kept, which is all zero bytes.
    expect(size).toBeGreaterThan(read.bytes);
    const raw = await readFile(file);
    expect(raw.subarray(read.bytes).every((b) => b === 0)).toBe(true);
    expect(size - read.bytes).toBeGreaterThanOrEqual(keptSpace(read.bytes) / 2);
    // Most appends wrote over space kept before: only a few made the file longer.
    expect(appender.syncs).toBe(400);
    expect(appender.extensions).toBeGreaterThan(0);
    expect(appender.extensions).toBeLessThan(20);
  });

  it('carries on where the lines end after a reader says so, and after closing and opening again', async () => {
    const file = join(dir, 'j.jsonl');
    const first = new DurableAppender(file);
    await first.append('a\n');
    await first.close();
    // Opened again by the same appender (the file as it left it).
    await first.append('b\n');
    await first.close();
    // A new appender, told where the lines end by the reader (a restart).
    const second = new DurableAppender(file);
    second.expect((await readJournalFile(file)).bytes);
    await second.append('c\n');
    await second.close();
    // A new appender told nothing finds the end itself.
    const third = new DurableAppender(file);
    await third.append('d\n');
    await third.close();
    expect((await readJournalFile(file)).text).toBe('a\nb\nc\nd\n');
  });

  it('writes afresh what lies after the first zero byte (an append a power cut left in pieces)', async () => {
    const file = join(dir, 'j.jsonl');
    // Confirmed lines, then a stretch that never reached the disk, then part of that unconfirmed append that did.
    await writeFile(file, Buffer.concat([Buffer.from('a\n'), Buffer.alloc(4096), Buffer.from('["c","x",1]\n["c","y"')]));
    const appender = new DurableAppender(file);
    await appender.append('b\n');
    await appender.close();
    const raw = await readFile(file, 'utf8');
    expect(raw).not.toContain('"x"');
    expect((await readJournalFile(file)).text).toBe('a\nb\n');
  });

  it('the store, a restart, a compaction, a backup and the store check all see the lines only', async () => {
    const journal = { minLinesToCompact: 40, compactRatio: 2, sliceSize: 3 };
    let store = await LowStore.open(dir, { journal, backup: { intervalHours: 0, keep: 2 } });
    for (let i = 0; i < 30; i++) await store.profiles.put(profile(`teams:${i % 6}`, `ward ${i}`));
    await store.close();
    const file = join(dir, DATA_FILE);
    expect((await stat(file)).size).toBeGreaterThan((await readJournalFile(file)).bytes);
    store = await LowStore.open(dir, { journal, backup: { intervalHours: 0, keep: 2 } });
    for (let i = 30; i < 90; i++) await store.profiles.put(profile(`teams:${i % 6}`, `ward ${i}`));
    await store.close();
    const { data } = parseJournal((await readJournalFile(file)).text, file, PEOPLE_COLLECTIONS);
    const profiles = data['profiles'] as Record<string, Profile>;
    expect(Object.keys(profiles).sort()).toEqual(['teams:0', 'teams:1', 'teams:2', 'teams:3', 'teams:4', 'teams:5']);
    expect(profiles['teams:5']!.area).toBe('ward 89');
    // Text read whole, zero bytes and all, parses the same.
    expect(parseJournal(await readFile(file, 'utf8'), file, PEOPLE_COLLECTIONS).data).toEqual(data);
    const check = await inspectDataFile(file, 99);
    expect(check.status).toBe('ok');
    expect(check.text).not.toContain('\0');
    const backups = await import('../../src/store/backup.js').then((m) => m.listBackups(dir, DATA_FILE));
    expect(backups.length).toBeGreaterThan(0);
    for (const b of backups) expect(await readFile(b.path, 'utf8')).not.toContain('\0');
  });
});
