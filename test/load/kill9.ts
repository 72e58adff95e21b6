/**
 * kill -9: check-in answers are never lost once the bot has confirmed them, however
 * the server dies.
 *
 * People are enrolled on new-starter-induction (`career-companion enrol --csv`, server
 * stopped). The real server then runs as a separate process on 127.0.0.1 (temporary
 * DATA_DIR, fake Bot Connector on 127.0.0.1) while KILL_ANSWERS (default 1000) check-in
 * answers are sent as Teams rating presses (card submits of `checkin.rate`): each person
 * answers their check-ins one after another, KILL_CONCURRENCY people at once. At
 * KILL_ROUNDS (default 5) random moments the server is killed with SIGKILL and started
 * again on the same address; senders wait while it is down.
 *
 * An answer is confirmed when /api/messages answered 200 and the bot's reply for that
 * conversation reached the sink during the request (before any kill). Answers not
 * confirmed may be missing. After the last restart the server is stopped, then
 * `career-companion store check` must exit 0 and every confirmed answer must be in the
 * store (LowStore.open) with its rating.
 *
 * Prints sent, confirmed, found and lost (= confirmed - found, which must be 0); exits 1
 * on a lost answer, a failed store check, a 5xx or another non-2xx answer.
 *
 * Run: npm run kill9 (builds, compiles to dist-bench/, runs dist-bench/test/load/kill9.js).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSink } from '../bench/sink.js';
import { LowStore } from '../../src/store/lowdb.js';
import { loadContent } from '../../src/content/load.js';
import { defaultContentDir } from '../../src/paths.js';
import {
  PROGRAMME,
  enrolCsv,
  envNumber,
  freePort,
  killServer,
  londonDate,
  pool,
  post,
  ratingValue,
  runCli,
  serverEnv,
  sleep,
  startServer,
  stopServer,
  teamsActivity,
  teamsUser,
  type ServerProcess,
} from './common.js';

const ANSWERS = Math.max(1, Math.floor(envNumber('KILL_ANSWERS', 1000)));
const ROUNDS = Math.floor(envNumber('KILL_ROUNDS', 5));
const CONCURRENCY = Math.max(1, Math.floor(envNumber('KILL_CONCURRENCY', 32)));

interface Answer {
  person: number;
  checkinId: string;
  rating: number;
  sent: boolean;
  confirmed: boolean;
  status?: number | string;
}

async function main(): Promise<number> {
  const content = await loadContent(defaultContentDir);
  const programme = content.programmes.get(PROGRAMME);
  if (!programme) throw new Error(`No programme ${PROGRAMME} in the content`);
  const checkins = programme.checkins.map((c) => c.id);
  const peopleCount = Math.ceil(ANSWERS / checkins.length);

  const dataDir = await mkdtemp(join(tmpdir(), 'cc-kill9-'));
  const sink = await startSink();
  const port = await freePort();
  const env = serverEnv(dataDir, sink.url, port);
  const problems: string[] = [];
  let server: ServerProcess | undefined;

  // Each answer is a different check-in of a person, so each confirmed answer is its own record.
  const tags = Array.from({ length: peopleCount }, (_, i) => `kill-${i}`);
  const answers: Answer[][] = tags.map(() => []);
  for (let k = 0; k < ANSWERS; k++) {
    const person = Math.floor(k / checkins.length);
    answers[person]!.push({ person, checkinId: checkins[k % checkins.length]!, rating: 1 + ((k * 7 + person) % 5), sent: false, confirmed: false });
  }
  const all = answers.flat();

  try {
    console.log(`kill -9: ${ANSWERS} answers from ${peopleCount} people, ${CONCURRENCY} at once, ${ROUNDS} kills; data in ${dataDir}`);
    const csvFile = join(dataDir, 'enrol.csv');
    const yesterday = londonDate(-1);
    await writeFile(csvFile, enrolCsv(tags.map((tag) => ({ person: teamsUser(tag).userId, startDate: yesterday }))));
    const enrolled = await runCli(['enrol', '--csv', csvFile, '--now', `${yesterday}T08:00:00Z`], env);
    if (enrolled.code !== 0) throw new Error(`enrol --csv exited ${String(enrolled.code)}: ${enrolled.stderr || enrolled.stdout}`);

    const enrolmentIds: string[] = [];
    const store = await LowStore.open(dataDir);
    try {
      for (const tag of tags) {
        const e = (await store.enrolments.listForUser(`teams:${teamsUser(tag).userId}`)).find((x) => x.programmeId === PROGRAMME);
        if (!e) throw new Error(`${tag} was not enrolled`);
        enrolmentIds.push(e.id);
      }
    } finally {
      await store.close();
    }

    // ---- Answers, with kills --------------------------------------------------------
    server = await startServer(env);
    let up: Promise<void> = Promise.resolve();
    let sentCount = 0;
    let s5xx = 0;
    let other = 0;
    const statuses: Record<string, number> = {};

    // Kill k happens once a random number of answers in the k-th of ROUNDS+1 equal stretches has been sent.
    const stretch = ANSWERS / (ROUNDS + 1);
    const killAt = Array.from({ length: ROUNDS }, (_, k) => Math.floor(stretch * (k + 1) + Math.random() * stretch * 0.5));
    const kills: Array<{ atSent: number; inFlight: number; restartMs: number }> = [];
    let inFlight = 0;
    let killing = false;

    const maybeKill = async (): Promise<void> => {
      if (killing || kills.length >= ROUNDS || sentCount < killAt[kills.length]!) return;
      killing = true;
      let release!: () => void;
      up = new Promise<void>((r) => (release = r));
      await sleep(Math.random() * 30); // a random moment, with requests in flight
      const record = { atSent: sentCount, inFlight, restartMs: 0 };
      await killServer(server!);
      const t0 = Date.now();
      server = await startServer(env);
      record.restartMs = Date.now() - t0;
      kills.push(record);
      killing = false;
      release();
    };

    await pool(answers, CONCURRENCY, async (mine) => {
      for (const a of mine) {
        await up;
        const s = server!;
        const conversation = teamsUser(tags[a.person]!).conversationId;
        const before = sink.teams.get(conversation) ?? 0;
        a.sent = true;
        sentCount++;
        inFlight++;
        const killer = maybeKill();
        const res = await post(`${s.url}/api/messages`, teamsActivity(sink.url, tags[a.person]!, { value: ratingValue(enrolmentIds[a.person]!, a.checkinId, a.rating) }), {
          'content-type': 'application/json',
        });
        inFlight--;
        const key = res.status === 0 ? (res.error ?? 'error') : String(res.status);
        statuses[key] = (statuses[key] ?? 0) + 1;
        a.status = key;
        if (res.status >= 500) s5xx++;
        else if (res.status !== 0 && res.status !== 200) other++;
        // The reply reached the sink during the request, and the server answered 200: confirmed.
        a.confirmed = res.status === 200 && (sink.teams.get(conversation) ?? 0) > before;
        await killer;
      }
    });
    while (killing) await sleep(20);

    const stopCode = await stopServer(server);
    server = undefined;
    if (stopCode !== 0) problems.push(`the server exited with ${String(stopCode)} on SIGTERM after the last restart`);

    // ---- Check ------------------------------------------------------------------------
    const check = await runCli(['store', 'check', '--data-dir', dataDir], env);
    if (check.code !== 0) problems.push(`store check exited ${String(check.code)}: ${(check.stdout + check.stderr).trim().slice(0, 800)}`);

    const confirmed = all.filter((a) => a.confirmed);
    let found = 0;
    const lostOnes: Answer[] = [];
    const final = await LowStore.open(dataDir);
    try {
      for (const a of confirmed) {
        const stored = await final.checkins.get(`${enrolmentIds[a.person]}|${a.checkinId}`);
        if (stored?.rating === a.rating) found++;
        else lostOnes.push(a);
      }
    } finally {
      await final.close();
    }
    const lost = confirmed.length - found;

    console.log('kill -9 summary');
    for (const [i, k] of kills.entries()) console.log(`  kill ${i + 1}: after ${k.atSent} answers sent, ${k.inFlight} in flight; back in ${k.restartMs} ms`);
    console.log(`  answers: sent ${all.filter((a) => a.sent).length}, confirmed ${confirmed.length}, found ${found}, lost ${lost}`);
    console.log(`  HTTP: ${JSON.stringify(statuses)}`);
    console.log(`  store check: exit ${String(check.code)}`);

    if (kills.length < ROUNDS) problems.push(`only ${kills.length} of ${ROUNDS} kills happened`);
    if (lost > 0) {
      problems.push(`${lost} confirmed answers are not in the store`);
      for (const a of lostOnes.slice(0, 5)) problems.push(`lost: ${tags[a.person]} ${a.checkinId} rating ${a.rating}`);
    }
    if (s5xx > 0) problems.push(`${s5xx} answers got a 5xx`);
    if (other > 0) problems.push(`${other} answers got an answer other than 200 or 5xx`);
    if (confirmed.length === 0) problems.push('no answer was confirmed');
  } catch (err) {
    problems.push(err instanceof Error ? err.message : String(err));
  } finally {
    if (server) await stopServer(server);
    await sink.close();
    if (problems.length === 0) await rm(dataDir, { recursive: true, force: true });
  }

  if (problems.length > 0) {
    console.log(`FAILED (${problems.length} problem${problems.length === 1 ? '' : 's'}); data kept in ${dataDir}`);
    for (const p of problems.slice(0, 20)) console.log(`  - ${p}`);
    return 1;
  }
  console.log('PASSED: every confirmed answer survived kill -9, and the data files check');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
