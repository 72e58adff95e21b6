/**
 * The embedded store when the disk lets it down, with the real server as a
 * separate process: a full disk (a 2 MB tmpfs that fills while people chat), a
 * folder that turns read-only and back, and two servers on one folder.
 *
 * Each fault test prints one line of figures: saves confirmed to people,
 * saves present after a restart (must be equal), and turns that got a reply.
 *
 * tmpfs needs root (CI runs as root). Without it the tests are skipped with a
 * message saying so.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli, startServerProcess, type Spawned } from '../helpers/process.js';
import { startFakeConnector, teamsMessage, type FakeConnector } from '../helpers/fake-connector.js';
import { BOT_TOKEN, SIGNING_SECRET, dmEvent, postSlack, startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { removeDir, tempDir } from '../helpers/tmp.js';
import { parseJournal } from '../../src/store/journal.js';
import { createTestSchema, postgresReady, querySchema, type TestSchema } from '../helpers/postgres.js';
import { connect as netConnect, createServer as netServer, type Server as NetServer, type Socket } from 'node:net';
import { PEOPLE_COLLECTIONS } from '../../src/store/lowdb.js';

const SAYS_ROLE = "I'm a healthcare support worker, band 3";

function tryMount(dir: string, size: string): string | undefined {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
    return undefined;
  } catch (err) {
    return (err as { stderr?: Buffer }).stderr?.toString().trim() || (err as Error).message;
  }
}

function umount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    // Not mounted.
  }
}

/**
 * Remounts the folder read-only or read-write. A file system cannot become read-only while a file
 * on it is open for writing ("mount point is busy"): the server may still be closing the journal
 * after a write that followed its reply, so this tries again for up to 5 seconds.
 */
function remount(dir: string, mode: 'ro' | 'rw'): void {
  const until = Date.now() + 5_000;
  for (;;) {
    try {
      execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'pipe' });
      return;
    } catch (err) {
      const busy = /busy/i.test((err as { stderr?: Buffer }).stderr?.toString() ?? '');
      if (!busy || Date.now() > until) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
}

/** Fills the file system that holds `dir` to the last byte. */
async function fillDisk(dir: string): Promise<string> {
  const filler = join(dir, 'filler.bin');
  const { bavail, bsize } = await statfs(dir);
  try {
    await writeFile(filler, Buffer.alloc(Number(bavail) * Number(bsize) + 65_536, 1));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  }
  return filler;
}

/** Profiles in the people journal with a role, by user key. */
async function savedRoles(dataDir: string): Promise<Set<string>> {
  const text = await readFile(join(dataDir, 'career-companion.jsonl'), 'utf8');
  const { data } = parseJournal(text, 'career-companion.jsonl', PEOPLE_COLLECTIONS);
  const out = new Set<string>();
  for (const [key, p] of Object.entries(data['profiles'] ?? {})) if ((p as { roleId?: string }).roleId) out.add(key);
  return out;
}

async function refsSaved(dataDir: string): Promise<Set<string>> {
  const text = await readFile(join(dataDir, 'career-companion.jsonl'), 'utf8');
  const { data } = parseJournal(text, 'career-companion.jsonl', PEOPLE_COLLECTIONS);
  return new Set(Object.keys(data['refs'] ?? {}));
}

const cardText = (a: { activity: Record<string, any> }) => JSON.stringify(a.activity['attachments'] ?? a.activity['text'] ?? '');

interface Turn {
  user: string;
  status: number;
  replied: boolean;
  confirmed: boolean;
  saveFailed: boolean;
  /** The text of everything sent to the person during the turn. */
  text: string;
}

/** One Teams message from `user`, waiting for the HTTP answer; what the person was sent during it. */
async function teamsTurn(server: { url: string }, connector: FakeConnector, user: string, text: string): Promise<Turn> {
  const before = connector.activities.length;
  const res = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(teamsMessage(connector.url, { userId: `29:${user}`, text })),
  });
  await res.arrayBuffer();
  const sent = connector.activities.slice(before).filter((a) => a.conversationId === `a:conv-29:${user}`);
  const all = sent.map(cardText).join('\n');
  return { user: `teams:29:${user}`, status: res.status, replied: sent.length > 0, confirmed: all.includes('Noted: your role is'), saveFailed: all.includes('save that just now'), text: all };
}

async function health(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: await res.json() };
}

async function stop(s: Spawned): Promise<number | null> {
  s.child.kill('SIGTERM');
  return s.exited;
}

const base = await tempDir('cc-faults-');
const probe = join(base, 'probe');
await mkdir(probe);
const cannotMount = tryMount(probe, '1m');
umount(probe);
if (cannotMount) console.warn(`Skipping the disk fault tests: cannot mount a tmpfs here (${cannotMount}). Run as root to include them.`);
// Whichever tests run (or are picked with -t), the temporary folder goes at the end.
afterAll(() => removeDir(base));

describe.skipIf(cannotMount !== undefined)('the embedded store on a failing disk (real server process)', () => {
  let connector: FakeConnector;
  let slack: FakeSlack;
  const mounts: string[] = [];
  const running: Spawned[] = [];

  beforeAll(async () => {
    connector = await startFakeConnector();
    slack = await startFakeSlack();
  });
  afterEach(async () => {
    for (const s of running.splice(0)) if (s.child.exitCode === null && s.child.signalCode === null) await stop(s);
    for (const m of mounts.splice(0)) umount(m);
  });
  afterAll(async () => {
    await connector.close();
    await slack.close();
  });

  async function mountData(name: string): Promise<string> {
    const dir = join(base, name);
    await mkdir(dir, { recursive: true });
    const problem = tryMount(dir, '2m');
    if (problem) throw new Error(`Could not mount a tmpfs at ${dir}: ${problem}`);
    mounts.push(dir);
    return dir;
  }

  async function serve(dataDir: string, extra: Record<string, string> = {}) {
    const s = await startServerProcess({ DATA_DIR: dataDir, PLAYGROUND: 'off', SCHEDULER: 'off', BACKUP_INTERVAL_HOURS: '0', ...extra });
    running.push(s);
    return s;
  }

  it('a full disk: every turn is answered, nothing unsaved is claimed, and every confirmed save is there after a restart', async () => {
    const dataDir = await mountData('full');
    const s = await serve(dataDir);
    const turns: Turn[] = [];
    for (let i = 0; i < 3; i++) turns.push(await teamsTurn(s, connector, `before-${i}`, SAYS_ROLE));
    expect((await health(s.url)).status).toBe(200);

    const filler = await fillDisk(dataDir);
    // The data files keep some space written ahead of their ends (src/store/durable-file.ts), so the first
    // turns after the disk fills may still be saved there; once one needs more, it is told, and so is /healthz.
    const during: Turn[] = [];
    for (let i = 0; i < 6 || (!during.some((t) => t.saveFailed) && i < 60); i++) during.push(await teamsTurn(s, connector, `during-${i}`, SAYS_ROLE));
    turns.push(...during);
    const sick = await health(s.url);

    await rm(filler);
    for (let i = 0; i < 5; i++) turns.push(await teamsTurn(s, connector, `after-${i}`, SAYS_ROLE));
    // Those told to try again do so.
    for (const t of during.filter((d) => !d.confirmed)) turns.push(await teamsTurn(s, connector, t.user.replace('teams:29:', ''), SAYS_ROLE));
    const well = await health(s.url);
    const stopped = await stop(s);

    const check = spawnCli(['store', 'check', '--data-dir', dataDir]);
    const checked = await check.exited;
    const again = spawnCli(['serve'], { DATA_DIR: dataDir, PORT: '0', PLAYGROUND: 'off', SCHEDULER: 'off', LOG_LEVEL: 'info' });
    running.push(again);
    const started = await Promise.race([
      again.exited.then((code) => `exited ${String(code)}: ${again.stderr().slice(0, 300)}`),
      (async () => {
        while (!again.stdout().includes('Career Companion is listening')) await new Promise((r) => setTimeout(r, 50));
        return 'listening';
      })(),
    ]);
    if (started === 'listening') await stop(again);

    const confirmed = new Set(turns.filter((t) => t.confirmed).map((t) => t.user));
    let present = 0;
    try {
      const saved = await savedRoles(dataDir);
      present = [...confirmed].filter((u) => saved.has(u)).length;
    } catch {
      present = 0;
    }
    const replied = turns.filter((t) => t.replied).length;
    console.log(
      `disk full: confirmed ${confirmed.size}, present after restart ${present}, replies ${replied}/${turns.length}, told "couldn't save" ${turns.filter((t) => t.saveFailed).length}, HTTP ${[...new Set(turns.map((t) => t.status))].join('/')}, healthz during ${sick.status} after ${well.status}, stop exit ${String(stopped)}, store check exit ${String(checked)}, restart ${started}`,
    );
    expect(checked).toBe(0);
    expect(started).toBe('listening');
    expect(present).toBe(confirmed.size);
    expect(replied).toBe(turns.length);
    expect(turns.every((t) => t.status === 200)).toBe(true);
    for (const t of during) expect(t.confirmed || t.saveFailed).toBe(true);
    expect(during.some((t) => t.saveFailed)).toBe(true);
    expect(sick.status).toBe(503);
    expect(String(sick.body.store.detail)).toMatch(/ENOSPC/);
    expect(well.status).toBe(200);
    expect(stopped).toBe(0);
    // Logged once when saving started to fail and once when it worked again, not once per turn.
    const logLines = s.stdout().split('\n');
    expect(logLines.filter((l) => l.includes('The store cannot save')).length).toBe(1);
    expect(logLines.filter((l) => l.includes('The store is saving again')).length).toBe(1);
  }, 120_000);

  it('a folder that turns read-only and back: people are told, and their references and answers are saved once it can be written', async () => {
    const dataDir = await mountData('readonly');
    const s = await serve(dataDir, { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
    slack.clear();
    remount(dataDir, 'ro');
    const people = ['U0RO1', 'U0RO2', 'U0RO3'];
    const turns: Array<{ user: string; replied: boolean; confirmed: boolean; saveFailed: boolean }> = [];
    const slackTurn = async (user: string, text: string) => {
      const before = slack.posted().length;
      const res = await postSlack(s.url, { json: dmEvent(text, { user, channel: `D${user}` }) });
      expect(res.status).toBe(200);
      let sent: string[] = [];
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        sent = slack.posted().slice(before).filter((c) => c.body['channel'] === `D${user}`).map((c) => JSON.stringify(c.body));
        if (sent.length > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      // Give any further parts of the reply a moment to arrive.
      await new Promise((r) => setTimeout(r, 200));
      sent = slack.posted().slice(before).filter((c) => c.body['channel'] === `D${user}`).map((c) => JSON.stringify(c.body));
      const all = sent.join('\n');
      const t = { user: `slack:T0TEST:${user}`, replied: sent.length > 0, confirmed: all.includes('Noted: your role is'), saveFailed: all.includes('save that just now'), text: all };
      turns.push(t);
      return t;
    };
    const during = [];
    for (const u of people) during.push(await slackTurn(u, SAYS_ROLE));
    const teamsDuring = await teamsTurn(s, connector, 'ro-teams', SAYS_ROLE);
    turns.push(teamsDuring);
    const sick = await health(s.url);

    remount(dataDir, 'rw');
    for (const u of people) await slackTurn(u, SAYS_ROLE);
    turns.push(await teamsTurn(s, connector, 'ro-teams', SAYS_ROLE));
    const well = await health(s.url);
    expect(await stop(s)).toBe(0);
    expect(await spawnCli(['store', 'check', '--data-dir', dataDir]).exited).toBe(0);
    // A restart reads it all back.
    const again = await serve(dataDir);
    expect(await stop(again)).toBe(0);

    const refs = await refsSaved(dataDir);
    const saved = await savedRoles(dataDir);
    const confirmed = new Set(turns.filter((t) => t.confirmed).map((t) => t.user));
    const present = [...confirmed].filter((u) => saved.has(u)).length;
    const replied = turns.filter((t) => t.replied).length;
    console.log(
      `read-only: confirmed ${confirmed.size}, present after restart ${present}, replies ${replied}/${turns.length}, told "couldn't save" ${turns.filter((t) => t.saveFailed).length}, Slack references saved ${people.filter((u) => refs.has(`slack:T0TEST:${u}`)).length}/${people.length}, healthz during ${sick.status} after ${well.status}`,
    );
    expect(replied).toBe(turns.length);
    for (const t of [...during, teamsDuring]) {
      expect(t.saveFailed).toBe(true);
      expect(t.confirmed).toBe(false);
    }
    expect(present).toBe(confirmed.size);
    expect(confirmed.size).toBe(people.length + 1);
    for (const u of people) expect(refs.has(`slack:T0TEST:${u}`)).toBe(true);
    expect(sick.status).toBe(503);
    expect(String(sick.body.store.detail)).toMatch(/EROFS/);
    expect(well.status).toBe(200);
  }, 120_000);
  it('a dialog step answered while the folder is read-only: the same question again after recovery, and after a restart the state is what the person was told', async () => {
    const dataDir = await mountData('readonly-step');
    const s = await serve(dataDir);
    const user = 'ro-step';
    const say = async (server: { url: string }, text: string) => (await teamsTurn(server, connector, user, text)).text;
    const CURRENT_ROLE = 'what is your current role?';
    await say(s, 'hi');

    remount(dataDir, 'ro');
    // Naming a role to aim for starts a route and asks the person's current role: the turn's one write is the dialog state.
    const failed = await say(s, 'Nursing associate (registered)');
    const sick = await health(s.url);
    remount(dataDir, 'rw');
    // Once the folder can be written, the same words are taken as they were the first time (not as the
    // answer to the question the failed turn would have asked next, "what is your current role?", which offers them).
    const retried = await say(s, 'Nursing associate (registered)');
    expect(await stop(s)).toBe(0);

    // After a restart the state is what the person was told: the role aimed for kept, their current role asked.
    const again = await serve(dataDir);
    const next = await say(again, 'Healthcare support worker (Band 2)');
    expect(await stop(again)).toBe(0);
    const text = await readFile(join(dataDir, 'career-companion.jsonl'), 'utf8');
    const { data } = parseJournal(text, 'career-companion.jsonl', PEOPLE_COLLECTIONS);
    const profile = data['profiles']?.[`teams:29:${user}`] as { roleId?: string } | undefined;
    const state = Object.entries(data['dialogs'] ?? {}).filter(([k]) => k.startsWith(`teams:29:${user}`));
    console.log(
      `read-only step: told "couldn't save" ${failed.includes('save that just now')}, healthz during ${sick.status}, same words again: current role asked ${retried.includes(CURRENT_ROLE)}, role taken from them ${retried.includes("I have saved your role")}, after restart: role saved ${String(profile?.roleId)}, route shown ${next.includes('Your route to Nursing associate')}`,
    );
    expect(failed).toContain('save that just now');
    expect(failed).not.toContain(CURRENT_ROLE);
    expect(sick.status).toBe(503);
    expect(retried).not.toContain('save that just now');
    expect(retried).toContain(CURRENT_ROLE);
    expect(retried).not.toContain('I have saved your role');
    expect(next).toContain('I have saved your role as Healthcare support worker (Band 2)');
    expect(next).toContain('Your route to Nursing associate (registered)');
    expect(profile?.roleId).toBe('hcsw-band-2');
    expect(state).toHaveLength(1);
    expect(state[0]![1]).toMatchObject({ topic: { fromRoleId: 'hcsw-band-2', toRoleId: 'nursing-associate' } });
  }, 120_000);
});

describe('one server per data folder', () => {
  const running: Spawned[] = [];
  let dir: string;
  afterEach(async () => {
    for (const s of running.splice(0)) if (s.child.exitCode === null && s.child.signalCode === null) await stop(s);
    await removeDir(dir);
  });

  it('a second server on the same folder refuses to start, and says which process has it; the first keeps its lock', async () => {
    dir = await tempDir();
    const a = await startServerProcess({ DATA_DIR: dir, PLAYGROUND: 'off', SCHEDULER: 'off' });
    running.push(a);
    const lockBefore = await readFile(join(dir, '.lock'), 'utf8');
    expect(lockBefore).toContain(String(a.child.pid));
    const b = spawnCli(['serve'], { DATA_DIR: dir, PORT: '0', PLAYGROUND: 'off', SCHEDULER: 'off' });
    running.push(b);
    const code = await Promise.race([b.exited, new Promise<string>((r) => setTimeout(() => r('still running'), 15_000))]);
    expect(code).toBe(1);
    expect(b.stderr()).toContain(`process ${String(a.child.pid)}`);
    expect(b.stderr()).toContain(dir);
    expect(await readFile(join(dir, '.lock'), 'utf8')).toBe(lockBefore);

    // A tool that writes refuses too; one that only reads does not.
    const enrolCsv = join(dir, 'people.csv');
    await writeFile(enrolCsv, 'person,programme,start_date\n29:abc,new-starter-induction,2027-03-01\n');
    const enrol = spawnCli(['enrol', '--csv', enrolCsv], { DATA_DIR: dir });
    expect(await enrol.exited).not.toBe(0);
    expect(enrol.stderr()).toContain(`process ${String(a.child.pid)}`);
    const reminders = spawnCli(['reminders', 'run'], { DATA_DIR: dir });
    expect(await reminders.exited).not.toBe(0);
    expect(reminders.stderr()).toContain(`process ${String(a.child.pid)}`);
    const check = spawnCli(['store', 'check', '--data-dir', dir]);
    expect(await check.exited).toBe(0);

    expect(await stop(a)).toBe(0);
    await expect(readFile(join(dir, '.lock'), 'utf8')).rejects.toThrow(/ENOENT/);
  }, 60_000);

  it('takes over a lock left by a process that has gone, and says so', async () => {
    dir = await tempDir();
    // A process id that is not running: a finished child's.
    const gone = spawnCli(['--help']);
    await gone.exited;
    await writeFile(join(dir, '.lock'), `${JSON.stringify({ pid: gone.child.pid, startedAt: '2026-01-01T00:00:00.000Z', hostname: hostname() })}\n`);
    const a = await startServerProcess({ DATA_DIR: dir, PLAYGROUND: 'off', SCHEDULER: 'off' });
    running.push(a);
    expect(a.stdout()).toContain('stale');
    expect(await readFile(join(dir, '.lock'), 'utf8')).toContain(`"pid":${String(a.child.pid)}`);
    expect(await stop(a)).toBe(0);
  }, 60_000);
});

/** A TCP proxy on 127.0.0.1 to Postgres that the test can cut and restore (the shared server itself is never touched). */
async function startProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: NetServer | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = netServer((client) => {
        const upstream = netConnect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();
  return {
    get port() {
      return port;
    },
    /** Nothing gets through: open connections drop and new ones are refused. */
    async cut() {
      const closing = new Promise<void>((r) => server!.close(() => r()));
      for (const s of sockets) s.destroy();
      await closing;
    },
    restore: listen,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => (server?.listening ? server.close(() => r()) : r()));
    },
  };
}

const pgReady = await postgresReady();

describe.skipIf(!pgReady)('Postgres out of reach, then back (real server process)', () => {
  let db: TestSchema;
  let connector: FakeConnector;
  let slack: FakeSlack;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let server: (Spawned & { url: string }) | undefined;

  beforeAll(async () => {
    db = await createTestSchema();
    connector = await startFakeConnector();
    slack = await startFakeSlack();
    const u = new URL(db.url);
    proxy = await startProxy({ host: u.hostname, port: Number(u.port || 5432) });
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) await stop(server);
    await proxy.close();
    await connector.close();
    await slack.close();
    await db.drop();
  });

  it('people are told their message was not saved, Teams gets no 500, /healthz says so, and every confirmed save is in the database', async () => {
    const viaProxy = new URL(db.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const dir = await tempDir();
    server = await startServerProcess({
      STORE: 'postgres',
      DATABASE_URL: viaProxy.toString(),
      DATA_DIR: dir,
      PLAYGROUND: 'off',
      SCHEDULER: 'off',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
    });
    const s = server;
    const turns: Array<Turn | { user: string; status: number; replied: boolean; confirmed: boolean; saveFailed: boolean }> = [];
    const slackTurn = async (user: string, text: string) => {
      const before = slack.posted().length;
      const res = await postSlack(s.url, { json: dmEvent(text, { user, channel: `D${user}` }) });
      let sent: string[] = [];
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && sent.length === 0) {
        await new Promise((r) => setTimeout(r, 50));
        sent = slack.posted().slice(before).filter((c) => c.body['channel'] === `D${user}`).map((c) => JSON.stringify(c.body));
      }
      await new Promise((r) => setTimeout(r, 200));
      const all = slack.posted().slice(before).filter((c) => c.body['channel'] === `D${user}`).map((c) => JSON.stringify(c.body)).join('\n');
      const t = { user: `slack:T0TEST:${user}`, status: res.status, replied: all !== '', confirmed: all.includes('Noted: your role is'), saveFailed: all.includes('save that just now'), text: all };
      turns.push(t);
      return t;
    };
    turns.push(await teamsTurn(s, connector, 'pg-before', SAYS_ROLE));
    await slackTurn('U0PGBEFORE', SAYS_ROLE);

    await proxy.cut();
    const during = [await teamsTurn(s, connector, 'pg-during', SAYS_ROLE), await slackTurn('U0PGDURING', SAYS_ROLE)];
    turns.push(during[0]!);
    const sick = await health(s.url);

    await proxy.restore();
    turns.push(await teamsTurn(s, connector, 'pg-during', SAYS_ROLE));
    await slackTurn('U0PGDURING', SAYS_ROLE);
    const well = await health(s.url);
    const stopped = await stop(s);
    await removeDir(dir);

    const rows = await querySchema<{ user_key: string; profile: { roleId?: string } }>(db.url, 'SELECT user_key, profile FROM profiles');
    const saved = new Set(rows.filter((r) => r.profile?.roleId).map((r) => r.user_key));
    const confirmed = new Set(turns.filter((t) => t.confirmed).map((t) => t.user));
    const present = [...confirmed].filter((u) => saved.has(u)).length;
    const replied = turns.filter((t) => t.replied).length;
    console.log(
      `postgres down: confirmed ${confirmed.size}, present in the database after stop ${present}, replies ${replied}/${turns.length}, told "couldn't save" ${turns.filter((t) => t.saveFailed).length}, Teams HTTP during ${during[0]!.status}, healthz during ${sick.status} after ${well.status}, stop exit ${String(stopped)}`,
    );
    expect(replied).toBe(turns.length);
    for (const t of during) {
      expect(t.status).toBe(200);
      expect(t.saveFailed).toBe(true);
      expect(t.confirmed).toBe(false);
    }
    expect(sick.status).toBe(503);
    expect(String(sick.body.store.detail)).toMatch(/ECONNREFUSED/);
    expect(well.status).toBe(200);
    expect(confirmed.size).toBe(4);
    expect(present).toBe(confirmed.size);
  }, 120_000);
});
