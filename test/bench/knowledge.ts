/**
 * Micro-benchmark for the knowledge layer, for the bench script: content load and
 * validation time, and answer() latency over the labelled phrase set, 20 times.
 * No assertions here; the caller decides what is fast enough.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../../src/content/load.js';
import { packageRoot } from '../../src/paths.js';
import { answer } from '../../dialogs/pathway/answer.js';

export interface KnowledgeBench {
  /** Milliseconds to read, validate and cross-check the content folder. */
  loadMs: number;
  /** Median answer() time in microseconds. */
  p50Us: number;
  /** 99th percentile answer() time in microseconds. */
  p99Us: number;
  /** Number of answer() calls measured. */
  questions: number;
}

const ROUNDS = 20;

/** A few questions to use when the labelled phrase set is not shipped (e.g. an installed package). */
const FALLBACK = [
  'how do i become a nursing associate',
  "I'm a band 3 HCA, how do I become an assistant practitioner?",
  'what are my options as a band 2 hca',
  'functional skills maths',
  'wanna be an RN',
  'help me prep for my appraisal',
  'check in',
  'delete my data',
  'hello',
  'how do i become a phsyio',
];

function loadQuestions(): string[] {
  const file = join(packageRoot, 'test', 'knowledge', 'phrases.json');
  if (!existsSync(file)) return FALLBACK;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Array<{ text?: unknown }>;
    const out = data.map((p) => p.text).filter((t): t is string => typeof t === 'string' && t.length > 0);
    return out.length > 0 ? out : FALLBACK;
  } catch {
    return FALLBACK;
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function benchKnowledge(contentDir: string): Promise<KnowledgeBench> {
  const t0 = performance.now();
  const content = await loadContent(contentDir);
  const loadMs = performance.now() - t0;

  const questions = loadQuestions();
  // One warm-up pass builds the per-content indexes and warms the JIT.
  for (const q of questions) answer(content, q);

  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of questions) {
      const start = process.hrtime.bigint();
      answer(content, q);
      times.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    loadMs: round1(loadMs),
    p50Us: round1(percentile(times, 50)),
    p99Us: round1(percentile(times, 99)),
    questions: times.length,
  };
}
