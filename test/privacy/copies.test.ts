/**
 * Erasure reaches every copy the embedded store keeps: after "delete my data"
 * (over the real server) or `privacy erase`, no file anywhere under DATA_DIR
 * (data files, rolling backups, the damaged file `store restore` kept aside)
 * holds the person's ids in any form or any of the words they typed. Only the
 * audit log keeps their pseudonym, as the bot and the README say. Backups and
 * kept damaged files also expire by age (BACKUP_MAX_AGE_DAYS).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { LowStore, DATA_FILE } from '../../src/store/lowdb.js';
import { BACKUP_DIR, brokenName, listBackups, timestampText } from '../../src/store/backup.js';
import { Pseudonymiser } from '../../src/store/pseudonym.js';
import { startFakeConnector, teamsMessage } from '../helpers/fake-connector.js';
import { postJson, removeDir, startTestApp, tempDir } from '../helpers/app.js';
import { cardText, submitActions } from '../helpers/cards.js';
import type { Store } from '../../src/store/ports.js';

const USER = '29:copies-person-7';
const KEY = `teams:${USER}`;
const COLLEAGUE = 'teams:29:copies-colleague';
const ENROLMENT = `new-starter-induction|${KEY}`;
/** Words only the person typed. */
const TYPED = ['zebra-quartz-4471', 'quokka-marmalade-93', 'narwhal-tangerine-58'];

/** Every file under `dir`, recursively, as bytes. */
async function allFiles(dir: string): Promise<Array<{ path: string; bytes: Buffer }>> {
  const out: Array<{ path: string; bytes: Buffer }> = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allFiles(path)));
    else out.push({ path, bytes: await readFile(path) });
  }
  return out;
}

/** The files (relative to `dir`) whose bytes hold `needle`. */
async function filesHolding(dir: string, needle: string): Promise<string[]> {
  const n = Buffer.from(needle, 'utf8');
  return (await allFiles(dir)).filter((f) => f.bytes.includes(n)).map((f) => relative(dir, f.path));
}

/** The person's records, with their typed words, and a colleague who names them as line manager. */
async function seed(store: Store): Promise<void> {
  const at = '2026-11-02T10:00:00.000Z';
  await store.profiles.put({ userKey: KEY, platform: 'teams', createdAt: at, updatedAt: at, band: '3', area: TYPED[0]! });
  await store.enrolments.put({ id: ENROLMENT, subject: KEY, userKey: KEY, programmeId: 'new-starter-induction', startDate: '2026-11-02', enrolledBy: 'csv', status: 'active', createdAt: at, updatedAt: at });
  await store.checkins.put({
    id: `${ENROLMENT}|day-1`,
    userKey: KEY,
    enrolmentId: ENROLMENT,
    programmeId: 'new-starter-induction',
    checkinId: 'day-1',
    rating: 2,
    text: { 'going-well': TYPED[1]! },
    items: {},
    supportRequested: false,
    shareWords: false,
    answeredAt: at,
  });
  await store.plans.put({ id: `${KEY}|${at}`, userKey: KEY, startedAt: at, answers: { goal: TYPED[2]! }, options: [], needs: {}, actions: [] });
  await store.profiles.put({ userKey: COLLEAGUE, platform: 'teams', createdAt: at, updatedAt: at, band: '2', managerKey: KEY, managerName: 'Sam Copies' });
}

/** Makes `n` start-up backups (one per open), then a damaged file kept aside as `store restore` does, with a torn line of theirs. */
async function backupsAndBrokenFile(dir: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await (await LowStore.open(dir, { backup: { keep: 10 } })).close();
  const text = await readFile(join(dir, DATA_FILE), 'utf8');
  await writeFile(join(dir, brokenName(DATA_FILE, new Date())), `${text}["checkins","${ENROLMENT}|day-3",{"userKey":"${KEY}","text":{"going-well":"${TYPED[1]} and mo`);
}

async function expectNothingLeft(dir: string): Promise<void> {
  // Before the check: the copies do exist, so the search covers them.
  expect((await listBackups(dir, DATA_FILE)).length).toBeGreaterThanOrEqual(3);
  expect((await readdir(dir)).some((f) => f.startsWith(`${DATA_FILE}.broken-`))).toBe(true);
  for (const needle of [USER, KEY, ENROLMENT, 'Sam Copies', '00000000-0000-0000-0000-0000000000a1', ...TYPED]) {
    expect(await filesHolding(dir, needle), `files holding ${needle}`).toEqual([]);
  }
  // The pseudonym stays in the audit log only (what the bot and the README say remains).
  const pseudonym = (await Pseudonymiser.forDataDir(dir)).of(KEY);
  expect(await filesHolding(dir, pseudonym)).toEqual(['audit.log']);
  // The colleague's own records stay, in the data and in every backup, without the link.
  const colleagueIn = await filesHolding(dir, COLLEAGUE);
  expect(colleagueIn).toContain(DATA_FILE);
  expect(colleagueIn.filter((f) => f.startsWith(`${BACKUP_DIR}/career-companion-`)).length).toBeGreaterThanOrEqual(3);
}

describe('erasure reaches the backups and the kept damaged files', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const d of dirs.splice(0)) await removeDir(d);
  });

  it('"delete my data" over Teams leaves the person nowhere under DATA_DIR', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const seeding = await LowStore.open(dir);
    await seed(seeding);
    await seeding.close();
    await backupsAndBrokenFile(dir, 3);

    const connector = await startFakeConnector();
    const t = await startTestApp({}, { dataDir: dir });
    try {
      const send = async (body: Record<string, unknown>) => {
        connector.clear();
        const res = await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { userId: USER, ...body }));
        expect(res.status).toBe(200);
        const [reply] = await connector.waitFor(1);
        return reply!.activity['attachments'][0].content;
      };
      const confirm = await send({ text: 'delete my data' });
      expect(cardText(confirm)).toContain("the audit log's lines about you");
      const yes = submitActions(confirm).find((a) => a.title === 'Yes, delete everything');
      const done = cardText(await send({ value: yes!.data }));
      expect(done).toContain('Your data is deleted');
      expect(done).toContain("I have also deleted you from the service's backup copies.");
      expect(done).toContain("What I keep: the audit log's lines about you");
    } finally {
      await t.stop();
      await connector.close();
    }
    await expectNothingLeft(dir);
  });

  it('"privacy erase" does the same, and says what it did to the copies', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const seeding = await LowStore.open(dir);
    await seed(seeding);
    await seeding.close();
    await backupsAndBrokenFile(dir, 3);

    let out = '';
    const stdout = new Writable({
      write(chunk, _enc, cb) {
        out += String(chunk);
        cb();
      },
    });
    const code = await main(['privacy', 'erase', '--user', KEY, '--yes'], { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: { NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent' } });
    expect(code).toBe(0);
    await expectNothingLeft(dir);
    expect(out).toMatch(/Backups and kept damaged files: [4-9] of \d+ named them and were rewritten without them/);
  });

  it('backups and kept damaged files older than BACKUP_MAX_AGE_DAYS are deleted when the store opens', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const now = new Date('2027-03-01T12:00:00.000Z');
    const days = (n: number) => new Date(now.getTime() - n * 86_400_000);
    await (await LowStore.open(dir, { clock: () => days(100) })).close();
    const text = await readFile(join(dir, DATA_FILE), 'utf8');
    await mkdir(join(dir, BACKUP_DIR), { recursive: true });
    for (const age of [40, 36, 34, 2]) await writeFile(join(dir, BACKUP_DIR, `career-companion-${timestampText(days(age))}.jsonl`), text);
    for (const age of [50, 10]) await writeFile(join(dir, brokenName(DATA_FILE, days(age))), text);

    await (await LowStore.open(dir, { clock: () => now, backup: { maxAgeDays: 35, keep: 10 } })).close();
    const left = (await readdir(join(dir, BACKUP_DIR))).filter((f) => f.startsWith('career-companion-')).sort();
    expect(left).toEqual([`career-companion-${timestampText(days(34))}.jsonl`, `career-companion-${timestampText(days(2))}.jsonl`, `career-companion-${timestampText(now)}.jsonl`]);
    expect((await readdir(dir)).filter((f) => f.includes('.broken-'))).toEqual([brokenName(DATA_FILE, days(10))]);
  });
});
