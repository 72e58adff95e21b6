/**
 * Enrolment end to end.
 *
 * `career-companion enrol --csv`: the report, what is imported, that a re-run
 * changes nothing on disk, and the exit codes. Driven in process with streams,
 * and once as a real process (the compiled CLI).
 *
 * Chat enrolment over Teams: a manager mentions a report, the confirm card goes
 * through the fake Bot Connector and back, and the report's welcome arrives in
 * a conversation the bot creates.
 */
import { PassThrough } from 'node:stream';
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BOT_TOKEN, SIGNING_SECRET, TEAM, startFakeSlack } from '../helpers/fake-slack.js';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/enrol.js';
import { CsvReadError, readCsv } from '../../src/cli/csv.js';
import { LowStore, DATA_FILE, REMINDERS_FILE } from '../../src/store/lowdb.js';
import { spawnCli } from '../helpers/process.js';
import { removeDir, tempDir } from '../helpers/tmp.js';
import { startFakeConnector, teamsMessage, type FakeConnector } from '../helpers/fake-connector.js';
import { postJson, startTestApp, type TestApp } from '../helpers/app.js';
import { cardErrors } from '../helpers/adaptive-cards.js';
import { planCheckins } from '../../dialogs/checkins/plan.js';
import { cardText, submitActions } from '../helpers/cards.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/enrol/', import.meta.url));
const STAFF = join(FIXTURES, 'staff.csv');
const NOW = '2026-11-21T10:00:00Z';
const GUID = '0a1b2c3d-0000-4000-8000-00000000abcd';

const ID_FORMS = 'a Teams user id (29:…), an Entra object id, a Slack user id (U…) or an email address';
const EXPECTED_PROBLEMS = [
  'row 5, column programme: no programme with the id or title "astronaut induction"',
  'row 6, column start_date: "2027-02-30" is not a date: use YYYY-MM-DD or DD/MM/YYYY, e.g. 2027-03-01',
  `row 7, column person: missing: give ${ID_FORMS}`,
  `row 8, column line_manager: "Jo Bloggs" is not ${ID_FORMS}`,
  'row 9, column person: already on row 2 for this programme, with different details; only row 2 is imported',
  'row 12, column start_date: 2024-01-01 is more than a year ago',
];

async function runCli(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await run(args, { stdin: new PassThrough(), stdout, stderr, env: { LOG_LEVEL: 'silent', ...env } });
  return { code, out, err };
}

async function snapshot(dir: string): Promise<Record<string, { text: string; mtime: number }>> {
  const out: Record<string, { text: string; mtime: number }> = {};
  for (const f of [DATA_FILE, REMINDERS_FILE]) {
    const p = join(dir, f);
    out[f] = { text: await readFile(p, 'utf8'), mtime: (await stat(p)).mtimeMs };
  }
  return out;
}

describe('career-companion enrol --csv', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('reports each problem, imports only the good rows, and a second run changes nothing', async () => {
    const first = await runCli(['--csv', STAFF, '--now', NOW, '--progress'], { DATA_DIR: dir });
    expect(first.code).toBe(1);
    const lines = first.out.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('row '))).toEqual(EXPECTED_PROBLEMS);
    expect(first.out).toContain('Programme ids: new-starter-induction, hcsw-new-to-care');
    expect(first.out).toContain('12 rows: 5 enrolled, 1 unchanged, 6 with problems\n');
    expect(first.out).toContain('Repeated rows, counted once: row 10 (same as row 2).');
    expect(first.out).toContain('1 person is matched by Entra object id or email and has not messaged Career Companion yet');
    // The progress bar is on stderr, drawn over itself and ended with a new line.
    expect(first.err).toContain('\r[--------------------] 0/5');
    expect(first.err).toContain('\r[####################] 5/5\n');
    expect(first.err).toContain('Not used: column "notes".');

    const store = await LowStore.open(dir);
    const enrolments = (await store.enrolments.list()).sort((a, b) => a.id.localeCompare(b.id));
    expect(enrolments.map((e) => [e.id, e.startDate, e.userKey ?? null, e.managerKey ?? null, e.preceptorKey ?? null])).toEqual([
      ['hcsw-new-to-care|slack:T0TEST:U0AAAAAA1', '2027-01-04', 'slack:T0TEST:U0AAAAAA1', null, null],
      ['new-starter-induction|teams:29:max', '2026-11-23', 'teams:29:max', null, null],
      ['new-starter-induction|teams:29:sam-1', '2027-03-01', 'teams:29:sam-1', 'teams:29:jo-1', null],
      ['new-starter-induction|teams:29:zoe', '2027-01-11', 'teams:29:zoe', null, null],
      [`preceptorship-nursing-core|aad:${GUID}`, '2027-03-01', null, 'email:jo@trust.nhs.uk', 'email:kim@trust.nhs.uk'],
    ]);
    expect(enrolments.every((e) => e.enrolledBy === 'csv' && e.status === 'active')).toBe(true);
    expect((await store.profiles.get('teams:29:sam-1'))?.appraisalDue).toBe('2027-11-01');
    const reminders = await store.reminders.listByPayload('enrolmentId', 'new-starter-induction|teams:29:sam-1');
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.find((r) => r.payload['checkinId'] === 'day-1')?.dueAt).toBe('2027-03-01T10:00:00.000Z');
    await store.close();

    const before = await snapshot(dir);
    const second = await runCli(['--csv', STAFF, '--now', '2026-11-22T09:00:00Z'], { DATA_DIR: dir });
    expect(second.code).toBe(1);
    expect(second.out.trim().split('\n').filter((l) => l.startsWith('row '))).toEqual(EXPECTED_PROBLEMS);
    expect(second.out).toContain('12 rows: 0 enrolled, 6 unchanged, 6 with problems\n');
    // Not a TTY and no --progress: no bar.
    expect(second.err).not.toContain('[#');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('exits 0 when every row is fine, and a dry run saves nothing', async () => {
    const dry = await runCli(['--csv', join(FIXTURES, 'good.csv'), '--now', NOW, '--dry-run'], { DATA_DIR: dir });
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('2 rows: 2 would be enrolled, 0 unchanged, 0 with problems\n');
    expect(dry.out).toContain('Dry run: nothing was saved.');
    let store = await LowStore.open(dir);
    expect(await store.enrolments.list()).toHaveLength(0);
    expect(await store.reminders.countByState()).toMatchObject({ pending: 0 });
    await store.close();

    const real = await runCli(['--csv', join(FIXTURES, 'good.csv'), '--now', NOW], { DATA_DIR: dir });
    expect(real.code).toBe(0);
    expect(real.out).toBe('2 rows: 2 enrolled, 0 unchanged, 0 with problems\n');
    store = await LowStore.open(dir);
    expect((await store.enrolments.list()).map((e) => e.id).sort()).toEqual(['new-starter-induction|teams:29:ann', 'preceptorship-ahp|teams:29:bob']);
    await store.close();
  });

  it('looks people given by email address up in Slack when Slack is set up', async () => {
    const slack = await startFakeSlack();
    try {
      const csv = join(dir, 'by-email.csv');
      await writeFile(csv, 'person,programme,start_date,line_manager\nann@slack.example,new-starter-induction,2026-03-02,boss@slack.example\nnobody@elsewhere.example,new-starter-induction,2026-03-02,\n');
      const env = { DATA_DIR: dir, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl };
      const first = await runCli(['--csv', csv, '--now', NOW], env);
      expect(first.code).toBe(0);
      expect(first.out).toContain('2 rows: 2 enrolled, 0 unchanged, 0 with problems');
      expect(first.out).toContain('1 given by email address was not found in Slack.');
      const store = await LowStore.open(dir);
      const ids = (await store.enrolments.list()).map((e) => e.id).sort();
      expect(ids).toEqual(['new-starter-induction|email:nobody@elsewhere.example', `new-starter-induction|slack:${TEAM}:U0ANN`]);
      const found = await store.enrolments.get(`new-starter-induction|slack:${TEAM}:U0ANN`);
      expect(found).toMatchObject({ userKey: `slack:${TEAM}:U0ANN`, managerKey: `slack:${TEAM}:U0BOSS` });
      expect((await store.reminders.listForUser(`slack:${TEAM}:U0ANN`)).length).toBeGreaterThan(0);
      await store.close();
      // The same file again changes nothing.
      const second = await runCli(['--csv', csv, '--now', NOW], env);
      expect(second.out).toContain('2 rows: 0 enrolled, 2 unchanged, 0 with problems');
    } finally {
      await slack.close();
    }
  });

  it('reports a changed start date as an update', async () => {
    const file = join(dir, 'one.csv');
    await writeFile(file, 'person,programme,start_date\n29:ann,new-starter-induction,2027-01-04\n');
    expect((await runCli(['--csv', file, '--now', NOW], { DATA_DIR: join(dir, 'data') })).code).toBe(0);
    await writeFile(file, 'person,programme,start_date\n29:ann,new-starter-induction,2027-01-11\n');
    const moved = await runCli(['--csv', file, '--now', NOW], { DATA_DIR: join(dir, 'data') });
    expect(moved.out).toBe('1 row: 1 enrolled (1 updated), 0 unchanged, 0 with problems\n');
    const store = await LowStore.open(join(dir, 'data'));
    const rows = await store.reminders.listByPayload('enrolmentId', 'new-starter-induction|teams:29:ann');
    expect(rows.filter((r) => r.state === 'pending').every((r) => r.id.endsWith('|2027-01-11'))).toBe(true);
    expect(rows.some((r) => r.state === 'cancelled')).toBe(true);
    await store.close();
  });

  it('keeps the name column as the display name managers see', async () => {
    const file = join(dir, 'named.csv');
    await writeFile(file, 'person,programme,start_date,line_manager,Name\n29:ann,new-starter-induction,2027-01-04,29:boss,Ann  Lee\n');
    expect((await runCli(['--csv', file, '--now', NOW], { DATA_DIR: join(dir, 'data') })).code).toBe(0);
    const store = await LowStore.open(join(dir, 'data'));
    expect((await store.enrolments.get('new-starter-induction|teams:29:ann'))?.displayName).toBe('Ann Lee');
    await store.close();
  });

  it('exits 2 for usage errors, before touching the data folder', async () => {
    const data = join(dir, 'data');
    const missing = await runCli(['--csv', join(dir, 'nope.csv')], { DATA_DIR: data });
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toContain(`No such file: ${join(dir, 'nope.csv')}`);

    expect((await runCli([], { DATA_DIR: data })).code).toBe(2);
    expect((await runCli(['--csv', STAFF, '--frobnicate'], { DATA_DIR: data })).code).toBe(2);

    const empty = join(dir, 'empty.csv');
    await writeFile(empty, '');
    const noHeader = await runCli(['--csv', empty], { DATA_DIR: data });
    expect(noHeader.code).toBe(2);
    expect(noHeader.err).toContain('the first row must be a header');

    const headless = join(dir, 'headless.csv');
    await writeFile(headless, '29:ann,new-starter-induction,2027-01-04\n');
    expect((await runCli(['--csv', headless], { DATA_DIR: data })).code).toBe(2);

    const noStart = await runCli(['--csv', join(FIXTURES, 'no-start-date.csv')], { DATA_DIR: data });
    expect(noStart.code).toBe(2);
    expect(noStart.err).toContain('the header has no start_date column');

    const open = join(dir, 'open-quote.csv');
    await writeFile(open, 'person,programme,start_date\n"29:ann,new-starter-induction,2027-01-04\n');
    const unclosed = await runCli(['--csv', open], { DATA_DIR: data });
    expect(unclosed.code).toBe(2);
    expect(unclosed.err).toContain('row 2, column person: a quote opens in this cell and is never closed.');

    await expect(stat(data)).rejects.toThrow();
  });

  it('runs as a real process, with the same report and exit code', async () => {
    const copy = join(dir, 'staff copy.csv');
    await copyFile(STAFF, copy);
    const p = spawnCli(['enrol', '--csv', copy, '--now', NOW], { DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' });
    expect(await p.exited).toBe(1);
    expect(p.stdout().trim().split('\n').filter((l) => l.startsWith('row '))).toEqual(EXPECTED_PROBLEMS);
    expect(p.stdout()).toContain('12 rows: 5 enrolled, 1 unchanged, 6 with problems\n');
    const again = spawnCli(['enrol', '--csv', copy, '--now', NOW], { DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' });
    expect(await again.exited).toBe(1);
    expect(again.stdout()).toContain('12 rows: 0 enrolled, 6 unchanged, 6 with problems\n');
    const usage = spawnCli(['enrol'], { DATA_DIR: join(dir, 'data') });
    expect(await usage.exited).toBe(2);
    expect(usage.stderr()).toContain('Usage:');
  }, 60_000);
});

describe('career-companion enrol --csv: how the file is read (real process)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  const enrolFile = async (name: string, data: string) => {
    const p = spawnCli(['enrol', '--csv', join(FIXTURES, name), '--now', NOW], { DATA_DIR: data, LOG_LEVEL: 'silent' });
    p.child.stdin!.end();
    return { code: await p.exited, out: p.stdout(), err: p.stderr() };
  };
  const enrolled = async (data: string) => {
    const store = await LowStore.open(data);
    try {
      return (await store.enrolments.list()).map((e) => `${e.id} ${e.startDate}`).sort();
    } finally {
      await store.close();
    }
  };

  it('reads a semicolon-separated file and says so', async () => {
    const data = join(dir, 'data');
    const r = await enrolFile('semicolon.csv', data);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      'Read as a semicolon-separated file.\n' +
        'row 4, column start_date: "2027-02-30" is not a date: use YYYY-MM-DD or DD/MM/YYYY, e.g. 2027-03-01\n' +
        '3 rows: 2 enrolled, 0 unchanged, 1 with problems\n',
    );
    expect(r.err).toContain('Not used: column "notes".');
    expect(await enrolled(data)).toEqual(['new-starter-induction|teams:29:ann 2027-01-04', 'preceptorship-nursing-core|teams:29:bob 2027-03-01']);
  });

  it('reads a tab-separated file and says so', async () => {
    const data = join(dir, 'data');
    const r = await enrolFile('tab.csv', data);
    expect(r.code).toBe(0);
    expect(r.out).toBe('Read as a tab-separated file.\n2 rows: 2 enrolled, 0 unchanged, 0 with problems\n');
    expect(await enrolled(data)).toEqual(['new-starter-induction|teams:29:ann 2027-01-04', 'preceptorship-ahp|teams:29:bob 2027-02-01']);
  });

  it('reads a file with a byte order mark and CRLF line endings, counting rows as a spreadsheet does', async () => {
    const data = join(dir, 'data');
    const r = await enrolFile('bom-crlf.csv', data);
    expect(r.code).toBe(1);
    // A comma file is not remarked on; the cell with a line break in it stays on row 2.
    expect(r.out).toBe(
      'row 3, column start_date: "2027-02-30" is not a date: use YYYY-MM-DD or DD/MM/YYYY, e.g. 2027-03-01\n' +
        '3 rows: 2 enrolled, 0 unchanged, 1 with problems\n',
    );
    expect(await enrolled(data)).toEqual(['new-starter-induction|teams:29:ann 2027-01-04', 'preceptorship-ahp|teams:29:cat 2027-02-01']);
  });

  it.each([
    { name: 'text-after-quote.csv', row: 3, problem: 'row 3, column programme: there is text after the closing quote. Put quotes round the whole cell, and write a quote inside a cell as two quotes ("").' },
    { name: 'quote-in-cell.csv', row: 4, problem: 'row 4, column notes: there is a quote in the middle of the cell. Put quotes round the whole cell, and write a quote inside a cell as two quotes ("").' },
    { name: 'unclosed-quote.csv', row: 2, problem: 'row 2, column person: a quote opens in this cell and is never closed.' },
  ])('refuses broken quoting in $name, naming the row, and imports nothing', async ({ name, row, problem }) => {
    const data = join(dir, 'data');
    const r = await enrolFile(name, data);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toEqual([
      problem,
      `Nothing was imported from ${join(FIXTURES, name)}: it cannot be read past a broken quote. Fix the quotes in row ${row} and run the import again.`,
      '',
    ]);
    await expect(stat(data)).rejects.toThrow();
  });
});

describe('readCsv', () => {
  const cells = (text: string) => readCsv(text, (header) => header.filter((h) => /^(a|b|person|programme)$/.test(h)).length);

  it('reads quoted fields with separators, quotes and line breaks, CRLF and a BOM', () => {
    expect(cells('\ufeffa,b\r\n"x, y","say ""hi""\r\nthere"\r\n')).toEqual({
      records: [
        ['a', 'b'],
        ['x, y', 'say "hi"\r\nthere'],
      ],
      delimiter: ',',
    });
    expect(cells('a,b\n1,\n,\n"",2').records).toEqual([['a', 'b'], ['1', ''], ['', ''], ['', '2']]);
    expect(cells('a\n\nb\n').records).toEqual([['a'], [''], ['b']]);
    expect(cells('').records).toEqual([]);
    expect(cells('a,"b"').records).toEqual([['a', 'b']]);
    expect(cells('a,b\r\n1,2\n3,4\r5,6\n').records).toEqual([['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']]);
  });

  it('finds the separator from the header line', () => {
    expect(cells('a;b\n1;"2;3"\n')).toEqual({ records: [['a', 'b'], ['1', '2;3']], delimiter: ';' });
    expect(cells('a\tb\n1\t2, 3\n')).toEqual({ records: [['a', 'b'], ['1', '2, 3']], delimiter: '\t' });
    // Known column names decide, not how often a character appears.
    expect(cells('person,programme,notes; more; more\n').delimiter).toBe(',');
    // No known column: the separator seen most often; a comma when none is.
    expect(cells('x;y;z\n').delimiter).toBe(';');
    expect(cells('x\n').delimiter).toBe(',');
  });

  it('refuses broken quoting, naming the row as a spreadsheet counts them and the column', () => {
    const broken = (text: string) => {
      try {
        cells(text);
      } catch (err) {
        if (err instanceof CsvReadError) return { row: err.row, column: err.column, reason: err.reason };
        throw err;
      }
      return undefined;
    };
    expect(broken('a,b\n1,"x"y\n')).toMatchObject({ row: 2, column: 1, reason: expect.stringContaining('text after the closing quote') });
    expect(broken('a,b\n"line\nbreak",1\n2,x"y"\n')).toMatchObject({ row: 3, column: 1, reason: expect.stringContaining('a quote in the middle of the cell') });
    expect(broken('a,b\n1,2\n"x,3\n4,5\n')).toMatchObject({ row: 3, column: 0, reason: 'a quote opens in this cell and is never closed' });
  });
});

describe('enrolment over Teams', () => {
  let connector: FakeConnector;
  let t: TestApp;
  const clock = new Date(NOW);

  beforeAll(async () => {
    connector = await startFakeConnector();
    t = await startTestApp({}, { clock: () => clock });
  });
  afterAll(async () => {
    await t.stop();
    await connector.close();
    await removeDir(t.dataDir);
  });

  it('a manager mentions a report; Confirm on the card saves the enrolment and check-ins, and the report is welcomed', async () => {
    const activity = teamsMessage(connector.url, { text: 'enrol <at>Sam</at> on new-to-care starting 3 March', userId: '29:manager', userName: 'Jo Bloggs' });
    activity['entities'] = [{ type: 'mention', mentioned: { id: '29:report', name: 'Sam' }, text: '<at>Sam</at>' }];
    expect((await postJson(`${t.url}/api/messages`, activity)).status).toBe(200);
    const [reply] = await connector.waitFor(1);
    const card = reply!.activity['attachments'][0].content;
    expect(cardErrors(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toContain('Check this before I set up check-ins for Sam');
    expect(text).toContain('New to care healthcare support worker induction');
    expect(text).toContain('Wednesday 3 March 2027');
    expect(await t.app.store.enrolments.list()).toHaveLength(0);

    const confirm = submitActions(card).find((a) => a.title === 'Confirm');
    expect(confirm).toBeDefined();
    connector.clear();
    const res = await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { value: confirm!.data, userId: '29:manager', userName: 'Jo Bloggs' }));
    expect(res.status).toBe(200);
    const activities = await connector.waitFor(2);

    const enrolment = await t.app.store.enrolments.get('hcsw-new-to-care|teams:29:report');
    expect(enrolment).toMatchObject({ userKey: 'teams:29:report', managerKey: 'teams:29:manager', startDate: '2027-03-03', status: 'active' });
    const programme = t.app.content.programmes.get('hcsw-new-to-care')!;
    const reminders = await t.app.store.reminders.listByPayload('enrolmentId', enrolment!.id);
    expect(reminders.map((r) => r.id).sort()).toEqual(planCheckins(enrolment!, programme, { timeZone: 'Europe/London', checkinTime: '10:00', now: clock }).map((r) => r.id).sort());

    // The report had never talked to the bot: a conversation was created for them.
    expect(connector.conversations).toHaveLength(1);
    expect(connector.conversations[0]!.body['members']).toEqual([expect.objectContaining({ id: '29:report' })]);
    const welcome = activities.filter((a) => a.conversationId === connector.conversations[0]!.id);
    expect(welcome).toHaveLength(1);
    const welcomeText = cardText(welcome[0]!.activity['attachments'][0].content);
    expect(welcomeText).toContain('Jo Bloggs signed you up for check-ins on New to care healthcare support worker induction.');
    expect(welcomeText).toContain('Your next check-in is on Wednesday 3 March 2027.');
    expect(welcomeText).toContain('I only pass on your words if you say yes.');
    const toManager = activities.filter((a) => a.conversationId === 'a:conv-29:manager');
    expect(toManager.map((a) => cardText(a.activity['attachments'][0].content)).join('\n')).toContain("I've sent Sam a short welcome");
    // How to reach the report is kept for their check-ins.
    expect((await t.app.store.refs.get('teams:29:report'))?.platform).toBe('teams');

    // The report, puzzled, asks; the answer says who, on what, what next, how to stop, and who sees what.
    connector.clear();
    await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { text: 'hi, who are you and why are you messaging me?', userId: '29:report', userName: 'Sam' }));
    const [why] = await connector.waitFor(1);
    const whyText = cardText(why!.activity['attachments'][0].content);
    expect(cardErrors(why!.activity['attachments'][0].content)).toEqual([]);
    expect(whyText).toContain("Why I'm messaging you");
    expect(whyText).toContain('Jo Bloggs signed you up for check-ins on New to care healthcare support worker induction.');
    expect(whyText).toContain('Your next check-in is on Wednesday 3 March 2027.');
    expect(whyText).toContain('To have a break, type "pause". To stop them, type "stop check-ins".');
    expect(whyText).toContain('What you write stays between us. I only pass on your words if you say yes.');
    expect(whyText).not.toContain('Sorry, I did not understand');
    // "hello" after being told gets the usual welcome, not the same explanation again.
    connector.clear();
    await postJson(`${t.url}/api/messages`, teamsMessage(connector.url, { text: 'hello', userId: '29:report', userName: 'Sam' }));
    const [hello] = await connector.waitFor(1);
    expect(cardText(hello!.activity['attachments'][0].content)).not.toContain("Why I'm messaging you");
  });
});
