/**
 * Measuring the understanding on labelled messages: one JSON object a line,
 * {"text", "intent", "role"?, "from"?, "area"?}, the format of the corpus in
 * test/knowledge/corpus/. Used by `career-companion eval understanding` and by
 * the test that guards the figures on the test split.
 */
import type { Content } from '../../content/model.js';
import { INTENTS, type Intent } from './intents.js';
import { CLARIFY_BELOW, understand } from './understand.js';

export interface Labelled {
  text: string;
  intent: Intent;
  role?: string | null;
  from?: string | null;
  area?: string | null;
}

export interface Miss {
  text: string;
  want: string;
  got: string;
  confidence: number;
  what: 'intent' | 'role' | 'from';
}

export interface EvalReport {
  total: number;
  intentCorrect: number;
  perIntent: Record<string, { total: number; correct: number }>;
  /** Rows with a role wanted: how many got it. */
  role: { total: number; correct: number };
  from: { total: number; correct: number };
  area: { total: number; correct: number };
  /** Wrong intents given with a confidence at or above the asking threshold. */
  confidentWrong: number;
  /** Messages the bot would ask about instead of answering. */
  asked: number;
  /** truth → predicted → count. */
  confusion: Record<string, Record<string, number>>;
  misses: Miss[];
}

/** Reads labelled messages; a line that is not one gives its number and what is wrong. */
export function readLabelled(text: string): { rows: Labelled[]; problems: string[] } {
  const rows: Labelled[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1}: not JSON`);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o?.['text'] !== 'string' || o['text'].trim() === '') problems.push(`line ${i + 1}: "text" must be the message`);
    else if (!(INTENTS as readonly unknown[]).includes(o['intent'])) problems.push(`line ${i + 1}: "intent" must be one of ${INTENTS.join(', ')}`);
    else {
      const opt = (k: string) => (typeof o[k] === 'string' && o[k] !== '' ? (o[k] as string) : null);
      rows.push({ text: o['text'], intent: o['intent'] as Intent, role: opt('role'), from: opt('from'), area: opt('area') });
    }
  });
  return { rows, problems };
}

export function evaluate(content: Content, rows: readonly Labelled[]): EvalReport {
  const r: EvalReport = {
    total: rows.length,
    intentCorrect: 0,
    perIntent: {},
    role: { total: 0, correct: 0 },
    from: { total: 0, correct: 0 },
    area: { total: 0, correct: 0 },
    confidentWrong: 0,
    asked: 0,
    confusion: {},
    misses: [],
  };
  for (const row of rows) {
    const u = understand(row.text, content);
    const per = (r.perIntent[row.intent] ??= { total: 0, correct: 0 });
    per.total++;
    const byTruth = (r.confusion[row.intent] ??= {});
    byTruth[u.intent] = (byTruth[u.intent] ?? 0) + 1;
    if (u.clarify) r.asked++;
    if (u.intent === row.intent) {
      r.intentCorrect++;
      per.correct++;
    } else {
      if (u.confidence >= CLARIFY_BELOW) r.confidentWrong++;
      r.misses.push({ text: row.text, want: row.intent, got: u.intent, confidence: u.confidence, what: 'intent' });
    }
    if (row.role) {
      r.role.total++;
      if (u.role?.id === row.role) r.role.correct++;
      else r.misses.push({ text: row.text, want: row.role, got: u.role?.id ?? 'no role', confidence: u.confidence, what: 'role' });
    }
    if (row.from) {
      r.from.total++;
      if (u.from?.id === row.from) r.from.correct++;
      else r.misses.push({ text: row.text, want: row.from, got: u.from?.id ?? 'no role', confidence: u.confidence, what: 'from' });
    }
    if (row.intent === 'resources' && row.area && u.intent === 'resources') {
      r.area.total++;
      if (u.area === row.area) r.area.correct++;
    }
  }
  return r;
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((n / d) * 100).toFixed(1)}%`);

/** The report as text: figures, then the confusion table, then the misses unless asked not to. */
export function formatReport(r: EvalReport, opts: { misses?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`Intent: ${pct(r.intentCorrect, r.total)} of ${r.total} messages`);
  out.push(`Role wanted: ${pct(r.role.correct, r.role.total)} of ${r.role.total} that name one`);
  out.push(`Role held: ${pct(r.from.correct, r.from.total)} of ${r.from.total} that name one`);
  out.push(`Learning area: ${pct(r.area.correct, r.area.total)} of ${r.area.total} resources questions with an area`);
  out.push(`Confidently wrong: ${pct(r.confidentWrong, r.total)} (${r.confidentWrong}); would ask instead: ${pct(r.asked, r.total)} (${r.asked})`);
  out.push('', 'Per intent:');
  for (const intent of INTENTS) {
    const p = r.perIntent[intent];
    if (p) out.push(`  ${intent.padEnd(20)} ${pct(p.correct, p.total).padStart(6)} of ${p.total}`);
  }
  const seen = INTENTS.filter((i) => r.perIntent[i] || Object.values(r.confusion).some((row) => row[i]));
  const short = (i: string) => i.replace('career_conversation', 'career').slice(0, 7);
  out.push('', 'Confusion (rows: labelled, columns: read as):');
  out.push(`  ${''.padEnd(20)} ${seen.map((i) => short(i).padStart(7)).join(' ')}`);
  for (const t of seen) {
    const row = r.confusion[t];
    if (!row) continue;
    out.push(`  ${t.padEnd(20)} ${seen.map((p) => String(row[p] ?? 0).padStart(7)).join(' ')}`);
  }
  if (opts.misses !== false && r.misses.length > 0) {
    out.push('', 'Misses:');
    for (const m of r.misses) out.push(`  [${m.what}] wanted ${m.want}, got ${m.got} (${m.confidence.toFixed(2)}): ${m.text}`);
  }
  return `${out.join('\n')}\n`;
}
