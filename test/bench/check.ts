/**
 * The bench's regression guard (`npm run bench -- --check`): compares the ratios
 * of a run with the ratios recorded in test/bench/recorded.json. A ratio that is
 * more than the tolerance (15%) worse than its recorded figure is a regression.
 * Throughput ratios (ours / baseline) are better higher; latency and CPU-time ratios
 * (ours / the baseline) are better lower. A recorded ratio the run did not measure
 * (only one section was run) is listed as not measured, not as a failure.
 */

export interface RecordedRatio {
  value: number;
  better: 'higher' | 'lower';
}

export interface Recorded {
  /** When and where the recorded figures were measured, for people reading the file. */
  note?: string;
  ratios: Record<string, RecordedRatio>;
}

export interface CheckLine {
  key: string;
  recorded: number;
  /** Undefined when this run did not measure it. */
  measured?: number;
  /** The worst figure that still passes. */
  limit: number;
  ok: boolean;
}

export interface CheckResult {
  ok: boolean;
  lines: CheckLine[];
  notMeasured: string[];
}

export const TOLERANCE = 0.15;

export function checkRatios(measured: Readonly<Record<string, number>>, recorded: Recorded, tolerance = TOLERANCE): CheckResult {
  const lines: CheckLine[] = [];
  const notMeasured: string[] = [];
  for (const [key, r] of Object.entries(recorded.ratios)) {
    const limit = r.better === 'higher' ? r.value * (1 - tolerance) : r.value * (1 + tolerance);
    const m = measured[key];
    if (m === undefined) {
      notMeasured.push(key);
      continue;
    }
    const ok = Number.isFinite(m) && (r.better === 'higher' ? m >= limit : m <= limit);
    lines.push({ key, recorded: r.value, measured: m, limit, ok });
  }
  return { ok: lines.every((l) => l.ok), lines, notMeasured };
}

/** A readable report of a check, one line per ratio. */
export function formatCheck(result: CheckResult): string {
  const out: string[] = [];
  for (const l of result.lines) {
    const rule = `${l.measured === undefined ? '' : l.measured.toFixed(2)} against ${l.recorded.toFixed(2)} recorded (limit ${l.limit.toFixed(2)})`;
    out.push(`${l.ok ? 'ok  ' : 'WORSE'} ${l.key}: ${rule}`);
  }
  for (const key of result.notMeasured) out.push(`-    ${key}: not measured in this run`);
  out.push(result.ok ? `No ratio is more than ${Math.round(TOLERANCE * 100)}% worse than recorded.` : `At least one ratio is more than ${Math.round(TOLERANCE * 100)}% worse than recorded.`);
  return out.join('\n');
}
