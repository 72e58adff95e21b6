/**
 * `npm run bench`: measures Career Companion against baselines measured in the
 * same run, prints a table and writes the same figures as JSON to
 * bench-results/bench-<time>.json. Not part of `npm test`.
 *
 * Sections (run one with `npm run bench -- <name>`): teams, slack, store,
 * scheduler, startup, knowledge. `--check` then compares the turn ratios with
 * test/bench/recorded.json and exits 1 if any is more than 15% worse.
 */
import { mkdir, readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMs, runLoad, runPaced, startProcess, stopProcess, rssMb, type LoadResult } from './load.js';
import { bodyFor, checkTurns, enrolPeople, firstOf, greetPeople, KINDS, messagesOfTurn, path, sinkKey, turn, type KindName, type Platform } from './turns.js';
import { freePort, serverEnv as loadServerEnv, startServer, stopServer } from '../load/common.js';
import { checkRatios, formatCheck, type Recorded } from './check.js';
import { startSink } from './sink.js';
import { benchStore } from './store.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { SchedulerBenchResult } from './scheduler.js';
import { benchKnowledge, editedContent } from './knowledge.js';
import { defaultContentDir, packageRoot } from '../../src/paths.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const BIN = process.env['BENCH_BIN'] ?? join(packageRoot, 'bin', 'career-companion.js');
const DURATION = Number(process.env['BENCH_SECONDS'] ?? 10);
const WARMUP = 3;

interface Row {
  section: string;
  measure: string;
  ours: number | string;
  baseline?: number | string;
  ratio?: number;
  target?: string;
  met?: boolean;
}

const rows: Row[] = [];
const json: Record<string, unknown> = { at: new Date().toISOString(), node: process.version, durationSeconds: DURATION };

function add(row: Row): void {
  rows.push(row);
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function serverEnv(extra: Record<string, string>): Promise<{ env: Record<string, string>; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'cc-bench-'));
  return {
    dir,
    env: { NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info', SCHEDULER: 'off', PLAYGROUND: 'off', ...extra },
  };
}

/** The load points: closed loop at 50 and 200 conversations, then open loop at 200 turns a second. */
const POINTS = {
  c50: { connections: 50 },
  c200: { connections: 200 },
  open200: { connections: 100, rate: 200 },
} as const;
type Point = keyof typeof POINTS;

/**
 * One load run, with the CPU time the server used per request: on a machine other
 * work is also using, throughput moves with what else runs, CPU time per turn much less.
 *
 * With `replies` (the count of messages the fake platform has received), a turn counts
 * when its reply has arrived, not when the platform's request was answered: Slack is
 * answered before the turn's work (its three-second rule), so a server could answer
 * requests far faster than it does the work, with a backlog growing behind. Throughput
 * is then the turns whose replies arrived during the run, and the CPU time runs until
 * the backlog is done (no new reply for half a second).
 */
async function runPoint(url: string, pid: number, point: Point, body: Parameters<typeof runLoad>[0]['bodyFor'], replies?: () => number, turnReplies?: (conversation: number, turn: number) => Promise<void>): Promise<Measured> {
  if (!replies) {
    const before = await cpuMs(pid);
    const r = await runLoad({ url, durationSeconds: DURATION, bodyFor: body, ...POINTS[point] });
    return { ...r, cpuMsPerTurn: ((await cpuMs(pid)) - before) / Math.max(1, r.requests) };
  }
  // The last run's replies (posted after it was answered) must not count as this run's.
  await drained(replies);
  const before = await cpuMs(pid);
  const sent = replies();
  const r = turnReplies ? await runPaced({ url, durationSeconds: DURATION, bodyFor: body, replies: turnReplies, ...POINTS[point] }) : await runLoad({ url, durationSeconds: DURATION, bodyFor: body, ...POINTS[point] });
  const inRun = replies() - sent;
  await drained(replies);
  const cpu = (await cpuMs(pid)) - before;
  const perTurn = (replies() - sent) / Math.max(1, r.requests);
  // Paced load counts a turn when its reply arrives already.
  const throughput = turnReplies ? r.throughput : inRun / Math.max(perTurn, 1e-9) / DURATION;
  return { ...r, throughput, cpuMsPerTurn: cpu / Math.max(1, r.requests), repliesPerTurn: perTurn };
}

type Measured = LoadResult & { cpuMsPerTurn: number; repliesPerTurn?: number };

/** Waits until no new reply has arrived for half a second (at most 30 seconds). */
async function drained(replies: () => number): Promise<void> {
  const until = Date.now() + 30_000;
  let last = replies();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = replies();
    if (now === last || Date.now() > until) return;
    last = now;
  }
}

/** A short run to warm up a server (JIT, connections) before it is measured. */
async function warmUp(url: string, body: Parameters<typeof runLoad>[0]['bodyFor']): Promise<void> {
  await runLoad({ url, connections: 20, durationSeconds: WARMUP, bodyFor: body });
  await runLoad({ url, connections: 50, durationSeconds: WARMUP, rate: 200, bodyFor: body });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The baseline's figures for one of our runs: the mean of its runs just before and just after. */
function meanResult(xs: Array<LoadResult & { cpuMsPerTurn: number }>): LoadResult & { cpuMsPerTurn: number } {
  return {
    cpuMsPerTurn: mean(xs.map((x) => x.cpuMsPerTurn)),
    throughput: mean(xs.map((x) => x.throughput)),
    p50: mean(xs.map((x) => x.p50)),
    p99: mean(xs.map((x) => x.p99)),
    requests: xs.reduce((n, x) => n + x.requests, 0),
    errors: xs.reduce((n, x) => n + x.errors, 0),
    non2xx: xs.reduce((n, x) => n + x.non2xx, 0),
    retried: xs.reduce((n, x) => n + (x.retried ?? 0), 0),
  };
}

/** Ratios for the regression check (test/bench/recorded.json), by key. */
const ratios: Record<string, number> = {};

/** Throughput at least this share of the baseline's; p99 at 200 turns/s at most this many times the baseline's. */
const THROUGHPUT_TARGET = 0.85;
const P99_TARGET = 1.5;

function reportLoad(section: string, key: string, label: string, ours: Record<string, Measured>, base: Record<string, LoadResult & { cpuMsPerTurn: number }>): void {
  for (const k of ['c50', 'c200'] as const) {
    const ratio = ours[k]!.throughput / base[k]!.throughput;
    ratios[`${key}.${k}`] = round(ratio, 2);
    add({
      section,
      measure: `${label}: throughput at ${k === 'c50' ? 50 : 200} conversations (turns/s)`,
      ours: round(ours[k]!.throughput),
      baseline: round(base[k]!.throughput),
      ratio: round(ratio, 2),
      target: `>= ${THROUGHPUT_TARGET} of baseline`,
      met: ratio >= THROUGHPUT_TARGET,
    });
  }
  // CPU time per turn over all three runs: the least noisy figure on a shared machine.
  const cpu = (r: Record<string, { cpuMsPerTurn: number }>) => mean(Object.values(r).map((x) => x.cpuMsPerTurn));
  add({ section, measure: `${label}: server CPU time per turn (ms)`, ours: round(cpu(ours), 2), baseline: round(cpu(base), 2), ratio: round(cpu(ours) / cpu(base), 2) });
  ratios[`${key}.cpu`] = round(cpu(ours) / cpu(base), 2);
  const o = ours['open200']!;
  const b = base['open200']!;
  const p99 = o.p99 / b.p99;
  ratios[`${key}.p99`] = round(p99, 2);
  add({ section, measure: `${label}: p50 at 200 turns/s offered (ms)`, ours: o.p50, baseline: round(b.p50), ratio: round(o.p50 / b.p50, 2) });
  add({ section, measure: `${label}: p99 at 200 turns/s offered (ms)`, ours: o.p99, baseline: round(b.p99), ratio: round(p99, 2), target: `<= ${P99_TARGET} x baseline`, met: p99 <= P99_TARGET });
  // Every turn measured must be answered: a turn the bot dropped would be cheap and flatter the figures.
  const answered = Math.min(...Object.values(ours).map((r) => r.repliesPerTurn ?? 1));
  add({ section, measure: `${label}: messages sent back per turn (fewest of the three runs)`, ours: round(answered, 2), target: '>= 1', met: answered >= 0.99 });
  const bad = Object.values(ours).reduce((n, r) => n + r.errors + r.non2xx, 0);
  add({ section, measure: `${label}: errors and non-2xx answers`, ours: bad, target: '0', met: bad === 0 });
  if (Object.values(ours).some((r) => r.retried !== undefined)) {
    // Not errors: Slack sends an event again when its connection fails, and the second try is what counts.
    const sentAgain = (r: Record<string, LoadResult>) => Object.values(r).reduce((n, x) => n + (x.retried ?? 0), 0);
    add({ section, measure: `${label}: events sent again after their connection failed, as Slack does`, ours: sentAgain(ours), baseline: sentAgain(base) });
  }
}

/** How many people (conversations) each turn kind uses: one per connection at 200, and one more for the reply check. */
const PER_KIND = 201;
const PEOPLE = PER_KIND * KINDS.length;

/**
 * One platform's turns beside its bare baseline: an echo bot (Teams) or bare Bolt
 * (Slack), both running at once and loaded in turn. For each load point the runs
 * go baseline, our first kind, baseline, our second kind, baseline, …, and each of
 * ours is compared with the mean of the baseline runs either side of it, so that
 * both see the same share of a machine other work is also using.
 */
async function turns(platform: Platform): Promise<void> {
  const section = platform === 'teams' ? 'Teams turns' : 'Slack events';
  const sink = await startSink();
  const dataDir = await mkdtemp(join(tmpdir(), 'cc-bench-'));
  const env = loadServerEnv(dataDir, sink.url, await freePort());
  // For profiling our server under the bench's load, e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env['BENCH_SERVER_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const baseScript = platform === 'teams' ? 'echo-teams.js' : 'echo-slack.js';
  const baseEnv = { SLACK_BOT_TOKEN: env['SLACK_BOT_TOKEN']!, SLACK_SIGNING_SECRET: env['SLACK_SIGNING_SECRET']!, SLACK_API_URL: env['SLACK_API_URL']! };
  const baseBody: Parameters<typeof runLoad>[0]['bodyFor'] = (c, t) => turn(platform, 'dialog', sink.url, [], c, t);

  let base: Awaited<ReturnType<typeof startProcess>> | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    process.stderr.write(`  ${platform}: setting up ${PEOPLE} people with a profile and a check-in…\n`);
    server = await startServer(env);
    await greetPeople(sink, server.url, platform, PEOPLE);
    await stopServer(server);
    const enrolments = await enrolPeople(dataDir, env, platform, PEOPLE);

    base = await startProcess(process.execPath, [join(here, 'baselines', baseScript)], baseEnv);
    const baseUrl = `http://127.0.0.1:${base.port}${path(platform)}`;
    server = await startServer(env, 30_000, nodeArgs);
    const ourUrl = `${server.url}${path(platform)}`;
    const messages = await checkTurns(sink, server.url, platform, enrolments, PER_KIND);
    const turnsSoFar = new Map<number, number>();
    await warmUp(baseUrl, baseBody);
    await warmUp(ourUrl, bodyFor(platform, 'route', sink.url, enrolments, PER_KIND, turnsSoFar));

    const ours: Record<string, Record<string, Measured>> = {};
    const baseline: Record<string, Record<string, Measured>> = {};
    const baseRuns: Record<string, Measured[]> = {};
    for (const point of Object.keys(POINTS) as Point[]) {
      process.stderr.write(`  ${platform}: ${point}…\n`);
      const count = () => sink.total();
      // Slack is answered before a turn's work: its turns are paced by their replies (see runPaced), all the
      // messages a turn sends back (as many as that turn sent when checked; the echo sends one).
      const paced = (kind?: KindName) => {
        if (platform !== 'slack') return undefined;
        if (!kind) return (c: number) => sink.nextMessages(sinkKey(platform, c), 1);
        const first = firstOf(kind, PER_KIND);
        // The person's own turn number (bodyFor has just counted it), not the load's.
        return (c: number) => sink.nextMessages(sinkKey(platform, first + c), messagesOfTurn(messages[kind], (turnsSoFar.get(first + c) ?? 1) - 1));
      };
      let before = await runPoint(baseUrl, base.child.pid!, point, baseBody, count, paced());
      baseRuns[point] = [before];
      for (const kind of KINDS) {
        const r = await runPoint(ourUrl, server.child.pid!, point, bodyFor(platform, kind.name, sink.url, enrolments, PER_KIND, turnsSoFar), count, paced(kind.name));
        const after = await runPoint(baseUrl, base.child.pid!, point, baseBody, count, paced());
        baseRuns[point]!.push(after);
        (ours[kind.name] ??= {})[point] = r;
        (baseline[kind.name] ??= {})[point] = meanResult([before, after]);
        before = after;
      }
    }
    for (const kind of KINDS) reportLoad(section, `${platform}.${kind.name}`, kind.label, ours[kind.name]!, baseline[kind.name]!);
    json[platform] = { ours, baseline: baseRuns };
  } finally {
    if (server) await stopServer(server);
    if (base) await stopProcess(base.child);
    await rm(dataDir, { recursive: true, force: true });
    await sink.close();
  }
}

const teams = () => turns('teams');
const slack = () => turns('slack');

/** Spawn to the first 200 on /healthz, and the idle RSS 2 s later, for a server whose temporary folder is `cacheDir`. */
async function startOnce(cacheDir: string, extra: Record<string, string> = {}): Promise<{ ms: number; rssMb: number }> {
  const { env, dir } = await serverEnv({ TMPDIR: cacheDir, ...extra });
  const p = await startProcess(process.execPath, [BIN, 'serve'], env);
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${p.port}/healthz`);
      if (res.status === 200) break;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const ms = performance.now() - p.startedAt;
  await new Promise((r) => setTimeout(r, 2000));
  const mem = await rssMb(p.child.pid!);
  await stopProcess(p.child);
  await rm(dir, { recursive: true, force: true });
  return { ms, rssMb: mem };
}

/** A copy of the shipped content with one more intent example, as a trust might add: no cache the build made matches it. */
/**
 * Start-up with the understanding loaded: the server reads its checked content
 * and intent model from caches named by a hash of the content, in dist/cache
 * (made by the build, for the shipped content) or in the temporary folder.
 * Fresh install: an empty temporary folder, so the build's caches are used.
 * Restart: the same temporary folder again. Content changed: a copy of the
 * content with one more intent example and an empty temporary folder, so the
 * content is checked in full and the model trained (the other examples'
 * readings from the build's folder, the new one read).
 */
async function startup(): Promise<void> {
  const fresh: Array<{ ms: number; rssMb: number }> = [];
  const warm: Array<{ ms: number; rssMb: number }> = [];
  const changed: Array<{ ms: number; rssMb: number }> = [];
  const contentDir = await editedContent();
  try {
    for (let i = 0; i < 3; i++) {
      for (const [runs, extra] of [
        [fresh, {}],
        [changed, { CONTENT_DIR: contentDir }],
      ] as const) {
        const cacheDir = await mkdtemp(join(tmpdir(), 'cc-bench-cache-'));
        try {
          runs.push(await startOnce(cacheDir, extra));
          if (runs === fresh) warm.push(await startOnce(cacheDir));
        } finally {
          await rm(cacheDir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    await rm(contentDir, { recursive: true, force: true });
  }
  const best = (xs: Array<{ ms: number }>) => Math.min(...xs.map((x) => x.ms));
  const worstMem = (xs: Array<{ rssMb: number }>) => Math.max(...xs.map((x) => x.rssMb));
  const kinds = [
    ['restart, caches in the temporary folder (warm', warm],
    ["fresh install, the build's caches (cold", fresh],
    ['content changed, one example added: content checked, model trained (the build\'s readings', changed],
  ] as const;
  for (const [what, runs] of kinds) {
    add({ section: 'Start-up', measure: `start to 200 on /healthz, ${what}, ms, best of 3)`, ours: round(best(runs)), target: '< 1500 ms', met: best(runs) < 1500 });
  }
  for (const [what, runs] of kinds) {
    add({ section: 'Start-up', measure: `idle memory, RSS, understanding loaded, ${what}, MB, worst of 3)`, ours: round(worstMem(runs)), target: '< 150 MB', met: worstMem(runs) < 150 });
  }
  json['startup'] = { warm, cold: fresh, changed };
}

async function store(): Promise<void> {
  const results = await benchStore([1_000, 20_000, 100_000]);
  for (const r of results) {
    add({ section: 'Store (lowdb)', measure: `${r.people} people: write latency p99 (ms)`, ours: round(r.writeP99Ms) });
    add({
      section: 'Store (lowdb)',
      measure: `${r.people} people: longest event-loop stall (ms)`,
      ours: round(r.maxStallMs),
      ...(r.people === 20_000 ? { target: '<= 100 ms', met: r.maxStallMs <= 100 } : {}),
    });
    add({ section: 'Store (lowdb)', measure: `${r.people} people: data files (MB)`, ours: round(r.fileMb) });
    add({ section: 'Store (lowdb)', measure: `${r.people} people: memory, heap used (MB)`, ours: round(r.heapMb) });
  }
  json['store'] = results;
}

/** Heap limit for the scheduler's process: the memory figure is for a server started with this. */
const SCHEDULER_HEAP_MB = 256;

async function scheduler(): Promise<void> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', `--max-old-space-size=${SCHEDULER_HEAP_MB}`, join(here, 'scheduler-main.js'), '20000', '400'],
    { maxBuffer: 10 * 1024 * 1024, env: { ...process.env, NODE_NO_WARNINGS: '1' } },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`The scheduler benchmark printed no result: ${stdout}`);
  const r = JSON.parse(line.slice('RESULT '.length)) as SchedulerBenchResult;
  add({ section: 'Scheduler', measure: '20,000 check-ins due: planning (ms)', ours: round(r.planMs), target: '< 1000 ms', met: r.planMs < 1000 });
  add({ section: 'Scheduler', measure: 'delivery rate, share of configured rate', ours: round(r.rateShare, 2), baseline: `${r.configuredRate}/s`, target: '>= 0.9', met: r.rateShare >= 0.9 });
  add({ section: 'Scheduler', measure: 'lost', ours: r.lost, target: '0', met: r.lost === 0 });
  add({ section: 'Scheduler', measure: 'duplicated', ours: r.duplicated, target: '0', met: r.duplicated === 0 });
  add({ section: 'Scheduler', measure: `peak memory, RSS (MB, heap limit ${SCHEDULER_HEAP_MB} MB)`, ours: round(r.peakRssMb), target: '< 300 MB', met: r.peakRssMb < 300 });
  json['scheduler'] = r;
}

async function knowledge(): Promise<void> {
  const r = await benchKnowledge(defaultContentDir);
  add({ section: 'Knowledge', measure: 'content load and validation (ms)', ours: round(r.loadMs), target: '< 200 ms', met: r.loadMs < 200 });
  add({ section: 'Knowledge', measure: 'content and understanding ready, model from its cache (warm, ms)', ours: round(r.warmMs), target: '< 300 ms', met: r.warmMs < 300 });
  add({ section: 'Knowledge', measure: 'content and understanding ready, training the model (cold, ms)', ours: round(r.coldMs), target: '< 3000 ms', met: r.coldMs < 3000 });
  add({ section: 'Knowledge', measure: "the same after an example is added, the others' readings kept (ms)", ours: round(r.examplesChangedMs), target: '< 3000 ms', met: r.examplesChangedMs < 3000 });
  // Between the two: the content is checked in full, as after any change, but the model comes from its cache (the grammar does not read links).
  add({ section: 'Knowledge', measure: "the same after a resource's link is changed: content checked, model from its cache (ms)", ours: round(r.linksChangedMs) });
  add({ section: 'Knowledge', measure: `answer a question in process, p99 over ${r.questions} (ms)`, ours: round(r.p99Us / 1000, 3), target: '< 5 ms', met: r.p99Us < 5000 });
  json['knowledge'] = r;
}

const SECTIONS: Record<string, () => Promise<void>> = { knowledge, startup, store, scheduler, teams, slack };

function printTable(): void {
  const head = ['Section', 'Measure', 'Ours', 'Baseline', 'Ratio', 'Target', 'Met'];
  const body = rows.map((r) => [r.section, r.measure, String(r.ours), r.baseline === undefined ? '' : String(r.baseline), r.ratio === undefined ? '' : String(r.ratio), r.target ?? '', r.met === undefined ? '' : r.met ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

const RECORDED = join(packageRoot, 'test', 'bench', 'recorded.json');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const wanted = args.filter((a) => !a.startsWith('-'));
  const names = wanted.length > 0 ? wanted : Object.keys(SECTIONS);
  for (const name of names) {
    const section = SECTIONS[name];
    if (!section) throw new Error(`Unknown section "${name}". Sections: ${Object.keys(SECTIONS).join(', ')}`);
    process.stderr.write(`Running ${name}…\n`);
    await section();
  }
  printTable();
  json['rows'] = rows;
  json['ratios'] = ratios;
  const outDir = join(packageRoot, 'bench-results');
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nFigures written to ${file}`);
  if (check) {
    const recorded = JSON.parse(await readFile(RECORDED, 'utf8')) as Recorded;
    const result = checkRatios(ratios, recorded);
    console.log(`\nCompared with ${RECORDED}:\n${formatCheck(result)}`);
    if (!result.ok) process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
