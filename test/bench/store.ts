/**
 * The embedded store at realistic sizes: profiles, plans, enrolments, check-in
 * answers, conversation references and about seven reminders a person. Measures
 * the latency of single writes under a steady trickle of other writes, the
 * longest event-loop stall, file sizes and memory.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LowStore } from '../../src/store/lowdb.js';
import type { CareerPlan, CheckinAnswer, Enrolment, Profile, Reminder } from '../../src/store/ports.js';

export interface StoreBenchResult {
  people: number;
  writeP99Ms: number;
  writeP50Ms: number;
  maxStallMs: number;
  fileMb: number;
  heapMb: number;
  rssMb: number;
  loadMs: number;
}

function profile(i: number): Profile {
  return {
    userKey: `teams:29:person-${i}`,
    platform: 'teams',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-06-01T09:00:00.000Z',
    roleId: i % 3 === 0 ? 'hcsw-band-2' : 'hcsw-band-3',
    band: i % 3 === 0 ? '2' : '3',
    area: 'Emergency department',
    held: ['level2-maths-english'],
    managerKey: `teams:29:manager-${i % 200}`,
    managerName: 'Sam Manager',
    goalRoleId: 'nursing-associate',
    onboarded: true,
    appraisalDue: '2027-03-01',
  };
}

function plan(i: number): CareerPlan {
  return {
    id: `teams:29:person-${i}|2026-05-01T10:00:00.000Z`,
    userKey: `teams:29:person-${i}`,
    startedAt: '2026-05-01T10:00:00.000Z',
    completedAt: '2026-05-01T10:20:00.000Z',
    answers: { strengths: 'Calm with patients and good at explaining things to families.', enjoys: 'Helping people feel safe on the ward.', aspiration: 'Become a nursing associate in two years.' },
    growth: 'stretch',
    options: ['trainee-nursing-associate', 'assistant-practitioner'],
    needs: { 'skills-for-life': 'Functional Skills maths', 'personal-skills': 'confidence speaking up' },
    actions: [
      { id: 'a1', text: 'Talk to my manager about the trainee post', due: '2026-06-01' },
      { id: 'a2', text: 'Book Functional Skills maths', due: '2026-07-01' },
    ],
  };
}

function enrolment(i: number): Enrolment {
  return {
    id: `new-starter-induction|teams:29:person-${i}`,
    subject: `teams:29:person-${i}`,
    userKey: `teams:29:person-${i}`,
    programmeId: 'new-starter-induction',
    startDate: '2026-09-01',
    managerKey: `teams:29:manager-${i % 200}`,
    enrolledBy: 'csv',
    status: 'active',
    createdAt: '2026-08-20T10:00:00.000Z',
    updatedAt: '2026-08-20T10:00:00.000Z',
  };
}

function answer(i: number): CheckinAnswer {
  return {
    id: `new-starter-induction|teams:29:person-${i}|week-1`,
    userKey: `teams:29:person-${i}`,
    enrolmentId: `new-starter-induction|teams:29:person-${i}`,
    programmeId: 'new-starter-induction',
    checkinId: 'week-1',
    rating: 4,
    text: { 'going-well': 'My buddy has been really helpful this week.', need: '' },
    items: {},
    supportRequested: false,
    shareWords: false,
    answeredAt: '2026-09-08T11:00:00.000Z',
  };
}

function reminders(i: number): Reminder[] {
  const out: Reminder[] = [];
  for (const [n, c] of ['day-1', 'week-1', 'week-4', 'month-3', 'month-6', 'nudge-week-1', 'action-a1'].entries()) {
    const due = new Date(Date.UTC(2026, 8, 1 + n * 14, 9)).toISOString();
    out.push({
      id: `checkin|new-starter-induction|teams:29:person-${i}|${c}`,
      kind: 'checkin',
      userKey: `teams:29:person-${i}`,
      dueAt: due,
      originalDueAt: due,
      state: n < 2 ? 'sent' : 'pending',
      attempts: n < 2 ? 1 : 0,
      payload: { enrolmentId: `new-starter-induction|teams:29:person-${i}`, programmeId: 'new-starter-induction', checkinId: c },
      updatedAt: due,
    });
  }
  return out;
}

async function dirMb(dir: string): Promise<number> {
  let total = 0;
  for (const f of await readdir(dir)) {
    const s = await stat(join(dir, f));
    if (s.isFile()) total += s.size;
  }
  return total / 1024 / 1024;
}

async function populate(store: LowStore, n: number): Promise<void> {
  const chunk = 2_000;
  for (let start = 0; start < n; start += chunk) {
    const jobs: Promise<unknown>[] = [];
    for (let i = start; i < Math.min(n, start + chunk); i++) {
      jobs.push(store.profiles.put(profile(i)));
      if (i % 2 === 0) jobs.push(store.plans.put(plan(i)));
      if (i % 3 === 0) jobs.push(store.enrolments.put(enrolment(i)), store.checkins.put(answer(i)));
      jobs.push(store.refs.put({ userKey: `teams:29:person-${i}`, platform: 'teams', ref: { serviceUrl: 'https://smba.trafficmanager.net/uk/', conversation: { id: `a:conv-${i}`, tenantId: 'tenant' }, bot: { id: '28:bot' }, channelId: 'msteams' }, updatedAt: '2026-06-01T09:00:00.000Z' }));
    }
    jobs.push(store.reminders.insertNew(Array.from({ length: Math.min(n, start + chunk) - start }, (_, k) => reminders(start + k)).flat()));
    await Promise.all(jobs);
  }
}

export async function benchStore(sizes: number[]): Promise<StoreBenchResult[]> {
  const out: StoreBenchResult[] = [];
  for (const people of sizes) {
    const dir = await mkdtemp(join(tmpdir(), 'cc-bench-store-'));
    let store = await LowStore.open(dir);
    await populate(store, people);
    await store.close();
    globalThis.gc?.();
    const t0 = performance.now();
    store = await LowStore.open(dir);
    const loadMs = performance.now() - t0;

    // A steady trickle: a profile change, a dialog step and a reminder update every 20 ms, each timed.
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    const latencies: number[] = [];
    const pending: Promise<void>[] = [];
    for (let k = 0; k < 150; k++) {
      const i = (k * 7919) % people;
      const started = performance.now();
      const p = (async () => {
        await Promise.all([
          store.profiles.put({ ...profile(i), area: `Ward ${k}` }),
          store.dialogs.put(`teams:29:person-${i}`, `teams:a:conv-${i}`, { dialog: 'profile', step: 'band', data: { n: k }, history: ['role'], misses: 0, updatedAt: new Date().toISOString() }),
          store.reminders.update(`checkin|new-starter-induction|teams:29:person-${i}|week-4`, { state: 'sent', sentAt: new Date().toISOString() }),
        ]);
        latencies.push(performance.now() - started);
      })();
      pending.push(p);
      await new Promise((r) => setTimeout(r, 20));
    }
    await Promise.all(pending);
    h.disable();
    latencies.sort((a, b) => a - b);
    const mem = process.memoryUsage();
    out.push({
      people,
      writeP50Ms: latencies[Math.floor(latencies.length * 0.5)]!,
      writeP99Ms: latencies[Math.floor(latencies.length * 0.99)]!,
      maxStallMs: h.max / 1e6,
      fileMb: await dirMb(dir),
      heapMb: mem.heapUsed / 1024 / 1024,
      rssMb: mem.rss / 1024 / 1024,
      loadMs,
    });
    await store.close();
    await rm(dir, { recursive: true, force: true });
    globalThis.gc?.();
  }
  return out;
}
