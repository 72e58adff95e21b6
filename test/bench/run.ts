/**
 * `npm run bench`: measures Career Companion against baselines measured in the
 * same run, prints a table and writes the same figures as JSON to
 * bench-results/bench-<time>.json. Not part of `npm test`.
 *
 * Sections (run one with `npm run bench -- <name>`): teams, slack, store,
 * scheduler, startup, knowledge.
 */
import { mkdir, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLoad, slackBody, startProcess, stopProcess, teamsBody, rssMb, type LoadResult } from './load.js';
import { startSink } from './sink.js';
import { benchStore } from './store.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { SchedulerBenchResult } from './scheduler.js';
import { benchKnowledge } from './knowledge.js';
import { defaultContentDir, packageRoot } from '../../src/paths.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const BIN = join(packageRoot, 'bin', 'career-companion.js');
const SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench-token';
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

/** Closed loop at 50 and 200 conversations, then open loop at 200 turns a second. */
async function loadProfile(url: string, body: Parameters<typeof runLoad>[0]['bodyFor']): Promise<Record<string, LoadResult>> {
  await runLoad({ url, connections: 20, durationSeconds: WARMUP, bodyFor: body });
  const c50 = await runLoad({ url, connections: 50, durationSeconds: DURATION, bodyFor: body });
  const c200 = await runLoad({ url, connections: 200, durationSeconds: DURATION, bodyFor: body });
  await runLoad({ url, connections: 50, durationSeconds: WARMUP, rate: 200, bodyFor: body });
  const open = await runLoad({ url, connections: 100, durationSeconds: DURATION, rate: 200, bodyFor: body });
  return { c50, c200, open200: open };
}

function reportLoad(section: string, label: string, ours: Record<string, LoadResult>, base: Record<string, LoadResult>): void {
  for (const k of ['c50', 'c200'] as const) {
    const ratio = ours[k]!.throughput / base[k]!.throughput;
    add({
      section,
      measure: `${label}: throughput at ${k === 'c50' ? 50 : 200} conversations (turns/s)`,
      ours: round(ours[k]!.throughput),
      baseline: round(base[k]!.throughput),
      ratio: round(ratio, 2),
      target: '>= 0.8 of baseline',
      met: ratio >= 0.8,
    });
  }
  const o = ours['open200']!;
  const b = base['open200']!;
  add({ section, measure: `${label}: p50 at 200 turns/s offered (ms)`, ours: o.p50, baseline: b.p50, target: '< 10 ms', met: o.p50 < 10 });
  add({ section, measure: `${label}: p99 at 200 turns/s offered (ms)`, ours: o.p99, baseline: b.p99, target: '< 50 ms', met: o.p99 < 50 });
  const bad = Object.values(ours).reduce((n, r) => n + r.errors + r.non2xx, 0);
  add({ section, measure: `${label}: errors and non-2xx answers`, ours: bad, target: '0', met: bad === 0 });
}

async function teams(): Promise<void> {
  const sink = await startSink();
  const serviceUrl = `${sink.url}/`;
  const base = await startProcess(process.execPath, [join(here, 'baselines', 'echo-teams.js')], {});
  const baseline = await loadProfile(`http://127.0.0.1:${base.port}/api/messages`, teamsBody(serviceUrl, () => 'hello'));
  await stopProcess(base.child);

  const { env, dir } = await serverEnv({});
  const ours = await startProcess(process.execPath, [BIN, 'serve'], env);
  const url = `http://127.0.0.1:${ours.port}/api/messages`;
  const pathway = await loadProfile(url, teamsBody(serviceUrl, () => 'how do i become a nursing associate'));
  // A dialog step: each conversation moves through the profile, answering one step a turn.
  const steps = ['change my area', 'emergency department'];
  const dialog = await loadProfile(url, teamsBody(serviceUrl, (_c, t) => steps[t % steps.length]!));
  await stopProcess(ours.child);
  await rm(dir, { recursive: true, force: true });
  await sink.close();
  reportLoad('Teams turns', 'pathway question', pathway, baseline);
  reportLoad('Teams turns', 'dialog step', dialog, baseline);
  json['teams'] = { baseline, pathway, dialog };
}

async function slack(): Promise<void> {
  const sink = await startSink();
  const slackEnv = { SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `${sink.url}/api/` };
  const base = await startProcess(process.execPath, [join(here, 'baselines', 'echo-slack.js')], slackEnv);
  const baseline = await loadProfile(`http://127.0.0.1:${base.port}/slack/events`, slackBody(SECRET, () => 'hello'));
  await stopProcess(base.child);
  const baseReplies = sink.total();
  sink.reset();

  const { env, dir } = await serverEnv(slackEnv);
  const ours = await startProcess(process.execPath, [BIN, 'serve'], env);
  const url = `http://127.0.0.1:${ours.port}/slack/events`;
  const pathway = await loadProfile(url, slackBody(SECRET, () => 'how do i become a nursing associate'));
  const steps = ['change my area', 'emergency department'];
  const dialog = await loadProfile(url, slackBody(SECRET, (_c, t) => steps[t % steps.length]!));
  // Replies are posted after Slack is answered; give the last ones a moment.
  await new Promise((r) => setTimeout(r, 2000));
  const ourReplies = sink.total();
  await stopProcess(ours.child);
  await rm(dir, { recursive: true, force: true });
  await sink.close();
  reportLoad('Slack events', 'pathway question', pathway, baseline);
  reportLoad('Slack events', 'dialog step', dialog, baseline);
  add({ section: 'Slack events', measure: 'replies posted to the fake Slack API', ours: ourReplies, baseline: baseReplies });
  json['slack'] = { baseline, pathway, dialog, replies: { ours: ourReplies, baseline: baseReplies } };
}

async function startup(): Promise<void> {
  const times: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < 3; i++) {
    const { env, dir } = await serverEnv({});
    const p = await startProcess(process.execPath, [BIN, 'serve'], env);
    // Time from spawn to the first 200 on /healthz.
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${p.port}/healthz`);
        if (res.status === 200) break;
      } catch {
        // not yet
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    times.push(performance.now() - p.startedAt);
    await new Promise((r) => setTimeout(r, 2000));
    rss.push(await rssMb(p.child.pid!));
    await stopProcess(p.child);
    await rm(dir, { recursive: true, force: true });
  }
  const start = Math.min(...times);
  const mem = Math.max(...rss);
  add({ section: 'Start-up', measure: 'start to 200 on /healthz (ms, best of 3)', ours: round(start), target: '< 1500 ms', met: start < 1500 });
  add({ section: 'Start-up', measure: 'idle memory, RSS (MB, worst of 3)', ours: round(mem), target: '< 150 MB', met: mem < 150 });
  json['startup'] = { startMs: times, idleRssMb: rss };
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

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const names = wanted.length > 0 ? wanted : Object.keys(SECTIONS);
  for (const name of names) {
    const section = SECTIONS[name];
    if (!section) throw new Error(`Unknown section "${name}". Sections: ${Object.keys(SECTIONS).join(', ')}`);
    process.stderr.write(`Running ${name}…\n`);
    await section();
  }
  printTable();
  json['rows'] = rows;
  const outDir = join(packageRoot, 'bench-results');
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nFigures written to ${file}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
