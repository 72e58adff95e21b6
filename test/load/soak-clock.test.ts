/**
 * The soak's set-up (test/load/soak.ts) on every day of the week: with the
 * times `soakClock` picks for that day, `enrol --csv` and `reminders run` send
 * every person's first check-in at once, none moved to working hours. Also
 * after bank holidays. Runs the two commands in process, not the whole soak.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import { LowStore } from '../../src/store/lowdb.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';
import { removeDir, tempDir } from '../helpers/tmp.js';
import { enrolCsv, soakClock, teamsUser } from './common.js';

const PEOPLE = ['clock-a', 'clock-b', 'clock-c'];

async function run(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, cb) {
        add(String(chunk));
        cb();
      },
    });
  const code = await main(args, { stdin: new PassThrough(), stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), env });
  return { code, out, err };
}

describe("the soak's set-up sends the first check-ins on any day it runs", () => {
  let connector: FakeConnector;
  let bankHolidays: ReadonlySet<string>;
  beforeAll(async () => {
    connector = await startFakeConnector();
    bankHolidays = (await loadContent(defaultContentDir)).bankHolidays;
  });
  afterAll(async () => {
    await connector?.close();
  });

  // Monday 1 March 2027 to Sunday 7 March, then the days after Easter Monday (29 March 2027) and Christmas 2026.
  const days: Array<[string, string]> = [
    ['Monday', '2027-03-01'],
    ['Tuesday', '2027-03-02'],
    ['Wednesday', '2027-03-03'],
    ['Thursday', '2027-03-04'],
    ['Friday', '2027-03-05'],
    ['Saturday', '2027-03-06'],
    ['Sunday', '2027-03-07'],
    ['Tuesday after Easter Monday', '2027-03-30'],
    ['Tuesday after the Boxing Day holiday', '2026-12-29'],
  ];

  it.each(days)('run on a %s (%s)', async (_name, today) => {
    const { startDay, enrolAt, tickAt } = soakClock(bankHolidays, today);
    expect(startDay < today).toBe(true);
    const dir = await tempDir();
    try {
      // What the soak's greetings leave behind: a way to reach each person.
      const store = await LowStore.open(dir);
      for (const tag of PEOPLE) {
        const { userId, conversationId } = teamsUser(tag);
        await store.refs.put({
          userKey: `teams:${userId}`,
          platform: 'teams',
          ref: { channelId: 'msteams', serviceUrl: connector.url, user: { id: userId, name: 'Load test' }, bot: { id: '28:bot', name: 'Career Companion' }, conversation: { id: conversationId, conversationType: 'personal', tenantId: 'load-tenant' }, locale: 'en-GB' },
          updatedAt: enrolAt,
        });
      }
      await store.close();

      const env = { NODE_ENV: 'test', DATA_DIR: dir, LOG_LEVEL: 'silent', SCHEDULER: 'off', TEAMS_SEND_RATE: '500' };
      const csv = join(dir, 'enrol.csv');
      await writeFile(csv, enrolCsv(PEOPLE.map((tag) => ({ person: teamsUser(tag).userId, startDate: startDay }))));
      const enrolled = await run(['enrol', '--csv', csv, '--now', enrolAt], env);
      expect(enrolled.code, enrolled.out + enrolled.err).toBe(0);

      connector.clear();
      const tick = await run(['reminders', 'run', '--now', tickAt], env);
      expect(tick.code, tick.err).toBe(0);
      expect(tick.out).toContain(`${PEOPLE.length} sent, 0 moved to working hours`);
      const reached = new Set(connector.activities.map((a) => a.conversationId));
      for (const tag of PEOPLE) expect(reached.has(teamsUser(tag).conversationId), tag).toBe(true);
    } finally {
      await removeDir(dir);
    }
  });
});
